using Timeline.Ingest;

namespace Timeline.Tests.Ingest;

public sealed class PublicationDateParserTests
{
    [Theory]
    [InlineData("2023-08-18")]
    [InlineData("2023/08/18")]
    [InlineData("18 August 2023")]
    [InlineData("August 18, 2023")]
    [InlineData("Aug 18, 2023")]
    [InlineData("2023-08-18T10:15:00Z")]
    [InlineData("2023-08-18T23:59:59.123-05:00")]
    [InlineData("2023-08-18T01:00:00+14:00")]
    public void Reads_the_date_as_written(string text)
    {
        Assert.True(PublicationDateParser.TryParse(text, out var date));
        Assert.Equal(new DateOnly(2023, 8, 18), date);
    }

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("18/08/2023")]
    [InlineData("yesterday")]
    [InlineData("2023-08-18T25")]
    [InlineData("")]
    public void Rejects_what_is_not_a_date(string text)
    {
        Assert.False(PublicationDateParser.TryParse(text, out _));
    }
}
