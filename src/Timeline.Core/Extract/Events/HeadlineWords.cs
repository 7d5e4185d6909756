using System.Collections.Frozen;

namespace Timeline.Extract.Events;

/// <summary>The word lists behind <see cref="HeadlineRules"/>: what a headline may not start or end with.</summary>
internal static class HeadlineWords
{
    /// <summary>Conjunctions and connectives: a title starting with one leans on a sentence it no longer has.</summary>
    public static readonly FrozenSet<string> Connectives = Set(
        "and", "but", "or", "nor", "so", "yet", "while", "whilst", "although", "though", "because", "as", "if",
        "when", "whenever", "whereas", "whether", "unless", "until", "since", "once", "however", "meanwhile",
        "also", "then", "still", "thus", "hence", "therefore", "moreover", "furthermore", "nevertheless",
        "nonetheless", "indeed", "instead", "otherwise", "besides", "likewise", "similarly", "additionally",
        "consequently", "accordingly", "further", "finally", "plus");

    /// <summary>Pronouns and pronoun-like determiners: the title does not say who or what.</summary>
    public static readonly FrozenSet<string> Pronouns = Set(
        "he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "me", "this", "that", "these", "those",
        "his", "her", "its", "their", "our", "my", "your", "who", "whom", "whose", "which", "what", "there",
        "here", "someone", "something", "everyone", "everything", "nobody", "nothing");

    /// <summary>
    /// Words a finished phrase does not end on. Prepositions that double as verb particles ("stepped in",
    /// "carried on", "called off") are left out: a headline may end on them.
    /// </summary>
    public static readonly FrozenSet<string> Dangling = Set(
        // prepositions and "to"
        "of", "to", "for", "with", "from", "at", "into", "onto", "upon", "toward", "towards", "among", "amid",
        "amidst", "between", "against", "during", "without", "within", "via", "per", "than", "despite",
        "including", "unlike", "versus", "until", "like",
        // articles
        "a", "an", "the",
        // conjunctions and relatives
        "and", "or", "but", "nor", "because", "although", "though", "whereas", "while", "if", "whether",
        "unless", "that", "as", "which", "who", "whose",
        // possessive determiners ("her" is also an object, so it may end a headline)
        "my", "your", "his", "its", "our", "their",
        // auxiliaries and modals
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "will", "would",
        "can", "could", "should", "shall", "may", "might", "must", "do", "does", "did", "not");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
