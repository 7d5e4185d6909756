namespace Timeline.Summarize;

/// <summary>
/// Picks the sentences that best tell a day: closest to the centroid of every sentence about that day (what most
/// articles say about it), preferring sentences that name the day, come early in their article and are not quoted
/// speech; a sentence too like one already picked is skipped.
/// </summary>
public static class SentenceRanker
{
    /// <summary>Cosine above which two sentences say the same thing.</summary>
    public const double Redundant = 0.5;

    public static List<Candidate> Pick(IReadOnlyList<Candidate> candidates, int count, ISet<string> taken)
    {
        var centroid = TermVector.Sum(candidates.Select(c => c.Vector));
        var ranked = candidates
            .Where(c => c.Vector.Norm > 0 && SentenceShape.StandsAlone(c.Sentence.Text))
            .Select(c => (Candidate: c, Score: Score(c, centroid)))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Candidate.Article.Id, StringComparer.Ordinal).ThenBy(x => x.Candidate.Sentence.Offset)
            .Select(x => x.Candidate);
        var picked = new List<Candidate>();
        foreach (var candidate in ranked)
        {
            if (picked.Count == count) break;
            var key = Normalised(candidate.Sentence.Text);
            if (taken.Contains(key) || picked.Exists(p => p.Vector.Cosine(candidate.Vector) > Redundant)) continue;
            picked.Add(candidate);
            taken.Add(key);
        }

        return picked;
    }

    private static double Score(Candidate c, TermVector centroid)
    {
        var named = c.Named ? 1.0 : 0.9;
        var position = 1.0 / (1 + (0.03 * c.Sentence.Index));
        var quoted = 1 - SentenceShape.QuotedShare(c.Sentence.Text);
        return c.Vector.Cosine(centroid) * named * position * quoted * Math.Sqrt(c.Relevance);
    }

    private static string Normalised(string text) => string.Join(' ', ContentWords.Of(text));
}
