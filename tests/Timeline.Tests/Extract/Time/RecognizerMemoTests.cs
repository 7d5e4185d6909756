using Timeline.Extract.Time;

namespace Timeline.Tests.Extract.Time;

/// <summary>Text read again in a run comes from the memo; a new text or another reference date is read.</summary>
public sealed class RecognizerMemoTests
{
    private static readonly DateTime May20 = new(2010, 5, 20);

    [Fact]
    public void The_same_text_against_the_same_date_is_read_once()
    {
        var (memo, reads) = Counting(capacity: 10);

        var first = memo.Read("HOUSTON, Thu May 20, 2010 8:14 pm BST", May20);
        var again = memo.Read("HOUSTON, Thu May 20, 2010 8:14 pm BST", May20);

        Assert.Single(reads);
        Assert.Same(first, again);
    }

    [Fact]
    public void Another_reference_date_is_read_again_as_relative_times_depend_on_it()
    {
        var (memo, reads) = Counting(capacity: 10);

        memo.Read("BP said on Thursday", May20);
        memo.Read("BP said on Thursday", May20.AddDays(7));

        Assert.Equal(2, reads.Count);
    }

    [Fact]
    public void A_full_memo_starts_afresh_and_never_holds_more_than_its_capacity()
    {
        var (memo, reads) = Counting(capacity: 3);

        foreach (var i in Enumerable.Range(0, 10)) memo.Read($"day {i}", May20);
        memo.Read("day 9", May20);

        Assert.InRange(memo.Count, 1, 3);
        Assert.Equal(10, reads.Count);
    }

    [Fact]
    public void Readings_from_the_tagger_are_the_same_when_remembered()
    {
        var tagger = new TemporalTagger();
        const string Text = "HOUSTON | Thu May 20, 2010 (Reuters) - BP said on Thursday it would try again next week.";

        var first = tagger.Tag(Text, DateOnly.FromDateTime(May20));
        var second = tagger.Tag(Text, DateOnly.FromDateTime(May20));

        Assert.Equal(Describe(first), Describe(second));
        Assert.Contains(first, m => m.Text == "next week");
    }

    private static string Describe(IReadOnlyList<TimeMention> mentions) =>
        string.Join("|", mentions.Select(m => $"{m.Start}:{m.Text}:{m.Kind}:{string.Join(",", m.Candidates.Select(c => c.Timex))}"));

    private static (RecognizerMemo<string[]> Memo, List<string> Reads) Counting(int capacity)
    {
        var reads = new List<string>();
        var memo = new RecognizerMemo<string[]>((text, _) =>
        {
            reads.Add(text);
            return [text];
        }, capacity);
        return (memo, reads);
    }
}
