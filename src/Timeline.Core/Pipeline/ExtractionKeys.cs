using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Timeline.Extract;
using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Pipeline;

/// <summary>
/// Cache keys of extractions: a hash of everything an article's extraction depends on. That is the article as
/// read (id, relative path, metadata, text), the hand edits of the actor registry that steer extraction, the
/// <see cref="ArticleExtractor.ExtractorVersion"/>, and the build of the code itself (module version ids),
/// so that a code change can never be answered from an older run's cache.
/// </summary>
internal sealed class ExtractionKeys
{
    private readonly string _prefix;

    public ExtractionKeys(ActorEdits edits)
    {
        var edited = JsonSerializer.Serialize([.. edits.Stored], ExtractionJson.Default.ListActor);
        _prefix = string.Join('\n',
            "timeline-extraction",
            ArticleExtractor.ExtractorVersion,
            BuildOf(typeof(ArticleExtractor).Assembly),
            BuildOf(typeof(DateTimeModel).Assembly),
            BuildOf(typeof(Culture).Assembly),
            Hash(edited),
            "");
    }

    private ExtractionKeys(string prefix) => _prefix = prefix;

    /// <summary>
    /// Keys for evaluation runs, which tune what comes after extraction against a cache filled once: they leave out
    /// the build of Timeline's own code (every rebuild would empty the cache), so they rely on
    /// <see cref="ArticleExtractor.ExtractorVersion"/> being bumped when extraction changes. Never used by builds.
    /// </summary>
    public static ExtractionKeys ForEvaluation() => new(string.Join('\n',
        "timeline-evaluation-extraction",
        ArticleExtractor.ExtractorVersion,
        BuildOf(typeof(DateTimeModel).Assembly),
        BuildOf(typeof(Culture).Assembly),
        ""));

    /// <summary>The key of <paramref name="article"/>, read from <paramref name="relativePath"/> in the input folder.</summary>
    public string For(Article article, string relativePath) =>
        Hash(_prefix + JsonSerializer.Serialize(article with { Path = relativePath }, ExtractionJson.Default.Article));

    private static string BuildOf(Assembly assembly) => assembly.ManifestModule.ModuleVersionId.ToString("N");

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
