using Timeline.Evaluation.Timelines;

namespace Timeline.Tests.Evaluation.Timelines;

public sealed class TimelineScorerTests
{
    private static EntityTimeline Timeline(params string[] lines) =>
        EntityTimeline.Parse("t.txt", "Acme\n" + string.Join('\n', lines) + "\n");

    [Fact]
    public void A_timeline_scored_against_itself_is_perfect()
    {
        var gold = Timeline("1\t2008-01-09\t1-0-sold", "2\t2008-02\t1-3-bought", "2\t2008-02\t2-1-merger", "0\tXXXX-XX-XX\t2-2-said");

        var score = TimelineScorer.Score(gold, gold);

        // 3 date links, 1 before link, 1 simultaneous link; the undated event is not scored.
        Assert.Equal((5, 5, 5, 5), (score.SystemLinks, score.SystemCorrect, score.GoldLinks, score.GoldFound));
        Assert.Equal(1.0, score.F1);
    }

    [Fact]
    public void A_wrong_date_loses_its_date_link_but_keeps_the_order()
    {
        var gold = Timeline("1\t2008-01-09\t1-0-sold", "2\t2008-02\t1-3-bought");
        var system = Timeline("1\t2008-01\t1-0-sold", "2\t2008-02\t1-3-bought");

        var score = TimelineScorer.Score(gold, system);

        Assert.Equal((3, 2), (score.SystemLinks, score.SystemCorrect));
        Assert.Equal((3, 2), (score.GoldLinks, score.GoldFound));
    }

    [Fact]
    public void Reversed_order_is_wrong_both_ways()
    {
        var gold = Timeline("1\tXXXX-XX-XX\t1-0-sold", "2\tXXXX-XX-XX\t1-3-bought");
        var system = Timeline("1\tXXXX-XX-XX\t1-3-bought", "2\tXXXX-XX-XX\t1-0-sold");

        var score = TimelineScorer.Score(gold, system);

        Assert.Equal((1, 0, 1, 0), (score.SystemLinks, score.SystemCorrect, score.GoldLinks, score.GoldFound));
    }

    [Fact]
    public void Events_are_matched_by_exact_token_id_and_missing_ones_cost_recall()
    {
        var gold = Timeline("1\t2008\t1-0-sold", "2\t2009\t1-3-bought");
        var system = Timeline("1\t2008\t1-0-sold");

        var score = TimelineScorer.Score(gold, system);

        Assert.Equal(1.0, score.Precision);
        Assert.Equal(1.0 / 3, score.Recall, 6);
    }

    [Fact]
    public void Closure_lets_a_reduced_link_hold_across_ranks()
    {
        // Gold 1 < 2 < 3; the system says 1 < 3 directly, which holds in the gold closure.
        var gold = Timeline("1\tXXXX-XX-XX\ta", "2\tXXXX-XX-XX\tb", "3\tXXXX-XX-XX\tc");
        var system = Timeline("1\tXXXX-XX-XX\ta", "2\tXXXX-XX-XX\tc");

        var score = TimelineScorer.Score(gold, system);

        Assert.Equal((1, 1), (score.SystemLinks, score.SystemCorrect));
    }

    [Fact]
    public void The_timeline_format_round_trips()
    {
        var text = "Acme\n0\tXXXX-XX-XX\t2-2-said\n1\t2008-01-09\t1-0-sold\n";

        Assert.Equal(text, EntityTimeline.Parse("t.txt", text).Format());
    }

    [Fact]
    public void Entity_names_match_surnames_and_names_without_a_qualifier()
    {
        Assert.Matches(EntityNames.Matcher("Steve Jobs"), "Jobs said on Monday");
        Assert.Matches(EntityNames.Matcher("Beatles Apple Corps"), "the label Apple Corps sued");
        Assert.Matches(EntityNames.Matcher("iTunes Store"), "songs sold on iTunes");
        Assert.DoesNotMatch(EntityNames.Matcher("iPhone 4"), "the iPhone 4S was");
    }

    [Fact]
    public void Token_maps_find_the_token_covering_an_offset()
    {
        var map = TokenMap.Parse("token_id\tstart\tend\ttoken\n1-0-Apple\t0\t5\tApple\n1-0-sold\t6\t10\tsold\n");

        Assert.Equal("1-0-sold", map.TokenAt(8));
        Assert.Null(map.TokenAt(5));
    }
}
