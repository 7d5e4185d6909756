using System.Diagnostics;
using Timeline.Extract.Actors;
using Timeline.Extract.Actors.Ner;
using Timeline.Extract.Text;

namespace Timeline.Tests.Extract.Actors.Ner;

public sealed class NerModelTests
{
    private static readonly ActorRecognizer Rules = new(Gazetteer.Default, null);

    private static List<NerSpan> Tag(NerModel model, string sentence)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        return model.Tag(Gazetteer.Default, [.. tokens.Select(t => t.Text)], Rules.RuleTags(tokens));
    }

    [Fact]
    public void The_built_in_model_loads_quickly_from_the_assembly()
    {
        var clock = Stopwatch.StartNew();
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream("ner-model.bin");
        Assert.NotNull(stream);
        var model = NerModel.Load(stream);
        clock.Stop();

        Assert.True(model.FeatureCount > 10_000);
        // 300 ms on an idle machine; the bound leaves room for a busy CI runner.
        Assert.True(clock.ElapsedMilliseconds < 2000, $"loading took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Tags_the_same_sentence_the_same_way_every_time()
    {
        var model = NerModel.Default!;
        const string sentence = "Shares of Acme Holdings rose in Frankfurt after chief executive Maria Lindqvist spoke.";

        var first = Tag(model, sentence);
        var second = Tag(NerModel.Default!, sentence);

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Saves_and_loads_the_same_weights_byte_for_byte()
    {
        var model = NerModel.Default!;
        using var once = new MemoryStream();
        model.Save(once, 0f);
        var reloaded = NerModel.Load(new MemoryStream(once.ToArray()));
        using var twice = new MemoryStream();
        reloaded.Save(twice, 0f);

        Assert.Equal(once.ToArray(), twice.ToArray());
    }

    [Fact]
    public void Training_on_the_same_sentences_gives_the_same_model()
    {
        var sentences = new List<(IReadOnlyList<string>, IReadOnlyList<string>, int[])>
        {
            (["Acme", "Corp", "hired", "Jane", "Doe", "."], ["O", "O", "O", "O", "O", "O"], NerTags.FromSpans(6, [new(0, 2, "ORG"), new(3, 2, "PER")])),
            (["She", "moved", "to", "Ruritania", "."], ["O", "O", "O", "O", "O"], NerTags.FromSpans(5, [new(3, 1, "LOC")])),
        };

        byte[] Bytes()
        {
            using var stream = new MemoryStream();
            new NerTrainer(Gazetteer.Default).Train(sentences, epochs: 3).Save(stream, 0f);
            return stream.ToArray();
        }

        Assert.Equal(Bytes(), Bytes());
    }

    [Fact]
    public void Reads_bio_tags_back_into_spans()
    {
        var tags = NerTags.FromSpans(6, [new(0, 2, "ORG"), new(3, 1, "LOC"), new(4, 2, "PER")]);

        Assert.Equal([new NerSpan(0, 2, "ORG"), new NerSpan(3, 1, "LOC"), new NerSpan(4, 2, "PER")], NerTags.Spans(tags));
    }
}
