using System.Globalization;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Timeline.Tests.Extract.Time;

/// <summary>One entry of <c>cases/extract/time-expressions.yaml</c>: a sentence and the date it should give.</summary>
internal sealed record TimeCase
{
    public required string Text { get; init; }

    public required DateOnly Reference { get; init; }

    public string? Mention { get; init; }

    public string? Value { get; init; }

    public string? Precision { get; init; }

    public bool Approximate { get; init; }

    public bool Planned { get; init; }

    public string Relation { get; init; } = "on";

    public DateOnly? Start { get; init; }

    public DateOnly? End { get; init; }

    public static IReadOnlyList<TimeCase> All { get; } = Load();

    private static List<TimeCase> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "cases", "extract", "time-expressions.yaml");
        var rows = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<List<Dictionary<string, string?>>>(File.ReadAllText(path));
        return [.. rows.Select(FromRow)];
    }

    private static TimeCase FromRow(Dictionary<string, string?> row)
    {
        string? Get(string key) => row.GetValueOrDefault(key);
        return new TimeCase
        {
            Text = Get("text") ?? throw new InvalidDataException("A time case has no text."),
            Reference = Date(Get("reference")) ?? throw new InvalidDataException($"The time case '{Get("text")}' has no reference date."),
            Mention = Get("mention"),
            Value = Get("value"),
            Precision = Get("precision"),
            Approximate = Get("approximate") == "true",
            Planned = Get("planned") == "true",
            Relation = Get("relation") ?? "on",
            Start = Date(Get("start")),
            End = Date(Get("end")),
        };
    }

    private static DateOnly? Date(string? s) => s is null ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
