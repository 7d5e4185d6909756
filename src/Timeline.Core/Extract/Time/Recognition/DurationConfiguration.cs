using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.DateTime.English;

namespace Timeline.Extract.Time.Recognition;

/// <summary>The library's English duration settings with their ambiguity filters built once instead of on every call.</summary>
internal sealed class DurationConfiguration : EnglishDurationExtractorConfiguration, IDurationExtractorConfiguration
{
    private readonly Dictionary<Regex, Regex> _filters;

    public DurationConfiguration(IDateTimeOptionsConfiguration options)
        : base(options) => _filters = AmbiguityFiltersDict;

    Dictionary<Regex, Regex> IDurationExtractorConfiguration.AmbiguityFiltersDict => _filters;

    /// <summary>A duration extractor as the library's English settings make one, with these settings, asked only about text with a unit of time.</summary>
    public static IDateTimeExtractor Extractor(IDateTimeOptionsConfiguration options) =>
        new CuedExtractor(new BaseDurationExtractor(new DurationConfiguration(options)), Cues.Duration());
}
