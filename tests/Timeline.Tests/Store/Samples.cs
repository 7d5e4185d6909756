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

    // Each sample event is read at its own place in the article (unless the test says where), as real ones are.
    public static TimelineEvent Event(string id, string article = "belarus-visit", int day = 16, int? offset = null) => Event(id, article, day, offset ?? PlaceOf(id));

    private static int PlaceOf(string id) => 100 * (id.Aggregate(17, (h, c) => unchecked((h * 31) + c)) & 0x3FFF);

    private static TimelineEvent Event(string id, string article, int day, int offset) => new()
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
