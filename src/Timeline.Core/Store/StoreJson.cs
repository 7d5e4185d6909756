using System.Text.Json.Serialization;

namespace Timeline.Store;

/// <summary>
/// JSON of store records, made much faster than their YAML: two records with the same JSON have the same value in every
/// property, so they serialise to the same YAML (<see cref="StoreWriter.Same(EventFile?, EventFile)"/>); and what
/// <see cref="IO.ParseMemo"/> remembers of a file's parse.
/// </summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(EventFile))]
[JsonSerializable(typeof(ActorsFile))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(List<int>))]
[JsonSerializable(typeof(OutlineJson))]
internal sealed partial class StoreJson : JsonSerializerContext;
