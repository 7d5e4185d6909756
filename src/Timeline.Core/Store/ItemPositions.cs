using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Timeline.Store;

/// <summary>
/// Where each item of a file's top-level list (<c>events:</c> or <c>actors:</c>) starts, found by a
/// structural parse (the node tree, shared with the validator); the typed records do not keep positions.
/// </summary>
internal sealed class ItemPositions
{
    private readonly List<(int Line, int Column)> _items = [];

    private ItemPositions()
    {
    }

    /// <summary>The positions in a parsed file; a file that did not parse (null) has none.</summary>
    public static ItemPositions Of(YamlStream? stream, string listKey)
    {
        var positions = new ItemPositions();
        if (stream is not null && stream.Documents.Count > 0
            && stream.Documents[0].RootNode is YamlMappingNode root
            && root.Children.TryGetValue(new YamlScalarNode(listKey), out var list)
            && list is YamlSequenceNode items)
        {
            positions._items.AddRange(items.Children.Select(PositionOf).Select(m => ((int)m.Line, (int)m.Column)));
        }

        return positions;
    }

    /// <summary>The positions as line, column, line, column, ...: what <see cref="IO.ParseMemo"/> keeps.</summary>
    public List<int> Pairs() => [.. _items.SelectMany(m => new[] { m.Line, m.Column })];

    /// <summary>The positions <see cref="Pairs"/> gave.</summary>
    public static ItemPositions FromPairs(List<int> pairs)
    {
        var positions = new ItemPositions();
        for (var i = 0; i + 1 < pairs.Count; i += 2)
        {
            positions._items.Add((pairs[i], pairs[i + 1]));
        }

        return positions;
    }

    /// <summary>The 1-based line and column of the <paramref name="index"/>th item, or (0, 0) when unknown.</summary>
    public (int Line, int Column) Item(int index) =>
        index >= 0 && index < _items.Count ? _items[index] : (0, 0);

    private static Mark PositionOf(YamlNode item) =>
        item is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode("id"), out var id)
            ? id.Start
            : item.Start;
}
