using Timeline.Model;
using Timeline.Store;

namespace Timeline.Tests.Store;

public sealed class TimelineYamlTests
{
    private static TimelineEvent EveryEventField() => new()
    {
        Id = "li-shangfu-visit-belarus",
        Title = "Li Shangfu visits Belarus",
        Summary = "Chinese Defense Minister Li Shangfu arrived in Minsk: a \"working visit\" # not a comment.\nSecond line.",
        Date = new EventDate
        {
            Value = "2023-08",
            Precision = DatePrecision.Month,
            Start = new DateOnly(2023, 8, 1),
            End = new DateOnly(2023, 8, 31),
            Approximate = true,
            Planned = true,
            Relation = DateRelation.After,
            Anchor = "talks-in-moscow",
            Text = "later in August",
        },
        Actors = ["li-shangfu", "belarus"],
        Place = "minsk",
        Type = "consult",
        Status = EventStatus.Planned,
        Tags = ["2023", "yes", "true"],
        Sources =
        [
            new EventSource { Article = "a1", Offset = 0, Length = 120, TriggerOffset = 0, TriggerLength = 7, Trigger = "arrived" },
            new EventSource { Article = "a2", Offset = 17, Length = 5, TriggerOffset = 18, TriggerLength = 3, Trigger = "met" },
        ],
    };

    [Fact]
    public void Round_trips_every_event_field()
    {
        var original = StoredEvent.From(EveryEventField(), note: "checked against the Xinhua report");

        var yaml = TimelineYaml.Serializer.Serialize(original);
        var back = TimelineYaml.Deserializer.Deserialize<StoredEvent>(yaml);

        Assert.Equal(TimelineYaml.Serializer.Serialize(original), TimelineYaml.Serializer.Serialize(back));
        Assert.Equal(Fingerprints.Of(EveryEventField()), Fingerprints.Of(back.ToModel()));
        Assert.Equal("checked against the Xinhua report", back.Note);
        Assert.Equal(original.Fingerprint, back.Fingerprint);
    }

    [Fact]
    public void Round_trips_every_actor_and_article_field()
    {
        var actor = new Actor { Id = "osce", Name = "OSCE", Kind = ActorKind.Organisation, Aliases = ["the organisation"], Role = "observer", Country = "Austria" };
        var article = new ArticleInfo { Id = "a1", Title = "Title: with colon", Date = new DateOnly(2024, 2, 29), Source = "AP", Url = "https://x.test/?a=1&b=2", Path = "in/a1.md", Tags = ["x"] };

        var actorBack = TimelineYaml.Deserializer.Deserialize<StoredActor>(TimelineYaml.Serializer.Serialize(StoredActor.From(actor, "n")));
        var articleBack = TimelineYaml.Deserializer.Deserialize<StoredArticle>(TimelineYaml.Serializer.Serialize(StoredArticle.From(article)));

        Assert.Equal(TimelineYaml.Serializer.Serialize(actor), TimelineYaml.Serializer.Serialize(actorBack.ToModel()));
        Assert.Equal("n", actorBack.Note);
        Assert.Equal(TimelineYaml.Serializer.Serialize(article), TimelineYaml.Serializer.Serialize(articleBack.ToModel()));
    }

    [Fact]
    public void Writes_enums_snake_case_dates_plain_and_date_like_strings_quoted()
    {
        var yaml = TimelineYaml.Serializer.Serialize(EveryEventField());

        Assert.Contains("  precision: month\n", yaml);
        Assert.Contains("  relation: after\n", yaml);
        Assert.Contains("status: planned\n", yaml);
        Assert.Contains("  start: 2023-08-01\n", yaml);
        Assert.Contains("  value: \"2023-08\"\n", yaml);
        Assert.Contains("- \"2023\"\n- \"yes\"\n- \"true\"\n", yaml);
        Assert.Contains("summary: |-\n  Chinese Defense Minister", yaml);
        Assert.DoesNotContain("\r", yaml);
    }

    [Fact]
    public void Omits_nulls_empty_lists_and_defaults_but_keeps_required_numbers()
    {
        var bare = new TimelineEvent
        {
            Id = "e",
            Title = "T",
            Date = new EventDate { Value = "XXXX", Precision = DatePrecision.Unknown },
            Sources = [new EventSource { Article = "a", Offset = 0, Length = 0, TriggerOffset = 0, TriggerLength = 0, Trigger = "x" }],
        };

        var yaml = TimelineYaml.Serializer.Serialize(bare);

        Assert.Equal(
            "id: e\ntitle: T\ndate:\n  value: XXXX\n  precision: unknown\nsources:\n- article: a\n  offset: 0\n  length: 0\n  trigger_offset: 0\n  trigger_length: 0\n  trigger: x\n",
            yaml);
    }

    [Fact]
    public void Does_not_fold_long_strings()
    {
        var title = string.Join(' ', Enumerable.Repeat("word", 60));
        var yaml = TimelineYaml.Serializer.Serialize(Samples.Event("e") with { Title = title });

        Assert.Contains($"title: {title}\n", yaml);
    }

    [Fact]
    public void Reads_enum_values_in_any_case()
    {
        var actor = TimelineYaml.Deserializer.Deserialize<StoredActor>("id: x\nname: X\nkind: Organisation\n");

        Assert.Equal(ActorKind.Organisation, actor.Kind);
    }
}
