using System.Text.RegularExpressions;

namespace Timeline.Extract.Events;

/// <summary>
/// A sum spent over time is a running total, not a happening: "has spent $4bn on the response", "had already spent more than
/// $1bn", "has paid out $15m in claims", "has invested a huge amount in its stockpile", and in the simple past with the span it
/// covers, "spent $1.3m over three years", "spent $350m in the first 20 days". News gives such figures to size a story; the
/// outlay went on for weeks or years and happened on no one day. One purchase or payment ("spent $2bn to buy the yard",
/// "paid a $300m fine") names no span and is not in the perfect of "spend", so it stays. The same holds of goods sold or delivered
/// over a span. Pure.
/// </summary>
public static partial class CumulativeOutlay
{
    // Verbs of outlay, by their forms: "pay" only as "pay out", which sums payments, or with the span it covers.
    private static readonly HashSet<string> Outlays = new(StringComparer.OrdinalIgnoreCase)
    {
        "spend", "spends", "spent", "spending", "invest", "invests", "invested", "investing", "incur", "incurs", "incurred", "incurring",
    };

    private static readonly HashSet<string> Payments = new(StringComparer.OrdinalIgnoreCase) { "pay", "pays", "paid", "paying", "shell", "shelled", "fork", "forked" };

    // Verbs of money coming in, a total only with the span it covers: "has raised $10bn from asset sales since then"; "raised
    // $3bn in a bond sale on Monday" is one sale.
    private static readonly HashSet<string> Takings = new(StringComparer.OrdinalIgnoreCase) { "raise", "raises", "raised", "pay", "pays", "paid" };

    // Goods sold or delivered, a total with the span it covers: "has sold about 31 million copies of his albums since his death",
    // "has delivered 500 jets since 2007". "sold 20 jets to Qantas on Monday" is one sale; "will sell $30bn in assets over 18
    // months" is a plan, which only the past forms leave out.
    private static readonly HashSet<string> Sales = new(StringComparer.OrdinalIgnoreCase) { "sold", "delivered" };

    private static readonly HashSet<string> Perfects = new(StringComparer.OrdinalIgnoreCase) { "has", "have", "had", "'ve", "'s", "'d" };

    /// <summary>Whether the verb at <paramref name="verb"/>, with the clause's words to <paramref name="end"/>, tells a sum spent over time.</summary>
    public static bool Holds(IReadOnlyList<string> words, int verb, int end)
    {
        ArgumentNullException.ThrowIfNull(words);
        var form = words[verb];
        var next = verb + 1 < words.Count ? words[verb + 1].ToLowerInvariant() : "";
        var outlay = Outlays.Contains(form) || (Payments.Contains(form) && next == "out");
        if (!outlay && !Takings.Contains(form) && !Sales.Contains(form)) return false;
        var last = Math.Min(end, words.Count);
        var rest = string.Join(' ', words.Skip(verb + 1).Take(Math.Max(0, last - verb - 1)));
        if (!AmountRegex().IsMatch(rest) && !(Sales.Contains(form) && CountRegex().IsMatch(rest))) return false;
        var span = SpanRegex().IsMatch(string.Join(' ', words.Take(last)));
        if (!outlay) return span;
        // "has already spent", "had so far paid out": the perfect's auxiliary stands a few words before.
        return span || words.Take(verb).Reverse().Take(3).Any(Perfects.Contains);
    }

    // A sum of money right after the verb (or its particle): "$4bn", "more than £1bn", "roughly 350 million euros", "thousands",
    // "hundreds of millions of dollars", "a huge amount", "costs of $11bn".
    [GeneratedRegex(@"^(?:out\s+)?(?:(?:costs?|expenses|charges|losses)\s+of\s+)?(?:(?:more than|almost|nearly|over|about|around|roughly|some|at least|an estimated|already|so far)\s+)*(?:[$£€#]\s*\d|\d[\d.,]*\s*(?:bn|m|billion|million|trillion)\b|\d[\d.,]*\s+(?:dollars|pounds|euros|kroner|yen)\b|(?:tens\s+of\s+|hundreds\s+of\s+)?(?:thousands|millions|billions)\b|an?\s+(?:huge|large|vast|enormous|considerable|significant|fortune|small fortune)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AmountRegex();

    // A count of goods right after the verb: "500 jets", "about 31 million copies".
    [GeneratedRegex(@"^(?:(?:more than|almost|nearly|over|about|around|roughly|some|at least|an estimated)\s+)*\d[\d.,]*(?:\s+(?:million|billion))?\s+[a-z]", RegexOptions.IgnoreCase)]
    private static partial Regex CountRegex();

    // The span the outlay covers: "over three years", "over the past decade", "in the first 20 days", "in the past three days",
    // "in the second quarter", "since the spill", "since 2007", "so far", "to date".
    [GeneratedRegex(@"\b(?:over|during|in)\s+(?:the\s+)?(?:(?:first|past|last|previous)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|several|many|few)\s+(?:days|weeks|months|years|decades)\b|\bover\s+the\s+(?:(?:past|last)\s+)?(?:decade|decades|years)\b|\bin\s+the\s+(?:(?:first|second|third|fourth|last|latest|past|previous)\s+)?(?:quarter|half)\b|\bsince\s+(?:the|it|its|then|his|her|their|(?:19|20)\d\d)\b|\b(?:so far|to date|thus far|in total)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpanRegex();
}
