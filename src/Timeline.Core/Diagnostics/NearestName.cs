namespace Timeline.Diagnostics;

/// <summary>"Did you mean ...?": the known name nearest to a misspelt one, for fields, ids and options.</summary>
public static class NearestName
{
    /// <summary>The known name nearest to a typo (edit distance), or null when none is near enough to be a typo.</summary>
    public static string? Closest(string name, IEnumerable<string> known)
    {
        var wanted = name.ToLowerInvariant();
        var best = known.Select(k => (Name: k, Distance: Distance(wanted, k))).OrderBy(k => k.Distance).ThenBy(k => k.Name, StringComparer.Ordinal).FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(2, name.Length / 3) ? best.Name : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var beforePrevious = previous;
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                // A swap of two neighbours ("titel") is one typo, not two.
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], beforePrevious[j - 2] + 1);
                }
            }

            beforePrevious = previous;
            previous = current;
        }

        return previous[b.Length];
    }
}
