using Timeline.Render.Views;

namespace Timeline.Render;

/// <summary>One page to render: the template, the page facts and its timeline, plus its actor, article, event or type.</summary>
internal sealed record PageJob
{
    /// <summary>Layer-relative template path, e.g. <c>actor.sbn-html</c>.</summary>
    public required string Template { get; init; }

    public required PageView Page { get; init; }

    public List<YearGroup> Years { get; init; } = [];

    /// <summary>How many events of <see cref="Years"/> are uncertain: the page's switch shows them.</summary>
    public int UncertainCount => Years.Sum(y => y.Months.Sum(m => m.Events.Count(e => e.Uncertain)));

    public ActorView? Actor { get; init; }

    public ArticleView? Article { get; init; }

    public EventView? Event { get; init; }

    public TypeView? Type { get; init; }
}
