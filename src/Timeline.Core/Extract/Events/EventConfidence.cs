using Timeline.Model;

namespace Timeline.Extract.Events;

/// <summary>
/// How sure the extractor is of an event, from the signals that decided it: who acts (named beats resolved),
/// whether the text dates it, a verb of its own, a known type, and whether it is only reported by someone.
/// </summary>
public static class EventConfidence
{
    public static double Of(SubjectKind subject, bool datedByText, EventDate date, TriggerMatch trigger, string type, bool reported)
    {
        var c = 0.45;
        c += subject switch { SubjectKind.Named => 0.15, SubjectKind.Pronoun => 0.1, SubjectKind.Common or SubjectKind.Authority => 0, _ => 0.05 };
        if (datedByText) c += date.Text is not null ? 0.15 : 0.05;
        if (trigger.Word.IsVerb && trigger.Verb == trigger.Token) c += 0.1;
        if (type != "other") c += 0.05;
        if (reported) c -= 0.05;
        return Math.Round(Math.Clamp(c, 0.1, 0.95), 2);
    }
}
