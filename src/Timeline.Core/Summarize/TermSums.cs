namespace Timeline.Summarize;

/// <summary>
/// Sums weights by word into a <see cref="TermVector"/>, the words in the order they first came and each sum made in the
/// order its weights came: what a dictionary's sums gave, without a dictionary per sentence.
/// </summary>
internal sealed class TermSums
{
    // Where each word sits in the sums, plus one (0: not yet met), indexed by word id. Kept per thread and cleared
    // word by word after use, as a corpus makes hundreds of thousands of vectors over one vocabulary.
    [ThreadStatic]
    private static int[]? t_positions;

    private readonly List<int> _words = [];
    private readonly List<double> _weights = [];
    private int[] _positions;

    public TermSums()
    {
        // Taken, not shared: sums made while these are open (a lazy sequence of vectors) get their own.
        _positions = t_positions ?? new int[1024];
        t_positions = null;
    }

    public void Add(int word, double weight)
    {
        if (word >= _positions.Length) Array.Resize(ref _positions, Math.Max(word + 1, _positions.Length * 2));
        var at = _positions[word];
        if (at == 0)
        {
            _words.Add(word);
            // 0 + weight, as the dictionary's default plus the first weight.
            _weights.Add(0.0 + weight);
            _positions[word] = _words.Count;
        }
        else
        {
            _weights[at - 1] += weight;
        }
    }

    /// <summary>The vector summed so far; these sums are spent.</summary>
    public TermVector ToVector()
    {
        foreach (var word in _words) _positions[word] = 0;
        t_positions = _positions;
        return TermVector.FromSums([.. _words], [.. _weights]);
    }
}
