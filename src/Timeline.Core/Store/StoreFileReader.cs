using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Timeline.Diagnostics;
using YamlDotNet.Core;

namespace Timeline.Store;

/// <summary>Reads one store file into its record, turning every YAML problem into a positioned diagnostic.</summary>
internal static partial class StoreFileReader
{
    public static T? Read<T>(string path, string text, DiagnosticBag diagnostics)
        where T : class => Read<T>(path, text, diagnostics, new StoreParses());

    /// <summary>As <see cref="Read{T}(string, string, DiagnosticBag)"/>, parsing only a text <paramref name="parses"/> has not seen.</summary>
    public static T? Read<T>(string path, string text, DiagnosticBag diagnostics, StoreParses parses)
        where T : class =>
        parses.Get(path, text, "read " + typeof(T).Name, diagnostics, found => Parse<T>(path, text, found, parses), StoreJson.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T?>);

    /// <summary>The first look at a file's text (<see cref="YamlGuard"/>), once per text.</summary>
    public static bool Guard(string path, string text, DiagnosticBag diagnostics, StoreParses parses) =>
        parses.Get(path, text, "guard", diagnostics, found => YamlGuard.Check(path, text, found), StoreJson.Default.Boolean);

    /// <summary>Where each item of the file's <paramref name="listKey"/> list starts (the node tree's, or remembered).</summary>
    public static ItemPositions Positions(string path, string text, string listKey, StoreParses parses) =>
        ItemPositions.FromPairs(parses.Get(path, text, "positions " + listKey, new DiagnosticBag(),
            _ => ItemPositions.Of(parses.Tree(path, text).Stream, listKey).Pairs(), StoreJson.Default.ListInt32));

    private static T? Parse<T>(string path, string text, DiagnosticBag diagnostics, StoreParses parses)
        where T : class
    {
        // Syntax first, over the whole text: the typed read stops at the first value it cannot
        // use, which would hide a syntax error further down behind a less helpful message.
        if (!Guard(path, text, diagnostics, parses))
        {
            return null;
        }

        try
        {
            var value = TimelineYaml.Deserializer.Deserialize<T?>(text);
            if (value is null)
            {
                diagnostics.Add(Diagnostic.Error(StoreCodes.InvalidValue, path, 0, 0,
                    "the file is empty; delete it to have it generated again"));
            }

            return value;
        }
        catch (YamlException e)
        {
            diagnostics.Add(Describe(path, e));
            return null;
        }
#pragma warning disable CA1031 // A value no converter foresaw is the file's problem, not a reason to stop.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            diagnostics.Add(Diagnostic.Error(StoreCodes.InvalidValue, path, 0, 0, $"the file could not be read: {e.Message}"));
            return null;
        }
    }

    private static Diagnostic Describe(string path, YamlException e)
    {
        var line = (int)e.Start.Line;
        var column = (int)e.Start.Column;
        if (e is SyntaxErrorException or SemanticErrorException || e.Message.StartsWith("Encountered duplicate key", StringComparison.Ordinal))
        {
            return Diagnostic.Error(StoreCodes.Syntax, path, line, column, e.Message);
        }

        if (e.Message.StartsWith(EventDateScalarDeserializer.Marker, StringComparison.Ordinal))
        {
            return Diagnostic.Error(StoreCodes.BadDate, path, line, column, e.Message[EventDateScalarDeserializer.Marker.Length..]);
        }

        if (e.Message.Contains("is not a date", StringComparison.Ordinal))
        {
            return Diagnostic.Error(StoreCodes.BadDate, path, line, column, e.Message);
        }

        if (UnknownProperty().Match(e.Message) is { Success: true } unknown)
        {
            return Diagnostic.Error(StoreCodes.UnknownField, path, line, column, StoreFields.DescribeUnknown(
                unknown.Groups["field"].Value, unknown.Groups["type"].Value));
        }

        return Diagnostic.Error(StoreCodes.InvalidValue, path, line, column, DescribeValueError(e));
    }

    private static string DescribeValueError(YamlException e)
    {
        if (MissingProperties().Match(e.Message) is { Success: true } missing)
        {
            return $"missing required field {missing.Groups["fields"].Value}";
        }

        if (e.Message.StartsWith("Strict nullability", StringComparison.Ordinal))
        {
            return "a required field is empty";
        }

        if (e.Message.StartsWith("Expected 'SequenceStart'", StringComparison.Ordinal))
        {
            return "expected a list here (items starting with '- ')";
        }

        if (e.Message.StartsWith("Expected 'MappingStart'", StringComparison.Ordinal)
            || e.Message.StartsWith("No node deserializer", StringComparison.Ordinal))
        {
            return "expected fields here ('name: value' lines)";
        }

        if (e.Message.StartsWith("Expected 'Scalar'", StringComparison.Ordinal))
        {
            return "expected a single value here, not a list or fields";
        }

        return e.InnerException is { } inner ? $"invalid value: {inner.Message}" : e.Message;
    }

    [GeneratedRegex("^Property '(?<field>[^']*)' not found on type '(?<type>[^']*)'")]
    private static partial Regex UnknownProperty();

    [GeneratedRegex("^Missing properties, (?<fields>.*) in source yaml")]
    private static partial Regex MissingProperties();
}
