using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Timeline.Store;

/// <summary>
/// Where each item of a file's top-level list (<c>events:</c> or <c>actors:</c>) starts, found by a
/// structural parse (the node tree, shared with the validator); the typed records do not keep positions.
/// </summary>
internal sealed class ItemPositions
{
    private readonly List<Mark> _items = [];

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
            positions._items.AddRange(items.Children.Select(PositionOf));
        }

        return positions;
    }

    /// <summary>The 1-based line and column of the <paramref name="index"/>th item, or (0, 0) when unknown.</summary>
    public (int Line, int Column) Item(int index) =>
        index >= 0 && index < _items.Count ? ((int)_items[index].Line, (int)_items[index].Column) : (0, 0);

    private static Mark PositionOf(YamlNode item) =>
        item is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode("id"), out var id)
            ? id.Start
            : item.Start;
}
