using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.DateTime.English;

namespace Timeline.Extract.Time.Recognition;

/// <summary>
/// The library's English date-range settings, reading dates and durations with the settings of this folder and
/// matching its simple range patterns, the most used, without a timeout (<see cref="Untimed"/>); its years are read
/// with the model's one number parser.
/// </summary>
internal sealed class DatePeriodConfiguration : EnglishDatePeriodExtractorConfiguration, IDatePeriodExtractorConfiguration
{
    // The library keeps these behind its interface in one static array, the same whatever the options; a plain
    // instance reads them, as this class's own interface member answers with the copies.
    private static readonly Regex[] SimpleCases = Untimed.Copy(
        ((IDatePeriodExtractorConfiguration)new EnglishDatePeriodExtractorConfiguration(new BaseDateTimeOptionsConfiguration(Microsoft.Recognizers.Text.Culture.English))).SimpleCasesRegexes);

    private readonly IDateExtractor _date;
    private readonly IDateTimeExtractor _duration;
    private readonly NumberReadings _numbers;

    public DatePeriodConfiguration(IDateTimeOptionsConfiguration options, NumberReadings numbers)
        : base(options)
    {
        _date = DateConfiguration.Extractor(this, numbers);
        _duration = DurationConfiguration.Extractor(this);
        _numbers = numbers;
    }

    IParser IDatePeriodExtractorConfiguration.NumberParser => _numbers;

    IEnumerable<Regex> IDatePeriodExtractorConfiguration.SimpleCasesRegexes => SimpleCases;

    IDateExtractor IDatePeriodExtractorConfiguration.DatePointExtractor => _date;

    IDateTimeExtractor IDatePeriodExtractorConfiguration.DurationExtractor => _duration;

    /// <summary>A date-range extractor as the library's English settings make one, with these settings.</summary>
    public static IDateTimeExtractor Extractor(IDateTimeOptionsConfiguration options, NumberReadings numbers) => new BaseDatePeriodExtractor(new DatePeriodConfiguration(options, numbers));
}
