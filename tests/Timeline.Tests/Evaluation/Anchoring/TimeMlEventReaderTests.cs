using Timeline.Evaluation.Anchoring;

namespace Timeline.Tests.Evaluation.Anchoring;

public sealed class TimeMlEventReaderTests
{
    [Fact]
    public void Reads_event_spans_at_their_offsets_in_the_plain_text()
    {
        var document = TimeMl.Read(AnchoringSample.Document());

        Assert.Equal(6, document.Events.Count);
        foreach (var e in document.Events)
        {
            Assert.Equal(e.Text, document.Text[e.Start..e.End]);
        }

        Assert.Equal(["said", "sold", "ending", "slump", "rose", "fell"], document.Events.Select(e => e.Text));
        Assert.Equal("REPORTING", document.Events[0].Class);
        Assert.Equal(document.Text.IndexOf("rose", StringComparison.Ordinal), document.Events[4].Start);
    }

    [Fact]
    public void Anchors_events_included_in_during_or_simultaneous_with_a_calendar_date_either_way_round()
    {
        var anchors = TimeMlEventReader.Read(TimeMl.Read(AnchoringSample.Document()));

        // e3 (a duration; links where the event holds the time) and e4 (a quarter; BEFORE) have no anchor.
        Assert.Equal(["e1", "e2", "e5", "e6"], anchors.Select(a => a.Event.Eid));
        Assert.Equal(["2001-03-02", "2000-11", "2001-03-04", "2001-03-04"], anchors.Select(a => a.Value));
        Assert.Equal(["ei11", "ei12", "ei15", "ei16"], anchors.Select(a => a.Eiid));
        Assert.Equal([false, false, false, true], anchors.Select(a => a.FromDct));
        Assert.Equal(["Friday", "November", "10:30 a.m.", "2001-03-04"], anchors.Select(a => a.TimexText));
    }

    [Fact]
    public void Reads_only_links_written_from_the_event_when_asked()
    {
        const string links =
            "<MAKEINSTANCE eventID=\"e1\" eiid=\"ei1\" />\n" +
            "<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\" relatedToTime=\"t0\" />\n" +
            "<TLINK lid=\"l3\" relType=\"INCLUDES\" timeID=\"t1\" relatedToEventInstance=\"ei1\" />\n";
        const string text = "It <EVENT eid=\"e1\" class=\"OCCURRENCE\">happened</EVENT> on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2000-11-05\">Nov. 5</TIMEX3>.";
        var document = TimeMl.Read(AnchoringSample.Document(text, links));

        Assert.Equal("2000-11-05", Assert.Single(TimeMlEventReader.Read(document)).Value);
        Assert.True(Assert.Single(TimeMlEventReader.Read(document, eventFirstOnly: true)).FromDct);
    }

    [Fact]
    public void Prefers_the_most_specific_time_of_the_text_to_the_dct()
    {
        const string links =
            "<MAKEINSTANCE eventID=\"e1\" eiid=\"ei1\" />\n" +
            "<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\" relatedToTime=\"t0\" />\n" +
            "<TLINK lid=\"l2\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\" relatedToTime=\"t2\" />\n" +
            "<TLINK lid=\"l3\" relType=\"INCLUDES\" timeID=\"t1\" relatedToEventInstance=\"ei1\" />\n";
        const string text = "It <EVENT eid=\"e1\" class=\"OCCURRENCE\">happened</EVENT> on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2000-11-05\">Nov. 5</TIMEX3>, " +
            "in <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2000\">2000</TIMEX3>.";

        var anchor = Assert.Single(TimeMlEventReader.Read(TimeMl.Read(AnchoringSample.Document(text, links))));

        Assert.Equal("2000-11-05", anchor.Value);
        Assert.Equal("t1", anchor.Tid);
    }

    [Fact]
    public void Falls_back_on_the_dct_and_ignores_links_to_unknown_ids()
    {
        const string links =
            "<MAKEINSTANCE eventID=\"e1\" eiid=\"ei1\" />\n" +
            "<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei9\" relatedToTime=\"t0\" />\n" +
            "<TLINK lid=\"l2\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\" relatedToTime=\"t9\" />\n" +
            "<TLINK lid=\"l3\" relType=\"SIMULTANEOUS\" eventInstanceID=\"ei1\" relatedToTime=\"t0\" />\n";
        const string text = "It <EVENT eid=\"e1\" class=\"OCCURRENCE\">happened</EVENT>.";

        var anchor = Assert.Single(TimeMlEventReader.Read(TimeMl.Read(AnchoringSample.Document(text, links, dct: "2001-03-04T09:00:00"))));

        Assert.Equal("2001-03-04", anchor.Value);
        Assert.True(anchor.FromDct);
    }
}
