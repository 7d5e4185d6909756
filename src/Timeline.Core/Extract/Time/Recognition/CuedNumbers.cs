using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;

namespace Timeline.Extract.Time.Recognition;

/// <summary>
/// One of the library's number extractors, asked only about text that holds a digit or a number word it reads
/// (<see cref="Cues.Integers"/>, <see cref="Cues.Ordinals"/>); about other text it finds nothing without running its
/// regexes. The date extractor runs two of them over every window to find days of the month ("March 3", "the third").
/// </summary>
internal sealed class CuedNumbers(IExtractor extractor, Regex cue) : IExtractor
{
    public List<ExtractResult> Extract(string input) =>
        cue.IsMatch(input) ? extractor.Extract(input) : [];
}
