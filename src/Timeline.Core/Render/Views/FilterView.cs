namespace Timeline.Render.Views;

/// <summary>The choices of a page's filter form: only the actors, types and tags of the events it lists. HTML-escaped.</summary>
internal sealed record FilterView
{
    public List<FilterOption> Actors { get; init; } = [];

    public List<TypeView> Types { get; init; } = [];

    public List<FilterOption> Tags { get; init; } = [];
}
