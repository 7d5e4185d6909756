namespace Timeline.Ingest;

/// <summary>Stable diagnostic codes of the ingest stage (TL01xx).</summary>
internal static class IngestCodes
{
    public const string BadFrontMatter = "TL0101";
    public const string BadDate = "TL0102";
    public const string EmptyFile = "TL0103";
    public const string NotUtf8 = "TL0104";
    public const string NoDate = "TL0105";
    public const string Unreadable = "TL0106";
    public const string UnknownFrontMatterKey = "TL0107";
    public const string NoArticles = "TL0108";
    public const string NotRegularFile = "TL0116";
    public const string LinkLeavesInput = "TL0109";
    public const string OutputInsideInput = "TL0110";
    public const string TooLarge = "TL0111";
    public const string TooDeep = "TL0112";
    public const string DateOffCalendar = "TL0113";
    public const string ReadFailed = "TL0114";
    public const string TextTooLong = "TL0115";
}
