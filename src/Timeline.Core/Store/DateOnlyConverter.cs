using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Timeline.Store;

/// <summary>Reads and writes <see cref="DateOnly"/> as <c>yyyy-MM-dd</c>, the only date form in the files.</summary>
internal sealed class DateOnlyConverter : IYamlTypeConverter
{
    private const string Format = "yyyy-MM-dd";

    public bool Accepts(Type type) => type == typeof(DateOnly) || type == typeof(DateOnly?);

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
    {
        var scalar = parser.Consume<Scalar>();
        if (type == typeof(DateOnly?) && ScalarText.IsNull(scalar))
        {
            return null;
        }

        if (DateOnly.TryParseExact(scalar.Value, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw new YamlException(scalar.Start, scalar.End, $"'{scalar.Value}' is not a date; write it as yyyy-MM-dd, e.g. 2023-08-18");
    }

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer)
    {
        var text = value is DateOnly date ? date.ToString(Format, CultureInfo.InvariantCulture) : "";
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, ScalarStyle.Plain, true, false));
    }
}
