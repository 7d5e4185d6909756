using Microsoft.Recognizers.Text.DateTime;

namespace Timeline.Extract.Time.Recognition;

/// <summary>The extractors of this folder that the model's other settings read with, built once per model.</summary>
internal sealed class SharedExtractors
{
    public required IDateExtractor Date { get; init; }

    public required IDateTimeExtractor Time { get; init; }

    public required IDateTimeExtractor DateTime { get; init; }

    public required IDateTimeExtractor DatePeriod { get; init; }

    public required IDateTimeExtractor Duration { get; init; }
}
