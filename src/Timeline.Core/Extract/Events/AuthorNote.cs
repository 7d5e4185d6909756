using System.Text.RegularExpressions;

namespace Timeline.Extract.Events;

/// <summary>
/// The note on the writer that closes a feature or a column: "Ida Berg is based in Aarhus and covers shipping for the Fjord
/// Post", "Lars Holm is a freelance reporter ...", then his career ("He joined the paper in 1998", "He graduated from Aarhus
/// University in 1989"). It is about who wrote the piece, not the story: nothing from its opening sentence on tells a
/// happening. Only a sentence of the last paragraphs opens it; the same words earlier introduce someone the story is about. Pure.
/// </summary>
public static partial class AuthorNote
{
    /// <summary>How many paragraphs at the end of an article may hold the note.</summary>
    public const int LastParagraphs = 8;

    /// <summary>Whether <paramref name="sentence"/> opens a note on the writer: a full name, then where they are based or their trade in news.</summary>
    public static bool Opens(string sentence) => OpeningRegex().IsMatch(sentence.TrimStart());

    [GeneratedRegex(@"^(?-i:[A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){1,2})\s+(?:is|was)\s+(?:(?:currently|now)\s+)?(?:based\s+in\b|(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?(?:correspondent|reporter|journalist|columnist|contributor|freelancer|freelance\s+writer|staff\s+writer|bureau\s+chief)\b)")]
    private static partial Regex OpeningRegex();
}
