using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Timeline.Extract.Time.Recognition;
using Timeline.Extract.Time.Shapes;

namespace Timeline.Tests.Extract.Time.Shapes;

/// <summary>On hand-written windows the fast engine takes, it gives what the recogniser gives, field for field.</summary>
public sealed class ShapeReaderAgreementTests
{
    private static readonly Lazy<DateTimeModel> Model = new(() => EnglishDateTimeModel.Create(DateTimeOptions.None));

    public static TheoryData<string> Windows() =>
    [
        "The minister said on Monday that talks would go on.",
        "Shares fell Tuesday in London trading.",
        "The ship sank on Sunday, police said.",
        "The accord was signed on March 3, 1998 in Paris.",
        "The accord was signed on 3 March 1998 in Paris.",
        "The accord was signed on Sept. 3 in Paris.",
        "The accord was signed in December 2009 in Paris.",
        "The accord was signed in October in Paris.",
        "The accord was signed in 2004 in Paris.",
        "He spoke to reporters yesterday and again today.",
        "The board meets tomorrow in Houston.",
        "Prices rose last week in the region.",
        "Prices rose this month in the region.",
        "Prices will rise next year in the region.",
        "The firm was sold two years ago to a rival.",
        "The firm was sold a month ago to a rival.",
        "The firm was sold three days ago to a rival.",
        "Voters went to the polls on Friday and counted ballots Saturday.",
        "The company, which he founded in 1987, said Friday it would close.",
        "The strike lasted two weeks at the plant.",
        "Jones served 18 months for fraud, the judge said Monday.",
        "The merger took a year to finish.",
    ];

    [Theory]
    [MemberData(nameof(Windows))]
    public void Gives_what_the_recogniser_gives(string window)
    {
        foreach (var reference in new[] { new DateTime(2010, 5, 17), new DateTime(2010, 1, 1), new DateTime(2012, 2, 29), new DateTime(1998, 12, 31) })
        {
            var fast = new ShapeReader().Read(window, reference);

            Assert.NotNull(fast);
            Assert.Equal(Describe(Model.Value.Parse(window, reference)), Describe(fast));
        }
    }

    private static string Describe(List<ModelResult> results) => string.Join("\n", results.Select(r =>
        $"{r.Start}-{r.End} {r.Text} {r.TypeName} " + string.Join(" | ", ((IEnumerable<Dictionary<string, string>>)r.Resolution["values"])
            .Select(v => string.Join(",", v.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"))))));
}
