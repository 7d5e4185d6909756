using Timeline.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Timeline.Ingest;

/// <summary>Splits an optional YAML front matter off a Markdown or text file and reads its keys.</summary>
internal static class FrontMatterParser
{
    // The YAML text starts on file line 2, right after the opening '---'.
    private const int FirstYamlLine = 2;

    /// <summary>Returns null, after reporting TL0101, when the front matter is malformed.</summary>
    public static ParsedArticle? Parse(string text, string path, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n');
        if (lines[0].TrimEnd() != "---")
        {
            return new ParsedArticle { Body = text, BodyLine = 1 };
        }

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (close < 0)
        {
            diagnostics.Add(Diagnostic.Error(IngestCodes.BadFrontMatter, path, 1, 1,
                "front matter is not closed: add a '---' line after it"));
            return null;
        }

        var yaml = string.Join('\n', lines[1..close]);
        var empty = new ParsedArticle { Body = string.Join('\n', lines[(close + 1)..]), BodyLine = close + 2 };
        if (!FrontMatterYaml.TryLoad(yaml, out var root, out var errorAt, out var error))
        {
            var (line, column) = ToFile(errorAt);
            diagnostics.Add(Diagnostic.Error(IngestCodes.BadFrontMatter, path, line, column, $"front matter is not valid YAML: {error}"));
            return null;
        }

        return root switch
        {
            null => empty,
            YamlScalarNode { Value: null or "" } => empty,
            YamlMappingNode mapping => ReadKeys(mapping, empty, path, diagnostics),
            _ => Fail(root, path, diagnostics, "front matter must be a mapping of keys to values (title: ..., date: ...)"),
        };
    }

    private static ParsedArticle? ReadKeys(YamlMappingNode mapping, ParsedArticle result, string path, DiagnosticBag diagnostics)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                return Fail(keyNode, path, diagnostics, "front matter keys must be plain names");
            }

            switch (key)
            {
                case "title" or "source" or "url" or "date":
                    if (value is not YamlScalarNode scalar)
                    {
                        return Fail(value, path, diagnostics, $"'{key}' must be a single value, not a list or mapping");
                    }

                    result = WithScalar(result, key, scalar, path, diagnostics);
                    break;
                case "tags":
                    var tags = ReadTags(value);
                    if (tags is null)
                    {
                        return Fail(value, path, diagnostics, "'tags' must be a list of words or a single word");
                    }

                    result = result with { Tags = tags };
                    break;
                default:
                    var (line, column) = ToFile(keyNode.Start);
                    diagnostics.Add(Diagnostic.Warning(IngestCodes.UnknownFrontMatterKey, path, line, column,
                        $"unknown front-matter key '{key}' is ignored (known keys: title, date, source, url, tags)"));
                    break;
            }
        }

        return result;
    }

    private static ParsedArticle WithScalar(ParsedArticle result, string key, YamlScalarNode scalar, string path, DiagnosticBag diagnostics)
    {
        var value = string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
        switch (key)
        {
            case "title":
                return result with { Title = value };
            case "source":
                return result with { Source = value };
            case "url":
                return result with { Url = value };
            default:
                if (value is null)
                {
                    return result;
                }

                if (PublicationDateParser.TryParse(value, out var date))
                {
                    return result with { Date = date };
                }

                var (line, column) = ToFile(scalar.Start);
                diagnostics.Add(Diagnostic.Error(IngestCodes.BadDate, path, line, column,
                    $"'{value}' is not a date (write 2023-08-18, 2023/08/18, 18 August 2023 or August 18, 2023)"));
                return result with { DateRejected = true };
        }
    }

    private static List<string>? ReadTags(YamlNode node) => node switch
    {
        YamlScalarNode scalar => string.IsNullOrWhiteSpace(scalar.Value) ? [] : [scalar.Value],
        YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode) =>
            [.. sequence.Children.Cast<YamlScalarNode>().Select(s => s.Value ?? "")],
        _ => null,
    };

    private static ParsedArticle? Fail(YamlNode node, string path, DiagnosticBag diagnostics, string message)
    {
        var (line, column) = ToFile(node.Start);
        diagnostics.Add(Diagnostic.Error(IngestCodes.BadFrontMatter, path, line, column, message));
        return null;
    }

    private static (int Line, int Column) ToFile(Mark mark) =>
        ((int)Math.Max(mark.Line, 1) + FirstYamlLine - 1, (int)Math.Max(mark.Column, 1));
}
