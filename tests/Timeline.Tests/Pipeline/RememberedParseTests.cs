using Timeline.Diagnostics;
using Timeline.Pipeline;

namespace Timeline.Tests.Pipeline;

/// <summary>
/// A rebuild answers unchanged store files from what the last build parsed (<c>store.memo</c>); hand edits to the YAML, a
/// changed and a deleted article, and a damaged memo must all give what a full build without the cache gives.
/// </summary>
public sealed class RememberedParseTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void A_rebuild_after_hand_edits_a_changed_and_a_deleted_article_writes_the_files_of_a_full_build()
    {
        // Given the six articles built once with the cache, which remembers the parsed store files
        var input = _temp.Combine("articles");
        SmallCorpus.WriteTo(input);
        var output = _temp.Combine("incremental");
        Build(input, output, useCache: true);
        Assert.True(File.Exists(Path.Combine(output, ".cache", "extract", "store.memo")));

        // When a person retitles an event and gives an actor a role by hand, one article changes, another is deleted
        var events = Path.Combine(output, "events", "a-minsk-visit.yaml");
        File.WriteAllText(events, File.ReadAllText(events).Replace(
            "title: Li Shangfu met with his Russian counterpart, Sergei Shoigu, in Moscow", "title: Li and Shoigu meet in Moscow (hand title)", StringComparison.Ordinal));
        var actors = Path.Combine(output, "actors.yaml");
        File.WriteAllText(actors, File.ReadAllText(actors).Replace("  role: President\n", "  role: President of Belarus (hand role)\n", StringComparison.Ordinal));
        File.AppendAllText(Path.Combine(input, "sub", "f-follow-up.md"), "Prime Minister Roman Golovchenko will visit Beijing on December 12, the ministry said.\n");
        File.Delete(Path.Combine(input, "c-drills.txt"));

        // And the same edited store is built once more in full, without the cache, beside the rebuild
        var full = _temp.Combine("full");
        CopyStore(output, full);
        var rebuilt = Build(input, output, useCache: true);
        Build(input, full, useCache: false);

        // Then both hand edits are kept and shown, and both outputs are the same byte for byte
        Assert.Equal(5, rebuilt.Articles);
        var expected = SmallCorpus.Products(full);
        Assert.Contains("(hand title)", Text(expected, "events/a-minsk-visit.yaml"), StringComparison.Ordinal);
        Assert.Contains(expected, f => f.Key.StartsWith("site/", StringComparison.Ordinal) && System.Text.Encoding.UTF8.GetString(f.Value).Contains("(hand role)", StringComparison.Ordinal));
        SmallCorpus.AssertSameFiles(expected, SmallCorpus.Products(output));
    }

    [Fact]
    public void A_hand_edit_that_breaks_a_remembered_file_is_reported_as_in_a_full_build()
    {
        // Given the articles built once with the cache
        var input = _temp.Combine("articles");
        SmallCorpus.WriteTo(input);
        var output = _temp.Combine("incremental");
        Build(input, output, useCache: true);

        // When a person adds a field the format does not have to an events file the memo remembers clean
        var events = Path.Combine(output, "events", "b-moscow-talks.yaml");
        File.WriteAllText(events, File.ReadAllText(events).Replace("\nevents:\n", "\ncolour: red\nevents:\n", StringComparison.Ordinal));
        var full = _temp.Combine("full");
        CopyStore(output, full);
        var rebuilt = Run(input, output, useCache: true);
        var fresh = Run(input, full, useCache: false);

        // Then the rebuild reports the unknown field at the same place as a full build, and writes the same files
        Assert.Contains(rebuilt, d => d.Code == Timeline.Store.StoreCodes.UnknownField && d.Path == events);
        Assert.Equal(fresh.Select(d => d.ToString().Replace(full, "OUT", StringComparison.Ordinal)), rebuilt.Select(d => d.ToString().Replace(output, "OUT", StringComparison.Ordinal)));
        SmallCorpus.AssertSameFiles(SmallCorpus.Products(full), SmallCorpus.Products(output));
    }

    [Theory]
    [InlineData("cut")]
    [InlineData("garbage")]
    [InlineData("other code")]
    public void A_damaged_memo_is_ignored_and_the_rebuild_writes_the_files_of_a_full_build(string damage)
    {
        // Given the articles built once with the cache, then one article changed
        var input = _temp.Combine("articles");
        SmallCorpus.WriteTo(input);
        var output = _temp.Combine("incremental");
        Build(input, output, useCache: true);
        File.AppendAllText(Path.Combine(input, "a-minsk-visit.md"), "Lukashenko will visit Beijing on December 12, the ministry said.\n");

        // When the memo is damaged: cut short, overwritten, or its entries' values swapped under a valid checksum from other code
        var memo = Path.Combine(output, ".cache", "extract", "store.memo");
        var text = File.ReadAllText(memo);
        File.WriteAllText(memo, damage switch
        {
            "cut" => text[..(text.Length / 2)],
            "garbage" => "timeline-parse-memo x\nread-EventFile:00\t{\"article\":null}\nend 00\n",
            _ => text.Replace("timeline-parse-memo ", "timeline-parse-memo 0", StringComparison.Ordinal),
        });
        var full = _temp.Combine("full");
        CopyStore(output, full);
        Build(input, output, useCache: true);
        Build(input, full, useCache: false);

        // Then the rebuild parses the files again: nothing fails, and both outputs are the same byte for byte
        SmallCorpus.AssertSameFiles(SmallCorpus.Products(full), SmallCorpus.Products(output));
    }

    private static string Text(SortedDictionary<string, byte[]> files, string path) => System.Text.Encoding.UTF8.GetString(files[path]);

    // The output as a person left it, without the cache, so the full build starts from the same edits.
    private static void CopyStore(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file).Replace('\\', '/');
            if (relative.StartsWith(".cache/", StringComparison.Ordinal)) continue;
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static BuildSummary Build(string input, string output, bool useCache)
    {
        var diagnostics = new DiagnosticBag();
        var summary = new TimelineBuilder(new BuildOptions { Input = input, Output = output, Threads = 2, UseCache = useCache }).Build(diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        return summary;
    }

    private static IReadOnlyList<Diagnostic> Run(string input, string output, bool useCache)
    {
        var diagnostics = new DiagnosticBag();
        new TimelineBuilder(new BuildOptions { Input = input, Output = output, Threads = 2, UseCache = useCache }).Build(diagnostics);
        return diagnostics.ToSortedList();
    }

    public void Dispose() => _temp.Dispose();
}
