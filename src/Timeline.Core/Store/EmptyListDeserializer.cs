using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Timeline.Store;

/// <summary>
/// Reads a list field left empty (<c>deleted:</c> with nothing under it, as editing leaves it)
/// as an empty list rather than a null that the strict nullability check would refuse.
/// </summary>
internal sealed class EmptyListDeserializer : INodeDeserializer
{
    public bool Deserialize(
        IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer,
        out object? value, ObjectDeserializer rootDeserializer)
    {
        if (expectedType.IsGenericType && expectedType.GetGenericTypeDefinition() == typeof(List<>)
            && reader.Accept<Scalar>(out var scalar) && ScalarText.IsNull(scalar))
        {
            reader.MoveNext();
            value = Activator.CreateInstance(expectedType);
            return true;
        }

        value = null;
        return false;
    }
}
