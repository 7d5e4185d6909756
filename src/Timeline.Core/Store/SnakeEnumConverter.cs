using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Timeline.Store;

/// <summary>
/// Writes enum values as lower-case snake strings (<c>organisation</c>) and reads them back
/// forgivingly (any case, with or without underscores), naming the allowed values on a mistake.
/// </summary>
internal sealed class SnakeEnumConverter : IYamlTypeConverter
{
    public bool Accepts(Type type) => type.IsEnum;

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
    {
        var scalar = parser.Consume<Scalar>();
        var wanted = Squash(scalar.Value);
        foreach (var name in Enum.GetNames(type))
        {
            if (Squash(name) == wanted)
            {
                return Enum.Parse(type, name);
            }
        }

        var allowed = string.Join(", ", Enum.GetNames(type).Select(ToSnake));
        throw new YamlException(scalar.Start, scalar.End, $"'{scalar.Value}' is not allowed here; use one of: {allowed}");
    }

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer)
    {
        var name = value is null ? "" : ToSnake(Enum.GetName(type, value) ?? value.ToString() ?? "");
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, name, ScalarStyle.Plain, true, false));
    }

    public static string ToSnake(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    private static string Squash(string text) => text.Replace("_", "").Replace("-", "").ToLowerInvariant();
}
