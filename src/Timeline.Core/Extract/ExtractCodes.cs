namespace Timeline.Extract;

/// <summary>Stable diagnostic codes of the extract stage (TL02xx).</summary>
internal static class ExtractCodes
{
    public const string ExtractionFailed = "TL0201";

    public const string ExtractionTimedOut = "TL0202";
}
