using Timeline.Tests.Pipeline;

namespace Timeline.Tests.Cli;

/// <summary><c>extract --shard I/N</c> and <c>build --from-cache</c> on the command line.</summary>
public sealed class ShardCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Input => _temp.Combine("articles");

    private string Output => _temp.Combine("output");

    [Theory]
    [InlineData("3/2")]
    [InlineData("0/2")]
    [InlineData("1of2")]
    [InlineData("1/")]
    public void A_shard_that_is_not_i_of_n_is_refused_before_anything_is_read(string shard)
    {
        var result = CliRunner.Run("extract", Input, "-o", Output, "--shard", shard);

        Assert.Equal(2, result.Exit);
        Assert.Equal($"timeline: error: --shard must be I/N, share I of N with 1 <= I <= N (for example 1/4 ... 4/4), not '{shard}'", Assert.Single(result.ErrorLines));
        Assert.False(Directory.Exists(Output));
    }

    [Theory]
    [InlineData("extract", "--shard", "1/2", "--from-cache")]
    [InlineData("extract", "--shard", "1/2", "--no-cache")]
    [InlineData("build", "--from-cache", "--no-cache")]
    public void Options_that_contradict_each_other_are_refused(params string[] args)
    {
        var result = CliRunner.Run([.. args, "-o", Output]);

        Assert.Equal(2, result.Exit);
        Assert.Contains("cannot go", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_has_no_shard_option()
    {
        var result = CliRunner.Run("build", Input, "-o", Output, "--shard", "1/2");

        Assert.Equal(2, result.Exit);
        Assert.StartsWith("timeline: error: unknown option '--shard' for 'build'", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_shards_then_build_from_cache_print_what_each_did()
    {
        SmallCorpus.WriteTo(Input);

        var first = CliRunner.Run("extract", Input, "-o", Output, "--shard", "1/2", "--threads", "1");
        var second = CliRunner.Run("extract", Input, "-o", Output, "--shard", "2/2", "--threads", "1");
        var merge = CliRunner.Run("build", Input, "-o", Output, "--from-cache");

        Assert.Equal((0, 0, 0), (first.Exit, second.Exit, merge.Exit));
        Assert.StartsWith("shard 1/2: ", first.Output, StringComparison.Ordinal);
        Assert.Contains(" of 6 article(s), in the cache ", first.Output, StringComparison.Ordinal);
        Assert.StartsWith("shard 2/2: ", second.Output, StringComparison.Ordinal);
        Assert.Contains("articles: 0 extracted, 6 from the cache\n", merge.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_from_an_empty_cache_fails_and_says_nothing_was_written()
    {
        SmallCorpus.WriteTo(Input);

        var result = CliRunner.Run("build", Input, "-o", Output, "--from-cache");

        Assert.Equal(1, result.Exit);
        Assert.Contains(result.ErrorLines, l => l.Contains("error TL0203: none of the 6 articles", StringComparison.Ordinal));
        Assert.Equal("1 error(s); nothing was written", result.ErrorLines[^1]);
    }

    public void Dispose() => _temp.Dispose();
}
