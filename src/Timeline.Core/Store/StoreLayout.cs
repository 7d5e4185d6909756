namespace Timeline.Store;

/// <summary>Where the store's files live under an output folder.</summary>
internal sealed class StoreLayout(string outputFolder)
{
    public string Output { get; } = outputFolder;

    public string EventsFolder { get; } = Path.Combine(outputFolder, "events");

    public string ActorsPath { get; } = Path.Combine(outputFolder, "actors.yaml");

    public string EventFilePath(string articleId) => Path.Combine(EventsFolder, articleId + ".yaml");

    /// <summary>An article id must name a file directly inside <c>events/</c>.</summary>
    public static bool IsUsableId(string id) =>
        id.Length > 0 && id != "." && id != ".." && !id.StartsWith('.')
        && id.IndexOfAny(['/', '\\', ':', '*', '?', '"', '<', '>', '|', '\0', '\n', '\r', '\t']) < 0;
}
