namespace Timeline.Evaluation.Tls;

/// <summary>ROUGE-N counts of a system summary against one reference: clipped n-gram hits, system n-grams, reference n-grams.</summary>
public readonly record struct NGramOverlap(int Hits, int System, int Gold)
{
    public static NGramOverlap Count(IReadOnlyList<string> system, IReadOnlyList<string> gold, int n)
    {
        var systemGrams = Grams(system, n);
        var goldGrams = Grams(gold, n);
        var hits = systemGrams.Sum(g => Math.Min(g.Value, goldGrams.GetValueOrDefault(g.Key)));
        return new NGramOverlap(hits, systemGrams.Values.Sum(), goldGrams.Values.Sum());
    }

    private static Dictionary<string, int> Grams(IReadOnlyList<string> tokens, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var key = string.Join(' ', tokens.Skip(i).Take(n));
            grams[key] = grams.GetValueOrDefault(key) + 1;
        }

        return grams;
    }
}
