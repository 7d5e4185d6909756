using Timeline.Diagnostics;
using Timeline.Evaluation;

namespace Timeline.Tests.Evaluation;

public sealed class TimeMlReaderTests
{
    [Fact]
    public void Reads_the_dct_and_the_text_without_any_tag()
    {
        var xml = TimeMl.Document("The ferry <EVENT eid=\"e1\" class=\"OCCURRENCE\">sailed</EVENT> <SIGNAL sid=\"s1\">on</SIGNAL> " +
            "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-03-02\">Friday</TIMEX3>.");

        var document = TimeMl.Read(xml);

        Assert.Equal("t0", document.DctTid);
        Assert.Equal("2001-03-04", document.DctValue);
        Assert.Equal(new DateOnly(2001, 3, 4), document.Dct);
        Assert.Equal("SAMPLE.0001", document.DocId);
        Assert.Equal("The ferry sailed on Friday.", document.Text);
        var timex = Assert.Single(document.Timexes);
        Assert.Equal(("t1", 20, "Friday", "DATE", "2001-03-02"), (timex.Tid, timex.Start, timex.Text, timex.Type, timex.Value));
    }

    [Fact]
    public void Offsets_are_exact_with_entities_and_an_event_nested_in_a_timex()
    {
        var xml = TimeMl.Document("Bread &amp; milk &lt;cheap&gt; <TIMEX3 tid=\"t1\" type=\"DURATION\" value=\"P2W\" mod=\"APPROX\">" +
            "about <EVENT eid=\"e1\">two</EVENT> weeks</TIMEX3> &amp; <TIMEX3 tid=\"t2\" type=\"SET\" value=\"P1D\" quant=\"EVERY\" freq=\"1X\">every day</TIMEX3>");

        var document = TimeMl.Read(xml);

        Assert.Equal("Bread & milk <cheap> about two weeks & every day", document.Text);
        Assert.All(document.Timexes, t => Assert.Equal(t.Text, document.Text.Substring(t.Start, t.Text.Length)));
        Assert.Equal(["about two weeks", "every day"], document.Timexes.Select(t => t.Text));
        Assert.Equal(21, document.Timexes[0].Start);
        Assert.Equal("APPROX", document.Timexes[0].Mod);
        Assert.Equal(("EVERY", "1X"), (document.Timexes[1].Quant, document.Timexes[1].Freq));
    }

    [Fact]
    public void Keeps_whitespace_character_for_character()
    {
        var document = TimeMl.Read(TimeMl.Document("\n  First line.\n\n\tThen <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"PRESENT_REF\">now</TIMEX3> \n"));

        Assert.Equal("\n  First line.\n\n\tThen now \n", document.Text);
        Assert.Equal(22, document.Timexes[0].Start);
    }

    [Fact]
    public void Never_counts_the_dct_among_the_timexes()
    {
        var document = TimeMl.Read(TimeMl.Document("Nothing dated here."));

        Assert.Empty(document.Timexes);
    }

    [Fact]
    public void Reports_malformed_xml_with_its_line_and_column()
    {
        var diagnostics = new DiagnosticBag();

        var document = new TimeMlReader().Parse("<TimeML>\n<TEXT>an <b>unclosed tag</TEXT>\n</TimeML>", "broken.tml", diagnostics);

        Assert.Null(document);
        var d = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(("TL0501", "broken.tml", 2), (d.Code, d.Path, d.Line));
        Assert.StartsWith("broken.tml(2,", d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_document_without_text()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(new TimeMlReader().Parse("<TimeML><DOCID>X</DOCID></TimeML>", "empty.tml", diagnostics));
        Assert.Equal("TL0502", Assert.Single(diagnostics.ToSortedList()).Code);
    }
}
