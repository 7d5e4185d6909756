using Timeline.Diagnostics;
using Timeline.Evaluation.Tls;

namespace Timeline.Tests.Evaluation.Tls;

public sealed class TlsMetricTests
{
    private static readonly RougeTokenizer Tokenizer = RougeTokenizer.FromStopwordList("the\na\ns\n");

    private static TlsDay Day(string date, params string[] sentences) => new() { Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Sentences = [.. sentences] };

    private static TlsTimeline Timeline(params TlsDay[] days) => new() { Days = [.. days] };

    [Fact]
    public void Date_f1_counts_exact_days()
    {
        var system = new[] { new DateOnly(2010, 4, 1), new DateOnly(2010, 4, 2), new DateOnly(2010, 4, 3) };
        var gold = new[] { new DateOnly(2010, 4, 2), new DateOnly(2010, 4, 3), new DateOnly(2010, 4, 4), new DateOnly(2010, 4, 5) };

        var score = DateF1.Score(system, gold);

        // 2 of 3 system days are gold, 2 of 4 gold days found: F1 = 2 x (2/3 x 1/2) / (2/3 + 1/2) = 4/7.
        Assert.Equal(2.0 / 3, score.Precision, 9);
        Assert.Equal(0.5, score.Recall, 9);
        Assert.Equal(4.0 / 7, score.F1, 9);
    }

    [Fact]
    public void Tokens_are_lower_cased_split_at_punctuation_and_hyphens_stopped_and_stemmed()
    {
        Assert.Equal(["bp", "well", "-", "head", "spill"], Tokenizer.Tokens("BP's well-head: the spills"));
    }

    [Fact]
    public void Rouge_counts_clip_unigrams_and_bigrams()
    {
        var system = Tokenizer.Tokens("The oil spills spread fast");
        var gold = Tokenizer.Tokens("Oil spill spreads");

        // oil spill spread fast / oil spill spread
        Assert.Equal(new NGramOverlap(3, 4, 3), NGramOverlap.Count(system, gold, 1));
        // oil-spill spill-spread spread-fast / oil-spill spill-spread
        Assert.Equal(new NGramOverlap(2, 3, 2), NGramOverlap.Count(system, gold, 2));
        // a word twice in the system counts once against one in the gold
        Assert.Equal(new NGramOverlap(1, 2, 1), NGramOverlap.Count(["oil", "oil"], ["oil"], 1));
    }

    [Fact]
    public void The_alignment_cost_multiplies_the_date_distance_by_the_missing_overlap()
    {
        // Two days apart: 1 - 1/3 = 2/3. Raw tokens oil spill / oil leak: P = R = 1/2, F = 1/2. Cost 2/3 x 1/2.
        var cost = AlignedRouge.Cost(Day("2010-04-20", "oil spill"), Day("2010-04-22", "oil leak"));

        Assert.Equal(1.0 / 3, cost, 9);
        Assert.Equal(0, AlignedRouge.Cost(Day("2010-04-20", "oil spill"), Day("2010-04-20", "gas")));
        // The approximation keeps case and punctuation as they are.
        Assert.Equal(0, AlignedRouge.ApproximateRouge1(["Oil"], ["oil"]));
    }

    [Fact]
    public void Hits_on_a_day_apart_count_by_the_inverse_of_the_distance_plus_one()
    {
        Assert.Equal(1.0, AlignedRouge.Weight(new DateOnly(2010, 4, 20), new DateOnly(2010, 4, 20)));
        Assert.Equal(0.25, AlignedRouge.Weight(new DateOnly(2010, 4, 23), new DateOnly(2010, 4, 20)));

        var (one, two) = AlignedRouge.Score(Timeline(Day("2010-04-20", "Oil spill spreads")), Timeline(Day("2010-04-22", "Oil spill spreads")), Tokenizer);

        // 3 unigram hits weighted 1/3 over 3 system and 3 gold unigrams; 2 bigram hits weighted 1/3 over 2.
        Assert.Equal(1.0 / 3, one.Precision, 9);
        Assert.Equal(1.0 / 3, one.Recall, 9);
        Assert.Equal(1.0 / 3, two.Precision, 9);
        Assert.Equal(1.0 / 3, two.Recall, 9);
    }

    [Fact]
    public void Many_system_days_may_align_to_one_gold_day()
    {
        var system = Timeline(Day("2010-04-20", "Oil spill spreads"), Day("2010-04-21", "Oil spill spreads"));
        var gold = Timeline(Day("2010-04-20", "Oil spill spreads"));

        var (one, _) = AlignedRouge.Score(system, gold, Tokenizer);

        // Precision: 3 hits at weight 1 and 3 at weight 1/2 over 6 system words. Recall: the gold day takes the same-day system day.
        Assert.Equal(0.75, one.Precision, 9);
        Assert.Equal(1.0, one.Recall, 9);
    }

    [Fact]
    public void A_gold_timeline_is_read_and_an_entry_with_a_bad_date_is_left_out_with_a_warning()
    {
        var diagnostics = new DiagnosticBag();
        var text = "2010-04-20\nA rig explodes .\nEleven die .\n--------------------------------\n2010-04-2\nA typo .\n"
            + "--------------------------------\n2010-04-22\nThe rig sinks .\n--------------------------------\n";

        var timeline = TlsTimelineReader.Read("gold.txt", text, diagnostics);

        Assert.Equal([new DateOnly(2010, 4, 20), new DateOnly(2010, 4, 22)], timeline.Dates);
        Assert.Equal(["A rig explodes .", "Eleven die ."], timeline.Days[0].Sentences);
        Assert.Equal(2, timeline.SentencesPerDate);
        var warning = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((TlsTimelineReader.BadLine, 5, Severity.Warning), (warning.Code, warning.Line, warning.Severity));
        Assert.Equal(text.Replace("2010-04-2\nA typo .\n--------------------------------\n", "", StringComparison.Ordinal), timeline.Format());
    }
}
