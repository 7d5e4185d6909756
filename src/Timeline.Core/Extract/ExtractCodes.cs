namespace Timeline.Extract;

/// <summary>Stable diagnostic codes of the extract stage (TL02xx).</summary>
internal static class ExtractCodes
{
    public const string ExtractionFailed = "TL0201";

    public const string ExtractionTimedOut = "TL0202";

    /// <summary>With <c>--from-cache</c>, an article whose extraction is not in the cache.</summary>
    public const string NotInCache = "TL0203";
}
