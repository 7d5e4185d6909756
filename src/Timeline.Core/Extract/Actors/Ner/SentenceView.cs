namespace Timeline.Extract.Actors.Ner;

/// <summary>A sentence's words as the entity model sees them: lower case, shapes, gazetteer tags, word-list flags and the rules' findings.</summary>
internal sealed record SentenceView(IReadOnlyList<string> Words, string[] Lower, string[] Shapes, string[] Gaz, string[] Lex, string[] Rules);
