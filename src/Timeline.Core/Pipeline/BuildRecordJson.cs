using System.Text.Json.Serialization;

namespace Timeline.Pipeline;

/// <summary>JSON for <see cref="BuildRecord"/>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UseStringEnumConverter = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(BuildRecord))]
internal sealed partial class BuildRecordJson : JsonSerializerContext;
