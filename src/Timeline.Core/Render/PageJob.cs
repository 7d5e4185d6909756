using Timeline.Render.Views;

namespace Timeline.Render;

/// <summary>One page to render: the template, the page facts and its timeline, plus its actor, article, event or type.</summary>
internal sealed record PageJob
{
    /// <summary>Layer-relative template path, e.g. <c>actor.sbn-html</c>.</summary>
    public required string Template { get; init; }

    public required PageView Page { get; init; }

    public List<YearGroup> Years { get; init; } = [];

    public ActorView? Actor { get; init; }

    public ArticleView? Article { get; init; }

    public EventView? Event { get; init; }

    public TypeView? Type { get; init; }
}
