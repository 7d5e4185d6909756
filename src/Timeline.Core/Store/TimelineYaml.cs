using Timeline.Model;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Timeline.Store;

/// <summary>The one YAML configuration of the store: snake_case names, stable quoting, nothing noisy written.</summary>
public static class TimelineYaml
{
    // Required value-typed fields are always written, even when they hold their default
    // (offset 0, precision unknown, kind person): a person should see every field that must be there.
    private static readonly YamlMemberAttribute AlwaysWrite = new() { DefaultValuesHandling = DefaultValuesHandling.Preserve };

    public static ISerializer Serializer { get; } = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithTypeConverter(new DateOnlyConverter())
        .WithTypeConverter(new SnakeEnumConverter())
        .WithEventEmitter(next => new ScalarStyleEmitter(next))
        .WithAttributeOverride<EventDate>(d => d.Precision, AlwaysWrite)
        .WithAttributeOverride<EventSource>(s => s.Offset, AlwaysWrite)
        .WithAttributeOverride<EventSource>(s => s.Length, AlwaysWrite)
        .WithAttributeOverride<EventSource>(s => s.TriggerOffset, AlwaysWrite)
        .WithAttributeOverride<EventSource>(s => s.TriggerLength, AlwaysWrite)
        .WithAttributeOverride<Actor>(a => a.Kind, AlwaysWrite)
        .WithAttributeOverride<StoredActor>(a => a.Kind, AlwaysWrite)
        .ConfigureDefaultValuesHandling(
            DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitDefaults | DefaultValuesHandling.OmitEmptyCollections)
        .DisableAliases()
        .WithNewLine("\n")
        .Build();

    public static IDeserializer Deserializer { get; } = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithTypeConverter(new DateOnlyConverter())
        .WithTypeConverter(new SnakeEnumConverter())
        .WithNodeDeserializer(new EmptyListDeserializer(), where => where.OnTop())
        .WithNodeDeserializer(new EventDateScalarDeserializer(), where => where.OnTop())
        .WithEnforceRequiredMembers()
        .WithEnforceNullability()
        .WithDuplicateKeyChecking()
        .Build();
}
