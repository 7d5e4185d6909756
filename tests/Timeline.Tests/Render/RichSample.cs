using Timeline.Model;

namespace Timeline.Tests.Render;

/// <summary>
/// <see cref="RenderSamples.Small"/> with event types, tags, an ongoing event in 2020 (so 2021–2022
/// are a gap) and a summary that needs escaping in every export.
/// </summary>
public static class RichSample
{
    public static TimelineData Create()
    {
        var small = RenderSamples.Small();
        string[] types = ["VISIT", "CONSULT", "ACCUSE", "MOBILIZE"];
        var events = small.Events.Select((e, i) => e with
        {
            Type = types[i],
            Tags = i % 2 == 0 ? ["defence", "Belarus ties"] : ["defence"],
        }).ToList();
        events.Add(new TimelineEvent
        {
            Id = "border-talks-2020",
            Title = "Border talks, \"phase one\"; Minsk & Moscow",
            Summary = "Talks on the border began, with no end in sight, and continue.",
            Date = new EventDate { Value = "2020-03", Precision = DatePrecision.Month, Start = new DateOnly(2020, 3, 1), End = new DateOnly(2020, 3, 31) },
            Status = EventStatus.Ongoing,
            Type = "CONSULT",
            Actors = ["belarus"],
            Place = "minsk",
            Tags = ["border"],
            Sources = [RenderSamples.Source("belarus-visit", 400)],
        });
        return small with { Events = events };
    }

    public const int EventCount = 5;
}
