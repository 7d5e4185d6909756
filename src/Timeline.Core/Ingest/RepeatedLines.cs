namespace Timeline.Ingest;

/// <summary>
/// Finds the lines that many articles of one source folder share word for word: a site's sign-off, its comment
/// rules, its "most popular" teaser. Only hashes of the lines are kept across the corpus, so memory stays flat.
/// </summary>
internal static class RepeatedLines
{
    /// <summary>Articles of a folder that must share a line before it counts as repeated at all.</summary>
    public const int MinArticles = 3;

    /// <summary>A line alone is furniture when one article in this many of its folder has it; a block of two or more needs only <see cref="MinArticles"/>.</summary>
    public const int ShareOfFolder = 20;

    /// <summary>For each article, the indices of its <see cref="BodyLine.Of"/> lines that are repeated furniture.</summary>
    public static List<SortedSet<int>> Find(IReadOnlyList<string> bodies, IReadOnlyList<string> folders)
    {
        var hashes = new ulong[bodies.Count][];
        var counts = new Dictionary<(string Folder, ulong Hash), int>();
        var articlesIn = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var a = 0; a < bodies.Count; a++)
        {
            hashes[a] = [.. BodyLine.Of(bodies[a]).Select(l => Hash(l.Text))];
            articlesIn[folders[a]] = articlesIn.GetValueOrDefault(folders[a]) + 1;
            foreach (var h in hashes[a].Distinct())
            {
                counts[(folders[a], h)] = counts.GetValueOrDefault((folders[a], h)) + 1;
            }
        }

        var found = new List<SortedSet<int>>(bodies.Count);
        for (var a = 0; a < bodies.Count; a++)
        {
            var alone = Math.Max(MinArticles, (articlesIn[folders[a]] + ShareOfFolder - 1) / ShareOfFolder);
            var shared = hashes[a].Select(h => counts[(folders[a], h)]).ToArray();
            var lines = new SortedSet<int>();
            for (var i = 0; i < shared.Length; i++)
            {
                var inBlock = (i > 0 && shared[i - 1] >= MinArticles) || (i + 1 < shared.Length && shared[i + 1] >= MinArticles);
                if (shared[i] >= alone || (shared[i] >= MinArticles && inBlock)) lines.Add(i);
            }

            found.Add(lines);
        }

        return found;
    }

    // FNV-1a over the UTF-16 code units: stable from run to run and machine to machine, unlike string.GetHashCode.
    private static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
