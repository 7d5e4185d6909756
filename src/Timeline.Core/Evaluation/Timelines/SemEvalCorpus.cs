using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Diagnostics;
using Timeline.Model;

namespace Timeline.Evaluation.Timelines;

/// <summary>
/// A SemEval-2015 Task 4 style folder: <c>articles/*.md</c> (front matter, then the body the token
/// offsets point into), <c>tokens/*.tsv</c> and <c>gold/*.txt</c> timelines.
/// </summary>
public sealed partial class SemEvalCorpus
{
    public required List<(Article Article, TokenMap Tokens)> Documents { get; init; }

    public required List<EntityTimeline> Gold { get; init; }

    public static SemEvalCorpus Load(string folder, DiagnosticBag diagnostics)
    {
        var documents = new List<(Article, TokenMap)>();
        var articles = Path.Combine(folder, "articles");
        if (!Directory.Exists(articles))
        {
            diagnostics.Add(Diagnostic.Error("TL0530", folder, 0, 0, "no 'articles' folder: not a SemEval-style timeline corpus"));
            return new SemEvalCorpus { Documents = documents, Gold = [] };
        }

        foreach (var path in Directory.GetFiles(articles, "*.md").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var tokens = Path.Combine(folder, "tokens", name + ".tsv");
            if (!File.Exists(tokens))
            {
                diagnostics.Add(Diagnostic.Error("TL0531", path, 0, 0, $"no token map tokens/{name}.tsv"));
                continue;
            }

            var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            var front = FrontMatterRegex().Match(text);
            var body = front.Success ? text[front.Length..] : text;
            var date = DateRegex().Match(front.Value);
            var title = TitleRegex().Match(front.Value);
            documents.Add((new Article
            {
                Id = DocumentId(name),
                Path = path,
                Title = title.Success ? title.Groups[1].Value.Trim('"') : name,
                Date = date.Success && DateOnly.TryParseExact(date.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
                Body = body,
            }, TokenMap.Parse(File.ReadAllText(tokens))));
        }

        var goldFolder = Path.Combine(folder, "gold");
        var gold = Directory.Exists(goldFolder)
            ? Directory.GetFiles(goldFolder, "*.txt").Order(StringComparer.Ordinal)
                .Select(p => EntityTimeline.Parse(Path.GetFileName(p), File.ReadAllText(p))).ToList()
            : [];
        return new SemEvalCorpus { Documents = documents, Gold = gold };
    }

    /// <summary>"4596-Beatles_Apple_Corps" and "10718_Apple_to_lower" give the document ids "4596" and "10718".</summary>
    public static string DocumentId(string fileName) => LeadingDigitsRegex().Match(fileName) is { Success: true } m ? m.Value : fileName;

    [GeneratedRegex(@"^---\n.*?\n---\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatterRegex();

    [GeneratedRegex(@"(?m)^date:\s*""?(\d{4}-\d\d-\d\d)")]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"(?m)^title:\s*(.+)$")]
    private static partial Regex TitleRegex();

    [GeneratedRegex(@"^\d+")]
    private static partial Regex LeadingDigitsRegex();
}
