using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.DateTime.English;

namespace Timeline.Extract.Time.Recognition;

/// <summary>
/// The recogniser's English date-time model, put together from the library's public classes as its
/// <see cref="DateTimeRecognizer"/> does for "en-us", but with the extraction settings of this folder.
/// </summary>
/// <remarks>
/// The library's duration and time settings build their ambiguity-filter regexes again each time an extractor asks
/// for them, which is on every call: about a tenth of the tagging time. The settings here are the library's own
/// English ones, each subclass giving the same filters built once, so the readings are the same. The parser reads
/// numbers, dates and durations with the extractors and the one number parser of the extraction
/// (<see cref="MergedParserConfiguration"/>).
/// </remarks>
internal static class EnglishDateTimeModel
{
    public static DateTimeModel Create(DateTimeOptions options)
    {
        var numbers = NumberReadings.English();
        var extraction = new MergedConfiguration(new BaseDateTimeOptionsConfiguration(Culture.English, options), numbers);
        var parser = new BaseMergedDateTimeParser(MergedParserConfiguration.Create(new BaseDateTimeOptionsConfiguration(Culture.English, options), extraction.Shared, numbers));
        return new DateTimeModel(parser, new BaseMergedDateTimeExtractor(extraction));
    }
}
