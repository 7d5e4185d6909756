using System.Buffers;
using System.Collections.Concurrent;
using Timeline.Extract.Text;

namespace Timeline.Summarize;

/// <summary>The content words of a sentence, lower-cased and Porter-stemmed, function words and numbers left out.</summary>
public static class ContentWords
{
    // English function words and reporting fillers: they say nothing about what happened.
    private static readonly HashSet<string> Stopwords = new(
        """
        a about above after again against all also am an and any are as at be been before being below between both but by
        can could did do does doing down during each few for from further had has have having he her here hers herself him
        himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other
        our ours ourselves out over own same she should so some such than that the their theirs them themselves then there
        these they this those through to too under until up very was we were what when where which while who whom why will
        with would you your yours yourself yourselves said says say told according would also one two three per cent mr mrs
        ms new us may might must shall its it's s t year years day days week weeks month months today yesterday tomorrow
        monday tuesday wednesday thursday friday saturday sunday
        """.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    // A corpus repeats its words: each is stemmed once (stemming is a pure function of the word, and English has few enough).
    private static readonly ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);

    // Looked up by the characters of a word, so that a word met before costs no string of its own (a corpus has millions).
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> StemsOfSpans = Stems.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopwordSpans = Stopwords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Each word's stem as a number: vectors keyed by numbers are looked up much faster. The numbers differ from run to run
    // (threads race to give them), and nothing depends on them but equality.
    private static readonly ConcurrentDictionary<string, int> StemIds = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, int> WordIds = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> WordIdsOfSpans = WordIds.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int _lastId = -1;

    public static List<string> Of(string text)
    {
        var words = new List<string>();
        Each(text, word => words.Add(StemOf(word)));
        return words;
    }

    /// <summary>The stems <see cref="Of"/> gives, as numbers: the same stem, the same number, within a process.</summary>
    public static List<int> Ids(string text)
    {
        var ids = new List<int>();
        Each(text, word => ids.Add(IdOf(word)));
        return ids;
    }

    private static void Each(string text, Action<ReadOnlySpan<char>> content)
    {
        var buffer = ArrayPool<char>.Shared.Rent(text.Length + 1);
        try
        {
            var length = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                var c = i < text.Length ? text[i] : ' ';
                if (char.IsLetter(c))
                {
                    buffer[length++] = char.ToLowerInvariant(c);
                    continue;
                }

                // An apostrophe inside a word ("BP's") ends it: the possessive adds nothing.
                if (length > 1)
                {
                    var word = buffer.AsSpan(0, length);
                    if (!StopwordSpans.Contains(word)) content(word);
                }

                length = 0;
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static string StemOf(ReadOnlySpan<char> word) =>
        StemsOfSpans.TryGetValue(word, out var stem) ? stem : Stems.GetOrAdd(word.ToString(), PorterStemmer.Stem);

    private static int IdOf(ReadOnlySpan<char> word)
    {
        if (WordIdsOfSpans.TryGetValue(word, out var id)) return id;
        var stem = StemOf(word);
        return WordIds.GetOrAdd(word.ToString(), StemIds.GetOrAdd(stem, _ => Interlocked.Increment(ref _lastId)));
    }
}
