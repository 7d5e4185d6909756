using System.Collections.Concurrent;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.Number.English;

namespace Timeline.Extract.Time.Recognition;

/// <summary>
/// The library's number parser with its readings remembered by the number's text and kind. The date extractor parses
/// every number of a window to see whether it can be a day of the month ("3", "third", "one"), and the parser matches
/// a large regex of number words on each, about a tenth of the tagging time; the numbers of news text repeat.
/// One is shared by the whole model (<see cref="English"/>): each of the library's English settings builds its own
/// number parser, whose regex of number words is compiled, and the JIT compiles each copy again on its first number
/// word ("third", "two"), 0.1-0.5 s apiece: a fifth of the time of tagging TimeBank+AQUAINT went to five such copies;
/// the one here reads number words with that pattern interpreted.
/// </summary>
internal sealed class NumberReadings(IParser parser) : IParser
{
    /// <summary>Most numbers held at once; past it the memo starts afresh.</summary>
    private const int Capacity = 4096;

    /// <summary>
    /// The number parser the library's English date settings make for themselves, reading number words with its pattern
    /// interpreted (<see cref="NumberWordParser"/>), remembering its readings.
    /// </summary>
    public static NumberReadings English() =>
        new(new NumberWordParser(new EnglishNumberParserConfiguration(new BaseNumberOptionsConfiguration(Culture.English, NumberOptions.None, NumberMode.Default, @"(?=\D)|\b"))));

    private readonly ConcurrentDictionary<(string Text, string Type, string? Data), ParseResult> _readings = new();

    public ParseResult Parse(ExtractResult extResult)
    {
        ArgumentNullException.ThrowIfNull(extResult);
        // A number with metadata (a relative ordinal: "last", "next one") is read by rules beyond its text.
        // A negative number ("minus five") is read by the parser with its sign cut from the text it was given.
        if (extResult.Metadata is not null || extResult.Data is not (null or string) || Signed(extResult.Text)) return parser.Parse(extResult);
        var key = (extResult.Text, extResult.Type, (string?)extResult.Data);
        if (!_readings.TryGetValue(key, out var known))
        {
            known = parser.Parse(extResult);
            if (_readings.Count >= Capacity) _readings.Clear();
            _readings.TryAdd(key, known);
        }

        // A fresh result each time, placed where this number is: callers may change what they are given. The text is
        // the parser's (in lower case), the same for the same text.
        return new ParseResult
        {
            Start = extResult.Start,
            Length = extResult.Length,
            Text = known.Text,
            Type = known.Type,
            Data = known.Data,
            Metadata = known.Metadata?.Clone(),
            Value = known.Value,
            ResolutionStr = known.ResolutionStr,
        };
    }

    private static bool Signed(string text) =>
        text.StartsWith("minus", StringComparison.OrdinalIgnoreCase) || text.StartsWith("negative", StringComparison.OrdinalIgnoreCase);
}
