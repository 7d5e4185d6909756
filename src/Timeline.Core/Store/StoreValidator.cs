using Timeline.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Timeline.Store;

/// <summary>
/// Checks every file of the store under an output folder and reports all problems at once, each at its
/// line and column: syntax, unknown fields, bad values and dates, duplicate ids, unknown actors and anchors.
/// </summary>
public sealed class StoreValidator
{
    private readonly StoreLayout _layout;
    private readonly StoreParses _parses;

    public StoreValidator(string outputFolder)
        : this(outputFolder, new StoreParses())
    {
    }

    /// <summary>A validator that parses only the texts <paramref name="parses"/> has not seen (one build's store reads).</summary>
    public StoreValidator(string outputFolder, StoreParses parses)
    {
        _layout = new StoreLayout(outputFolder);
        _parses = parses;
    }

    public ValidationSummary Validate(DiagnosticBag diagnostics)
    {
        var eventFiles = Directory.Exists(_layout.EventsFolder)
            ? Directory.GetFiles(_layout.EventsFolder, "*.yaml").Order(StringComparer.Ordinal).ToList()
            : [];
        var events = new List<(string Path, StoreOutline Outline)>();
        foreach (var path in eventFiles)
        {
            if (CheckFile<EventFile>(path, "events", diagnostics, _parses) is { } outline)
            {
                CheckArticleId(path, outline, diagnostics);
                events.Add((path, outline));
            }
        }

        var actors = File.Exists(_layout.ActorsPath) ? CheckFile<ActorsFile>(_layout.ActorsPath, "actors", diagnostics, _parses) : new StoreOutline();
        var eventOwners = CheckUnique("event", events, diagnostics);
        var actorOwners = actors is null ? null : CheckUnique("actor", [(_layout.ActorsPath, actors)], diagnostics);
        var deletedEvents = events.SelectMany(e => e.Outline.Deleted).ToHashSet(StringComparer.Ordinal);
        foreach (var (path, outline) in events)
        {
            if (actorOwners is not null)
            {
                CheckRefs(path, outline.ActorRefs, actorOwners, actors!.Deleted.ToHashSet(StringComparer.Ordinal), StoreCodes.UnknownActor, "actor", "actors.yaml", diagnostics);
            }

            CheckRefs(path, outline.AnchorRefs, eventOwners, deletedEvents, StoreCodes.UnknownAnchor, "anchor event", "any events file", diagnostics);
        }

        var summaryPath = Path.Combine(_layout.Output, SummaryStore.FileName);
        var keyDates = 0;
        if (File.Exists(summaryPath) && CheckRoot<SummaryFile>(summaryPath, diagnostics, _parses) is { } root)
        {
            var summary = SummaryOutline.Of(root);
            summary.CheckUnique(summaryPath, diagnostics);
            var articles = events.Select(e => e.Outline.ArticleId?.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
            CheckSummaryRefs(summaryPath, summary.ArticleRefs, articles, "article", diagnostics);
            CheckSummaryRefs(summaryPath, summary.EventRefs, eventOwners.Keys, "event", diagnostics);
            if (actorOwners is not null)
            {
                CheckSummaryRefs(summaryPath, summary.ActorRefs, actorOwners.Keys, "actor", diagnostics);
            }

            keyDates = summary.Days.Count;
        }

        return new ValidationSummary
        {
            Articles = eventFiles.Count,
            Events = events.Sum(e => e.Outline.Ids.Count),
            Actors = actors?.Ids.Count ?? 0,
            KeyDates = keyDates,
        };
    }

    // A key entry pointing nowhere is shown without that link: worth a look, not a reason to refuse to publish.
    private static void CheckSummaryRefs(string path, List<(string Id, Mark At)> refs, IEnumerable<string> known, string what, DiagnosticBag diagnostics)
    {
        var ids = known.ToHashSet(StringComparer.Ordinal);
        foreach (var (id, at) in refs.Where(r => !ids.Contains(r.Id)))
        {
            var hint = StoreFields.Closest(id, ids) is { } best ? $" (did you mean '{best}'?)" : "";
            diagnostics.Add(Diagnostic.Warning(StoreCodes.UnknownSummaryReference, path, (int)at.Line, (int)at.Column,
                $"this key entry names the {what} '{id}', which the timeline does not have{hint}; the site shows it without that link"));
        }
    }

    /// <summary>
    /// Checks one file on its own; returns its outline, or null when it cannot be parsed at all. The outline of a text
    /// that checked clean in an earlier build is remembered (<see cref="IO.ParseMemo"/>), so its tree is not built again.
    /// </summary>
    private static StoreOutline? CheckFile<T>(string path, string listKey, DiagnosticBag diagnostics, StoreParses parses)
        where T : class
    {
        if (ReadText(path, diagnostics) is not { } text) return null;
        var outline = parses.Get(path, text, "outline " + listKey, diagnostics,
            found => CheckRoot<T>(path, text, found, parses) is { } root ? StoreOutline.Of(root, listKey).ToJson() : null, StoreJson.Default.OutlineJson);
        return outline is null ? null : StoreOutline.FromJson(outline);
    }

    /// <summary>Checks one file on its own; returns its root node, or null when it cannot be parsed at all.</summary>
    private static YamlNode? CheckRoot<T>(string path, DiagnosticBag diagnostics, StoreParses parses)
        where T : class => ReadText(path, diagnostics) is { } text ? CheckRoot<T>(path, text, diagnostics, parses) : null;

    private static string? ReadText(string path, DiagnosticBag diagnostics)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(StoreCodes.FileAccess, path, 0, 0, $"cannot read the file: {e.Message}"));
            return null;
        }
    }

    private static YamlNode? CheckRoot<T>(string path, string text, DiagnosticBag diagnostics, StoreParses parses)
        where T : class
    {
        if (!StoreFileReader.Guard(path, text, diagnostics, parses))
        {
            return null;
        }

        var (stream, error) = parses.Tree(path, text);
        if (stream is null)
        {
            var e = error!;
            diagnostics.Add(Diagnostic.Error(StoreCodes.Syntax, path, (int)e.Start.Line, (int)e.Start.Column, e.InnerException?.Message ?? e.Message));
            return null;
        }

        if (stream.Documents.Count == 0 || StoreShapeChecker.IsNull(stream.Documents[0].RootNode))
        {
            diagnostics.Add(Diagnostic.Error(StoreCodes.InvalidValue, path, 0, 0, "the file is empty; delete it to have it generated again"));
            return null;
        }

        var root = stream.Documents[0].RootNode;
        var checker = new StoreShapeChecker(path, diagnostics);
        checker.Check(root, typeof(T));
        if (checker.Errors == 0)
        {
            // The typed read is what extract and render use; anything it still refuses is reported too.
            StoreFileReader.Read<T>(path, text, diagnostics, parses);
        }

        return root;
    }

    private static void CheckArticleId(string path, StoreOutline outline, DiagnosticBag diagnostics)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        if (outline.ArticleId is { } id && id.Id != stem)
        {
            diagnostics.Add(Diagnostic.Error(StoreCodes.ArticleIdMismatch, path, (int)id.At.Line, (int)id.At.Column,
                $"article id '{id.Id}' differs from the file name '{stem}'; make them the same"));
        }
    }

    private static Dictionary<string, (string Path, Mark At)> CheckUnique(
        string what, List<(string Path, StoreOutline Outline)> files, DiagnosticBag diagnostics)
    {
        var owners = new Dictionary<string, (string Path, Mark At)>(StringComparer.Ordinal);
        foreach (var (path, outline) in files)
        {
            foreach (var (id, at) in outline.Ids)
            {
                if (IdProblem(id) is { } problem)
                {
                    diagnostics.Add(Diagnostic.Error(StoreCodes.InvalidValue, path, (int)at.Line, (int)at.Column, $"{what} id '{id}' {problem}; use letters, digits and '-'"));
                }

                if (owners.TryGetValue(id, out var first))
                {
                    var other = first.Path == path ? $"line {first.At.Line} of this file" : $"{first.Path}({first.At.Line},{first.At.Column})";
                    diagnostics.Add(Diagnostic.Error(StoreCodes.DuplicateId, path, (int)at.Line, (int)at.Column,
                        $"duplicate {what} id '{id}' (also at {other}); give one of them another id"));
                }
                else
                {
                    owners[id] = (path, at);
                }
            }
        }

        return owners;
    }

    // Ids become file names, URL fragments and HTML attributes: none may leave a folder or close a quote or a tag.
    private static string? IdProblem(string id)
    {
        if (id.StartsWith('.') || id.Contains("..", StringComparison.Ordinal))
        {
            return "may not start with '.' or hold '..'";
        }

        var bad = id.FirstOrDefault(c => c is '/' or '\\' or '"' or '\'' or '<' or '>' or '&' or '`' || char.IsWhiteSpace(c));
        return bad == default ? null : $"may not hold '{bad}'";
    }

    private static void CheckRefs(
        string path, List<(string Id, Mark At)> refs, Dictionary<string, (string Path, Mark At)> known, IReadOnlySet<string> deleted,
        string code, string what, string where, DiagnosticBag diagnostics)
    {
        foreach (var (id, at) in refs.Where(r => !known.ContainsKey(r.Id)))
        {
            if (deleted.Contains(id))
            {
                // A person deleted it on purpose; an event still naming it is worth a look, not a refusal to publish.
                diagnostics.Add(Diagnostic.Warning(code, path, (int)at.Line, (int)at.Column, $"{what} '{id}' was deleted (it is under deleted:), but this event still names it"));
                continue;
            }

            var hint = StoreFields.Closest(id, known.Keys) is { } best ? $" (did you mean '{best}'?)" : "";
            diagnostics.Add(Diagnostic.Error(code, path, (int)at.Line, (int)at.Column, $"unknown {what} '{id}': it is not in {where}{hint}"));
        }
    }
}
