namespace Timeline.Extract.Time;

/// <summary>
/// Annotates text with TIMEX3 expressions (extent, type, value) following TimeML conventions,
/// anchored on the document creation time. The same values feed event dates.
/// </summary>
public sealed class TimexAnnotator(TemporalTagger tagger)
{
    public IReadOnlyList<Timex3> Annotate(string text, DateOnly? documentDate)
    {
        var result = new List<Timex3>();
        foreach (var mention in tagger.Tag(text, documentDate))
        {
            if (TimexNormalizer.Normalize(mention, documentDate) is { } timex) result.Add(timex);
        }

        return result;
    }
}
