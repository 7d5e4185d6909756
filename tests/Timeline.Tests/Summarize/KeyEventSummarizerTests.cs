using Timeline.Summarize;
using static Timeline.Tests.Summarize.MiniCorpus;

namespace Timeline.Tests.Summarize;

public sealed class KeyEventSummarizerTests
{
    // Five later articles name 1 March; 10 March has one article of its own and no one names it again.
    private static List<SummaryArticle> FloodStory() =>
    [
        Article("a1", "2024-03-02", S("The river Avon burst its banks in Bath on 1 March, flooding hundreds of homes.", "2024-03-01")),
        Article("a2", "2024-03-04", S("Hundreds of families were still in shelters after the Avon burst its banks on 1 March.", "2024-03-01")),
        Article("a3", "2024-03-05", S("Insurers expect large claims from the flood of 1 March in Bath and the towns downstream.", "2024-03-01")),
        Article("a4", "2024-03-06", S("The council said the flood defences in Bath failed when the river rose on 1 March.", "2024-03-01")),
        Article("a5", "2024-03-08", S("Engineers began to inspect the flood walls that gave way on 1 March along the river.", "2024-03-01")),
        Article("a6", "2024-03-10", S("A charity concert for the flood victims of Bath raised money for the families in shelters.")),
    ];

    [Fact]
    public void A_day_named_by_many_later_articles_beats_a_day_with_one_article()
    {
        var summary = KeyEventSummarizer.Summarize(FloodStory(), SummaryOptions.Default with { Dates = 1, SentencesPerDate = 1 });

        var date = Assert.Single(summary.Dates);
        Assert.Equal(Day("2024-03-01"), date.Date);
        Assert.Equal(5, date.Articles);
        Assert.True(date.Salience > 0);
        var entry = Assert.Single(date.Entries);
        Assert.Contains("1 March", entry.Text, StringComparison.Ordinal);
        Assert.NotNull(entry.Article);
        Assert.NotNull(entry.Offset);
    }

    [Fact]
    public void Dates_come_in_chronological_order_and_the_default_count_is_one_per_eight_articles_at_least_one()
    {
        var two = KeyEventSummarizer.Summarize(FloodStory(), SummaryOptions.Default with { Dates = 2 });
        var byDefault = KeyEventSummarizer.Summarize(FloodStory(), SummaryOptions.Default);

        Assert.Equal([Day("2024-03-01"), Day("2024-03-10")], two.Dates.Select(d => d.Date));
        Assert.Single(byDefault.Dates);
        Assert.Equal(60, SummaryOptions.Default.DatesFor(1000));
    }

    [Fact]
    public void A_sentence_that_opens_on_a_pronoun_is_not_chosen()
    {
        var articles = new List<SummaryArticle>
        {
            Article("b1", "2024-05-03", S("He resigned on 2 May after the vote of the city council on the budget.", "2024-05-02")),
            Article("b2", "2024-05-04", S("The mayor of Springfield resigned on 2 May after the council voted down his budget.", "2024-05-02")),
            Article("b3", "2024-05-05", S("They said on 2 May that the resignation of the mayor came after the budget vote.", "2024-05-02")),
        };

        var summary = KeyEventSummarizer.Summarize(articles, SummaryOptions.Default with { Dates = 1, SentencesPerDate = 3 });

        var entry = Assert.Single(Assert.Single(summary.Dates).Entries);
        Assert.StartsWith("The mayor of Springfield", entry.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Near_duplicates_are_not_both_chosen()
    {
        var articles = new List<SummaryArticle>
        {
            Article("c1", "2024-06-02", S("The central bank raised its interest rate to five percent on 1 June to fight inflation.", "2024-06-01")),
            Article("c2", "2024-06-02", S("The central bank raised its interest rate to five percent on 1 June, to fight inflation.", "2024-06-01")),
            Article("c3", "2024-06-03", S("Mortgage lenders followed the central bank within hours of the rate rise on 1 June.", "2024-06-01")),
        };

        var summary = KeyEventSummarizer.Summarize(articles, SummaryOptions.Default with { Dates = 1, SentencesPerDate = 2 });

        var entries = Assert.Single(summary.Dates).Entries;
        Assert.Equal(2, entries.Count);
        Assert.Single(entries, e => e.Text.StartsWith("The central bank raised", StringComparison.Ordinal));
        Assert.Single(entries, e => e.Text.StartsWith("Mortgage lenders", StringComparison.Ordinal));
    }

    [Fact]
    public void An_undated_sentence_found_word_for_word_in_three_articles_is_page_furniture()
    {
        const string Furniture = "Read all of our coverage of the storm and follow the latest updates from our reporters.";
        var articles = new List<SummaryArticle>
        {
            Article("d1", "2024-07-01", S(Furniture), S("The storm cut power to forty thousand homes across the county overnight.")),
            Article("d2", "2024-07-01", S(Furniture), S("Crews worked through the night to clear fallen trees from the main roads.")),
            Article("d3", "2024-07-01", S(Furniture), S("Schools across the county stayed shut while the storm damage was assessed.")),
        };

        var summary = KeyEventSummarizer.Summarize(articles, SummaryOptions.Default with { Dates = 1, SentencesPerDate = 3 });

        var entries = Assert.Single(summary.Dates).Entries;
        Assert.Equal(3, entries.Count);
        Assert.DoesNotContain(entries, e => e.Text == Furniture);
    }

    [Fact]
    public void The_summary_does_not_depend_on_the_order_of_the_articles()
    {
        var articles = FloodStory();
        var reversed = Enumerable.Reverse(articles).ToList();
        var options = SummaryOptions.Default with { Dates = 2 };

        var one = KeyEventSummarizer.Summarize(articles, options);
        var other = KeyEventSummarizer.Summarize(reversed, options);

        Assert.Equal(one.Dates.Select(d => (d.Date, d.Salience, string.Join('|', d.Entries.Select(e => e.Text)))),
            other.Dates.Select(d => (d.Date, d.Salience, string.Join('|', d.Entries.Select(e => e.Text)))));
    }

    [Fact]
    public void Days_outside_the_bounds_are_not_picked()
    {
        var summary = KeyEventSummarizer.Summarize(FloodStory(), SummaryOptions.Default with { Dates = 2, From = Day("2024-03-02") });

        Assert.Equal([Day("2024-03-10")], summary.Dates.Select(d => d.Date));
    }
}
