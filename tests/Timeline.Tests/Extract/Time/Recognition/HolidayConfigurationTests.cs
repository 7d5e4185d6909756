using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.DateTime.English;
using Timeline.Extract.Time.Recognition;

namespace Timeline.Tests.Extract.Time.Recognition;

/// <summary>
/// The holiday extractor, asked only about text holding a holiday word, finds what the library's own finds: each
/// holiday of the library's four lists at least once, with the modifiers and years its pattern reads around them.
/// </summary>
public sealed class HolidayConfigurationTests
{
    private static readonly DateTime Reference = new(2010, 5, 20);

    private static readonly BaseDateTimeOptionsConfiguration Options = new(Culture.English, DateTimeOptions.None);

    private static readonly IDateTimeExtractor Ours = HolidayConfiguration.Extractor(Options);

    private static readonly IDateTimeExtractor Library = new BaseHolidayExtractor(new EnglishHolidayExtractorConfiguration(Options));

    [Theory]
    [InlineData("they marched on mardi gras, washington's birthday, mao's birthday, juneteenth, jubilee day and freedom day")]
    [InlineData("chinese new year, new year's eve, new years day, new year, may day, mayday, yuan dan and yuandan passed")]
    [InlineData("on christmas eve, christmas day, xmas, black friday, easter sunday, easter monday and clean monday")]
    [InlineData("ash wednesday, palm sunday, maundy thursday, good friday, white sunday, white monday, trinity sunday")]
    [InlineData("pentecost, corpus christi and cyber monday came after thanksgiving, thanks giving day and all saint's day")]
    [InlineData("white lover day, st patrick's day, saint george's day, st. patricks, us independence day and all hallow day")]
    [InlineData("all souls day, guy fawkes day, cinco de mayo, halloween, qingming, dragon boat day, april fools and tomb sweeping day")]
    [InlineData("independence day, presidents day, mlk day, martin luther king jr day, canberra day, ascension day, columbus day")]
    [InlineData("tree planting day, arbor day, labor day, labour day, international workers' day, int'l workers day, mother's day")]
    [InlineData("father's day, female day, women's day, single day, teacher's day, youth day, children day, girls day, lovers day")]
    [InlineData("earth day, inauguration day, groundhog day, valentine's day, baptiste day, bastille day, veterans day, memorial day")]
    [InlineData("mid-autumn day, mid autumn day, moon day, spring day, lantern day, ramadan, ramadhan, ramzan, ramazan, ramathan")]
    [InlineData("eid al-adha, eid al azha, eidul-azha, feast of the sacrifice, islamic new year, hijri new year, eid al-fitr")]
    [InlineData("the festival of breaking the fast, the weekend of easter 2009, next christmas, last thanksgiving, easter weekend of this year")]
    [InlineData("the well was capped on thursday, 85 days after the blowout on april 20, and the day after that")]
    public void Finds_what_the_library_holiday_extractor_finds(string text)
    {
        var ours = Ours.Extract(text, Reference).Select(r => $"{r.Start}|{r.Length}|{r.Type}|{r.Text}|{r.Metadata?.HolidayName}");

        var library = Library.Extract(text, Reference).Select(r => $"{r.Start}|{r.Length}|{r.Type}|{r.Text}|{r.Metadata?.HolidayName}");

        Assert.Equal(library, ours);
    }

    [Theory]
    [InlineData("The well was capped on Thursday, 85 days after the blowout on April 20.", false)]
    [InlineData("Police stayed for the rest of the day and the next week.", false)]
    [InlineData("Police stayed until the new year.", true)]
    [InlineData("Shops opened on Black Friday.", true)]
    [InlineData("The rig sank two days later.", false)]
    public void The_cue_is_a_holiday_word(string text, bool cued)
    {
        Assert.Equal(cued, Cues.Holiday().IsMatch(text));
    }
}
