using Timeline.Model;

namespace Timeline.Tests.Store;

/// <summary>Small model records for store tests, each field settable with <c>with</c>.</summary>
internal static class Samples
{
    public static ArticleInfo Article(string id = "belarus-visit", string title = "Li Shangfu visits Belarus") => new()
    {
        Id = id,
        Title = title,
        Date = new DateOnly(2023, 8, 18),
        Source = "Reuters",
        Url = "https://example.org/belarus",
        Path = $"articles/{id}.md",
        Tags = ["defence", "china"],
    };

    public static TimelineEvent Event(string id, string article = "belarus-visit", int day = 16, int offset = 0) => new()
    {
        Id = id,
        Title = $"Event {id}",
        Summary = $"The sentence that tells of {id}.",
        Date = new EventDate
        {
            Value = $"2023-08-{day:00}",
            Precision = DatePrecision.Day,
            Start = new DateOnly(2023, 8, day),
            End = new DateOnly(2023, 8, day),
            Text = "on Wednesday",
        },
        Actors = ["li-shangfu"],
        Place = "belarus",
        Type = "consult",
        Sources =
        [
            new EventSource { Article = article, Offset = offset, Length = 40, TriggerOffset = offset + 10, TriggerLength = 6, Trigger = "visits" },
        ],
    };

    public static Actor Actor(string id, string name, ActorKind kind = ActorKind.Person) => new()
    {
        Id = id,
        Name = name,
        Kind = kind,
        Aliases = [name.Split(' ')[^1]],
        Role = kind == ActorKind.Person ? "Defense Minister" : null,
        Country = "China",
    };

    public static TimelineData Data(IEnumerable<TimelineEvent> events, IEnumerable<Actor>? actors = null, IEnumerable<ArticleInfo>? articles = null) => new()
    {
        Articles = [.. articles ?? [Article()]],
        Events = [.. events],
        Actors = [.. actors ?? [Actor("li-shangfu", "Li Shangfu"), Actor("belarus", "Belarus", ActorKind.Country)]],
    };
}
