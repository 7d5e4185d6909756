using Timeline.Evaluation;
using Timeline.Extract.Time;

namespace Timeline.Tests.Evaluation;

public sealed class TimeMlWriterTests
{
    private const string Annotated =
        "\nShops &amp; banks <EVENT eid=\"e1\">closed</EVENT> <TIMEX3 tid=\"t4\" type=\"DATE\" value=\"2001-03-03\">yesterday</TIMEX3>\n" +
        "and open <TIMEX3 tid=\"t5\" type=\"SET\" value=\"P1W\" quant=\"EVERY\">every <EVENT eid=\"e2\">week</EVENT></TIMEX3> &lt;again&gt;.\n";

    [Fact]
    public void Round_trip_of_the_gold_annotation_gives_the_same_text_and_spans()
    {
        var gold = TimeMl.Read(TimeMl.Document(Annotated));

        var written = new TimeMlWriter().Write(gold, [.. gold.Timexes.Select(TimexCorpusEvaluator.ToTimex3)]);
        var again = TimeMl.Read(written);

        Assert.Equal(gold.Text, again.Text);
        Assert.Equal(gold.Timexes.Select(t => (t.Start, t.Text, t.Type, t.Value, t.Quant)), again.Timexes.Select(t => (t.Start, t.Text, t.Type, t.Value, t.Quant)));
        Assert.Equal(gold.DctValue, again.DctValue);
    }

    [Fact]
    public void Removes_gold_events_and_links_and_keeps_the_header_byte_for_byte()
    {
        var source = TimeMl.Document(Annotated);
        var gold = TimeMl.Read(source);

        var written = new TimeMlWriter().Write(gold, []);

        Assert.DoesNotContain("<EVENT", written, StringComparison.Ordinal);
        Assert.DoesNotContain("TLINK", written, StringComparison.Ordinal);
        Assert.DoesNotContain("MAKEINSTANCE", written, StringComparison.Ordinal);
        Assert.DoesNotContain("tid=\"t4\"", written, StringComparison.Ordinal);
        var header = source[..source.IndexOf("<TEXT>", StringComparison.Ordinal)];
        Assert.StartsWith(header, written, StringComparison.Ordinal);
        Assert.EndsWith("</TEXT>\n</TimeML>\n", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Escapes_text_and_attributes_and_writes_optional_attributes_when_set()
    {
        var gold = TimeMl.Read(TimeMl.Document("Fish &amp; chips <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"X\">early May</TIMEX3>"));
        Timex3[] system = [new() { Start = 13, Text = "early May", Type = "DATE", Value = "2001-05\"<&", Mod = "START" }];

        var written = new TimeMlWriter().Write(gold, system);

        Assert.Contains("<TEXT>Fish &amp; chips <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-05&quot;&lt;&amp;\" mod=\"START\">early May</TIMEX3></TEXT>", written, StringComparison.Ordinal);
        Assert.Equal("2001-05\"<&", TimeMl.Read(written).Timexes[0].Value);
    }

    [Fact]
    public void System_ids_skip_the_id_the_dct_uses()
    {
        var gold = TimeMl.Read(TimeMl.Document("Monday and Tuesday", dctTid: "t1"));
        Timex3[] system = [TimeMl.System(gold.Text, "Monday", "2001-02-26"), TimeMl.System(gold.Text, "Tuesday", "2001-02-27")];

        var written = new TimeMlWriter().Write(gold, system);

        Assert.Equal(["t2", "t3"], TimeMl.Read(written).Timexes.Select(t => t.Tid));
    }

    [Fact]
    public void Plain_text_becomes_a_minimal_timeml_document()
    {
        const string text = "Rain fell on Monday & stopped.\n";
        Timex3[] system = [TimeMl.System(text, "Monday", "2001-02-26")];

        var written = new TimeMlWriter().WritePlain("note", new DateOnly(2001, 3, 4), text, system);
        var document = TimeMl.Read(written);

        Assert.Equal(text, document.Text);
        Assert.Equal((13, "Monday", "2001-02-26"), (document.Timexes[0].Start, document.Timexes[0].Text, document.Timexes[0].Value));
        Assert.Equal(new DateOnly(2001, 3, 4), document.Dct);
        Assert.Equal("note", document.DocId);
    }
}
