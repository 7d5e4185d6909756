namespace Timeline.Summarize;

/// <summary>
/// A sparse TF-IDF vector of content words (by their <see cref="ContentWords.Ids"/>), with its norm. Its words are kept in
/// the order they first came, and every sum and cosine runs in that order, as the dictionary it once was did: the same
/// double, bit for bit.
/// </summary>
public sealed class TermVector
{
    // A vector with more words than this answers a cosine's look-ups from an array indexed by word (the story and a
    // day's centroid are looked up once per sentence); a smaller one is scanned, a sentence having a few dozen words.
    private const int ScannedUpTo = 48;

    // Arrays, not a dictionary: a corpus has a vector per sentence, and hundreds of thousands of dictionaries were a
    // good part of the summary's time and garbage.
    private readonly int[] _words;
    private readonly double[] _weights;
    private double[]? _byWord;

    private TermVector(int[] words, double[] weights)
    {
        _words = words;
        _weights = weights;
        // Summed one term at a time in the words' order, as Enumerable.Sum did.
        var squares = 0.0;
        foreach (var weight in weights) squares += weight * weight;
        Norm = Math.Sqrt(squares);
    }

    public double Norm { get; }

    /// <summary>The vector of <paramref name="words"/>, each weighing its <paramref name="idf"/> (indexed by word id) each time it occurs.</summary>
    public static TermVector Of(IEnumerable<int> words, IReadOnlyList<double> idf)
    {
        var sums = new TermSums();
        foreach (var word in words) sums.Add(word, idf[word]);
        return sums.ToVector();
    }

    /// <summary>The sum of <paramref name="vectors"/>: their centroid up to scale, which cosine ignores.</summary>
    public static TermVector Sum(IEnumerable<TermVector> vectors)
    {
        var sums = new TermSums();
        foreach (var vector in vectors)
        {
            for (var i = 0; i < vector._words.Length; i++) sums.Add(vector._words[i], vector._weights[i]);
        }

        return sums.ToVector();
    }

    /// <summary>The same direction at length 1, so that long and short texts weigh alike in a sum.</summary>
    public TermVector Unit()
    {
        if (Norm == 0) return this;
        var weights = new double[_weights.Length];
        for (var i = 0; i < weights.Length; i++) weights[i] = _weights[i] / Norm;
        return new TermVector(_words, weights);
    }

    public double Cosine(TermVector other)
    {
        if (Norm == 0 || other.Norm == 0) return 0;
        var (small, large) = _words.Length <= other._words.Length ? (this, other) : (other, this);
        // Summed in the small vector's order, one term at a time, as Enumerable.Sum did: the same double, bit for bit.
        var dot = 0.0;
        if (large._words.Length <= ScannedUpTo)
        {
            for (var i = 0; i < small._words.Length; i++) dot += small._weights[i] * large.WeightOf(small._words[i]);
        }
        else
        {
            var byWord = large.ByWord();
            for (var i = 0; i < small._words.Length; i++)
            {
                var word = small._words[i];
                dot += small._weights[i] * ((uint)word < (uint)byWord.Length ? byWord[word] : 0);
            }
        }

        return dot / (Norm * other.Norm);
    }

    private double WeightOf(int word)
    {
        var at = Array.IndexOf(_words, word);
        return at < 0 ? 0 : _weights[at];
    }

    // Built on first use; two threads building it at once build the same array, so either may win.
    private double[] ByWord()
    {
        if (_byWord is { } known) return known;
        var size = 0;
        foreach (var word in _words) size = Math.Max(size, word + 1);
        var byWord = new double[size];
        for (var i = 0; i < _words.Length; i++) byWord[_words[i]] = _weights[i];
        return _byWord = byWord;
    }

    internal static TermVector FromSums(int[] words, double[] weights) => new(words, weights);
}
