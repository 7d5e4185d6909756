namespace Timeline.Extract.Text.Pos;

/// <summary>en-lexicon's word -> "TAG|TAG" entries, read the ways en-pos reads them.</summary>
internal sealed class PosLexicon
{
    private readonly Dictionary<string, string> _entries;

    private static readonly Lazy<PosLexicon> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private PosLexicon(Dictionary<string, string> entries) => _entries = entries;

    /// <summary>The lexicon, loaded once and shared by the tagger and the actor recogniser.</summary>
    public static PosLexicon Default => Shared.Value;

    // A plain dictionary, never written after load: it builds several times faster than a frozen one.
    public static PosLexicon Load()
    {
        var entries = new Dictionary<string, string>(120_000, StringComparer.Ordinal);
        foreach (var line in PosResources.Lines("pos-lexicon.tsv"))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            entries[line[..tab]] = line[(tab + 1)..];
        }

        return new PosLexicon(entries);
    }

    public bool Contains(string word) => _entries.ContainsKey(word);

    /// <summary>The raw entry, or "" when the word is unknown (en-pos writes <c>lexicon[w] || ""</c>).</summary>
    public string Entry(string word) => _entries.GetValueOrDefault(word) ?? "";

    /// <summary>The most likely tag, or "" when the word is unknown.</summary>
    public string FirstTag(string word)
    {
        var entry = Entry(word);
        var bar = entry.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? entry : entry[..bar];
    }

    /// <summary>en-pos often tests <c>~entry.indexOf("VB")</c>: a substring test, so "VBN" also contains "VB".</summary>
    public bool EntryContains(string word, string text) => Entry(word).Contains(text, StringComparison.Ordinal);

    /// <summary>Whether the word is unknown or lists the tag among its tags (the Brill rules' "verify").</summary>
    public bool AllowsTag(string word, string tag)
    {
        var entry = Entry(word).AsSpan();
        if (entry.IsEmpty) return true;
        foreach (var range in entry.Split('|'))
        {
            if (entry[range].SequenceEqual(tag)) return true;
        }

        return false;
    }

    /// <summary>The first of the word's tags that starts with the letter, if any.</summary>
    public string? FirstTagStartingWith(string word, char letter) =>
        Entry(word).Split('|').FirstOrDefault(t => t.StartsWith(letter));
}
