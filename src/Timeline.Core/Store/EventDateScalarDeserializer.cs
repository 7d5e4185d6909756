using Timeline.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Timeline.Store;

/// <summary>
/// Reads <c>date: ~2023-08</c>, the short form a person may write, into an <see cref="EventDate"/>;
/// the <c>date:</c> mapping the tool writes is left to the ordinary deserializer.
/// </summary>
internal sealed class EventDateScalarDeserializer : INodeDeserializer
{
    /// <summary>Starts every message about a short date, so the reader can give it its own code.</summary>
    public const string Marker = "date: ";

    public bool Deserialize(
        IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer,
        out object? value, ObjectDeserializer rootDeserializer)
    {
        value = null;
        if (expectedType != typeof(EventDate) || !reader.Accept<Scalar>(out var scalar) || ScalarText.IsNull(scalar))
        {
            return false;
        }

        reader.MoveNext();
        value = EdtfDate.Parse(scalar.Value, out var error)
            ?? throw new YamlException(scalar.Start, scalar.End, Marker + error);
        return true;
    }
}
