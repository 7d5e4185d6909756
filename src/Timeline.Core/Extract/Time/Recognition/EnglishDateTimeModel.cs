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
/// English ones, each subclass giving the same filters built once, so the readings are the same.
/// </remarks>
internal static class EnglishDateTimeModel
{
    public static DateTimeModel Create(DateTimeOptions options)
    {
        var parser = new BaseMergedDateTimeParser(new EnglishMergedParserConfiguration(new BaseDateTimeOptionsConfiguration(Culture.English, options)));
        var extractor = new BaseMergedDateTimeExtractor(new MergedConfiguration(new BaseDateTimeOptionsConfiguration(Culture.English, options)));
        return new DateTimeModel(parser, extractor);
    }
}
