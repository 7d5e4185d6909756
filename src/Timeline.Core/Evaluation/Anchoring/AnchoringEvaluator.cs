using Timeline.Diagnostics;
using Timeline.Extract;
using Timeline.Model;

namespace Timeline.Evaluation.Anchoring;

/// <summary>
/// Dates the events of TimeML documents with the real pipeline (TEXT as the article, DCT as its date)
/// and compares them with the gold anchors: coverage of the anchored events, accuracy of their dates.
/// </summary>
public sealed class AnchoringEvaluator(ArticleExtractor extractor, bool eventFirstOnly = false)
{
    private const int ContextWidth = 60;

    private readonly TimeMlReader _reader = new();

    public AnchoringCorpus Evaluate(string folder, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var files = TimeMlFiles.Find(folder);
        if (files.Count == 0)
        {
            diagnostics.Add(Diagnostic.Warning("TL0540", folder, 0, 0, "no .tml files in this folder"));
        }

        var documents = new List<AnchoringDocument>();
        foreach (var relative in files)
        {
            if (_reader.Read(Path.Combine(folder, relative), diagnostics) is not { } document) continue;
            var events = extractor.Extract(TimeMlArticle.From(document, relative)).Events;
            documents.Add(Compare(relative, document, TimeMlEventReader.Read(document, eventFirstOnly), events));
        }

        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        return new AnchoringCorpus { Name = name, Documents = documents };
    }

    /// <summary>Scores one document's system events (offsets into its TEXT) against its gold anchors.</summary>
    public static AnchoringDocument Compare(string name, TimeMlDocument document, IReadOnlyList<GoldAnchor> gold, IReadOnlyList<TimelineEvent> system)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        var matches = AnchoringMatcher.Match(gold, system);
        var matched = matches.Where(m => m.System is not null).Select(m => m.System!).ToList();
        var unmatched = system.Where(e => !matched.Exists(m => ReferenceEquals(m, e))).ToList();
        var anchored = gold.Select(a => a.Event.Eid).ToHashSet(StringComparer.Ordinal);
        var unanchored = document.Events.Where(e => !anchored.Contains(e.Eid)).ToList();
        return new AnchoringDocument
        {
            Name = name,
            Score = new AnchoringScore
            {
                Documents = 1,
                Gold = gold.Count,
                System = system.Count,
                Matched = matched.Count,
                Right = matches.Count(m => m.DatedRight),
                Unmatched = unmatched.Count,
                UnmatchedOnGoldEvent = unmatched.Count(e => unanchored.Exists(g => AnchoringMatcher.Overlaps(g, e))),
            },
            Errors = [.. matches.Where(m => m.System is not null && !m.DatedRight).Select(m => Error(name, document.Text, m.Gold, m.System!))],
            Missed = [.. matches.Where(m => m.System is null).Select(m => m.Gold)],
        };
    }

    private static AnchoringError Error(string name, string text, GoldAnchor gold, TimelineEvent system) => new()
    {
        Document = name,
        Gold = gold,
        SystemTrigger = system.Sources[0].Trigger,
        SystemDate = system.Date,
        Context = Context(text, gold.Event.Start, gold.Event.End),
    };

    private static string Context(string text, int start, int end)
    {
        var from = Math.Max(0, start - ContextWidth);
        var to = Math.Min(text.Length, end + ContextWidth);
        var words = $"{text[from..start]}[{text[start..end]}]{text[end..to]}";
        return string.Join(' ', words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
