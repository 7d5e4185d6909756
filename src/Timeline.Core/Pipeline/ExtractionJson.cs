using System.Text.Json.Serialization;
using Timeline.Model;

namespace Timeline.Pipeline;

/// <summary>JSON for the extraction cache: its entries, and the article and actor records its keys are made from.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UseStringEnumConverter = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(ExtractionCacheEntry))]
[JsonSerializable(typeof(Article))]
[JsonSerializable(typeof(List<Actor>))]
internal sealed partial class ExtractionJson : JsonSerializerContext;
