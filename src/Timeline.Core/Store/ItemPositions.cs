using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Timeline.Store;

/// <summary>
/// Where each item of a file's top-level list (<c>events:</c> or <c>actors:</c>) starts, found by a
/// second, structural parse; the typed records do not keep positions.
/// </summary>
internal sealed class ItemPositions
{
    private readonly List<Mark> _items = [];

    private ItemPositions()
    {
    }

    public static ItemPositions Of(string text, string listKey)
    {
        var positions = new ItemPositions();
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count > 0
                && stream.Documents[0].RootNode is YamlMappingNode root
                && root.Children.TryGetValue(new YamlScalarNode(listKey), out var list)
                && list is YamlSequenceNode items)
            {
                positions._items.AddRange(items.Children.Select(PositionOf));
            }
        }
        catch (YamlException)
        {
            // The typed read already reported it; without positions, diagnostics point at the file.
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
