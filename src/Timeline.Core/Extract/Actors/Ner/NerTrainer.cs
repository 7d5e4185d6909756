namespace Timeline.Extract.Actors.Ner;

/// <summary>
/// Trains <see cref="NerModel"/> as an averaged perceptron: greedy decoding with the model's own previous tags,
/// sentences shuffled with a fixed seed each epoch, so the same data gives the same weights.
/// </summary>
public sealed class NerTrainer(Gazetteer gazetteer)
{
    private sealed class Weight
    {
        public readonly float[] W = new float[NerTags.Count];
        public readonly double[] Total = new double[NerTags.Count];
        public readonly int[] Stamp = new int[NerTags.Count];
    }

    /// <summary>Trains on sentences given as words, the rules' tags (<see cref="ActorRecognizer.RuleTags"/>) and IOB2 tag indexes (<see cref="NerTags.All"/>).</summary>
    public NerModel Train(IReadOnlyList<(IReadOnlyList<string> Words, IReadOnlyList<string> Rules, int[] Tags)> sentences, int epochs, int seed = 17, Action<int, double>? progress = null)
    {
        var features = new NerFeatures(gazetteer);
        var views = sentences.Select(s => features.View(s.Words, s.Rules)).ToList();
        var weights = new Dictionary<ulong, Weight>();
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        var step = 0;
        var hashes = new List<ulong>(64);
        var scores = new float[NerTags.Count];
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            int correct = 0, total = 0;
            foreach (var index in order)
            {
                var view = views[index];
                var gold = sentences[index].Tags;
                var guess = new int[gold.Length];
                for (var i = 0; i < gold.Length; i++)
                {
                    step++;
                    var prev = i > 0 ? guess[i - 1] : 0;
                    NerFeatures.Extract(view, i, prev, i > 1 ? guess[i - 2] : 0, hashes);
                    Array.Clear(scores);
                    foreach (var h in hashes)
                    {
                        if (!weights.TryGetValue(h, out var w)) continue;
                        for (var t = 0; t < scores.Length; t++) scores[t] += w.W[t];
                    }

                    guess[i] = NerModel.Best(scores, prev);
                    total++;
                    if (guess[i] == gold[i])
                    {
                        correct++;
                        continue;
                    }

                    foreach (var h in hashes)
                    {
                        if (!weights.TryGetValue(h, out var w)) weights[h] = w = new Weight();
                        Update(w, gold[i], 1f, step);
                        Update(w, guess[i], -1f, step);
                    }
                }
            }

            progress?.Invoke(epoch, (double)correct / Math.Max(1, total));
        }

        var averaged = new Dictionary<ulong, float[]>(weights.Count);
        foreach (var (h, w) in weights)
        {
            var avg = new float[NerTags.Count];
            for (var t = 0; t < avg.Length; t++) avg[t] = (float)((w.Total[t] + ((step - w.Stamp[t]) * (double)w.W[t])) / step);
            averaged[h] = avg;
        }

        return new NerModel(averaged);
    }

    private static void Update(Weight w, int tag, float delta, int step)
    {
        w.Total[tag] += (step - w.Stamp[tag]) * (double)w.W[tag];
        w.Stamp[tag] = step;
        w.W[tag] += delta;
    }
}
