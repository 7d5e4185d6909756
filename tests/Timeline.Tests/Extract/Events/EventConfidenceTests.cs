using Timeline.Extract.Events;
using Timeline.Model;

namespace Timeline.Tests.Extract.Events;

/// <summary>Confidence grows with a named subject, a date from the text, a verb trigger and a known type; reporting lowers it.</summary>
public sealed class EventConfidenceTests
{
    private static readonly EventDate Fallback = new() { Value = "2024-03-15", Precision = DatePrecision.Day, Approximate = true };
    private static readonly EventDate Written = new() { Value = "2024-03-11", Precision = DatePrecision.Day, Text = "on Monday" };

    private static TriggerMatch Trigger(bool verb, int token = 1) => new()
    {
        Token = token, Verb = 1, Word = new TriggerWord { Lemma = "meet", IsVerb = verb, IsNoun = !verb },
        IsPast = true, IsPresent = false, IsPerfect = false, IsDefiniteNoun = false, IsStatement = false,
    };

    [Fact]
    public void A_named_subject_is_surer_than_a_pronoun_and_a_pronoun_than_a_plain_noun_phrase()
    {
        var named = EventConfidence.Of(SubjectKind.Named, false, Fallback, Trigger(true), "other", false);
        var pronoun = EventConfidence.Of(SubjectKind.Pronoun, false, Fallback, Trigger(true), "other", false);
        var group = EventConfidence.Of(SubjectKind.Group, false, Fallback, Trigger(true), "other", false);
        var common = EventConfidence.Of(SubjectKind.Common, false, Fallback, Trigger(true), "other", false);

        Assert.True(named > pronoun && pronoun > group && group > common, $"{named} {pronoun} {group} {common}");
    }

    [Fact]
    public void A_date_written_in_the_clause_counts_more_than_one_taken_from_the_narrative()
    {
        var written = EventConfidence.Of(SubjectKind.Named, true, Written, Trigger(true), "other", false);
        var narrative = EventConfidence.Of(SubjectKind.Named, true, Fallback, Trigger(true), "other", false);
        var none = EventConfidence.Of(SubjectKind.Named, false, Fallback, Trigger(true), "other", false);

        Assert.True(written > narrative && narrative > none, $"{written} {narrative} {none}");
    }

    [Fact]
    public void A_verb_trigger_counts_more_than_a_noun_after_a_light_verb()
    {
        var verb = EventConfidence.Of(SubjectKind.Named, false, Fallback, Trigger(true), "other", false);
        var noun = EventConfidence.Of(SubjectKind.Named, false, Fallback, Trigger(false, token: 3), "other", false);

        Assert.True(verb > noun, $"{verb} vs {noun}");
    }

    [Fact]
    public void A_known_type_raises_and_reported_speech_lowers_confidence()
    {
        var plain = EventConfidence.Of(SubjectKind.Named, false, Fallback, Trigger(true), "other", false);

        Assert.True(EventConfidence.Of(SubjectKind.Named, false, Fallback, Trigger(true), "CONSULT", false) > plain);
        Assert.True(EventConfidence.Of(SubjectKind.Named, false, Fallback, Trigger(true), "other", true) < plain);
    }

    [Fact]
    public void Confidence_stays_within_its_bounds_and_is_rounded()
    {
        var highest = EventConfidence.Of(SubjectKind.Named, true, Written, Trigger(true), "CONSULT", false);
        var lowest = EventConfidence.Of(SubjectKind.Common, false, Fallback, Trigger(false, token: 3), "other", true);

        Assert.Equal(0.9, highest);
        Assert.Equal(0.4, lowest);
        Assert.InRange(highest, 0.1, 0.95);
    }
}
