using Timeline.Extract.Text;

namespace Timeline.Tests.Extract.Text;

public sealed class PullQuotesTests
{
    [Fact]
    public void A_box_runs_from_its_quote_to_the_end_of_its_caption()
    {
        const string text = "The tide will turn soon\" End Quote Ann Kerr Harbour master \"We waited a week,\" a skipper said.";

        var (start, end) = Assert.Single(PullQuotes.Find(text));

        Assert.Equal("The tide will turn soon\" End Quote Ann Kerr Harbour master ", text[start..end]);
    }

    [Fact]
    public void A_caption_ends_before_a_name_in_apposition()
    {
        const string text = "The tide will turn soon\" End Quote Ann Kerr Harbour master Tom Berg, a ferry skipper, said the port reopened on Tuesday.";

        var (start, end) = Assert.Single(PullQuotes.Find(text));

        Assert.Equal("The tide will turn soon\" End Quote Ann Kerr Harbour master ", text[start..end]);
    }

    [Fact]
    public void An_end_marker_without_a_closed_quote_or_a_start_marker_is_no_box()
    {
        Assert.Empty(PullQuotes.Find("The band played End Quote Blues at the Bergen festival on Tuesday."));
    }
}
