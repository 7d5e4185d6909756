using System.Diagnostics;
using System.Globalization;
using Timeline.Diagnostics;
using Timeline.Model;
using Timeline.Render;

namespace Timeline.Benchmarks;

/// <summary>
/// Renders a generated timeline of N events with the built-in theme and reports the render time
/// and the index page's weight (HTML + CSS + JS), which must stay under 1 MB.
/// </summary>
internal static class SiteBenchmark
{
    private const long Budget = 1_000_000;

    public static int Run(int count, TextWriter output)
    {
        var data = Generate(count);
        var site = Path.Combine(Path.GetTempPath(), "timeline-site-benchmark-" + Guid.NewGuid().ToString("N"));
        try
        {
            var renderer = new SiteRenderer(RenderOptions.Default with { SiteTitle = "Benchmark" });
            var diagnostics = new DiagnosticBag();
            Render(renderer, data, site, diagnostics); // warm-up: template parsing and JIT
            var times = new List<double>();
            for (var i = 0; i < 3; i++)
            {
                var clock = Stopwatch.StartNew();
                Render(renderer, data, site, diagnostics);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            long Size(string relative) => new FileInfo(Path.Combine(site, relative)).Length;
            var html = Size("index.html");
            var css = Size("assets/style.css");
            var js = Size("assets/timeline.js");
            var total = html + css + js;
            foreach (var d in diagnostics.ToSortedList().Take(5))
            {
                output.Write($"{d}\n");
            }

            var pages = Directory.GetFiles(site, "*.html", SearchOption.AllDirectories).Length;
            output.Write(Invariant($"events: {count}, pages: {pages}\n"));
            output.Write(Invariant($"render (whole site, median of 3 after warm-up): {times.Order().ElementAt(1):0} ms\n"));
            output.Write(Invariant($"index weight: {total} bytes = {total / 1024.0:0.0} KiB (HTML {html / 1024.0:0.0} KiB, CSS {css / 1024.0:0.0} KiB, JS {js / 1024.0:0.0} KiB)\n"));
            output.Write(total < Budget ? "index under 1 MB (1,000,000 bytes): yes\n" : "index under 1 MB (1,000,000 bytes): NO\n");
            return total < Budget ? 0 : 1;
        }
        finally
        {
            if (Directory.Exists(site))
            {
                Directory.Delete(site, recursive: true);
            }
        }
    }

    private static void Render(SiteRenderer renderer, TimelineData data, string site, DiagnosticBag diagnostics)
    {
        if (!renderer.Render(data, site, diagnostics))
        {
            throw new InvalidOperationException(string.Join("\n", diagnostics.ToSortedList()));
        }
    }

    /// <summary>A deterministic timeline: 40 actors, 20 articles, events every few days over ~8 years with mixed precisions.</summary>
    internal static TimelineData Generate(int count)
    {
        string[] types = ["CONSULT", "AGREE", "SUPPORT", "ACCUSE", "MOBILIZE", "SANCTION", "AID", "other"];
        var actors = Enumerable.Range(0, 40).Select(i => new Actor
        {
            Id = $"actor-{i:D2}",
            Name = $"Actor Number {i:D2}",
            Kind = (ActorKind)(i % 5),
        }).ToList();
        var articles = Enumerable.Range(0, 20).Select(i => new ArticleInfo
        {
            Id = $"article-{i:D2}",
            Title = $"News report number {i} on the regional crisis",
            Date = new DateOnly(2016, 1, 1).AddDays(i * 140),
            Source = "Wire",
            Url = $"https://example.com/report-{i}",
        }).ToList();
        var events = new List<TimelineEvent>();
        for (var i = 0; i < count; i++)
        {
            var day = new DateOnly(2016, 1, 1).AddDays(i * 3);
            var precision = (i % 10) switch { 0 => DatePrecision.Month, 1 => DatePrecision.Year, _ => DatePrecision.Day };
            var date = precision switch
            {
                DatePrecision.Month => new EventDate { Value = day.ToString("yyyy-MM", CultureInfo.InvariantCulture), Precision = precision, Start = new DateOnly(day.Year, day.Month, 1), End = new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month)), Approximate = i % 4 == 0 },
                DatePrecision.Year => new EventDate { Value = day.Year.ToString(CultureInfo.InvariantCulture), Precision = precision, Start = new DateOnly(day.Year, 1, 1), End = new DateOnly(day.Year, 12, 31), Planned = i % 3 == 0 },
                _ => new EventDate { Value = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Precision = precision, Start = day, End = i % 7 == 0 ? day.AddDays(2) : day },
            };
            events.Add(new TimelineEvent
            {
                Id = $"event-{i:D4}",
                Title = $"Officials of two governments meet to discuss the crisis, round {i}",
                Summary = $"Delegations met for talks on the border dispute and agreed to continue the negotiations next month (report {i}).",
                Date = date,
                Actors = [actors[i % 40].Id, actors[(i * 7 + 3) % 40].Id, actors[(i * 11 + 5) % 40].Id],
                Place = actors[(i * 3 + 4) % 40].Id,
                Type = types[i % types.Length],
                Status = date.Planned ? EventStatus.Planned : EventStatus.Happened,
                Tags = i % 5 == 0 ? ["border"] : [],
                Sources = [new EventSource { Article = articles[i % 20].Id, Offset = i, Length = 10, TriggerOffset = i, TriggerLength = 4, Trigger = "meet" }],
            });
        }

        return new TimelineData { Actors = actors, Articles = articles, Events = events };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
