using Timeline.Evaluation;
using Timeline.Extract.Time;

namespace Timeline.Tests.Evaluation;

public sealed class TimexScorerTests
{
    private const string Text = "On Monday the board met, and on 3 March it voted for the next two years.";

    private static readonly GoldTimex[] Gold =
    [
        TimeMl.Gold(Text, "Monday", "2001-02-26"),
        TimeMl.Gold(Text, "3 March", "2001-03-03"),
        TimeMl.Gold(Text, "the next two years", "P2Y", "DURATION"),
    ];

    private static TimexScore Score(params Timex3[] system) => TimexScorer.Score([(Gold, system)]);

    [Fact]
    public void A_perfect_match_scores_one_everywhere()
    {
        var score = Score([.. Gold.Select(TimexCorpusEvaluator.ToTimex3)]);

        Assert.All(new[] { score.Strict, score.Relaxed, score.Value, score.Type }, m => Assert.Equal((1.0, 1.0, 1.0), (m.Precision, m.Recall, m.F1)));
    }

    [Fact]
    public void A_missed_timex_lowers_recall_only()
    {
        var score = Score(TimeMl.System(Text, "Monday", "2001-02-26"), TimeMl.System(Text, "3 March", "2001-03-03"));

        Assert.Equal((1.0, 2.0 / 3), (score.Strict.Precision, score.Strict.Recall));
        Assert.Equal(4.0 / 5, score.Relaxed.F1, 9);
    }

    [Fact]
    public void A_spurious_timex_lowers_precision_only()
    {
        var system = Gold.Select(TimexCorpusEvaluator.ToTimex3).Append(TimeMl.System(Text, "board", "X")).ToArray();

        var score = Score(system);

        Assert.Equal((0.75, 1.0), (score.Relaxed.Precision, score.Relaxed.Recall));
        Assert.Equal(6.0 / 7, score.Strict.F1, 9);
    }

    [Fact]
    public void A_wrong_value_counts_for_extent_but_not_for_value()
    {
        var score = Score(TimeMl.System(Text, "Monday", "2001-03-05"), TimeMl.System(Text, "3 March", "2001-03-03"),
            TimeMl.System(Text, "the next two years", "P2Y", "DURATION"));

        Assert.Equal((3, 3, 2, 3), (score.StrictMatches, score.RelaxedMatches, score.ValueMatches, score.TypeMatches));
        Assert.Equal(2.0 / 3, score.Value.F1, 9);
    }

    [Fact]
    public void A_partial_overlap_is_a_relaxed_match_but_not_a_strict_one()
    {
        var score = Score(TimeMl.System(Text, "next two years", "P2Y", "DURATION"));

        Assert.Equal((0, 1, 1, 1), (score.StrictMatches, score.RelaxedMatches, score.ValueMatches, score.TypeMatches));
    }

    [Fact]
    public void Pairing_is_greedy_and_one_to_one_from_the_left()
    {
        const string text = "Between Monday and Tuesday";
        GoldTimex[] gold = [TimeMl.Gold(text, "Monday", "A"), TimeMl.Gold(text, "Tuesday", "B")];
        // One system span covering both gold ones pairs with the leftmost only; the next system span takes the other.
        Timex3[] system = [TimeMl.System(text, "Monday and Tuesday", "A"), TimeMl.System(text, "day", "B", occurrence: 1)];

        var alignment = TimexAligner.Align(gold, system);

        Assert.Equal([("Monday", "Monday and Tuesday"), ("Tuesday", "day")], alignment.Pairs.Select(p => (p.Gold.Text, p.System.Text)));
        Assert.Empty(alignment.Missed);
        Assert.Empty(alignment.Spurious);
        var alone = TimexAligner.Align(gold, [system[0]]);
        Assert.Equal("Tuesday", Assert.Single(alone.Missed).Text);
    }

    [Fact]
    public void The_dct_is_not_scored()
    {
        var gold = TimeMl.Read(TimeMl.Document("Sold <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-03-03\">yesterday</TIMEX3>."));

        var score = TimexScorer.Score([(gold.Timexes, [TimeMl.System(gold.Text, "yesterday", "2001-03-03")])]);

        Assert.Equal((1, 1, 1.0), (score.Gold, score.System, score.Strict.F1));
    }

    [Fact]
    public void Documents_are_micro_averaged()
    {
        Timex3[] perfect = [.. Gold.Select(TimexCorpusEvaluator.ToTimex3)];

        var score = TimexScorer.Score([(Gold, perfect), (Gold, []), ([], [TimeMl.System(Text, "board", "X")])]);

        Assert.Equal((6, 4, 3), (score.Gold, score.System, score.RelaxedMatches));
        Assert.Equal(0.6, score.Relaxed.F1, 9);
    }
}
