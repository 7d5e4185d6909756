using Timeline.Extract.Events;
using Timeline.Extract.Text;
using Timeline.Extract.Text.Pos;

namespace Timeline.Tests.Extract.Events;

/// <summary>Testimony and a side's argument in a case: one side's account, not a happening the timeline states.</summary>
public sealed class CaseArgumentTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    // A dated lead, so that the sentence under test is not the article's lead.
    private const string Lead = "Maersk halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\n";

    private static ReportedSpeech? Speech(string clause, string verb)
    {
        var words = Tokenizer.Tokenize(clause).Select(t => t.Text).ToList();
        var tags = PosTagger.Default.Tag(words);
        return ReportedSpeech.Find(words, tags, TriggerLexicon.Default, words.IndexOf(verb));
    }

    [Theory]
    [InlineData("Ida Berg testified that Jonas Dahl had given him the sedative", "given")]
    [InlineData("Ida Berg testified on Thursday that Dahl told her only that he had given him the sedative", "given")]
    [InlineData("Karl Vik told the jury that he moved the bottles", "moved")]
    [InlineData("Karl Vik told jurors he moved the bottles", "moved")]
    [InlineData("At the trial, Jonas Dahl said Holm took the dose himself", "took")]
    [InlineData("Jonas Dahl said in court that Holm took the dose himself", "took")]
    [InlineData("Holm took the dose himself, Dahl told the inquest", "took")]
    [InlineData("Prosecutors said Dahl abandoned his patient", "abandoned")]
    [InlineData("Calling for a long sentence, the prosecution said Dahl abandoned his patient", "abandoned")]
    [InlineData("Mr Dahl's attorneys said Holm had taken the drug", "taken")]
    [InlineData("Maersk's lawyer Ida Berg said the yard had asked for a second crane", "asked")]
    [InlineData("Holm had asked for a second crane, his defence said", "asked")]
    public void Testimony_and_a_sides_argument_are_the_case(string clause, string verb)
    {
        var speech = Speech(clause, verb);

        Assert.NotNull(speech);
        Assert.True(speech.IsCaseArgument);
    }

    [Theory]
    [InlineData("Ida Berg said that Jonas Dahl had given him the sedative", "given")]
    [InlineData("Karl Vik told reporters that he moved the bottles", "moved")]
    [InlineData("The court said Maersk had breached the contract", "breached")]
    [InlineData("After the trial, Jonas Dahl said Holm had left the country", "left")]
    [InlineData("Attorney General Eric Holder said the department had opened an inquiry", "opened")]
    [InlineData("Defence Secretary Lars Holm said the army had withdrawn", "withdrawn")]
    [InlineData("Police said Dahl had left the house", "left")]
    public void Other_sayings_and_rulings_are_not(string clause, string verb)
    {
        var speech = Speech(clause, verb);

        Assert.NotNull(speech);
        Assert.False(speech.IsCaseArgument);
    }

    [Fact]
    public void Testifying_before_a_body_reports_no_clause()
    {
        var words = Tokenizer.Tokenize("Ida Berg testified before the committee and Maersk closed the yard").Select(t => t.Text).ToList();
        var tags = PosTagger.Default.Tag(words);

        Assert.Null(ReportedSpeech.Find(words, tags, TriggerLexicon.Default, words.IndexOf("closed")));
    }

    [Theory]
    [InlineData("At the trial, Jonas Dahl said Prime Minister Lars Holm took the lethal dose himself.", false)]
    [InlineData("After the trial, Jonas Dahl said Prime Minister Lars Holm took the lethal dose himself.", true)]
    [InlineData("Ida Berg testified that Prime Minister Lars Holm took the lethal dose himself.", false)]
    [InlineData("Ida Berg said that Prime Minister Lars Holm took the lethal dose himself.", true)]
    [InlineData("Prosecutors said Prime Minister Lars Holm took the lethal dose himself.", false)]
    [InlineData("Officials said Prime Minister Lars Holm took the lethal dose himself.", true)]
    [InlineData("Karl Vik told the jury that Prime Minister Lars Holm took the lethal dose himself.", false)]
    [InlineData("Karl Vik told reporters that Prime Minister Lars Holm took the lethal dose himself.", true)]
    [InlineData("Ida Berg said Prime Minister Lars Holm took the lethal dose himself, but the jury decided that she had given it to him.", false)]
    [InlineData("Ida Berg said Prime Minister Lars Holm took the lethal dose himself, but a federal judge ruled otherwise.", false)]
    [InlineData("Ida Berg said Prime Minister Lars Holm took the lethal dose himself, but Maersk said that she had given it to him.", true)]
    public void What_a_side_says_happened_is_no_event_but_what_others_say_is(string sentence, bool told)
    {
        var events = fixture.Extract(Lead + sentence, Published).Events;

        Assert.Equal(told, events.Any(e => e.Sources[0].Trigger == "took"));
    }

    [Fact]
    public void A_plan_a_lawyer_announces_stays()
    {
        var events = fixture.Extract(Lead + "Lawyers for Jonas Dahl said Prime Minister Lars Holm would visit Aarhus next week.", Published).Events;

        Assert.Contains(events, e => e.Sources[0].Trigger == "visit");
    }
}
