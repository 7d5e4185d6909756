using System.Text.Json.Serialization;

namespace Timeline.Ingest;

/// <summary>JSON for <see cref="ArticleRead"/>.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(ArticleRead))]
internal sealed partial class ArticleReadJson : JsonSerializerContext;
