using Timeline.Extract;
using Timeline.Model;

namespace Timeline.Tests.Extract;

public sealed class SkippedFurnitureTests
{
    private const string Furniture = "Prime Minister Ed Lowe visited Tolvik on Monday.";

    private static Article Article(bool skip)
    {
        var body = "The harbour board approved the new ferry terminal on Tuesday, its chair Maren Holt said.\n\n" + Furniture + "\n";
        return new Article
        {
            Id = "a",
            Path = "a.md",
            Title = "Ferry terminal",
            Date = new DateOnly(2024, 5, 7),
            Body = body,
            Skipped = skip ? [new SkippedRange { Start = body.IndexOf(Furniture, StringComparison.Ordinal), Length = Furniture.Length }] : [],
        };
    }

    [Fact]
    public void Extraction_reads_past_skipped_lines_and_keeps_the_offsets_of_the_rest()
    {
        var extractor = new ArticleExtractor();

        var read = extractor.Extract(Article(skip: false));
        var skipped = extractor.Extract(Article(skip: true));

        Assert.Contains(read.Actors, a => a.Id == "ed-lowe");
        Assert.DoesNotContain(skipped.Actors, a => a.Id == "ed-lowe");
        Assert.DoesNotContain(skipped.Support, s => s.ActorId == "ed-lowe");
        Assert.Contains(skipped.Actors, a => a.Id == "maren-holt");
        Assert.Equal(read.Events.Where(e => e.Sources[0].Offset == 0).Select(e => e.Sources[0].Length), skipped.Events.Where(e => e.Sources[0].Offset == 0).Select(e => e.Sources[0].Length));
    }
}
