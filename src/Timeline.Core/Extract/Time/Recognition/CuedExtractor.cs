using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace Timeline.Extract.Time.Recognition;

/// <summary>
/// One of the recogniser's extractors, asked only about text that holds one of the words every reading of that
/// extractor holds (<see cref="Cues"/>); about other text it finds nothing without running its dozens of regexes.
/// </summary>
internal sealed class CuedExtractor(IDateTimeExtractor extractor, Regex cue) : IDateTimeExtractor
{
    public List<ExtractResult> Extract(string input, DateTime reference) =>
        cue.IsMatch(input) ? extractor.Extract(input, reference) : [];

    public List<ExtractResult> Extract(string input) =>
        cue.IsMatch(input) ? extractor.Extract(input) : [];
}
