using Timeline.Extract.Events;
using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>A letter or a column argues in the writer's voice; a news report attributes, however long its quotations.</summary>
public sealed class OpinionPieceTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    private const string Column =
        "I have lived beside the Vell estuary for thirty years.\n\n"
        + "We all knew the pipeline was old.\n\n"
        + "Nobody in our village was surprised when it burst.\n\n"
        + "The company kept its inspectors away from the coast.\n\n"
        + "My neighbours fish for a living and cannot sell their catch.\n\n"
        + "The regulators should have acted years ago.\n\n"
        + "We deserve better than excuses and glossy brochures.\n\n"
        + "Maersk is negotiating a settlement with the fishermen.\n\n"
        + "Maersk will pay for the clean-up.\n\n"
        + "I hope our children will see a clean shore again.";

    private const string Report =
        "Fishermen on the Vell estuary protested outside the Maersk offices on Tuesday.\n\n"
        + "\"I have fished here for thirty years. We all knew the pipeline was old. My family cannot sell our catch,\" said Tom Reed, a trawler owner.\n\n"
        + "\"Our village was never told about the inspections. We want answers from the company,\" he added.\n\n"
        + "Maersk said on Monday it had closed the pipeline and hired divers to inspect it.\n\n"
        + "Maersk will pay for the clean-up.\n\n"
        + "\"We are sorry. We will make this right. I give you my word,\" chief executive Lars Holm told the meeting.\n\n"
        + "Regulators said they would review the pipeline's licence.\n\n"
        + "The estuary has been closed to fishing since the leak, according to the port authority.\n\n"
        + "Maersk is negotiating a settlement with the fishermen.";

    [Fact]
    public void A_column_in_the_writers_voice_is_opinion()
    {
        Assert.True(OpinionPiece.Is(SentenceSplitter.Split(Column)));
    }

    [Fact]
    public void A_report_quoting_people_at_length_in_the_first_person_is_not()
    {
        Assert.False(OpinionPiece.Is(SentenceSplitter.Split(Report)));
    }

    [Fact]
    public void A_long_quotation_in_the_first_person_is_the_speakers_voice()
    {
        // Only the first and the last sentence of the long quotation carry a quotation mark; the ones between are still quoted.
        var text = "Fishermen gathered outside the Maersk offices on Tuesday.\n\n"
            + "\"I have fished here for thirty years. We all knew the pipeline was old. My family cannot sell our catch. "
            + "We want answers from the company. Our village was never told about the inspections. We were kept in the dark. "
            + "My boat has not left the harbour for weeks. I have two sons who work with me. We owe money on the boat. "
            + "Our customers have gone to other ports. I do not know how we will pay the bank. My wife works nights now. "
            + "We have asked for a meeting three times. I am still waiting for a reply.\"\n\n"
            + "The pipeline was closed on Monday and divers inspected it.\n\n"
            + "The estuary remains closed to fishing this week.";
        Assert.False(OpinionPiece.Is(SentenceSplitter.Split(text)));
    }

    [Fact]
    public void A_transcript_or_a_live_question_and_answer_session_is_not()
    {
        var text = "Jane Roe, the Vell harbour master, took readers' questions on Friday.\n\n"
            + "Leeds: Why can we not fish in the estuary yet?\n\n"
            + "Jane Roe: We are still testing the water. I expect the results next week.\n\n"
            + "Anonymous: Should we worry about our gardens near the shore?\n\n"
            + "Jane Roe: I would not worry. My own garden is a mile from the beach.\n\n"
            + "York: When will the pipeline reopen?\n\n"
            + "Jane Roe: That is for the company. We have not been told.\n\n"
            + "Anonymous: Thanks for your answers.";
        Assert.False(OpinionPiece.Is(SentenceSplitter.Split(text)));
    }

    [Fact]
    public void A_statement_given_whole_in_a_quotation_is_the_speakers_not_the_writers()
    {
        var text = "\"Members of the committee, I am Lars Holm, chief executive of Maersk.\n\n" + Column;
        Assert.False(OpinionPiece.Is(SentenceSplitter.Split(text)));
    }

    [Fact]
    public void Too_short_a_text_is_not_judged()
    {
        Assert.False(OpinionPiece.Is(SentenceSplitter.Split("I think we were misled. We deserve answers. Our coast is ruined.")));
    }

    [Fact]
    public void The_writers_prediction_in_a_column_is_not_a_plan()
    {
        var events = fixture.Extract(Column, Published).Events;
        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "pay");
        Assert.DoesNotContain(events, e => e.Sources[0].Trigger == "negotiating");
    }

    [Fact]
    public void The_same_words_in_a_report_stay()
    {
        var events = fixture.Extract(Report, Published).Events;
        Assert.Contains(events, e => e.Sources[0].Trigger == "pay" && e.Status == EventStatus.Planned);
        Assert.Contains(events, e => e.Sources[0].Trigger == "negotiating" && e.Status == EventStatus.Ongoing);
    }
}
