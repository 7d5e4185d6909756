using System.IO.Compression;
using System.Reflection;

namespace Timeline.Extract.Actors.Ner;

/// <summary>
/// A greedy left-to-right entity tagger: an averaged perceptron over hashed features, trained on CoNLL-2003
/// (see <see cref="NerTrainer"/>). Its weights ship as the embedded resource <c>ner-model.bin</c>. Thread-safe.
/// </summary>
public sealed class NerModel
{
    private const string Magic = "TLNER1";
    private static readonly Lazy<NerModel?> Shared = new(LoadEmbedded);
    private readonly Dictionary<ulong, float[]> _weights;

    internal NerModel(Dictionary<ulong, float[]> weights) => _weights = weights;

    /// <summary>The model built into the assembly, loaded on first use; null when the build has none.</summary>
    public static NerModel? Default => Shared.Value;

    public int FeatureCount => _weights.Count;

    /// <summary>The entities in a sentence's words, given what the rules found at each (<see cref="ActorRecognizer.RuleTags"/>).</summary>
    public List<NerSpan> Tag(Gazetteer gazetteer, IReadOnlyList<string> words, IReadOnlyList<string> rules) => NerTags.Spans(TagIndexes(new NerFeatures(gazetteer).View(words, rules)));

    internal int[] TagIndexes(SentenceView view) => TagIndexes(view, out _);

    /// <summary>The tags, and per word how far the chosen tag's score is ahead of the next allowed one.</summary>
    internal int[] TagIndexes(SentenceView view, out float[] margins)
    {
        var tags = new int[view.Words.Count];
        margins = new float[tags.Length];
        var features = new List<ulong>(64);
        var scores = new float[NerTags.Count];
        for (var i = 0; i < tags.Length; i++)
        {
            var prev = i > 0 ? tags[i - 1] : 0;
            NerFeatures.Extract(view, i, prev, i > 1 ? tags[i - 2] : 0, features);
            Score(features, scores);
            tags[i] = Best(scores, prev);
            margins[i] = Margin(scores, prev, tags[i]);
        }

        return tags;
    }

    internal void Score(List<ulong> features, float[] scores)
    {
        Array.Clear(scores);
        foreach (var f in features)
        {
            if (!_weights.TryGetValue(f, out var w)) continue;
            for (var t = 0; t < scores.Length; t++) scores[t] += w[t];
        }
    }

    private static float Margin(float[] scores, int previous, int best)
    {
        var second = float.NegativeInfinity;
        for (var t = 0; t < scores.Length; t++)
        {
            if (t != best && NerTags.Allowed(previous, t) && scores[t] > second) second = scores[t];
        }

        return scores[best] - second;
    }

    internal static int Best(float[] scores, int previous)
    {
        var best = 0;
        for (var t = 1; t < scores.Length; t++)
        {
            if (NerTags.Allowed(previous, t) && scores[t] > scores[best]) best = t;
        }

        return best;
    }

    /// <summary>Writes the weights whose magnitude reaches <paramref name="minWeight"/>, sorted, gzip-compressed: the same model gives the same bytes.</summary>
    public void Save(Stream stream, float minWeight)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        var kept = _weights.Where(p => p.Value.Any(w => Math.Abs(w) >= minWeight)).OrderBy(p => p.Key).ToList();
        writer.Write(Magic);
        writer.Write((byte)NerTags.Count);
        writer.Write(kept.Count);
        foreach (var (hash, w) in kept)
        {
            writer.Write(hash);
            var nonZero = Enumerable.Range(0, w.Length).Where(t => Math.Abs(w[t]) >= minWeight).ToList();
            writer.Write((byte)nonZero.Count);
            foreach (var t in nonZero)
            {
                writer.Write((byte)t);
                writer.Write((Half)w[t]);
            }
        }
    }

    public static NerModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        if (reader.ReadString() != Magic || reader.ReadByte() != NerTags.Count) throw new InvalidDataException("not an entity model of this version");
        var count = reader.ReadInt32();
        var weights = new Dictionary<ulong, float[]>(count);
        for (var k = 0; k < count; k++)
        {
            var hash = reader.ReadUInt64();
            var w = new float[NerTags.Count];
            int n = reader.ReadByte();
            for (var j = 0; j < n; j++)
            {
                int t = reader.ReadByte();
                w[t] = (float)reader.ReadHalf();
            }

            weights[hash] = w;
        }

        return new NerModel(weights);
    }

    private static NerModel? LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ner-model.bin");
        return stream is null ? null : Load(stream);
    }
}
