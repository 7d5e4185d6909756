using System.Collections.Concurrent;
using Microsoft.Recognizers.Text;

namespace Timeline.Extract.Time.Recognition;

/// <summary>
/// The library's number parser with its readings remembered by the number's text and kind. The date extractor parses
/// every number of a window to see whether it can be a day of the month ("3", "third", "one"), and the parser matches
/// a large regex of number words on each, about a tenth of the tagging time; the numbers of news text repeat.
/// </summary>
internal sealed class NumberReadings(IParser parser) : IParser
{
    /// <summary>Most numbers held at once; past it the memo starts afresh.</summary>
    private const int Capacity = 4096;

    private readonly ConcurrentDictionary<(string Text, string Type, string? Data), ParseResult> _readings = new();

    public ParseResult Parse(ExtractResult extResult)
    {
        ArgumentNullException.ThrowIfNull(extResult);
        // A number with metadata (a relative ordinal: "last", "next one") is read by rules beyond its text.
        if (extResult.Metadata is not null || extResult.Data is not (null or string)) return parser.Parse(extResult);
        var key = (extResult.Text, extResult.Type, (string?)extResult.Data);
        if (!_readings.TryGetValue(key, out var known))
        {
            known = parser.Parse(extResult);
            if (_readings.Count >= Capacity) _readings.Clear();
            _readings.TryAdd(key, known);
        }

        // A fresh result each time, placed where this number is: callers may change what they are given.
        return new ParseResult
        {
            Start = extResult.Start,
            Length = extResult.Length,
            Text = extResult.Text,
            Type = known.Type,
            Data = known.Data,
            Value = known.Value,
            ResolutionStr = known.ResolutionStr,
        };
    }
}
