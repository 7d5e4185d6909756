namespace Timeline.Tests.Evaluation.Anchoring;

/// <summary>A hand-written TimeML document with links in both directions, DCT links and dates that do not count.</summary>
internal static class AnchoringSample
{
    public const string Text =
        "The company <EVENT eid=\"e1\" class=\"REPORTING\">said</EVENT> on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-03-02\">Friday</TIMEX3> " +
        "that it <EVENT eid=\"e2\" class=\"OCCURRENCE\">sold</EVENT> its unit in <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2000-11\">November</TIMEX3>, " +
        "<EVENT eid=\"e3\" class=\"ASPECTUAL\">ending</EVENT> a <TIMEX3 tid=\"t3\" type=\"DURATION\" value=\"P2Y\">two-year</TIMEX3> " +
        "<EVENT eid=\"e4\" class=\"OCCURRENCE\">slump</EVENT> in <TIMEX3 tid=\"t4\" type=\"DATE\" value=\"2000-Q4\">the fourth quarter</TIMEX3>. " +
        "Shares <EVENT eid=\"e5\" class=\"OCCURRENCE\">rose</EVENT> at <TIMEX3 tid=\"t5\" type=\"TIME\" value=\"2001-03-04T10:30\">10:30 a.m.</TIMEX3> " +
        "and <EVENT eid=\"e6\" class=\"STATE\">fell</EVENT> later.";

    // Instance ids differ from event ids, so a reader that skips MAKEINSTANCE finds nothing.
    public const string Links =
        "<MAKEINSTANCE eventID=\"e1\" eiid=\"ei11\" />\n<MAKEINSTANCE eventID=\"e2\" eiid=\"ei12\" />\n<MAKEINSTANCE eventID=\"e3\" eiid=\"ei13\" />\n" +
        "<MAKEINSTANCE eventID=\"e4\" eiid=\"ei14\" />\n<MAKEINSTANCE eventID=\"e5\" eiid=\"ei15\" />\n<MAKEINSTANCE eventID=\"e6\" eiid=\"ei16\" />\n" +
        "<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei11\" relatedToTime=\"t0\" />\n" + // DCT, loses to t1
        "<TLINK lid=\"l2\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei11\" relatedToTime=\"t1\" />\n" +
        "<TLINK lid=\"l3\" relType=\"INCLUDES\" timeID=\"t2\" relatedToEventInstance=\"ei12\" />\n" + // time first
        "<TLINK lid=\"l4\" relType=\"DURING\" eventInstanceID=\"ei13\" relatedToTime=\"t3\" />\n" + // a DURATION
        "<TLINK lid=\"l5\" relType=\"INCLUDES\" eventInstanceID=\"ei13\" relatedToTime=\"t1\" />\n" + // the event holds the time
        "<TLINK lid=\"l6\" relType=\"IS_INCLUDED\" timeID=\"t2\" relatedToEventInstance=\"ei13\" />\n" + // the same, time first
        "<TLINK lid=\"l7\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei14\" relatedToTime=\"t4\" />\n" + // a quarter
        "<TLINK lid=\"l8\" relType=\"BEFORE\" eventInstanceID=\"ei14\" relatedToTime=\"t0\" />\n" +
        "<TLINK lid=\"l9\" relType=\"SIMULTANEOUS\" eventInstanceID=\"ei15\" relatedToTime=\"t5\" />\n" + // a TIME, cut to its day
        "<TLINK lid=\"l10\" relType=\"DURING\" timeID=\"t0\" relatedToEventInstance=\"ei16\" />\n"; // the DCT, time first

    public static string Document(string text = Text, string links = Links, string dct = "2001-03-04") =>
        "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>SAMPLE.0002</DOCID>\n" +
        $"<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{dct}\" functionInDocument=\"CREATION_TIME\">{dct}</TIMEX3></DCT>\n" +
        $"<TEXT>{text}</TEXT>\n{links}</TimeML>\n";
}
