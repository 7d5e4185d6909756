using Timeline.Extract.Events;
using Timeline.Extract.Text;
using Timeline.Extract.Text.Pos;

namespace Timeline.Tests.Extract.Events;

/// <summary>"X said (that) Y" and "Y, X said": the reporting verb, its speaker and where the reported clause starts.</summary>
public sealed class ReportedSpeechTests
{
    private static (List<string> Words, ReportedSpeech? Speech) Find(string clause, string verb)
    {
        var words = Tokenizer.Tokenize(clause).Select(t => t.Text).ToList();
        var tags = PosTagger.Default.Tag(words);
        var index = words.IndexOf(verb);
        Assert.True(index >= 0, $"'{verb}' is not a token of '{clause}'");
        return (words, ReportedSpeech.Find(words, tags, TriggerLexicon.Default, index));
    }

    private static string Span(List<string> words, int from, int to) => string.Join(' ', words.Skip(from).Take(to - from));

    [Theory]
    [InlineData("After the three cases confirmed yesterday the ministry stepped up its emergency response", "stepped")]
    [InlineData("Before officials confirmed the cases the ministry stepped up its emergency response", "stepped")]
    public void A_saying_in_a_fronted_clause_of_time_reports_nothing(string clause, string verb) =>
        Assert.Null(Find(clause, verb).Speech);

    [Fact]
    public void A_saying_after_a_fronted_phrase_set_off_by_a_comma_reports()
    {
        var (words, speech) = Find("After the blast, Maersk said it had closed two yards", "closed");

        Assert.NotNull(speech);
        Assert.Equal("said", words[speech.Index]);
    }

    [Fact]
    public void The_reported_clause_starts_after_said()
    {
        var (words, speech) = Find("BP said it had completed the test", "completed");

        Assert.NotNull(speech);
        Assert.Equal("said", words[speech.Index]);
        Assert.Equal("BP", Span(words, speech.SpeakerStart, speech.SpeakerEnd));
        Assert.Equal("it", words[speech.ComplementStart]);
        Assert.True(speech.IsPast);
    }

    [Theory]
    [InlineData("Lars Holm announced on Friday that he would resign by October", "resign", "announced")]
    [InlineData("Maersk revealed that it had sold its tanker unit", "sold", "revealed")]
    public void Making_something_known_reports_the_that_clause(string clause, string verb, string reporting)
    {
        var (words, speech) = Find(clause, verb);

        Assert.NotNull(speech);
        Assert.Equal(reporting, words[speech.Index]);
    }

    [Fact]
    public void An_announcement_without_that_reports_nothing()
    {
        Assert.Null(Find("Maersk announced a plan to cut 500 jobs", "cut").Speech);
    }

    [Fact]
    public void A_tweet_reports_what_it_says()
    {
        var (words, speech) = Find("The minister tweeted that the army had withdrawn", "withdrawn");

        Assert.NotNull(speech);
        Assert.Equal("tweeted", words[speech.Index]);
        Assert.Equal("the", words[speech.ComplementStart]);
    }

    [Theory]
    [InlineData("The minister told reporters the army had withdrawn", "withdrawn", "the")]
    [InlineData("The minister told Reuters that the army had withdrawn", "withdrawn", "the")]
    [InlineData("The minister told reporters Maersk had closed the plant", "closed", "Maersk")]
    [InlineData("The minister told Maersk workers had closed the plant", "closed", "Maersk")]
    public void After_told_only_the_listener_is_passed_over(string clause, string verb, string first)
    {
        var (words, speech) = Find(clause, verb);

        Assert.NotNull(speech);
        Assert.Equal(first, words[speech.ComplementStart]);
    }

    [Fact]
    public void The_reported_clause_starts_after_that()
    {
        var (words, speech) = Find("BP said on Tuesday that it had completed the test", "completed");

        Assert.NotNull(speech);
        Assert.Equal("it", words[speech.ComplementStart]);
    }

    [Fact]
    public void The_listener_after_told_is_not_part_of_the_reported_clause()
    {
        var (words, speech) = Find("The minister told reporters it had withdrawn", "withdrawn");

        Assert.NotNull(speech);
        Assert.Equal("it", words[speech.ComplementStart]);
    }

    [Fact]
    public void An_auxiliary_before_the_reporting_verb_is_not_part_of_the_speaker()
    {
        var (words, speech) = Find("BP has said it completed the test", "completed");

        Assert.NotNull(speech);
        Assert.Equal("BP", Span(words, speech.SpeakerStart, speech.SpeakerEnd));
        Assert.True(speech.IsPast);
    }

    [Fact]
    public void The_speaker_after_the_clause_follows_its_comma()
    {
        var (words, speech) = Find("The army has withdrawn , the minister said", "withdrawn");

        Assert.NotNull(speech);
        Assert.Equal("said", words[speech.Index]);
        Assert.Equal("the minister", Span(words, speech.SpeakerStart, speech.SpeakerEnd));
        Assert.Equal(0, speech.ComplementStart);
    }

    [Theory]
    [InlineData("Maersk withdrew from the region , saying there was less oil than it had believed", "withdrew")]
    [InlineData("The coastguard suspended its search , adding that it no longer believed the men were alive", "suspended")]
    [InlineData("Holm resigned on Monday , saying that the chairman had told him to go", "resigned")]
    public void A_participle_after_the_comma_tells_more_of_the_subject_and_names_no_speaker(string clause, string verb)
    {
        Assert.Null(Find(clause, verb).Speech);
    }

    [Fact]
    public void A_speaker_after_a_participle_s_own_comma_still_reports_the_clause()
    {
        var (words, speech) = Find("The rig exploded , killing 11 workers , officials said", "exploded");

        Assert.NotNull(speech);
        Assert.Equal("officials", Span(words, speech.SpeakerStart, speech.SpeakerEnd));
    }

    [Fact]
    public void A_present_reporting_verb_is_not_past()
    {
        var (_, speech) = Find("The minister says the army has withdrawn", "withdrawn");

        Assert.NotNull(speech);
        Assert.False(speech.IsPast);
    }

    [Fact]
    public void A_clause_without_a_reporting_verb_is_not_reported_speech()
    {
        Assert.Null(Find("The army withdrew from the town", "withdrew").Speech);
    }

    [Fact]
    public void A_reporting_verb_after_the_event_without_a_comma_between_is_not_a_speaker()
    {
        Assert.Null(Find("The army withdrew and the minister said nothing", "withdrew").Speech);
    }

    [Fact]
    public void A_saying_reported_before_the_speaker_gives_the_clause_at_second_hand()
    {
        var (_, speech) = Find("Lars Holm says that he tweeted this morning that Maersk was losing the contract", "losing");

        Assert.NotNull(speech);
        Assert.True(speech.IsClaim);
    }

    [Fact]
    public void An_outlet_reporting_what_someone_said_gives_the_clause_at_second_hand()
    {
        var (_, speech) = Find("Vell Radio is reporting that Norway 's fisheries chief , Lars Holm , has said the Maersk chairman will soon resign", "resign");

        Assert.NotNull(speech);
        Assert.True(speech.IsClaim);
    }

    [Fact]
    public void A_participle_clause_of_belief_before_the_speaker_is_no_second_report()
    {
        var (_, speech) = Find("Having believed that the yard had failed , Lars Holm says he sold his shares", "sold");

        Assert.NotNull(speech);
        Assert.False(speech.IsClaim);
    }

    [Theory]
    [InlineData("Prosecutors claim Dr Holm gave Dahl a lethal dose of the drug", "gave")]
    [InlineData("His lawyers claim Dahl gave himself the fatal dose", "gave")]
    [InlineData("They claim the army had withdrawn", "withdrawn")]
    [InlineData("The defense claim Dahl gave himself the fatal dose", "gave")]
    [InlineData("The prosecution claim Dr Holm gave Dahl a lethal dose", "gave")]
    public void A_present_claim_the_tagger_reads_as_a_noun_is_the_verb_of_a_claim(string clause, string verb)
    {
        var (words, speech) = Find(clause, verb);

        Assert.NotNull(speech);
        Assert.Equal("claim", words[speech.Index]);
        Assert.True(speech.IsClaim);
    }

    [Theory]
    [InlineData("The lawyers' claim was rejected when Dahl gave evidence", "gave")]
    [InlineData("A police report found Dahl gave himself the dose", "gave")]
    [InlineData("The defense claim was rejected when Dahl gave evidence", "gave")]
    public void A_claim_or_report_that_is_a_noun_reports_nothing(string clause, string verb)
    {
        var (words, speech) = Find(clause, verb);

        Assert.True(speech is null || !words[speech.Index].StartsWith("claim", StringComparison.Ordinal) && words[speech.Index] != "report");
    }
}
