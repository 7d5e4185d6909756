using Timeline.Render.Views;

namespace Timeline.Render;

/// <summary>One page to render: the template, the page facts and its timeline, plus its actor, article, event, type or period.</summary>
internal sealed record PageJob
{
    /// <summary>Layer-relative template path, e.g. <c>actor.sbn-html</c>.</summary>
    public required string Template { get; init; }

    public required PageView Page { get; init; }

    public List<YearGroup> Years { get; init; } = [];

    /// <summary>How many events of <see cref="Years"/> are uncertain: the page's switch shows them.</summary>
    public int UncertainCount => Years.Sum(y => y.Months.Sum(m => m.Events.Count(e => e.Uncertain)));

    /// <summary>The choices of the page's filter form, for the events it lists.</summary>
    public FilterView Filters { get; init; } = new();

    /// <summary>The key dates the page leads with: all of them on the front page, an actor's own on its page.</summary>
    public List<KeyDateView> KeyDates { get; init; } = [];

    public PeriodPageView? Period { get; init; }

    public ActorView? Actor { get; init; }

    public ArticleView? Article { get; init; }

    public EventView? Event { get; init; }

    public TypeView? Type { get; init; }
}
