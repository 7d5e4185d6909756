namespace Timeline.Extract.Actors.Ner;

/// <summary>The BIO tags the entity model predicts (IOB2) and the spans they make.</summary>
public static class NerTags
{
    public static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    /// <summary>Tag 0 is O; then B- and I- of each type in <see cref="Types"/>.</summary>
    public static readonly string[] All = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    public static int Count => All.Length;

    public static int IndexOf(string tag) => Array.IndexOf(All, tag);

    /// <summary>An I- tag only continues an entity of its own type.</summary>
    public static bool Allowed(int previous, int tag) => tag == 0 || tag % 2 == 1 || previous == tag || previous == tag - 1;

    public static List<NerSpan> Spans(IReadOnlyList<int> tags)
    {
        var spans = new List<NerSpan>();
        var start = -1;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : 0;
            var continues = tag != 0 && tag % 2 == 0 && start >= 0 && (tags[start] - 1) / 2 == (tag - 1) / 2;
            if (continues) continue;
            if (start >= 0) spans.Add(new NerSpan(start, i - start, Types[(tags[start] - 1) / 2]));
            start = tag != 0 ? i : -1;
        }

        return spans;
    }

    /// <summary>IOB2 tag indexes for entity spans over <paramref name="length"/> tokens.</summary>
    public static int[] FromSpans(int length, IEnumerable<NerSpan> spans)
    {
        var tags = new int[length];
        foreach (var span in spans)
        {
            var b = IndexOf("B-" + span.Type);
            if (b < 0) continue;
            tags[span.Start] = b;
            for (var k = span.Start + 1; k < span.Start + span.Length; k++) tags[k] = b + 1;
        }

        return tags;
    }
}
