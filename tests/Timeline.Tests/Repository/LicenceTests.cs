using System.Text.RegularExpressions;

namespace Timeline.Tests.Repository;

/// <summary>The code has a licence, and every bundled data file's licence is stated where a user looks.</summary>
public sealed partial class LicenceTests
{
    [Fact]
    public void The_code_is_under_the_MIT_licence()
    {
        var licence = SourceTree.Read("LICENSE");

        Assert.StartsWith("MIT License\n", licence, StringComparison.Ordinal);
        Assert.Contains("Permission is hereby granted, free of charge", licence, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bundled_data_file_has_a_row_in_the_readme_licence_table()
    {
        var rows = LicenceRows();
        var extract = SourceTree.File("src", "Timeline.Core", "Extract");
        var dataFiles = Directory.EnumerateFiles(extract, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(extract, f).Replace('\\', '/'))
            .Where(f => f.Contains("/Data/", StringComparison.Ordinal) && !f.EndsWith("ATTRIBUTION.md", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(dataFiles);
        var unstated = dataFiles.Where(f => !rows.Any(r => r.Names.Any(n => Covers(n, f)))).ToList();
        Assert.True(unstated.Count == 0, "no licence stated in the README for: " + string.Join(", ", unstated));
    }

    [Theory]
    [InlineData("Events/Data/cameo-verbs.tsv", "CC BY-SA 4.0")]
    [InlineData("Actors/Data/countries.tsv", "CC BY-SA 3.0")]
    [InlineData("Actors/Data/leaders.tsv", "CC BY-SA 3.0")]
    [InlineData("Actors/Data/cities.tsv", "CC BY 4.0")]
    public void The_share_alike_and_attribution_data_is_named_with_its_licence(string file, string licence)
    {
        var row = Assert.Single(LicenceRows(), r => r.Names.Any(n => Covers(n, file)));
        Assert.Contains(licence, row.Licence, StringComparison.Ordinal);

        // The attribution file beside the data says it too.
        var folder = file[..file.LastIndexOf('/')];
        var attribution = SourceTree.Read("src", "Timeline.Core", "Extract", folder, "ATTRIBUTION.md");
        var name = file[(file.LastIndexOf('/') + 1)..];
        var statement = attribution[..attribution.IndexOf("\n\n", attribution.IndexOf("**Licence", StringComparison.Ordinal), StringComparison.Ordinal)];
        Assert.Contains(name, statement, StringComparison.Ordinal);
        Assert.Contains(licence, statement, StringComparison.Ordinal);
    }

    private static bool Covers(string name, string file) =>
        name.EndsWith("/*", StringComparison.Ordinal)
            ? file.StartsWith(name[..^1], StringComparison.Ordinal)
            : name.Contains('/', StringComparison.Ordinal) ? file == name : file.EndsWith("/" + name, StringComparison.Ordinal);

    private static List<(List<string> Names, string Licence)> LicenceRows()
    {
        var readme = SourceTree.Read("README.md");
        var start = readme.IndexOf("\n## Licences\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README has a Licences section");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = readme[start..(end < 0 ? readme.Length : end)];
        return [.. section.Split('\n')
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal) || l.StartsWith("| everything else", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Select(cells => (Code().Matches(cells[1]).Select(m => m.Groups[1].Value).ToList(), cells[2]))];
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();
}
