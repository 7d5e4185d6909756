namespace Timeline.Tests.Pipeline;

/// <summary>
/// Six short hand-written articles in Markdown, text and HTML. They share actors (Li Shangfu, Belarus, Alexander
/// Lukashenko, Sergei Shoigu) and report some of the same events, so ids collide and actors and events merge.
/// </summary>
internal static class SmallCorpus
{
    public static readonly IReadOnlyList<(string Path, string Text)> Articles =
    [
        ("a-minsk-visit.md", """
            ---
            title: Chinese defence minister arrives in Minsk
            date: 2023-08-18
            tags: [China, Belarus]
            ---
            Chinese Defense Minister Li Shangfu arrived in Belarus on Friday for talks with President Alexander Lukashenko.
            Shangfu met with Lukashenko in Minsk on Saturday. Prior to the visit, Li Shangfu met with his Russian counterpart, Sergei Shoigu, in Moscow.
            """),
        ("b-moscow-talks.md", """
            ---
            title: Shoigu and Li talk security in Moscow
            date: 2023-08-15
            ---
            Russian Defense Minister Sergei Shoigu met Li Shangfu in Moscow on Tuesday. Shoigu said the two armies would hold joint exercises next year.
            Belarus will host a security conference in October, the ministry announced.
            """),
        ("c-drills.txt", """
            ---
            title: Joint drills announced
            date: 2023-08-21
            ---
            Belarus and China will hold joint military drills in September, Lukashenko said on Monday.
            Last week Li Shangfu visited Minsk. The drills were first proposed in March 2023.
            """),
        ("d-summit.html", """
            <!doctype html>
            <html><head><title>Summit in Beijing</title>
            <meta property="article:published_time" content="2023-09-02T08:00:00Z"></head>
            <body><article><h1>Summit in Beijing</h1>
            <p>President Xi Jinping hosted Alexander Lukashenko in Beijing on Friday.</p>
            <p>Xi Jinping praised the visit of Li Shangfu to Minsk in August. Lukashenko signed a trade agreement with China.</p>
            </article></body></html>
            """),
        ("e-undated.md", """
            ---
            title: Background on the alliance
            ---
            Belarus joined the Shanghai Cooperation Organisation in July 2024. Sergei Shoigu visited Minsk in 2022.
            """),
        ("sub/f-follow-up.md", """
            ---
            title: Follow-up talks
            date: 2023-10-05
            source: Example Wire
            ---
            Li Shangfu met with Lukashenko in Minsk on Thursday, two months after his first visit.
            The ministers signed an agreement on military education. Shoigu will visit Beijing in November.
            """),
    ];

    /// <summary>Writes the articles into <paramref name="folder"/>, in the given order of files.</summary>
    public static void WriteTo(string folder, IEnumerable<(string Path, string Text)>? articles = null)
    {
        foreach (var (path, text) in articles ?? Articles)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text.ReplaceLineEndings("\n") + "\n");
        }
    }

    /// <summary>Every file under <paramref name="output"/> but the extraction cache, by relative path.</summary>
    public static SortedDictionary<string, byte[]> Products(string output) => PipelineCases.ReadProducts(output);

    public static void AssertSameFiles(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs");
        }
    }
}
