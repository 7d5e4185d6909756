using Timeline.Extract;
using Timeline.Model;

namespace Timeline.Tests.Extract;

public sealed class EventMergerTests
{
    private static readonly List<Actor> Actors =
    [
        new() { Id = "mette-frederiksen", Name = "Mette Frederiksen", Kind = ActorKind.Person },
        new() { Id = "alexander-stubb", Name = "Alexander Stubb", Kind = ActorKind.Person },
        new() { Id = "denmark", Name = "Denmark", Kind = ActorKind.Country },
        new() { Id = "finland", Name = "Finland", Kind = ActorKind.Country },
    ];

    private static TimelineEvent Event(string id, string article, EventDate date, string type = "CONSULT", string trigger = "met", params string[] actors) => new()
    {
        Id = id,
        Title = id,
        Date = date,
        Type = type,
        Actors = [.. actors],
        Confidence = 0.7,
        Sources = [new EventSource { Article = article, Offset = 0, Length = 10, TriggerOffset = 3, TriggerLength = trigger.Length, Trigger = trigger }],
    };

    private static EventDate Day(int d) => new() { Value = $"2024-03-{d:D2}", Precision = DatePrecision.Day, Start = new DateOnly(2024, 3, d), End = new DateOnly(2024, 3, d) };

    private static readonly EventDate March = new() { Value = "2024-03", Precision = DatePrecision.Month, Start = new DateOnly(2024, 3, 1), End = new DateOnly(2024, 3, 31) };

    [Fact]
    public void Two_articles_reporting_the_same_event_give_one_event_with_two_sources()
    {
        var a = Event("frederiksen-meet-stubb", "reuters", March, actors: ["mette-frederiksen", "alexander-stubb"]);
        var b = Event("frederiksen-talks-stubb", "yle", Day(12), trigger: "talks", actors: ["mette-frederiksen", "finland"]);

        var merged = Assert.Single(EventMerger.Merge([a, b], Actors));

        Assert.Equal(["reuters", "yle"], merged.Sources.Select(s => s.Article));
        Assert.Equal("2024-03-12", merged.Date.Value); // the most precise date wins
        Assert.Equal("2024-03", Assert.Single(merged.OtherDates).Value); // the other is recorded
        Assert.Equal(["mette-frederiksen", "alexander-stubb", "finland"], merged.Actors);
        Assert.Equal("frederiksen-meet-stubb", merged.Id);
        Assert.Equal(0.75, merged.Confidence);
    }

    [Fact]
    public void A_date_another_article_gives_names_that_article()
    {
        var a = Event("frederiksen-meet-stubb", "reuters", March with { Text = "this month" }, actors: ["mette-frederiksen", "alexander-stubb"]);
        var b = Event("frederiksen-talks-stubb", "yle", Day(12) with { Text = "12 March" }, trigger: "talks", actors: ["mette-frederiksen", "finland"]);

        var merged = Assert.Single(EventMerger.Merge([a, b], Actors));

        Assert.Equal("12 March", merged.Date.Text);
        Assert.Equal("yle", merged.Date.Article);
        Assert.Null(Assert.Single(merged.OtherDates).Article);
    }

    [Fact]
    public void A_date_the_first_source_gives_names_no_article()
    {
        var a = Event("frederiksen-meet-stubb", "reuters", Day(12) with { Text = "12 March" }, actors: ["mette-frederiksen", "alexander-stubb"]);
        var b = Event("frederiksen-talks-stubb", "yle", March with { Text = "this month" }, trigger: "talks", actors: ["mette-frederiksen", "finland"]);

        var merged = Assert.Single(EventMerger.Merge([a, b], Actors));

        Assert.Equal("12 March", merged.Date.Text);
        Assert.Null(merged.Date.Article);
    }

    [Fact]
    public void The_same_act_by_two_different_doers_on_one_actor_is_two_happenings()
    {
        List<Actor> actors =
        [
            .. Actors,
            new() { Id = "fitch-ratings", Name = "Fitch Ratings", Kind = ActorKind.Organisation, Aliases = ["Fitch"] },
            new() { Id = "moodys", Name = "Moody's", Kind = ActorKind.Organisation },
            new() { Id = "maersk", Name = "Maersk", Kind = ActorKind.Organisation },
        ];
        TimelineEvent Cut(string id, string article, string title, params string[] who) =>
            Event(id, article, ReportedBy(15), type: "other", trigger: "downgraded", actors: who) with { Title = title };
        var fitch = Cut("fitch-downgrad-maersk", "reuters", "Fitch Ratings has downgraded Maersk by six notches", "fitch-ratings", "maersk");
        var moodys = Cut("moodys-downgrad-maersk", "bbc", "Moody's downgraded Maersk's credit rating", "moodys", "maersk");
        var fitchAgain = Cut("fitch-downgrad-maersk-2", "afp", "Fitch downgraded Maersk to BBB", "fitch-ratings", "maersk");

        var merged = EventMerger.Merge([fitch, moodys, fitchAgain], actors);

        Assert.Equal(["fitch-downgrad-maersk", "moodys-downgrad-maersk"], merged.Select(e => e.Id));
        Assert.Equal(["reuters", "afp"], merged[0].Sources.Select(s => s.Article));
        Assert.Equal(["moodys", "maersk"], merged[1].Actors);
        Assert.Equal(2, EventMerger.Merge([moodys, fitchAgain], actors).Count); // a doer is named by an alias too
    }

    [Fact]
    public void A_meeting_told_from_either_side_is_one_happening()
    {
        var met = Event("stubb-meet-frederiksen", "yle", Day(12), actors: ["alexander-stubb", "mette-frederiksen"]) with { Title = "Alexander Stubb met Mette Frederiksen in Helsinki" };
        var metBack = Event("frederiksen-meet-stubb", "dr", Day(12), actors: ["mette-frederiksen", "alexander-stubb"]) with { Title = "Mette Frederiksen met Alexander Stubb" };

        Assert.Single(EventMerger.Merge([met, metBack], Actors));
    }

    [Fact]
    public void A_trigger_with_an_infinitive_merges_only_with_the_same_infinitive()
    {
        var remove = Event("stubb-force", "yle", Day(12), type: "other", trigger: "forced", actors: ["alexander-stubb"]) with { Title = "Alexander Stubb was forced to remove the cap" };
        var suspend = Event("stubb-force-2", "reuters", March, type: "other", trigger: "forced", actors: ["alexander-stubb"]) with { Title = "Alexander Stubb was forced to suspend dividends" };
        var removeAgain = Event("stubb-force-3", "afp", March, type: "other", trigger: "forced", actors: ["alexander-stubb"]) with { Title = "Alexander Stubb was forced to removing the cap" };

        var merged = EventMerger.Merge([remove, suspend, removeAgain], Actors);

        Assert.Equal(["stubb-force", "stubb-force-2"], merged.Select(e => e.Id));
        Assert.Equal(["yle", "afp"], merged[0].Sources.Select(s => s.Article));
    }

    private static EventDate ReportedBy(int d) => new() { Value = $"2024-03-{d:D2}", Precision = DatePrecision.Day, End = new DateOnly(2024, 3, d), Relation = DateRelation.Before };

    [Fact]
    public void An_undated_report_merges_with_the_same_happening_told_in_the_week_before_it_never_after()
    {
        var dated = Event("stubb-visit", "yle", Day(12), actors: ["alexander-stubb"]);
        var reportedLater = Event("stubb-visit-2", "reuters", ReportedBy(15), actors: ["alexander-stubb"]);
        var reportedBefore = Event("stubb-visit-3", "afp", ReportedBy(10), actors: ["alexander-stubb"]);
        var reportedLong = Event("stubb-visit-4", "bbc", ReportedBy(30), actors: ["alexander-stubb"]);

        var merged = EventMerger.Merge([dated, reportedLater, reportedBefore, reportedLong], Actors);

        Assert.Equal(["stubb-visit", "stubb-visit-3", "stubb-visit-4"], merged.Select(e => e.Id));
        Assert.Equal("2024-03-12", merged[0].Date.Value); // the day the text gave beats "on or before"
        Assert.Equal(["yle", "reuters"], merged[0].Sources.Select(s => s.Article));
    }

    [Fact]
    public void A_span_another_article_gives_ends_on_the_day_an_article_reported_the_happening_as_done()
    {
        var week = new EventDate { Value = "2024-W11", Precision = DatePrecision.Week, Start = new DateOnly(2024, 3, 11), End = new DateOnly(2024, 3, 17), Text = "last week" };
        var told = Event("stubb-visit", "yle", week, actors: ["alexander-stubb"]);
        var reported = Event("stubb-visit-2", "reuters", ReportedBy(12), actors: ["alexander-stubb"]);
        var reportedLater = Event("stubb-visit-3", "afp", ReportedBy(20), actors: ["alexander-stubb"]);
        var planned = Event("stubb-visit-4", "bbc", week with { Planned = true }, actors: ["alexander-stubb"]);

        var merged = Assert.Single(EventMerger.Merge([reported, told], Actors));
        var later = Assert.Single(EventMerger.Merge([told, reportedLater], Actors));

        Assert.Equal(("2024-W11", new DateOnly(2024, 3, 11), new DateOnly(2024, 3, 12)), (merged.Date.Value, merged.Date.Start, merged.Date.End));
        Assert.Equal(new DateOnly(2024, 3, 17), later.Date.End); // reported after the week: the week stands
        Assert.Equal(new DateOnly(2024, 3, 17), EventMerger.Merge([planned, reported], Actors)[0].Date.End); // a plan is no report of a deed
    }

    [Fact]
    public void A_result_in_the_present_perfect_told_again_months_later_is_one_happening_known_since_the_first_report()
    {
        EventDate ReportedIn(int month) => new() { Value = $"2024-{month:D2}-10", Precision = DatePrecision.Day, End = new DateOnly(2024, month, 10), Relation = DateRelation.Before };
        TimelineEvent Plea(string id, string article, int month, string title) =>
            Event(id, article, ReportedIn(month), type: "other", trigger: "pleaded", actors: ["alexander-stubb"]) with { Title = title };
        var first = Plea("stubb-plead", "yle", 2, "Alexander Stubb has pleaded not guilty to a charge of manslaughter");
        var again = Plea("stubb-plead-2", "reuters", 6, "Alexander Stubb has pleaded not guilty to manslaughter");
        var past = Plea("stubb-plead-3", "afp", 9, "Alexander Stubb pleaded not guilty to manslaughter");
        var other = Plea("stubb-plead-4", "bbc", 11, "Alexander Stubb has pleaded guilty to fraud");

        var merged = EventMerger.Merge([first, again, past, other], Actors);

        Assert.Equal(["stubb-plead", "stubb-plead-3", "stubb-plead-4"], merged.Select(e => e.Id));
        Assert.Equal(["yle", "reuters"], merged[0].Sources.Select(s => s.Article));
        Assert.Equal("2024-02-10", merged[0].Date.Value);
    }

    [Fact]
    public void A_person_s_death_told_again_years_later_is_the_death_the_first_story_dated()
    {
        EventDate ReportedIn(int year) => new() { Value = $"{year}-06-10", Precision = DatePrecision.Day, End = new DateOnly(year, 6, 10), Relation = DateRelation.Before };
        TimelineEvent Died(string id, string article, EventDate date, string person = "alexander-stubb") =>
            Event(id, article, date, type: "other", trigger: "died", actors: [person]) with { Title = "Alexander Stubb died at his home" };
        var dated = Died("stubb-die", "yle", Day(12));
        var years = Died("stubb-die-2", "bbc", ReportedIn(2026));
        var before = Died("stubb-die-3", "afp", ReportedIn(2023));
        var country = Died("finland-die", "reuters", ReportedIn(2025), person: "finland");
        var countryAgain = Died("finland-die-2", "hs", ReportedIn(2026), person: "finland");
        var another = Died("frederiksen-die", "dr", ReportedIn(2025), person: "mette-frederiksen");
        var said = Event("stubb-say", "stt", ReportedIn(2025), type: "other", trigger: "died", actors: ["alexander-stubb"]) with { Title = "Doctors said the patient died" };

        var merged = EventMerger.Merge([dated, years, before, country, countryAgain, another, said], Actors);

        Assert.Equal(["stubb-die", "stubb-die-3", "finland-die", "finland-die-2", "frederiksen-die", "stubb-say"], merged.Select(e => e.Id));
        Assert.Equal(["yle", "bbc"], merged[0].Sources.Select(s => s.Article));
        Assert.Equal("2024-03-12", merged[0].Date.Value);
        Assert.Single(EventMerger.Merge([years, Died("stubb-die-4", "dr", ReportedIn(2025))], Actors));
    }

    [Fact]
    public void The_same_sentence_in_two_articles_is_one_happening_by_the_first_report_but_not_on_two_days_the_texts_give()
    {
        const string told = "Denmark suspended classes for millions of children in Aarhus.";
        var first = Event("denmark-suspend", "reuters", ReportedBy(10), type: "other", trigger: "suspended", actors: ["denmark"]) with { Summary = told };
        var again = Event("denmark-suspend-2", "reuters-update", ReportedBy(24), type: "other", trigger: "suspended", actors: ["denmark"]) with { Summary = told };
        var onDay = Event("denmark-suspend-3", "afp", Day(3), type: "other", trigger: "suspended", actors: ["denmark"]) with { Summary = told };
        var onOtherDay = Event("denmark-suspend-4", "bbc", Day(20), type: "other", trigger: "suspended", actors: ["denmark"]) with { Summary = told };
        var otherWords = Event("denmark-suspend-5", "yle", ReportedBy(11), type: "other", trigger: "suspended", actors: ["denmark"]) with { Summary = "Denmark suspended classes in Aarhus." };

        var merged = EventMerger.Merge([again, first, otherWords], Actors);

        Assert.Equal(["denmark-suspend-2", "denmark-suspend-5"], merged.Select(e => e.Id));
        Assert.Equal(["reuters-update", "reuters"], merged[0].Sources.Select(s => s.Article));
        Assert.Equal("2024-03-10", merged[0].Date.Value); // by the first report
        Assert.Equal(2, EventMerger.Merge([onDay, onOtherDay], Actors).Count);
    }

    [Fact]
    public void An_undated_report_merges_with_a_dated_happening_only_when_everyone_acting_in_it_acts_there_too()
    {
        var dated = Event("frederiksen-meet-stubb", "yle", Day(12), actors: ["mette-frederiksen", "denmark"]);
        var summoned = Event("stubb-summon", "reuters", ReportedBy(14), trigger: "talks", actors: ["alexander-stubb", "mette-frederiksen"]);
        var retold = Event("frederiksen-meet", "afp", ReportedBy(14), actors: ["mette-frederiksen"]);

        var merged = EventMerger.Merge([dated, summoned, retold], Actors);

        Assert.Equal(["frederiksen-meet-stubb", "stubb-summon"], merged.Select(e => e.Id));
        Assert.Equal(["yle", "afp"], merged[0].Sources.Select(s => s.Article));
        Assert.Equal(["mette-frederiksen", "denmark"], merged[0].Actors);
    }

    [Fact]
    public void Without_a_date_of_its_own_a_plan_stays_apart_from_what_happened()
    {
        var plan = Event("stubb-spend", "yle", ReportedBy(12) with { Relation = DateRelation.After, Start = new DateOnly(2024, 3, 12), End = null, Approximate = true },
            type: "other", trigger: "spend", actors: ["alexander-stubb"]) with { Title = "Alexander Stubb will spend more time running the party", Status = EventStatus.Planned };
        var done = Event("stubb-spend-2", "reuters", ReportedBy(13), type: "other", trigger: "spend", actors: ["alexander-stubb"]) with { Title = "Alexander Stubb will spend more time running the party" };

        Assert.Equal(2, EventMerger.Merge([plan, done], Actors).Count);
    }

    [Fact]
    public void A_plan_and_its_happening_on_the_day_each_text_gives_are_one()
    {
        var plan = Event("stubb-visit", "yle", Day(12), type: "other", trigger: "visit", actors: ["alexander-stubb"]) with { Title = "Alexander Stubb will visit Oslo", Status = EventStatus.Planned };
        var done = Event("stubb-visit-2", "reuters", Day(12), type: "other", trigger: "visited", actors: ["alexander-stubb"]) with { Title = "Alexander Stubb visited Oslo" };

        Assert.Single(EventMerger.Merge([plan, done], Actors));
    }

    [Theory]
    [InlineData("Alexander Stubb has spent 2 million euros fighting the floods", "Alexander Stubb was spending some time with his son", 2)]
    [InlineData("Alexander Stubb began the test on the new bridge", "Alexander Stubb began pressure tests on the bridge", 1)]
    [InlineData("Alexander Stubb resigned", "Alexander Stubb resigned from the government", 1)]
    public void An_untyped_verb_without_a_date_to_tie_it_merges_only_when_what_it_was_done_to_shares_a_word(string first, string second, int count)
    {
        static string Trigger(string title) => title.Split(' ')[2] is "has" or "was" ? title.Split(' ')[3] : title.Split(' ')[2];
        var a = Event("a", "yle", ReportedBy(12), type: "other", trigger: Trigger(first), actors: ["alexander-stubb"]) with { Title = first };
        var b = Event("b", "reuters", ReportedBy(13), type: "other", trigger: Trigger(second), actors: ["alexander-stubb"]) with { Title = second };

        Assert.Equal(count, EventMerger.Merge([a, b], Actors).Count);
    }

    [Theory]
    [InlineData("Alexander Stubb accused of misleading parliament", "Alexander Stubb accused of harming the seals", 2)]
    [InlineData("Alexander Stubb accused of misleading parliament", "Alexander Stubb was accused of misleading the parliament", 1)]
    [InlineData("Alexander Stubb pledged to set aside 20 million euros", "Alexander Stubb pledged to sue", 2)]
    public void A_typed_event_without_a_date_to_tie_it_merges_only_when_what_it_was_done_to_shares_a_word(string first, string second, int count)
    {
        static string Trigger(string title) => title.Split(' ')[2] is "was" ? title.Split(' ')[3] : title.Split(' ')[2];
        var a = Event("a", "yle", ReportedBy(12), type: "ACCUSE", trigger: Trigger(first), actors: ["alexander-stubb"]) with { Title = first };
        var b = Event("b", "reuters", ReportedBy(13), type: "ACCUSE", trigger: Trigger(second), actors: ["alexander-stubb"]) with { Title = second };

        Assert.Equal(count, EventMerger.Merge([a, b], Actors).Count);
    }

    [Fact]
    public void Typed_events_without_a_date_that_share_two_actors_merge_whatever_follows()
    {
        var a = Event("a", "yle", ReportedBy(12), actors: ["alexander-stubb", "mette-frederiksen"]) with { Title = "Alexander Stubb met Mette Frederiksen" };
        var b = Event("b", "reuters", ReportedBy(13), trigger: "talks", actors: ["alexander-stubb", "mette-frederiksen"]) with { Title = "Alexander Stubb held talks with Mette Frederiksen in Oslo" };

        Assert.Single(EventMerger.Merge([a, b], Actors));
    }

    [Fact]
    public void The_day_both_texts_give_ties_an_untyped_verb_whatever_follows_it()
    {
        var a = Event("a", "yle", Day(12), type: "other", trigger: "died", actors: ["alexander-stubb"]) with { Title = "Alexander Stubb died aged 50" };
        var b = Event("b", "reuters", Day(12), type: "other", trigger: "died", actors: ["alexander-stubb"]) with { Title = "Alexander Stubb died from an overdose" };

        Assert.Single(EventMerger.Merge([a, b], Actors));
    }

    [Fact]
    public void Events_of_one_article_are_never_merged()
    {
        var a = Event("a", "reuters", Day(12), actors: ["mette-frederiksen"]);
        var b = Event("b", "reuters", Day(12), actors: ["mette-frederiksen"]);

        Assert.Equal(2, EventMerger.Merge([a, b], Actors).Count);
    }

    [Fact]
    public void Events_on_days_far_apart_or_without_a_shared_participant_stay_apart()
    {
        var a = Event("a", "reuters", Day(2), actors: ["mette-frederiksen"]);
        var far = Event("b", "yle", Day(20), actors: ["mette-frederiksen"]);
        var other = Event("c", "yle", Day(2), actors: ["alexander-stubb"]);
        var onlyOneCountry = Event("d", "afp", Day(2), actors: ["denmark"]);

        Assert.Equal(4, EventMerger.Merge([a, far, other, onlyOneCountry], Actors).Count);
    }

    [Fact]
    public void Different_kinds_of_event_stay_apart_and_anchors_follow_a_merge()
    {
        var meeting = Event("meeting", "reuters", Day(12), actors: ["mette-frederiksen"]);
        var sanction = Event("sanction", "yle", Day(12), type: "SANCTION", trigger: "sanctions", actors: ["mette-frederiksen"]);
        var sameMeeting = Event("same-meeting", "afp", Day(12), actors: ["mette-frederiksen"]);
        var before = Event("before", "afp", new EventDate { Value = "2024-03-12", Precision = DatePrecision.Day, End = new DateOnly(2024, 3, 12), Relation = DateRelation.Before, Anchor = "same-meeting" }, type: "AGREE", trigger: "signed", actors: ["alexander-stubb"]);

        var merged = EventMerger.Merge([meeting, sanction, sameMeeting, before], Actors);

        Assert.Equal(["meeting", "sanction", "before"], merged.Select(e => e.Id));
        Assert.Equal("meeting", merged[2].Date.Anchor);
    }
}
