using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.DateTime.English;

namespace Timeline.Extract.Time.Recognition;

/// <summary>The library's English time settings with their ambiguity filters built once instead of on every call.</summary>
internal sealed class TimeConfiguration : EnglishTimeExtractorConfiguration, ITimeExtractorConfiguration
{
    private readonly Dictionary<Regex, Regex> _filters;

    public TimeConfiguration(IDateTimeOptionsConfiguration options)
        : base(options) => _filters = AmbiguityFiltersDict;

    Dictionary<Regex, Regex> ITimeExtractorConfiguration.AmbiguityFiltersDict => _filters;

    /// <summary>A time extractor as the library's English settings make one, with these settings.</summary>
    public static IDateTimeExtractor Extractor(IDateTimeOptionsConfiguration options) => new BaseTimeExtractor(new TimeConfiguration(options));
}
