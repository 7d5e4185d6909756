using System.Text.Json.Serialization;
using Timeline.Model;

namespace Timeline.Store;

/// <summary>JSON of the records whose fingerprints are remembered between builds (<see cref="FingerprintMemo"/>): a fast, complete key.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(TimelineEvent))]
[JsonSerializable(typeof(Actor))]
internal sealed partial class FingerprintJson : JsonSerializerContext;
