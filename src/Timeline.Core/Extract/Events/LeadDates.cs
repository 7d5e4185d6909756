using Timeline.Model;

namespace Timeline.Extract.Events;

/// <summary>
/// News is written as an inverted pyramid: the lead tells the happening with its day ("A school principal died on Sunday"),
/// later paragraphs retell it with the details and no day ("Mitchell Wiener, 55, died after being admitted ..."). A verb the
/// lead dates once gives that date to a later past-tense clause of the same verb with no time of its own. A verb the lead
/// dates twice, differently, dates nothing. One per article, filled while its lead is read; not thread-safe.
/// </summary>
public sealed class LeadDates
{
    /// <summary>How many paragraphs open the article as its lead: a standfirst or dateline, then the lead proper.</summary>
    public const int LeadParagraphs = 2;

    private readonly Dictionary<string, (EventDate? Date, int Sentence)> _byLemma = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Lemma, int Sentence), HashSet<string>> _subjects = [];
    private readonly int _firstParagraph;

    public LeadDates(int firstParagraph) => _firstParagraph = firstParagraph;

    /// <summary>Whether a sentence of this paragraph belongs to the lead.</summary>
    public bool InLead(int paragraph) => paragraph - _firstParagraph < LeadParagraphs;

    /// <summary>How many days before publication the lead's news can lie: a lead tells this week's happening.</summary>
    public const int NewsDays = 7;

    /// <summary>
    /// Notes a lead clause's verb and the day its own time gives; only a day of the week before <paramref name="published"/>,
    /// stated as fact, counts ("In the 77 days since oil began to gush" tells no news day).
    /// </summary>
    public void Note(string lemma, EventDate? date, int sentence, DateOnly? published)
    {
        if (date is not { Relation: DateRelation.On, Planned: false, Approximate: false, Precision: DatePrecision.Day, Start: { } day }
            || published is not { } p || day > p || day < p.AddDays(-NewsDays)) return;
        if (_byLemma.TryGetValue(lemma, out var known))
        {
            if (known.Date is not null && known.Date.Value != date.Value) _byLemma[lemma] = (null, known.Sentence);
            return;
        }

        _byLemma[lemma] = (date, sentence);
    }

    /// <summary>
    /// The date a later sentence of the lead gave the verb, for a clause of the same verb that came before it with no time of its
    /// own, or null: a standfirst tells the news without its day ("Nick Clegg has warned of the risk of megaphone diplomacy"), and
    /// the lead retells it with the day ("Nick Clegg today warned that a row ...").
    /// </summary>
    public EventDate? Retold(string lemma, int sentence, string actor) =>
        _byLemma.TryGetValue(lemma, out var known) && known.Date is { } d && sentence < known.Sentence
        && _subjects.TryGetValue((lemma, known.Sentence), out var doers) && doers.Contains(actor) ? d with { Text = null } : null;

    /// <summary>Notes who does what a lead clause's verb tells, for <see cref="Retold"/>: the same news has the same doer.</summary>
    public void NoteSubject(string lemma, int sentence, IReadOnlyList<string> actors)
    {
        if (actors.Count > 0) _subjects.TryAdd((lemma, sentence), [.. actors]);
    }

    /// <summary>The date the lead gave the verb, for a clause of the same verb in a later sentence, or null.</summary>
    public EventDate? For(string lemma, int sentence) =>
        _byLemma.TryGetValue(lemma, out var known) && known.Date is { } d && sentence > known.Sentence ? d with { Text = null } : null;
}
