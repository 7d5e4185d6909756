namespace Timeline.Store;

/// <summary>
/// The JSON Schemas of the store files (the repository's <c>schema/</c>, embedded). A copy is written to
/// <c>OUT/schema/</c> so the <c># yaml-language-server: $schema=</c> line of each file can point to it relatively.
/// </summary>
public static class StoreSchemas
{
    public const string Folder = "schema";

    public const string EventsFile = "events.schema.json";

    public const string ActorsFile = "actors.schema.json";

    public const string SummaryFile = "summary.schema.json";

    /// <summary>The first line of an events file (they sit in <c>OUT/events/</c>).</summary>
    public const string EventsHeader = "# yaml-language-server: $schema=../" + Folder + "/" + EventsFile + "\n";

    /// <summary>The first line of <c>OUT/actors.yaml</c>.</summary>
    public const string ActorsHeader = "# yaml-language-server: $schema=" + Folder + "/" + ActorsFile + "\n";

    /// <summary>The first line of <c>OUT/summary.yaml</c>.</summary>
    public const string SummaryHeader = "# yaml-language-server: $schema=" + Folder + "/" + SummaryFile + "\n";

    public static string Events { get; } = ReadResource(EventsFile);

    public static string Actors { get; } = ReadResource(ActorsFile);

    public static string Summary { get; } = ReadResource(SummaryFile);

    /// <summary>The schema files an output folder should hold, with their content.</summary>
    public static IEnumerable<(string Path, string Content)> FilesUnder(string outputFolder) =>
    [
        (Path.Combine(outputFolder, Folder, EventsFile), Events),
        (Path.Combine(outputFolder, Folder, ActorsFile), Actors),
    ];

    private static string ReadResource(string name)
    {
        using var stream = typeof(StoreSchemas).Assembly.GetManifestResourceStream($"{Folder}/{name}")
            ?? throw new InvalidOperationException($"The schema {name} is not embedded in Timeline.Core: check the csproj.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
