using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.DateTime.English;

namespace Timeline.Extract.Time.Recognition;

/// <summary>The library's English holiday settings, matching its holiday pattern without a timeout (<see cref="Untimed"/>).</summary>
internal sealed class HolidayConfiguration(IDateTimeOptionsConfiguration options) : EnglishHolidayExtractorConfiguration(options), IHolidayExtractorConfiguration
{
    // The library keeps its one holiday pattern in a static list, the same whatever the options.
    private static readonly Regex[] Holidays = Untimed.Copy(HolidayRegexList);

    IEnumerable<Regex> IHolidayExtractorConfiguration.HolidayRegexes => Holidays;

    /// <summary>A holiday extractor as the library's English settings make one, with these settings, asked only about text naming a holiday.</summary>
    public static IDateTimeExtractor Extractor(IDateTimeOptionsConfiguration options) =>
        new CuedExtractor(new BaseHolidayExtractor(new HolidayConfiguration(options)), Cues.Holiday());
}
