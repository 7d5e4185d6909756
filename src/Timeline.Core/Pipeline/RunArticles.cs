using Timeline.Diagnostics;
using Timeline.Extract.Actors;
using Timeline.IO;
using Timeline.Ingest;
using Timeline.Model;
using Timeline.Store;

namespace Timeline.Pipeline;

/// <summary>A run's articles as read, each with its path relative to the input folder and its extraction cache key.</summary>
internal sealed record RunArticles
{
    public required List<Article> Articles { get; init; }

    public required List<string> RelativePaths { get; init; }

    public required List<string> Keys { get; init; }

    /// <summary>The hand edits of the actor registry, which steer extraction.</summary>
    public required ActorEdits Edits { get; init; }

    /// <summary>Reads the input folder; null (with the reason among <paramref name="diagnostics"/>) when there is no article.</summary>
    /// <remarks>With <paramref name="memo"/>, an article file whose text was parsed by an earlier build is not parsed again.</remarks>
    public static RunArticles? Read(BuildOptions options, StoreParses parses, DiagnosticBag diagnostics, BuildRecord? previous = null, ParseMemo? memo = null)
    {
        // What people changed in the registry steers extraction; its problems are reported once, by the save that follows.
        // The last clean build recorded them for the actors.yaml it left: unchanged, it need not be read again.
        var registry = previous is not null && previous.ActorsFile == UnchangedBuild.ActorsFileHash(options)
            ? previous.HandEdited
            : new EventStore(options.Output, parses).LoadHandEditedActors(new DiagnosticBag());
        var edits = ActorEdits.From(registry);
        var reader = new ArticleReader(ArticleReaderOptions.Default with
        {
            ReferenceDate = options.ReferenceDate,
            FollowLinks = options.FollowLinks,
            SkipFolder = options.Output,
            Memo = memo,
        });
        var articles = reader.ReadFolder(options.Input, diagnostics);
        if (articles.Count == 0) return null;
        var relative = articles.Select(a => Path.GetRelativePath(options.Input, a.Path).Replace('\\', '/')).ToList();
        var keys = new ExtractionKeys(edits);
        return new RunArticles
        {
            Articles = [.. articles],
            RelativePaths = relative,
            // Serialising and hashing each article is its own work: on every core, in article order.
            Keys = [.. articles.AsParallel().AsOrdered().Select((a, i) => keys.For(a, relative[i]))],
            Edits = edits,
        };
    }
}
