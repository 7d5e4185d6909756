using System.Text.RegularExpressions;
using Timeline.Extract.Time;

namespace Timeline.Tests.Extract.Time;

/// <summary>The hand-written scan for time words gives the matches of its regex, the reference, on any text.</summary>
public sealed class TimeWordsTests
{
    private static readonly Regex Reference = new(TimeWords.Pattern, TimeWords.Options);

    // Pieces that open, close or almost make each alternative of the pattern, and characters the regex engine reads
    // in its own way (Unicode digits and spaces, marks, the Kelvin sign that matches k with case ignored).
    private static readonly string[] Pieces =
    [
        "1998", "1990s", "1990's", "1990'sx", "2010", "2099", "2100", "20100", "1998-99", "'98", "’98", "'90s", "’9", "'9x",
        "10:30", "9:05", "123:45", "10 am", "10am", "10 a.m.", "10 p.m", "3pm", "10 amx", "3rd", "21st", "22nd", "11th", "3RD",
        "3/4/2009", "12/25", "3-4-98", "12345/6", "3/456", "3/4/", "3/4/12345", "1Q", "Q3", "q4", "FY89", "fy9", "H1", "h2", "Q5",
        "Jan", "jan", "May", "may", "Sept", "SEPT", "March", "MARCH", "week", "weeks", "Weekend", "o'clock", "O'Clock", "o'clocks",
        "millennium", "millennia", "millenni", "years2", "year_", "yr", "hrs", "nineties", "twenty", "now", "nowhere", "today's",
        "the", "and", "a", "of", "-", "/", ":", ".", ",", "'", "’", "(", ")", "_", "x", "5", "٣", "१९९८", "é", "Pérez", "\u0301",
        "\u200d", "\u00a0", "\u2009", "\u212a", "wee\u212a", "ſ", "İ", "ı", "😀", "\n", " ", "  ",
    ];

    [Fact]
    public void Gives_the_regex_matches_on_random_text_of_tricky_pieces()
    {
        var random = new Random(14);
        for (var n = 0; n < 20000; n++)
        {
            var parts = new List<string>();
            var count = random.Next(1, 8);
            for (var k = 0; k < count; k++)
            {
                parts.Add(Pieces[random.Next(Pieces.Length)]);
                parts.Add(random.Next(3) switch { 0 => " ", 1 => "", _ => Pieces[random.Next(Pieces.Length)] });
            }

            AssertSame(string.Concat(parts));
        }
    }

    [Theory]
    [InlineData("Prices rose between 1990 and 1995, and in the 1990s; by '98 it was 10:30 a.m. on the 3rd, 3/4/2009, Q3 and FY89.")]
    [InlineData("The vote is set for May, not may; Sept. 11 and o'clock at Wed. night.")]
    [InlineData("Ölpreis am 3. März um 10 Uhr; Ｑ３ ٢٠١٠ week\u212a")]
    public void Gives_the_regex_matches_on_sentences(string text)
    {
        AssertSame(text);
    }

    [Fact]
    public void Gives_the_regex_matches_on_every_corpus_document()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "..", "shared", "eval");
        if (!Directory.Exists(root)) return; // the corpora live beside the repository, not in it
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".tml", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)))
        {
            AssertSame(File.ReadAllText(file));
        }
    }

    private static void AssertSame(string text)
    {
        var expected = Reference.Matches(text).Select(m => (m.Index, m.Length)).ToList();

        var actual = TimeWords.Matches(text);

        var at = Enumerable.Range(0, Math.Min(expected.Count, actual.Count)).FirstOrDefault(k => expected[k] != actual[k], Math.Min(expected.Count, actual.Count));
        var from = at < expected.Count ? expected[at].Index : at < actual.Count ? actual[at].Index : 0;
        var around = text.Substring(Math.Max(0, from - 40), Math.Min(text.Length - Math.Max(0, from - 40), 100));
        Assert.True(expected.SequenceEqual(actual),
            $"different matches near [{around}]: expected {string.Join(",", expected.Skip(at).Take(3))}, got {string.Join(",", actual.Skip(at).Take(3))}");
    }
}
