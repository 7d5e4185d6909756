using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Timeline.Store;

/// <summary>The days and entry ids <c>summary.yaml</c> declares and the ids its entries refer to, each with where it is written.</summary>
internal sealed class SummaryOutline
{
    public List<(string Day, Mark At)> Days { get; } = [];

    public List<(string Id, Mark At)> Entries { get; } = [];

    public List<(string Id, Mark At)> ArticleRefs { get; } = [];

    public List<(string Id, Mark At)> EventRefs { get; } = [];

    public List<(string Id, Mark At)> ActorRefs { get; } = [];

    public static SummaryOutline Of(YamlNode? root)
    {
        var outline = new SummaryOutline();
        if (root is not YamlMappingNode file || Child(file, "dates") is not YamlSequenceNode dates)
        {
            return outline;
        }

        foreach (var date in dates.Children.OfType<YamlMappingNode>())
        {
            if (Text(Child(date, "date")) is { } day)
            {
                outline.Days.Add(day);
            }

            foreach (var entry in (Child(date, "entries") as YamlSequenceNode)?.Children.OfType<YamlMappingNode>() ?? [])
            {
                Add(outline.Entries, Text(Child(entry, "id")));
                Add(outline.ArticleRefs, Text(Child(entry, "article")));
                Add(outline.EventRefs, Text(Child(entry, "event")));
                if (Child(entry, "actors") is YamlSequenceNode actors)
                {
                    outline.ActorRefs.AddRange(actors.Children.Select(Text).OfType<(string, Mark)>());
                }
            }
        }

        return outline;
    }

    /// <summary>Where each entry id is written, the first of each.</summary>
    public Dictionary<string, (int Line, int Column)> EntryPositions() =>
        Entries.DistinctBy(e => e.Id, StringComparer.Ordinal).ToDictionary(e => e.Id, e => ((int)e.At.Line, (int)e.At.Column), StringComparer.Ordinal);

    /// <summary>Reports a day or an entry id written twice; true when there is none.</summary>
    public bool CheckUnique(string path, Timeline.Diagnostics.DiagnosticBag diagnostics) =>
        Unique(path, Days, StoreCodes.DuplicateKeyDate, "the day {0} is listed twice (also at line {1}); merge the two into one", diagnostics)
        & Unique(path, Entries, StoreCodes.DuplicateKeyEntry, "duplicate key entry id '{0}' (also at line {1}); give one of them another id", diagnostics);

    private static bool Unique(string path, List<(string Id, Mark At)> items, string code, string message, Timeline.Diagnostics.DiagnosticBag diagnostics)
    {
        var first = new Dictionary<string, Mark>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (id, at) in items)
        {
            if (!first.TryAdd(id, at))
            {
                diagnostics.Add(Timeline.Diagnostics.Diagnostic.Error(code, path, (int)at.Line, (int)at.Column,
                    string.Format(System.Globalization.CultureInfo.InvariantCulture, message, id, first[id].Line)));
                ok = false;
            }
        }

        return ok;
    }

    private static void Add(List<(string, Mark)> list, (string, Mark)? item)
    {
        if (item is { } found)
        {
            list.Add(found);
        }
    }

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static (string, Mark)? Text(YamlNode? node) =>
        node is YamlScalarNode { Value: { Length: > 0 } value } scalar && !StoreShapeChecker.IsNull(scalar) ? (value, scalar.Start) : null;
}
