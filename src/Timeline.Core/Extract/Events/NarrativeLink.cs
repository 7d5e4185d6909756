namespace Timeline.Extract.Events;

/// <summary>Where a clause stands in the story, so that a date is carried over only while the narrative continues.</summary>
/// <param name="StoryFrom">Where the text that sets the story's time begins: the previous sentence of the same paragraph, else this one.</param>
/// <param name="RecallFrom">Where the sentence before this one begins, in whatever paragraph: what "a year earlier" counts from.</param>
/// <param name="PronounSubject">Whether the clause's subject is a pronoun ("It accepted ..."): a paragraph that opens with one goes on
/// with the paragraph before, whose last sentence named who "it" is.</param>
/// <param name="CarryFrom">Where the sentence before begins when this clause opens a paragraph with a pronoun for an actor that
/// sentence named, or with that actor's name in the paragraph after the lede (and it is no quotation): the day it gave goes on in this one;
/// -1 otherwise.</param>
public sealed record NarrativeLink(int Paragraph, int Sentence, IReadOnlyCollection<string> Subject, int StoryFrom = -1, int RecallFrom = -1, bool PronounSubject = false, int CarryFrom = -1);
