namespace Timeline.Extract.Events;

/// <summary>Where a clause stands in the story, so that a date is carried over only while the narrative continues.</summary>
public sealed record NarrativeLink(int Paragraph, int Sentence, IReadOnlyCollection<string> Subject);
