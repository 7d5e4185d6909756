using Timeline.Extract.Events;
using Timeline.Extract.Text;

namespace Timeline.Tests.Extract.Events;

public sealed class ClauseSplitterTests
{
    private static List<TextSpan> Split(string text, int start = 0) =>
        ClauseSplitter.Split(new Sentence { Start = start, Text = text, Paragraph = 0, Index = 0 });

    [Fact]
    public void Splits_at_a_semicolon_and_before_while()
    {
        var clauses = Split("Kenya signed the accord; Uganda refused, while Tanzania waited.");

        Assert.Equal(["Kenya signed the accord", "Uganda refused", "while Tanzania waited"], clauses.Select(c => c.Text));
    }

    [Theory]
    [InlineData("AARHUS (Reuters) - Maersk closed the terminal on Friday.")]
    [InlineData("VELL HARBOUR, Jutland -- Maersk closed the terminal on Friday.")]
    public void The_first_clause_starts_after_the_dateline_at_its_subject(string text)
    {
        var clause = Assert.Single(Split(text, start: 100));

        Assert.Equal("Maersk closed the terminal on Friday", clause.Text);
        Assert.Equal(100 + text.IndexOf("Maersk", StringComparison.Ordinal), clause.Start);
    }

    [Fact]
    public void Splits_before_and_that_starts_a_new_subject()
    {
        var clauses = Split("The envoy arrived in Oslo, and Norway welcomed the visit.");

        Assert.Equal(["The envoy arrived in Oslo", "Norway welcomed the visit"], clauses.Select(c => c.Text));
    }

    [Theory]
    [InlineData("The ruling was overturned on appeal, and Home Secretary Ida Berg approved the extradition.", "Home Secretary Ida Berg approved the extradition")]
    [InlineData("The ruling was overturned on appeal, and then-Home Secretary Ida Berg approved the extradition.", "then-Home Secretary Ida Berg approved the extradition")]
    [InlineData("The stewards dismissed both protests, and the team said it would appeal.", "the team said it would appeal")]
    [InlineData("Lars Holm chaired a meeting on Sunday, and Ms Berg has spoken with the minister.", "Ms Berg has spoken with the minister")]
    [InlineData("Berg was sacked last Friday, and her successor, Lars Holm, reversed the measures on Monday.", "her successor, Lars Holm, reversed the measures on Monday")]
    [InlineData("Holm pitted under the safety car, and Jensen, on fresh tyres, passed him on the last lap.", "Jensen, on fresh tyres, passed him on the last lap")]
    [InlineData("The envoy left on Monday, and Ida Berg, the minister's deputy, has taken over the talks.", "Ida Berg, the minister's deputy, has taken over the talks")]
    [InlineData("Norway has invited shipyards to submit bids and the government will decide next week.", "the government will decide next week")]
    [InlineData("Maersk closed the terminal and the harbour board has ordered an inquiry.", "the harbour board has ordered an inquiry")]
    public void Splits_before_and_that_starts_a_titled_name_or_a_short_definite_subject(string text, string second)
    {
        var clauses = Split(text);

        Assert.Equal(2, clauses.Count);
        Assert.Equal(second, clauses[1].Text);
    }

    [Theory]
    [InlineData("Norway has completed its own safety review and this year will be implementing a new strategy.", "this year will be implementing a new strategy")]
    [InlineData("Maersk finished the bridge in Aarhus and next month will start work on a tunnel.", "next month will start work on a tunnel")]
    [InlineData("Maersk opened a plant in Vell last week, and later this year will hire 500 workers.", "later this year will hire 500 workers")]
    [InlineData("On Monday the board met in Oslo and on Tuesday approved the merger.", "on Tuesday approved the merger")]
    [InlineData("On Monday, the board met in Oslo and on Tuesday approved the merger.", "on Tuesday approved the merger")]
    public void A_time_after_and_before_a_finite_verb_starts_the_second_verb_clause(string text, string second)
    {
        var clauses = Split(text);

        Assert.Equal(2, clauses.Count);
        Assert.Equal(second, clauses[1].Text);
    }

    [Theory]
    [InlineData("Maersk closed the terminal on Monday and Tuesday.")]
    [InlineData("The board met in Oslo this year and last year.")]
    [InlineData("Maersk will cut costs this year and next year.")]
    public void A_time_after_and_with_no_verb_of_its_own_joins_two_times(string text) => Assert.Single(Split(text));

    [Theory]
    [InlineData("Maersk thanked the Coast Guard, and the Navy crews who helped.")]
    [InlineData("The envoy met Ida Berg, and the prime minister's chief of staff.")]
    [InlineData("Inspectors from Maersk, Vell, and Nordea, the three owners, visited the yard.")]
    [InlineData("The envoy met Ida Berg, and her deputy, Lars Holm, at the palace.")]
    [InlineData("Lars Holm, the chief executive, and Ida Berg, the minister, visited the yard.")]
    [InlineData("Rising costs and the weak krone will hurt exporters next year.")]
    [InlineData("The minister and the harbour board have ordered an inquiry.")]
    [InlineData("Shipyards were asked for bids and the tenders that followed.")]
    public void Keeps_and_before_a_phrase_with_no_finite_verb_of_its_own_in_the_clause(string text)
    {
        Assert.Single(Split(text));
    }

    [Theory]
    [InlineData("But in June last year, the leaders had a falling out, and Lars Holm was arrested.")]
    [InlineData("On Monday, the court ruled against him, and Home Secretary Ida Berg approved the extradition.")]
    public void Keeps_clauses_and_joins_together_under_a_time_fronted_before_both(string text)
    {
        Assert.Single(Split(text));
    }

    [Fact]
    public void Still_splits_before_and_he_under_a_fronted_time()
    {
        Assert.Equal(2, Split("On Monday, the court ruled against him, and he appealed.").Count);
    }

    [Fact]
    public void Keeps_two_names_joined_by_and_together_as_one_subject()
    {
        var clauses = Split("The US and Britain played down diplomatic tensions.");

        Assert.Equal(["The US and Britain played down diplomatic tensions"], clauses.Select(c => c.Text));
    }

    [Fact]
    public void Leaves_out_a_relative_clause()
    {
        var clauses = Split("The envoy visited Oslo, which hosted talks in 1993.");

        Assert.Equal(["The envoy visited Oslo"], clauses.Select(c => c.Text));
    }

    [Fact]
    public void Keeps_a_clause_whole_across_a_relative_clause_that_interrupts_it()
    {
        var clauses = Split("The envoy, who arrived on Monday, visited Oslo; Norway welcomed him.");

        Assert.Equal(["The envoy, who arrived on Monday, visited Oslo", "Norway welcomed him"], clauses.Select(c => c.Text));
    }

    [Fact]
    public void Gives_clause_offsets_in_the_article()
    {
        const string prefix = "Some earlier text. ";
        const string sentence = "Kenya signed; Uganda refused.";
        var body = prefix + sentence;

        var clauses = Split(sentence, prefix.Length);

        Assert.All(clauses, c => Assert.Equal(c.Text, body.Substring(c.Start, c.Length)));
    }
}
