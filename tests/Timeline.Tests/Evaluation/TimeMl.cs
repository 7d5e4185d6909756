using Timeline.Diagnostics;
using Timeline.Evaluation;
using Timeline.Extract.Time;

namespace Timeline.Tests.Evaluation;

/// <summary>Hand-written TimeML snippets and helpers for the evaluation tests.</summary>
internal static class TimeMl
{
    /// <summary>A TimeML document whose TEXT content is <paramref name="text"/> as written (tags and entities included).</summary>
    public static string Document(string text, string dct = "2001-03-04", string dctTid = "t0") =>
        "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>SAMPLE.0001</DOCID>\n" +
        $"<DCT><TIMEX3 tid=\"{dctTid}\" type=\"DATE\" value=\"{dct}\" functionInDocument=\"CREATION_TIME\">{dct}</TIMEX3></DCT>\n" +
        $"<TEXT>{text}</TEXT>\n" +
        "<MAKEINSTANCE eiid=\"ei1\" eventID=\"e1\" />\n" +
        "<TLINK lid=\"l1\" relType=\"BEFORE\" eventInstanceID=\"ei1\" relatedToTime=\"t0\" />\n</TimeML>\n";

    public static TimeMlDocument Read(string xml)
    {
        var diagnostics = new DiagnosticBag();
        var document = new TimeMlReader().Parse(xml, "sample.tml", diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        return document!;
    }

    public static GoldTimex Gold(string text, string phrase, string value, string type = "DATE", int occurrence = 0) => new()
    {
        Tid = "t" + (phrase.Length + occurrence),
        Start = IndexOf(text, phrase, occurrence),
        Text = phrase,
        Type = type,
        Value = value,
    };

    public static Timex3 System(string text, string phrase, string value, string type = "DATE", int occurrence = 0) => new()
    {
        Start = IndexOf(text, phrase, occurrence),
        Text = phrase,
        Type = type,
        Value = value,
    };

    private static int IndexOf(string text, string phrase, int occurrence)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{phrase}' not in the sample");
        }

        return at;
    }
}
