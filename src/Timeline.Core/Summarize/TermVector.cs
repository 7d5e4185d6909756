using System.Runtime.InteropServices;

namespace Timeline.Summarize;

/// <summary>
/// A sparse TF-IDF vector of content words (by their <see cref="ContentWords.Ids"/>), with its norm. A dictionary lists its
/// entries in the order they were added whatever the keys, so sums and cosines run in the words' order, as with strings.
/// </summary>
public sealed class TermVector
{
    // The dictionary itself, not an interface over it: a cosine looks up every word of the smaller vector, and a number
    // is looked up much faster than a string.
    private readonly Dictionary<int, double> _weights;

    private TermVector(Dictionary<int, double> weights)
    {
        _weights = weights;
        Norm = Math.Sqrt(weights.Values.Sum(w => w * w));
    }

    public double Norm { get; }

    /// <summary>The vector of <paramref name="words"/>, each weighing its <paramref name="idf"/> (indexed by word id) each time it occurs.</summary>
    public static TermVector Of(IEnumerable<int> words, IReadOnlyList<double> idf)
    {
        var weights = new Dictionary<int, double>();
        foreach (var word in words)
        {
            ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(weights, word, out _);
            sum += idf[word];
        }

        return new TermVector(weights);
    }

    /// <summary>The sum of <paramref name="vectors"/>: their centroid up to scale, which cosine ignores.</summary>
    public static TermVector Sum(IEnumerable<TermVector> vectors)
    {
        var weights = new Dictionary<int, double>();
        foreach (var vector in vectors)
        {
            foreach (var (word, weight) in vector._weights)
            {
                ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(weights, word, out _);
                sum += weight;
            }
        }

        return new TermVector(weights);
    }

    /// <summary>The same direction at length 1, so that long and short texts weigh alike in a sum.</summary>
    public TermVector Unit() => Norm == 0 ? this : new TermVector(_weights.ToDictionary(w => w.Key, w => w.Value / Norm));

    public double Cosine(TermVector other)
    {
        if (Norm == 0 || other.Norm == 0) return 0;
        var (small, large) = _weights.Count <= other._weights.Count ? (_weights, other._weights) : (other._weights, _weights);
        // Summed in the small vector's order, one term at a time, as Enumerable.Sum did: the same double, bit for bit.
        var dot = 0.0;
        foreach (var (word, weight) in small)
        {
            dot += weight * large.GetValueOrDefault(word);
        }

        return dot / (Norm * other.Norm);
    }
}
