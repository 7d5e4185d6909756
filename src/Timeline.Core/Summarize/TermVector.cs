namespace Timeline.Summarize;

/// <summary>A sparse TF-IDF vector of content words, with its norm.</summary>
public sealed class TermVector
{
    private TermVector(Dictionary<string, double> weights)
    {
        Weights = weights;
        Norm = Math.Sqrt(weights.Values.Sum(w => w * w));
    }

    public IReadOnlyDictionary<string, double> Weights { get; }

    public double Norm { get; }

    public static TermVector Of(IEnumerable<string> words, Func<string, double> idf)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            weights[word] = weights.GetValueOrDefault(word) + idf(word);
        }

        return new TermVector(weights);
    }

    /// <summary>The sum of <paramref name="vectors"/>: their centroid up to scale, which cosine ignores.</summary>
    public static TermVector Sum(IEnumerable<TermVector> vectors)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (word, weight) in vectors.SelectMany(v => v.Weights))
        {
            weights[word] = weights.GetValueOrDefault(word) + weight;
        }

        return new TermVector(weights);
    }

    /// <summary>The same direction at length 1, so that long and short texts weigh alike in a sum.</summary>
    public TermVector Unit() => Norm == 0 ? this : new TermVector(Weights.ToDictionary(w => w.Key, w => w.Value / Norm, StringComparer.Ordinal));

    public double Cosine(TermVector other)
    {
        if (Norm == 0 || other.Norm == 0) return 0;
        var (small, large) = Weights.Count <= other.Weights.Count ? (Weights, other.Weights) : (other.Weights, Weights);
        var dot = small.Sum(w => w.Value * large.GetValueOrDefault(w.Key));
        return dot / (Norm * other.Norm);
    }
}
