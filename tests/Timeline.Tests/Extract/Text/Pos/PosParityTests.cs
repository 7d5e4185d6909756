using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Timeline.Extract.Text;
using Timeline.Extract.Text.Pos;
using Xunit.Abstractions;

namespace Timeline.Tests.Extract.Text.Pos;

public sealed class PosParityTests
{
    private readonly ITestOutputHelper _output;

    public PosParityTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Fixture_tokens_are_what_the_timeline_tokenizer_gives()
    {
        foreach (var row in Rows())
        {
            Assert.Equal(row.Tokens, Tokenizer.Tokenize(row.Sentence).Select(t => t.Text).ToArray());
        }
    }

    [Fact]
    public void Agrees_with_en_pos_on_at_least_99_percent_of_fixture_tokens()
    {
        var rows = Rows();
        Assert.True(rows.Count >= 250, $"fixture has only {rows.Count} sentences");
        var (total, agreed) = (0, 0);
        var disagreements = new StringBuilder();
        foreach (var row in rows)
        {
            var tags = PosTagger.Default.Tag(row.Tokens);
            Assert.Equal(row.Tokens.Length, tags.Count);
            for (var i = 0; i < tags.Count; i++)
            {
                total++;
                if (tags[i] == row.Tags[i]) agreed++;
                else disagreements.Append(CultureInfo.InvariantCulture, $"{row.Tokens[i]}: en-pos {row.Tags[i]}, port {tags[i]} in \"{row.Sentence}\"\n");
            }
        }

        var share = (double)agreed / total;
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"parity: {agreed}/{total} tokens = {share:P2}"));
        _output.WriteLine(disagreements.ToString());
        Assert.True(share >= 0.99, string.Create(CultureInfo.InvariantCulture, $"{agreed}/{total} = {share:P2}\n{disagreements}"));
    }

    private static List<ParityRow> Rows([CallerFilePath] string here = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(here)!, "parity.tsv");
        return File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).Select(c => new ParityRow
        {
            Sentence = c[0],
            Tokens = c[1].Split(' '),
            Tags = c[2].Split(' '),
        }).ToList();
    }

    private sealed record ParityRow
    {
        public required string Sentence { get; init; }

        public required string[] Tokens { get; init; }

        public required string[] Tags { get; init; }
    }
}
