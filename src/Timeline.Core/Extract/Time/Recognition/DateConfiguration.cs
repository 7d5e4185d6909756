using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.DateTime.English;

namespace Timeline.Extract.Time.Recognition;

/// <summary>
/// The library's English date settings, reading durations with <see cref="DurationConfiguration"/> and matching its
/// explicit and implicit date patterns, the most used, without a timeout (<see cref="Untimed"/>), reading numbers with
/// the model's one number parser (<see cref="NumberReadings"/>), and looking for days of the month with its integer and
/// ordinal extractors only in text holding a digit or a number word (<see cref="CuedNumbers"/>).
/// </summary>
internal sealed class DateConfiguration : EnglishDateExtractorConfiguration, IDateExtractorConfiguration
{
    private readonly IDateTimeExtractor _duration;
    private readonly Regex[] _dates;
    private readonly Regex[] _implicitDates;
    private readonly IParser _numbers;
    private readonly IExtractor _integers;
    private readonly IExtractor _ordinals;

    public DateConfiguration(IDateTimeOptionsConfiguration options, NumberReadings numbers)
        : base(options)
    {
        _duration = DurationConfiguration.Extractor(this);
        _dates = Untimed.Copy(DateRegexList);
        _implicitDates = Untimed.Copy(ImplicitDateList);
        _numbers = numbers;
        _integers = new CuedNumbers(IntegerExtractor, Cues.Integers());
        _ordinals = new CuedNumbers(OrdinalExtractor, Cues.Ordinals());
    }

    IParser IDateExtractorConfiguration.NumberParser => _numbers;

    IExtractor IDateExtractorConfiguration.IntegerExtractor => _integers;

    IExtractor IDateExtractorConfiguration.OrdinalExtractor => _ordinals;

    IDateTimeExtractor IDateExtractorConfiguration.DurationExtractor => _duration;

    IEnumerable<Regex> IDateExtractorConfiguration.DateRegexList => _dates;

    IEnumerable<Regex> IDateExtractorConfiguration.ImplicitDateList => _implicitDates;

    /// <summary>A date extractor as the library's English settings make one, with these settings.</summary>
    public static IDateExtractor Extractor(IDateTimeOptionsConfiguration options, NumberReadings numbers) => new BaseDateExtractor(new DateConfiguration(options, numbers));
}
