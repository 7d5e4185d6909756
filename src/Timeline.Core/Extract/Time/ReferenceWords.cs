using System.Text.RegularExpressions;

namespace Timeline.Extract.Time;

/// <summary>
/// Time expressions the recogniser does not know, with TimeML's values: "currently", "these days" and
/// "current" before a noun (PRESENT_REF), "the future", "the near term", "will soon" (FUTURE_REF),
/// "recent years" (PAST_REF).
/// </summary>
public static partial class ReferenceWords
{
    public static IEnumerable<Timex3> Find(string text)
    {
        foreach (Match m in WordsRegex().Matches(text))
        {
            var value = m.Groups["present"].Success ? "PRESENT_REF" : m.Groups["future"].Success ? "FUTURE_REF" : "PAST_REF";
            yield return new Timex3 { Start = m.Index, Text = m.Value, Type = "DATE", Value = value };
        }

        // An unquantified stretch: "for weeks", "within months", "in recent days" are DURATIONs of open length.
        foreach (Match m in StretchRegex().Matches(text))
        {
            var unit = m.Groups["unit"].Value.ToLowerInvariant() switch { "days" => "D", "weeks" => "W", "months" => "M", _ => "Y" };
            yield return new Timex3 { Start = m.Index, Text = m.Value, Type = "DURATION", Value = $"PX{unit}" };
        }
    }

    [GeneratedRegex(@"(?:(?<=\b(?:[Ff]or|[Ww]ithin) )(?<unit>weeks|months|years|decades)(?=\s*[,.;]|\s+(?:the|and|or|now)\b)|\brecent (?<unit>days|weeks|months))\b")]
    private static partial Regex StretchRegex();

    [GeneratedRegex(@"\b(?:(?<present>currently|these days|nowadays|at present|at the moment|(?<!\bthen\s)current(?=\s+(?!(?:quarter|year|month|week|period|fiscal|account|half|season)\b)[a-z]))|(?<future>(?<=\b(?:will|may|might|could|would|should|to)\s+)soon(?!\s+(?:after|as)\b)|soon(?=\s+will\b))|(?<future>the (?:near |distant )?future|the (?:near|short) term)|(?<past>recent (?:years|decades)|(?<=\b[Ii]n )the past(?=\s*[,.;]|\s+(?:and|but|when|that|they|he|she|it|we)\b)))\b", RegexOptions.IgnoreCase)]
    private static partial Regex WordsRegex();
}
