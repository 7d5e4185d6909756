using Timeline.Extract.Events;
using Timeline.Extract.Text;

namespace Timeline.Tests.Extract.Events;

/// <summary>A bulleted item of a list the text counted as findings or accusations is someone's finding, not a happening.</summary>
public sealed class CountedClaimsListTests
{
    private static (string Body, List<Sentence> Sentences) Split(params string[] paragraphs)
    {
        var body = string.Join("\n\n", paragraphs);
        var sentences = new List<Sentence>();
        var at = 0;
        foreach (var p in paragraphs)
        {
            var start = body.IndexOf(p, at, StringComparison.Ordinal);
            var text = p.StartsWith("cents ", StringComparison.Ordinal) ? p[6..] : p;
            var offset = p.Length - text.Length;
            sentences.Add(new Sentence { Start = start + offset, Text = text, Paragraph = sentences.Count, Index = sentences.Count });
            at = start + p.Length;
        }

        return (body, sentences);
    }

    [Fact]
    public void An_item_of_a_counted_list_of_findings_holds()
    {
        var (body, sentences) = Split("The panel made five findings on the sinking.", "\"The hull was weak,\" Ida Berg said.", "cents Maersk cut the number of welders on the hull.");

        Assert.True(CountedClaimsList.Holds(body, sentences, sentences[^1]));
    }

    [Fact]
    public void An_item_after_a_lead_in_naming_the_accusations_holds()
    {
        var (body, sentences) = Split("The accusations levelled at Maersk by the council are:", "cents Maersk sold the ferry without a licence.");

        Assert.True(CountedClaimsList.Holds(body, sentences, sentences[^1]));
    }

    [Fact]
    public void A_bulleted_item_of_a_live_blog_does_not()
    {
        var (body, sentences) = Split("Maersk has released the report on the sinking.", "cents Vell has criticised Maersk over the report.");

        Assert.False(CountedClaimsList.Holds(body, sentences, sentences[^1]));
    }

    [Fact]
    public void A_counted_sentence_that_is_no_bulleted_item_does_not()
    {
        var (body, sentences) = Split("The panel made five findings on the sinking.", "Maersk cut the number of welders on the hull.");

        Assert.False(CountedClaimsList.Holds(body, sentences, sentences[^1]));
    }
}
