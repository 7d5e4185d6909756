using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.DateTime.English;

namespace Timeline.Extract.Time.Recognition;

/// <summary>The library's English date settings, reading durations with <see cref="DurationConfiguration"/>.</summary>
internal sealed class DateConfiguration : EnglishDateExtractorConfiguration, IDateExtractorConfiguration
{
    private readonly IDateTimeExtractor _duration;

    public DateConfiguration(IDateTimeOptionsConfiguration options)
        : base(options) => _duration = DurationConfiguration.Extractor(this);

    IDateTimeExtractor IDateExtractorConfiguration.DurationExtractor => _duration;

    /// <summary>A date extractor as the library's English settings make one, with these settings.</summary>
    public static IDateExtractor Extractor(IDateTimeOptionsConfiguration options) => new BaseDateExtractor(new DateConfiguration(options));
}
