using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Timeline.Ingest;

/// <summary>Loads front-matter YAML and, when it is broken, says where in terms a writer can act on.</summary>
internal static partial class FrontMatterYaml
{
    // Front matter holds a handful of short keys; these limits are far above any real use and keep an
    // alias bomb, a 100,000-deep '[' or a megabyte of tags from hanging or overflowing the stack.
    private const int MaxChars = 64 * 1024;
    private const int MaxDepth = 32;

    /// <summary>Null root for an empty document; false with a YAML-relative mark and message when the text is not YAML.</summary>
    public static bool TryLoad(string yaml, out YamlNode? root, out Mark errorAt, out string error)
    {
        root = null;
        errorAt = Mark.Empty;
        error = "";
        if (yaml.Length > MaxChars)
        {
            error = $"front matter is longer than {MaxChars / 1024} KB; keep it to the article's title, date, source, url and tags";
            return false;
        }

        if (!TryScan(yaml, out errorAt, out error))
        {
            return false;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
            return true;
        }
        catch (YamlException ex)
        {
            // Semantic problems the event scan cannot see, such as a duplicate key.
            (errorAt, error) = (ex.Start, Clean(ex.Message));
            return false;
        }
    }

    /// <summary>
    /// Walks the YAML events first: YamlDotNet notices an unclosed '[' or '{' only at the end of the
    /// text, so the innermost open flow collection is the position worth reporting.
    /// </summary>
    private static bool TryScan(string yaml, out Mark errorAt, out string error)
    {
        var open = new Stack<(bool Flow, Mark Start, char Opener)>();
        var parser = new Parser(new StringReader(yaml));
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case AnchorAlias alias:
                        (errorAt, error) = (alias.Start, $"aliases (*{alias.Value}) are not allowed in front matter; write the value out");
                        return false;
                    case SequenceStart sequence:
                        open.Push((sequence.Style == SequenceStyle.Flow, sequence.Start, '['));
                        break;
                    case MappingStart mapping:
                        open.Push((mapping.Style == MappingStyle.Flow, mapping.Start, '{'));
                        break;
                    case SequenceEnd or MappingEnd when open.Count > 0:
                        open.Pop();
                        break;
                    default:
                        break;
                }

                if (open.Count > MaxDepth)
                {
                    (errorAt, error) = (parser.Current!.Start, $"front matter is nested more than {MaxDepth} levels deep");
                    return false;
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            var flow = open.FirstOrDefault(o => o.Flow);
            if (flow.Flow)
            {
                (errorAt, error) = (flow.Start, $"this '{flow.Opener}' is never closed by '{(flow.Opener == '[' ? ']' : '}')}'");
            }
            else
            {
                (errorAt, error) = ex is YamlException yamlError ? (yamlError.Start, Clean(ex.Message)) : (Mark.Empty, "unexpected end of the YAML text");
            }

            return false;
        }

        (errorAt, error) = (Mark.Empty, "");
        return true;
    }

    private static string Clean(string message) => MarkPrefix().Replace(message, "").Trim();

    // YamlException messages start with the YAML-relative span, which would contradict the file position.
    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex MarkPrefix();
}
