using Timeline.Model;

namespace Timeline.Tests.Render;

/// <summary>
/// A generated timeline shaped like a long run of news: events over 2014–2025, crowded in 2016 and 2017
/// (so those years are split into months), some dated only to the year, some only "before" another
/// event, some of no known date, a few less certain; many actors (some that no event names) and articles.
/// </summary>
public static class LargeSample
{
    public static TimelineData Create(int eventCount)
    {
        var actorCount = Math.Max(10, eventCount / 4);
        var articleCount = Math.Max(1, eventCount / 5);
        var actors = Enumerable.Range(0, actorCount + actorCount / 10)
            .Select(i => new Actor { Id = $"actor-{i:D5}", Name = $"Actor <{i:D5}> & Co", Kind = (ActorKind)(i % 5) })
            .ToList();
        var articles = Enumerable.Range(0, articleCount)
            .Select(i => new ArticleInfo { Id = $"article-{i:D5}", Title = $"Report {i} on the talks", Date = new DateOnly(2014, 1, 1).AddDays(i % 4000), Source = "Wire" })
            .ToList();
        string[] types = ["CONSULT", "VISIT", "ACCUSE", "MOBILIZE", "AID", "SANCTION"];
        var events = Enumerable.Range(0, eventCount).Select(i => new TimelineEvent
        {
            Id = $"event-{i:D5}",
            Title = $"Officials meet to discuss the crisis, round {i}",
            Summary = $"Delegations met for talks on the border dispute (report {i}).",
            Date = DateOf(i),
            Actors = [actors[i % actorCount].Id, actors[(i * 7 + 3) % actorCount].Id],
            Place = actors[(i * 3 + 4) % actorCount].Id,
            Type = types[i % types.Length],
            Tags = i % 3 == 0 ? ["talks"] : [],
            Confidence = i % 10 == 0 ? 0.4 : 0.9,
            Sources = [RenderSamples.Source(articles[i % articleCount].Id, i)],
        }).ToList();
        return new TimelineData { Actors = actors, Articles = articles, Events = events };
    }

    private static EventDate DateOf(int i)
    {
        if (i % 97 == 0)
        {
            return new EventDate { Value = "", Precision = DatePrecision.Unknown };
        }

        if (i % 89 == 0)
        {
            return new EventDate { Value = "", Precision = DatePrecision.Unknown, Relation = DateRelation.Before, Anchor = $"event-{i + 1:D5}" };
        }

        // Half the events fall in 2016–2017, the rest spread over twelve years.
        var day = i % 2 == 0
            ? new DateOnly(2016, 1, 1).AddDays(i / 2 % 730)
            : new DateOnly(2014, 1, 1).AddDays(i * 7 % 4380);
        return i % 31 == 0
            ? new EventDate { Value = $"{day.Year:D4}", Precision = DatePrecision.Year, Start = new DateOnly(day.Year, 1, 1), End = new DateOnly(day.Year, 12, 31) }
            : RenderSamples.Day(day.Year, day.Month, day.Day);
    }
}
