using System.Globalization;
using System.Text;
using Timeline.Diagnostics;
using Timeline.Summarize;

namespace Timeline.Evaluation.Tls;

/// <summary>
/// The Timeline17 protocol: per gold timeline, the summariser gives as many dates as the gold has and the gold's mean
/// number of sentences per date (rounded), from the days the gold spans; PUBCOUNT is scored beside it.
/// </summary>
public sealed class TlsEvaluation
{
    public const string NoStopwords = "TL0552";

    public required List<TlsResult> Results { get; init; }

    public static TlsEvaluation Run(string folder, int threads, string? cacheFolder, DiagnosticBag diagnostics)
    {
        var stopwords = Path.Combine(folder, "smart_common_words.txt");
        if (!File.Exists(stopwords))
        {
            diagnostics.Add(Diagnostic.Error(NoStopwords, stopwords, 0, 0, "the SMART stopword list ROUGE uses is missing; the scores would not be comparable"));
            return new TlsEvaluation { Results = [] };
        }

        var tokenizer = RougeTokenizer.FromStopwordList(File.ReadAllText(stopwords));
        var tasks = TlsCorpus.Load(folder, threads, cacheFolder, diagnostics);
        return new TlsEvaluation { Results = [.. tasks.Select(t => Evaluate(t, tokenizer))] };
    }

    public static TlsResult Evaluate(TlsTask task, RougeTokenizer tokenizer)
    {
        var gold = task.Gold;
        var options = SummaryOptions.Default with
        {
            Dates = gold.Days.Count,
            SentencesPerDate = gold.SentencesPerDate,
            From = gold.Days[0].Date,
            To = gold.Days[^1].Date,
        };
        var summary = KeyEventSummarizer.Summarize(task.Articles, options);
        var system = new TlsTimeline
        {
            Days = [.. summary.Dates.Select(d => new TlsDay { Date = d.Date, Sentences = [.. d.Entries.Select(e => e.Text)] })],
        };
        var baseline = PubCountBaseline.Summarize(task.Articles, gold.Days.Count, gold.SentencesPerDate);
        return new TlsResult
        {
            Task = task,
            System = system,
            SystemScores = TlsScores.Of(system, gold, tokenizer),
            BaselineScores = TlsScores.Of(baseline, gold, tokenizer),
        };
    }

    /// <summary>A table: per task the articles, dates and sentences per date, then F1 of each score for the system and PUBCOUNT; then the means.</summary>
    public string Format()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{"task",-24} {"articles",8} {"dates",5} {"k",2}   {"Date-F1",7} {"AR-1",6} {"AR-2",6}   {"PUBCOUNT: Date-F1",17} {"AR-1",6} {"AR-2",6}\n");
        foreach (var r in Results)
        {
            sb.Append(Row(r.Task.Name, r.Task.Articles.Count, r.Task.Gold.Days.Count, r.Task.Gold.SentencesPerDate, r.SystemScores, r.BaselineScores));
        }

        if (Results.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{"mean",-24} {"",8} {"",5} {"",2}   {Mean(r => r.SystemScores.Dates),7:F3} {Mean(r => r.SystemScores.Rouge1),6:F3} {Mean(r => r.SystemScores.Rouge2),6:F3}   ");
            sb.Append(CultureInfo.InvariantCulture, $"{Mean(r => r.BaselineScores.Dates),17:F3} {Mean(r => r.BaselineScores.Rouge1),6:F3} {Mean(r => r.BaselineScores.Rouge2),6:F3}\n");
        }

        return sb.ToString();
    }

    // F1 per task, averaged over tasks, as the Timeline17 results are reported.
    private double Mean(Func<TlsResult, Prf> score) => Results.Average(r => score(r).F1);

    private static string Row(string name, int articles, int dates, int k, TlsScores s, TlsScores b) => string.Create(CultureInfo.InvariantCulture,
        $"{name,-24} {articles,8} {dates,5} {k,2}   {s.Dates.F1,7:F3} {s.Rouge1.F1,6:F3} {s.Rouge2.F1,6:F3}   {b.Dates.F1,17:F3} {b.Rouge1.F1,6:F3} {b.Rouge2.F1,6:F3}\n");
}
