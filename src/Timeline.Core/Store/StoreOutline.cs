using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Timeline.Store;

/// <summary>The ids a store file declares and the ids it refers to, each with where it is written.</summary>
internal sealed class StoreOutline
{
    public List<(string Id, Mark At)> Ids { get; } = [];

    /// <summary>Actor ids named by events (<c>actors:</c> items and <c>place:</c>).</summary>
    public List<(string Id, Mark At)> ActorRefs { get; } = [];

    /// <summary>Event ids named by <c>date.anchor</c>.</summary>
    public List<(string Id, Mark At)> AnchorRefs { get; } = [];

    /// <summary>
    /// The ids under <c>deleted:</c>, and those under <c>generated:</c> no longer in the list: a person
    /// removed them and the next run will move them to <c>deleted:</c>.
    /// </summary>
    public List<string> Deleted { get; } = [];

    public (string Id, Mark At)? ArticleId { get; private set; }

    /// <summary>Reads the outline of an events file (<paramref name="listKey"/> <c>events</c>) or of actors.yaml (<c>actors</c>).</summary>
    public static StoreOutline Of(YamlNode root, string listKey)
    {
        var outline = new StoreOutline();
        if (root is not YamlMappingNode file)
        {
            return outline;
        }

        if (Child(file, "article") is YamlMappingNode article && Text(Child(article, "id")) is { } articleId)
        {
            outline.ArticleId = articleId;
        }

        if (Child(file, "deleted") is YamlSequenceNode deleted)
        {
            outline.Deleted.AddRange(deleted.Children.Select(Text).OfType<(string Id, Mark)>().Select(d => d.Id));
        }

        var items = Child(file, listKey) as YamlSequenceNode;
        foreach (var item in items?.Children.OfType<YamlMappingNode>() ?? [])
        {
            if (Text(Child(item, "id")) is { } id)
            {
                outline.Ids.Add(id);
            }

            if (Child(item, "actors") is YamlSequenceNode actors)
            {
                outline.ActorRefs.AddRange(actors.Children.Select(Text).OfType<(string, Mark)>());
            }

            if (Text(Child(item, "place")) is { } place)
            {
                outline.ActorRefs.Add(place);
            }

            if (Child(item, "date") is YamlMappingNode date && Text(Child(date, "anchor")) is { } anchor)
            {
                outline.AnchorRefs.Add(anchor);
            }
        }

        if (Child(file, "generated") is YamlSequenceNode generated)
        {
            var present = outline.Ids.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
            outline.Deleted.AddRange(generated.Children.Select(Text).OfType<(string Id, Mark)>().Select(g => g.Id).Where(id => !present.Contains(id)));
        }

        return outline;
    }

    /// <summary>The outline as <see cref="IO.ParseMemo"/> keeps it.</summary>
    public OutlineJson ToJson() => new()
    {
        Ids = [.. Ids.Select(MarkedId.From)],
        ActorRefs = [.. ActorRefs.Select(MarkedId.From)],
        AnchorRefs = [.. AnchorRefs.Select(MarkedId.From)],
        Deleted = [.. Deleted],
        ArticleId = ArticleId is { } id ? MarkedId.From(id) : null,
    };

    /// <summary>The outline <see cref="ToJson"/> gave.</summary>
    public static StoreOutline FromJson(OutlineJson json)
    {
        var outline = new StoreOutline { ArticleId = json.ArticleId?.ToPair() };
        outline.Ids.AddRange(json.Ids.Select(m => m.ToPair()));
        outline.ActorRefs.AddRange(json.ActorRefs.Select(m => m.ToPair()));
        outline.AnchorRefs.AddRange(json.AnchorRefs.Select(m => m.ToPair()));
        outline.Deleted.AddRange(json.Deleted);
        return outline;
    }

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static (string, Mark)? Text(YamlNode? node) =>
        node is YamlScalarNode { Value: { Length: > 0 } value } scalar && !StoreShapeChecker.IsNull(scalar) ? (value, scalar.Start) : null;
}
