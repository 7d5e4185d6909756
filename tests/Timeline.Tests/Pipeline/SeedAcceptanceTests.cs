using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Tests.Pipeline;

/// <summary>The issue's acceptance lines, checked on what the pipeline stored for the seed article.</summary>
public sealed partial class SeedAcceptanceTests(SeedBuild seed) : IClassFixture<SeedBuild>
{
    private static readonly DateOnly ArticleDate = new(2023, 8, 18);

    // Sentence openers and titles a naive capitalised-word rule would take for names.
    private static readonly string[] NotNames =
        ["President", "However", "Despite", "During", "Similarly", "Prior", "The", "This", "As", "Defense Minister", "Minister", "Leader", "Belarusian leader"];

    private List<TimelineEvent> Events => seed.Data.Events;

    [Fact]
    public void The_build_and_the_load_report_no_errors()
    {
        Assert.False(seed.Run.Diagnostics.HasErrors, seed.Run.DiagnosticsText());
        Assert.False(seed.LoadDiagnostics.HasErrors);
    }

    [Fact]
    public void Li_Shangfu_visits_Belarus_around_August_2023()
    {
        var visit = Visit();
        Assert.Contains(ActorId("Belarus"), visit.Actors);
        Assert.Equal(("2023-08", DatePrecision.Month), (visit.Date.Value, visit.Date.Precision));
        Assert.True(visit.Date.Approximate, Describe(visit));
        Assert.Equal(ArticleDate, visit.Date.End);
        Assert.Equal(DateRelation.On, visit.Date.Relation);
        Assert.Equal(EventStatus.Happened, visit.Status);
    }

    [Fact]
    public void The_talks_with_Alexander_Lukashenko_have_the_date_of_the_visit()
    {
        var visit = Visit();
        var talks = Find("the talks with Lukashenko", e => HasActors(e, "Li Shangfu", "Alexander Lukashenko") && TriggerIs(e, "talks"));
        Assert.Equal(
            (visit.Date.Value, visit.Date.Precision, visit.Date.Start, visit.Date.End, visit.Date.Approximate, visit.Date.Relation),
            (talks.Date.Value, talks.Date.Precision, talks.Date.Start, talks.Date.End, talks.Date.Approximate, talks.Date.Relation));
        Assert.Equal(ArticleDate, talks.Date.End);
    }

    [Fact]
    public void More_joint_military_drills_are_planned_for_2024()
    {
        var drills = Drills();
        Assert.Equal(("2024", DatePrecision.Year), (drills.Date.Value, drills.Date.Precision));
        Assert.True(drills.Date.Planned, Describe(drills));
        Assert.Equal(EventStatus.Planned, drills.Status);
        Assert.Equal(new DateOnly(2024, 1, 1), drills.Date.Start);
    }

    [Fact]
    public void The_meeting_with_Sergei_Shoigu_in_Moscow_is_dated_before_the_visit()
    {
        var meeting = Shoigu();
        Assert.Equal(ActorId("Moscow"), meeting.Place);
        Assert.Equal(DateRelation.Before, meeting.Date.Relation);
        Assert.Equal(Visit().Id, meeting.Date.Anchor);
    }

    [Fact]
    public void The_visit_talks_and_Shoigu_meeting_are_consultations_and_the_drills_a_mobilisation()
    {
        var talks = Find("the talks with Lukashenko", e => HasActors(e, "Li Shangfu", "Alexander Lukashenko") && TriggerIs(e, "talks"));

        Assert.Equal(["CONSULT", "CONSULT", "CONSULT"], new[] { Visit(), talks, Shoigu() }.Select(e => e.Type));
        Assert.Contains(Drills().Type, new[] { "MOBILIZE", "COOPERATE" });
        Assert.All(Events, e => Assert.InRange(e.Confidence ?? -1, 0.0, 1.0));
    }

    [Fact]
    public void In_chronological_order_Shoigu_comes_before_the_visit_the_visit_before_the_talks_and_the_drills_last()
    {
        var sorted = ChronologicalOrder.Sort(Events).Select(e => e.Id).ToList();
        var talks = Find("the talks with Lukashenko", e => HasActors(e, "Li Shangfu", "Alexander Lukashenko") && TriggerIs(e, "talks"));
        var order = new[] { Shoigu(), Visit(), talks, Drills() }.Select(e => sorted.IndexOf(e.Id)).ToList();

        Assert.True(order.SequenceEqual(order.Order()), "sorted: " + string.Join(", ", sorted));
    }

    [Theory]
    [InlineData("Li Shangfu")]
    [InlineData("Alexander Lukashenko")]
    [InlineData("Xi Jinping")]
    [InlineData("Sergei Shoigu")]
    public void The_people_are_persons(string name) => Assert.Equal(ActorKind.Person, Actor(name).Kind);

    [Theory]
    [InlineData("China")]
    [InlineData("Belarus")]
    [InlineData("Russia")]
    [InlineData("Ukraine")]
    public void The_countries_are_countries(string name) => Assert.Equal(ActorKind.Country, Actor(name).Kind);

    [Fact]
    public void Li_Shangfu_is_also_known_as_Shangfu()
    {
        Assert.Contains("Shangfu", Actor("Li Shangfu").Aliases);
        Assert.DoesNotContain(seed.Data.Actors, a => a.Name == "Shangfu");
    }

    [Fact]
    public void No_actor_is_named_by_a_common_word()
    {
        // The text after the front matter: its tags are lower-case names, not ordinary words.
        var body = string.Concat(Directory.EnumerateFiles(seed.Run.Input).Select(f => File.ReadAllText(f).Split("\n---\n", 2)[^1]));
        var lowerCaseWords = LowerCaseWord().Matches(body).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var actor in seed.Data.Actors)
        {
            Assert.DoesNotContain(actor.Name, NotNames);
            foreach (var name in actor.Aliases.Prepend(actor.Name).Where(n => !n.Contains(' ', StringComparison.Ordinal)))
            {
                // A word the article also writes in lower case is an ordinary word, not a name.
                Assert.False(lowerCaseWords.Contains(name.ToLowerInvariant()), $"actor {actor.Id} is named by the common word '{name}'");
            }
        }
    }

    private TimelineEvent Visit() =>
        Find("the visit to Belarus", e => HasActors(e, "Li Shangfu", "Belarus") && TriggerIs(e, "visit"));

    private TimelineEvent Drills() => Find("the planned drills", e => TriggerIs(e, "drills") && e.Summary?.Contains("coming year", StringComparison.Ordinal) == true);

    private TimelineEvent Shoigu() => Find("the meeting with Shoigu", e => HasActors(e, "Li Shangfu", "Sergei Shoigu"));

    private TimelineEvent Find(string what, Func<TimelineEvent, bool> match)
    {
        var found = Events.Where(match).ToList();
        Assert.True(found.Count == 1, $"expected one event for {what}, found {found.Count}; the pipeline stored:\n{string.Join("\n", Events.Select(Describe))}");
        return found[0];
    }

    private bool HasActors(TimelineEvent e, params string[] names) =>
        names.All(n => seed.Data.Actors.Find(a => a.Name == n) is { } actor && e.Actors.Contains(actor.Id));

    private static bool TriggerIs(TimelineEvent e, string trigger) =>
        e.Sources.Exists(s => string.Equals(s.Trigger, trigger, StringComparison.OrdinalIgnoreCase));

    private Actor Actor(string name)
    {
        var actor = seed.Data.Actors.Find(a => a.Name == name);
        Assert.True(actor is not null, $"no actor named {name}; actors: {string.Join(", ", seed.Data.Actors.Select(a => $"{a.Name} ({a.Kind})"))}");
        return actor;
    }

    private string ActorId(string name) => Actor(name).Id;

    private static string Describe(TimelineEvent e) => string.Create(CultureInfo.InvariantCulture,
        $"{e.Id}: '{e.Title}' [{string.Join(",", e.Actors)}] {e.Date.Relation} {e.Date.Value} {e.Date.Precision} {e.Date.Start}..{e.Date.End} approx={e.Date.Approximate} planned={e.Date.Planned} anchor={e.Date.Anchor} status={e.Status} trigger={string.Join(",", e.Sources.Select(s => s.Trigger))}");

    [GeneratedRegex(@"\b[a-z][a-z’']*\b")]
    private static partial Regex LowerCaseWord();
}
