using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace Timeline.Extract.Time.Recognition;

/// <summary>
/// The library's number parser, reading number words ("third", "twenty two") with its own pattern of number words
/// interpreted instead of compiled. The library compiles that pattern (RegexOptions.Compiled), and the JIT spends
/// 0.1-0.4 s on it at the first number word of a process, more than all the words of a corpus then take to read: a
/// one-article build paid it whole. Same pattern and steps as the library's <see cref="BaseNumberParser.TextNumberParse"/>,
/// so the same readings.
/// </summary>
internal sealed class NumberWordParser : BaseNumberParser
{
    private readonly Regex _words;

    public NumberWordParser(INumberParserConfiguration config)
        : base(config) => _words = Untimed.Interpreted(TextNumberRegex);

    public override ParseResult TextNumberParse(ExtractResult extResult)
    {
        ArgumentNullException.ThrowIfNull(extResult);
        var result = new ParseResult
        {
            Start = extResult.Start,
            Length = extResult.Length,
            Text = extResult.Text,
            Type = extResult.Type,
            Metadata = extResult.Metadata,
        };
        var text = Config.HalfADozenRegex.Replace(extResult.Text, Config.HalfADozenText);
        // A relative ordinal ("last", "next") gets its value from the caller, by its text.
        if ((Config.Config.Options & NumberOptions.SuppressExtendedTypes) == 0 && extResult.Metadata is { IsOrdinalRelative: true }) return result;
        var parts = text.Split([.. Config.WrittenDecimalSeparatorTexts], StringSplitOptions.RemoveEmptyEntries);
        var whole = GetIntValue(Words(parts[0]));
        var point = 0.0;
        if (parts.Length == 2) point += GetPointValue(Words(parts[1]));
        result.Value = whole + point;
        return result;
    }

    private List<string> Words(string text)
    {
        var words = new List<string>();
        for (var m = _words.Match(text); m.Success; m = m.NextMatch()) words.Add(m.Groups[0].Value);
        return words;
    }
}
