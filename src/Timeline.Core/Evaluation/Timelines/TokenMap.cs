using System.Globalization;

namespace Timeline.Evaluation.Timelines;

/// <summary>A SemEval token map: token ids with their character spans in the article body.</summary>
public sealed class TokenMap
{
    private readonly List<(int Start, int End, string Id)> _tokens;

    private TokenMap(List<(int Start, int End, string Id)> tokens) => _tokens = tokens;

    public int Count => _tokens.Count;

    public static TokenMap Parse(string tsv)
    {
        var tokens = new List<(int, int, string)>();
        foreach (var line in tsv.Split('\n'))
        {
            var cols = line.TrimEnd('\r').Split('\t');
            if (cols.Length < 3 || !int.TryParse(cols[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(cols[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var end)) continue;
            tokens.Add((start, end, cols[0]));
        }

        tokens.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return new TokenMap(tokens);
    }

    /// <summary>The id of the token covering <paramref name="offset"/>, or null.</summary>
    public string? TokenAt(int offset)
    {
        int lo = 0, hi = _tokens.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var t = _tokens[mid];
            if (offset < t.Start) hi = mid - 1;
            else if (offset >= t.End) lo = mid + 1;
            else return t.Id;
        }

        return null;
    }
}
