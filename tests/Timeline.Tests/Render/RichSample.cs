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

    /// <summary>
    /// <see cref="Create"/> with extraction confidences: the joint exercise (0.4) and the announcement (0.5)
    /// are less certain than the default 0.6, the visit (0.9) and the meeting (exactly 0.6) are not, and the
    /// border talks have none, as a person wrote them.
    /// </summary>
    public static TimelineData WithConfidence()
    {
        var confidences = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["joint-exercise-2024"] = 0.4,
            ["belarus-announces-visit"] = 0.5,
            ["li-shangfu-visit-belarus"] = 0.9,
            ["li-shangfu-meets-russia"] = 0.6,
        };
        var rich = Create();
        return rich with { Events = [.. rich.Events.Select(e => e with { Confidence = confidences.TryGetValue(e.Id, out var c) ? c : null })] };
    }

    /// <summary>The ids of the less certain events of <see cref="WithConfidence"/> at the default threshold.</summary>
    public static readonly string[] UncertainIds = ["belarus-announces-visit", "joint-exercise-2024"];
}
