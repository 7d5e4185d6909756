namespace Timeline.Summarize;

/// <summary>
/// Sums weights by word into a <see cref="TermVector"/>, the words in the order they first came and each sum made in the
/// order its weights came: what a dictionary's sums gave, without a dictionary per sentence.
/// </summary>
internal sealed class TermSums
{
    // Where each word sits in the sums, plus one (0: not yet met), indexed by word id, and the sums themselves. Kept per
    // thread and cleared word by word after use, as a corpus makes hundreds of thousands of vectors over one vocabulary.
    [ThreadStatic]
    private static Buffers? t_buffers;

    private readonly Buffers _buffers;
    private int _count;

    public TermSums()
    {
        // Taken, not shared: sums made while these are open (a lazy sequence of vectors) get their own.
        _buffers = t_buffers ?? new Buffers();
        t_buffers = null;
    }

    public void Add(int word, double weight)
    {
        var b = _buffers;
        if (word >= b.Positions.Length) Array.Resize(ref b.Positions, Math.Max(word + 1, b.Positions.Length * 2));
        var at = b.Positions[word];
        if (at == 0)
        {
            if (_count == b.Words.Length)
            {
                Array.Resize(ref b.Words, _count * 2);
                Array.Resize(ref b.Weights, _count * 2);
            }

            b.Words[_count] = word;
            // 0 + weight, as the dictionary's default plus the first weight.
            b.Weights[_count] = 0.0 + weight;
            b.Positions[word] = ++_count;
        }
        else
        {
            b.Weights[at - 1] += weight;
        }
    }

    /// <summary>The vector summed so far; these sums are spent.</summary>
    public TermVector ToVector()
    {
        var b = _buffers;
        for (var i = 0; i < _count; i++) b.Positions[b.Words[i]] = 0;
        var vector = TermVector.FromSums(b.Words[.._count], b.Weights[.._count]);
        t_buffers = b;
        return vector;
    }

    private sealed class Buffers
    {
        public int[] Positions = new int[1024];
        public int[] Words = new int[64];
        public double[] Weights = new double[64];
    }
}
