using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Timeline.Extract.Time.Recognition;

namespace Timeline.Tests.Extract.Time.Recognition;

/// <summary>
/// The model put together here reads text as the library's own recogniser does, ambiguity filters included, and with its
/// extractors asked only about text holding their cue words.
/// </summary>
public sealed class EnglishDateTimeModelTests
{
    private static readonly DateTime Reference = new(2010, 5, 20);

    // Built first, so the library's remembered results come from this model, not the other way round.
    private static readonly DateTimeModel Ours = EnglishDateTimeModel.Create(DateTimeOptions.None);

    private static readonly DateTimeModel Library = (DateTimeModel)new DateTimeRecognizer(Culture.English, DateTimeOptions.None).GetDateTimeModel();

    [Theory]
    [InlineData("The well was capped on Thursday, 85 days after the blowout on April 20.")]
    [InlineData("BP said it would spend the next three weeks drilling a relief well, every day until late August.")]
    [InlineData("The hearing resumes at 9 a.m. on Tuesday and runs from Monday to Friday for two weeks.")]
    [InlineData("Residents queued overnight at the night club; the night shift began at 10 p.m. last night.")]
    [InlineData("Five morning flights were cancelled in the first quarter of 2009, a year ago.")]
    [InlineData("Sales rose 4% in the three months to June and fell in the 1990s, he said now.")]
    [InlineData("The ferry sails every Monday and twice a week in summer; the market opens Sundays, and the report comes out annually.")]
    [InlineData("Earlier Friday the company said it would decide later today, or late yesterday, or by late Monday at the latest.")]
    [InlineData("Police have been on the scene everyday since Sunday AM and will stay for the rest of the day.")]
    [InlineData("The well leaked 5,000 barrels in the past 24 hours, two hours ago, and 3hrs later the leak stopped at this time.")]
    [InlineData("Talks ended last week, two years ago, in March, on the first of May and on Tuesday the 21st.")]
    [InlineData("The rig sank two days after April 20, three weeks before the end of the second quarter of 2010, twenty years after 1990.")]
    [InlineData("Output fell for the third straight month and in the first half of the year, forty-five minutes past noon on the 3rd.")]
    [InlineData("The talks ended last week and resume next month, on the previous Friday's terms, in the current year.")]
    [InlineData("He was born on the twenty-first of May, a dozen years before the thirteenth of June and on Monday the ninth.")]
    public void Reads_a_sentence_as_the_library_recogniser_does(string sentence)
    {
        var ours = Readings(Ours.Parse(sentence, Reference));

        var library = Readings(Library.Parse(sentence, Reference));

        Assert.Equal(library, ours);
    }

    [Fact]
    public void Keeps_the_duration_filter_that_drops_night_in_night_club()
    {
        var club = Readings(Ours.Parse("They met at a night club downtown.", Reference));
        var stay = Readings(Ours.Parse("They stayed a night downtown.", Reference));

        Assert.DoesNotContain(club, r => r.Contains("datetimeV2.duration|", StringComparison.Ordinal));
        Assert.Contains(stay, r => r.Contains("datetimeV2.duration|a night|", StringComparison.Ordinal));
    }

    [Fact]
    public void Keeps_the_time_filter_that_drops_a_number_before_morning()
    {
        var readings = Readings(Ours.Parse("Five morning flights were cancelled.", Reference));

        Assert.DoesNotContain(readings, r => r.Contains("datetimeV2.time|", StringComparison.Ordinal));
    }

    private static List<string> Readings(List<ModelResult> results) =>
        [.. results.Select(r => $"{r.Start}|{r.End}|{r.TypeName}|{r.Text}|" + string.Join(";", Values(r)))];

    private static IEnumerable<string> Values(ModelResult r) =>
        r.Resolution is not null && r.Resolution.TryGetValue("values", out var v) && v is IEnumerable<Dictionary<string, string>> values
            ? values.Select(d => string.Join(",", d.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")))
            : [];
}
