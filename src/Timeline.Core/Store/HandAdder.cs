using System.Text;
using Timeline.Diagnostics;
using Timeline.Model;

namespace Timeline.Store;

/// <summary>
/// Files an event a person adds from the command line: checked like a hand edit (date, actors, id),
/// then written atomically into <c>events/hand-added.yaml</c>, or beside the article it was read in.
/// </summary>
internal static class HandAdder
{
    /// <summary>The file of events added by hand that name no source URL.</summary>
    public const string HandFileId = "hand-added";

    /// <summary>The <c>trigger</c> of a hand-made source: no word of an article text signalled it.</summary>
    public const string Trigger = "(added by hand)";

    public static string? Add(StoreLayout layout, HandEvent request, DiagnosticBag diagnostics)
    {
        var check = new DiagnosticBag();
        new StoreValidator(layout.Output).Validate(check);
        if (check.HasErrors)
        {
            diagnostics.AddRange(check.ToSortedList());
            diagnostics.Add(Diagnostic.Error(StoreCodes.InvalidValue, layout.Output, 0, 0, "the timeline has errors (above); fix them before adding an event"));
            return null;
        }

        var stored = new EventStore(layout.Output).Load(new DiagnosticBag()).Data;
        var date = EdtfDate.Parse(request.Date, out var dateError);
        if (date is null)
        {
            diagnostics.Add(Diagnostic.Error(StoreCodes.BadDate, "--date", 0, 0, dateError));
        }

        var actorIds = stored.Actors.Select(a => a.Id).ToList();
        foreach (var actor in request.Actors.Concat(request.Place is null ? [] : [request.Place]).Where(a => !actorIds.Contains(a, StringComparer.Ordinal)))
        {
            var hint = StoreFields.Closest(actor, actorIds) is { } best ? $" (did you mean '{best}'?)" : "";
            diagnostics.Add(Diagnostic.Error(StoreCodes.UnknownActor, "--actor", 0, 0, $"unknown actor '{actor}': it is not in {layout.ActorsPath}{hint}"));
        }

        foreach (var (option, given) in new[] { ("--title", request.Title), ("--summary", request.Summary), ("--note", request.Note), ("--url", request.Url), ("--id", request.Id) })
        {
            if (given is not null && YamlGuard.FirstForbidden(given) is { } at)
            {
                diagnostics.Add(Diagnostic.Error(StoreCodes.InvalidValue, option, 0, at + 1,
                    $"control character U+{(int)given[at]:X4} at character {at + 1}; remove it"));
            }
        }

        var taken = stored.Events.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        if (request.Id is { } wanted && taken.Contains(wanted))
        {
            diagnostics.Add(Diagnostic.Error(StoreCodes.DuplicateId, "--id", 0, 0, $"there is already an event with id '{wanted}'"));
        }

        if (date is null || diagnostics.HasErrors)
        {
            return null;
        }

        var id = request.Id ?? Unique(Slug(request.Title, "event"), taken);
        var (article, source) = Target(stored.Articles, request.Url);
        var path = layout.EventFilePath(article.Id);
        var file = File.Exists(path) ? StoreFileReader.Read<EventFile>(path, File.ReadAllText(path), diagnostics) : null;
        if (File.Exists(path) && file is null)
        {
            return null;
        }

        var added = new StoredEvent
        {
            Id = id, Title = request.Title.Trim(), Summary = request.Summary, Date = date,
            Actors = [.. request.Actors], Place = request.Place, Note = request.Note,
            Sources = source is null ? [] : [source],
        };
        var merged = StoreWriter.ToFile(file?.Article ?? article, [.. file?.Events.Where(e => e is not null) ?? [], added], file?.Deleted ?? [], file?.Generated ?? [], file?.Origins);
        var text = StoreWriter.Text(merged);
        if (StoreFileReader.Read<EventFile>(path, text, diagnostics) is null)
        {
            return null; // What would be written does not read back: refuse rather than leave a broken file.
        }

        List<(string Path, string Content)> writes = [(path, text), .. StoreSchemas.FilesUnder(layout.Output).Where(s => !File.Exists(s.Path))];
        return EventStore.TryWrite(writes, null, diagnostics) is not null ? id : null;
    }

    // An event read at a URL goes with the article of that URL; an unknown URL gets a small article of its own.
    private static (StoredArticle Article, EventSource? Source) Target(List<ArticleInfo> articles, string? url)
    {
        if (url is null)
        {
            return (new StoredArticle { Id = HandFileId, Title = "Events added by hand" }, null);
        }

        var article = articles.FirstOrDefault(a => a.Url == url) is { } known
            ? StoredArticle.From(known) with { Fingerprint = null }
            : new StoredArticle { Id = "hand-" + Slug(url.Split("://")[^1], "source"), Title = url, Url = url };
        var source = new EventSource { Article = article.Id, Offset = 0, Length = 0, TriggerOffset = 0, TriggerLength = 0, Trigger = Trigger };
        return (article, source);
    }

    public static string Slug(string text, string fallback)
    {
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString(0, Math.Min(slug.Length, 60)).Trim('-');
        return result.Length > 0 ? result : fallback;
    }

    private static string Unique(string id, HashSet<string> taken)
    {
        var candidate = id;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = $"{id}-{n}";
        }

        return candidate;
    }
}
