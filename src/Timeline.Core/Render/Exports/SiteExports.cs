using Timeline.Model;

namespace Timeline.Render.Exports;

/// <summary>The files published beside the pages: the data exports, the sitemap and GitHub Pages' <c>.nojekyll</c>.</summary>
internal static class SiteExports
{
    /// <summary>Export file names in the order the index lists them.</summary>
    public static readonly string[] DataFiles = [TimelineJsExport.FileName, CalendarExport.FileName, AtomExport.FileName, CsvExport.FileName, JsonExport.FileName];

    public static void AddTo(SortedDictionary<string, byte[]> files, TimelineData data, SiteSettings settings, string title, IEnumerable<string> pagePaths)
    {
        var byId = new Dictionary<string, TimelineEvent>(StringComparer.Ordinal);
        foreach (var e in data.Events)
        {
            byId.TryAdd(e.Id, e);
        }

        var events = ChronologicalOrder.Sort(data.Events);
        var input = new ExportInput
        {
            Events = events,
            AsOf = ExportInput.NewestDay(data, events),
            EventsById = byId,
            Actors = data.Actors.DistinctBy(a => a.Id, StringComparer.Ordinal).ToDictionary(a => a.Id, StringComparer.Ordinal),
            Articles = data.Articles.DistinctBy(a => a.Id, StringComparer.Ordinal).ToDictionary(a => a.Id, StringComparer.Ordinal),
            Data = data,
            Settings = settings,
            Title = title,
        };
        files[TimelineJsExport.FileName] = TimelineJsExport.Write(input);
        files[CalendarExport.FileName] = CalendarExport.Write(input);
        files[AtomExport.FileName] = AtomExport.Write(input);
        files[CsvExport.FileName] = CsvExport.Write(input);
        files[JsonExport.FileName] = JsonExport.Write(input);
        if (KeyEventsInput.Of(input) is { } keys)
        {
            files[KeyEventsJsonExport.FileName] = KeyEventsJsonExport.Write(keys);
            files[KeyEventsCsvExport.FileName] = KeyEventsCsvExport.Write(keys);
            files[KeyEventsCalendarExport.FileName] = KeyEventsCalendarExport.Write(keys);
            files[KeyEventsAtomExport.FileName] = KeyEventsAtomExport.Write(keys);
        }

        if (SitemapExport.Write(settings.BaseUrl, pagePaths.Where(p => p != SiteModelBuilder.NotFoundPath)) is { } sitemap)
        {
            files[SitemapExport.FileName] = sitemap;
        }

        // GitHub Pages runs Jekyll on the upload unless told not to; Jekyll would drop nothing here but costs time.
        files[".nojekyll"] = [];
    }
}
