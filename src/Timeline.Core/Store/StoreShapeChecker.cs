using System.Globalization;
using Timeline.Diagnostics;
using Timeline.Model;
using YamlDotNet.RepresentationModel;

namespace Timeline.Store;

/// <summary>
/// Checks a parsed store file against the records it will be read into, field by field, and reports
/// every problem at its line and column: unlike the typed read, it does not stop at the first one.
/// </summary>
internal sealed class StoreShapeChecker(string path, DiagnosticBag diagnostics)
{
    public int Errors { get; private set; }

    public void Check(YamlNode node, Type type) => CheckValue(node, type);

    private void CheckValue(YamlNode node, Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(EventDate) && node is YamlScalarNode shortDate)
        {
            if (EdtfDate.Parse(shortDate.Value ?? "", out var error) is null)
            {
                Report(StoreCodes.BadDate, node, error);
            }

            return;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            CheckList(node, type.GetGenericArguments()[0]);
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            CheckMap(node, type.GetGenericArguments()[1]);
        }
        else if (type == typeof(string) || type.IsEnum || type.IsPrimitive || type == typeof(DateOnly))
        {
            CheckScalar(node, type);
        }
        else if (node is YamlMappingNode mapping)
        {
            CheckMapping(mapping, type);
        }
        else
        {
            Report(StoreCodes.InvalidValue, node, $"expected the fields of {StoreFields.Label(type)} here ('name: value' lines)");
        }
    }

    // A map of ids to values (origins:): any key, each value of the given type.
    private void CheckMap(YamlNode node, Type valueType)
    {
        if (IsNull(node))
        {
            return;
        }

        if (node is not YamlMappingNode mapping)
        {
            Report(StoreCodes.InvalidValue, node, "expected 'id: value' lines here");
            return;
        }

        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode)
            {
                Report(StoreCodes.InvalidValue, key, "expected an id here");
            }
            else
            {
                CheckValue(value, valueType);
            }
        }
    }

    private void CheckList(YamlNode node, Type itemType)
    {
        if (node is not YamlSequenceNode sequence)
        {
            Report(StoreCodes.InvalidValue, node, "expected a list here (items starting with '- ')");
            return;
        }

        foreach (var item in sequence.Children.Where(i => !IsNull(i)))
        {
            CheckValue(item, itemType);
        }
    }

    private void CheckScalar(YamlNode node, Type type)
    {
        if (node is not YamlScalarNode scalar)
        {
            Report(StoreCodes.InvalidValue, node, "expected a single value here, not a list or fields");
            return;
        }

        var text = scalar.Value ?? "";
        if (type == typeof(bool) && !bool.TryParse(text, out _))
        {
            Report(StoreCodes.InvalidValue, node, $"'{text}' is not allowed here; use true or false");
        }
        else if (type == typeof(int) && !int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            Report(StoreCodes.InvalidValue, node, $"'{text}' is not a whole number");
        }
        else if (type == typeof(DateOnly) && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            Report(StoreCodes.BadDate, node, $"'{text}' is not a date; write it as yyyy-MM-dd, e.g. 2023-08-18");
        }
        else if (type.IsEnum && !Enum.GetNames(type).Any(n => Squash(n) == Squash(text)))
        {
            var allowed = string.Join(", ", Enum.GetNames(type).Select(SnakeEnumConverter.ToSnake));
            Report(StoreCodes.InvalidValue, node, $"'{text}' is not allowed here; use one of: {allowed}");
        }
    }

    private void CheckMapping(YamlMappingNode mapping, Type type)
    {
        var fields = StoreFields.Of(type);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var field = fields.FirstOrDefault(f => f.Name == key);
            if (field.Property is null)
            {
                Report(StoreCodes.UnknownField, keyNode, StoreFields.DescribeUnknown(key, type));
                continue;
            }

            seen.Add(key);
            // A required text left blank ("" or spaces) is left out when the file is written again, and then missing.
            var blank = value is YamlScalarNode { Value: var text } && string.IsNullOrWhiteSpace(text) && field.Property.PropertyType == typeof(string);
            if (IsNull(value) || (blank && StoreFields.IsRequired(field.Property)))
            {
                if (StoreFields.IsRequired(field.Property))
                {
                    Report(StoreCodes.InvalidValue, keyNode, $"the required field '{key}' is empty");
                }

                continue;
            }

            CheckValue(value, field.Property.PropertyType);
        }

        var missing = fields.Where(f => StoreFields.IsRequired(f.Property) && !seen.Contains(f.Name)).Select(f => $"'{f.Name}'").ToList();
        if (missing.Count > 0)
        {
            Report(StoreCodes.InvalidValue, mapping, $"missing required field {string.Join(", ", missing)} in {StoreFields.Label(type)}");
        }

        if (type == typeof(EventDate))
        {
            CheckDateValue(mapping);
            CheckRange(mapping);
        }
    }

    // The long form's value is checked as a short date is: '2023-13' is no more a month here than there.
    private void CheckDateValue(YamlMappingNode date)
    {
        if (date.Children.TryGetValue(new YamlScalarNode("value"), out var node) && node is YamlScalarNode { Value: { Length: > 0 } text } scalar
            && !IsNull(scalar) && DateValue.Problem(text) is { } problem)
        {
            Report(StoreCodes.BadDate, node, problem);
        }
    }

    private void CheckRange(YamlMappingNode date)
    {
        if (Day(date, "start") is { } start && Day(date, "end") is { } end && end < start)
        {
            Report(StoreCodes.BadDate, date.Children[new YamlScalarNode("end")], $"the end {end:yyyy-MM-dd} is before the start {start:yyyy-MM-dd}");
        }
    }

    private static DateOnly? Day(YamlMappingNode date, string key) =>
        date.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } text }
        && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    internal static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any } s
        && (string.IsNullOrEmpty(s.Value) || s.Value == "~" || s.Value == "null");

    private static string Squash(string text) => text.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();

    private void Report(string code, YamlNode node, string message)
    {
        Errors++;
        diagnostics.Add(Diagnostic.Error(code, path, (int)node.Start.Line, (int)node.Start.Column, message));
    }
}
