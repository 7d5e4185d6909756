using System.Collections.Concurrent;
using System.Text;
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

    public static List<string> Of(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetter(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                continue;
            }

            // An apostrophe inside a word ("BP's") ends it: the possessive adds nothing.
            if (sb.Length > 1)
            {
                var word = sb.ToString();
                if (!Stopwords.Contains(word)) words.Add(Stems.GetOrAdd(word, PorterStemmer.Stem));
            }

            sb.Clear();
        }

        return words;
    }
}
