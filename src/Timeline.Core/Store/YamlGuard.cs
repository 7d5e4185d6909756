using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using Timeline.Diagnostics;

namespace Timeline.Store;

/// <summary>
/// The first look at a hand-edited store file, before anything builds a tree from it: aliases, nesting
/// deeper than any store file needs, characters YAML does not allow and any parser failure become one
/// located diagnostic, so no edit can hang, overflow the stack or surface as an exception message.
/// </summary>
internal static class YamlGuard
{
    /// <summary>A store file nests five levels; the rest is room for hand-written oddities.</summary>
    public const int MaxDepth = 64;

    /// <summary>True when the text is safe to load; otherwise the first problem is reported.</summary>
    public static bool Check(string path, string text, DiagnosticBag diagnostics) => Check(path, text, StoreCodes.Syntax, diagnostics);

    /// <summary>As <see cref="Check(string, string, DiagnosticBag)"/>, reporting under <paramref name="code"/>.</summary>
    public static bool Check(string path, string text, string code, DiagnosticBag diagnostics)
    {
        if (FirstForbidden(text) is { } bad)
        {
            var (line, column) = Timeline.Ingest.TextPosition.FromIndex(text, bad);
            diagnostics.Add(Diagnostic.Error(code, path, line, column,
                $"the control character {Name(text[bad])} is not allowed in this file; remove it"));
            return false;
        }

        var open = new Stack<(bool Flow, Mark Start, char Opener)>();
        var parser = new Parser(new StringReader(text));
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                last = current.Start;
                switch (current)
                {
                    case AnchorAlias alias:
                        return Fail(code, path, alias.Start, $"aliases (*{alias.Value}) are not allowed in this file; write the value out", diagnostics);
                    case SequenceStart sequence:
                        open.Push((sequence.Style == SequenceStyle.Flow, sequence.Start, '['));
                        break;
                    case MappingStart mapping:
                        open.Push((mapping.Style == MappingStyle.Flow, mapping.Start, '{'));
                        break;
                    case SequenceEnd or MappingEnd when open.Count > 0:
                        open.Pop();
                        break;
                    case Scalar scalar when FirstForbidden(scalar.Value) is { } at:
                        return Fail(code, path, scalar.Start, $"this text holds the control character {Name(scalar.Value[at])}; remove it", diagnostics);
                    default:
                        break;
                }

                if (open.Count > MaxDepth)
                {
                    return Fail(code, path, current.Start, $"nested more than {MaxDepth} levels deep; these files need a handful", diagnostics);
                }
            }
        }
#pragma warning disable CA1031 // Whatever the parser throws on a hand edit is reported at the best position known.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            var flow = open.FirstOrDefault(o => o.Flow);
            if (flow.Flow)
            {
                return Fail(code, path, flow.Start, $"this '{flow.Opener}' is never closed by '{(flow.Opener == '[' ? ']' : '}')}'", diagnostics);
            }

            return e is YamlException yaml
                ? Fail(code, path, yaml.Start, yaml.InnerException?.Message ?? yaml.Message, diagnostics)
                : Fail(code, path, last, "the YAML ends before it is complete", diagnostics);
        }

        return true;
    }

    /// <summary>Index of the first character YAML does not allow in text (tab and line breaks aside), or null.</summary>
    public static int? FirstForbidden(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsForbidden(text[i]))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The text with each character YAML does not allow replaced by a space, so what is written can be read back.</summary>
    public static string Printable(string text) =>
        FirstForbidden(text) is null ? text : new string([.. text.Select(c => IsForbidden(c) ? ' ' : c)]);

    // YAML's printable set: tab, LF, CR, U+0020-U+007E, U+0085, U+00A0-U+D7FF, U+E000-U+FFFD and the surrogates that pair up.
    private static bool IsForbidden(char c) =>
        (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is '\u007F' || (c is >= '\u0080' and <= '\u009F' && c != '\u0085') || c is '\uFFFE' or '\uFFFF';

    private static string Name(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    private static bool Fail(string code, string path, Mark at, string message, DiagnosticBag diagnostics)
    {
        diagnostics.Add(Diagnostic.Error(code, path, (int)Math.Max(at.Line, 1), (int)Math.Max(at.Column, 1), message));
        return false;
    }
}
