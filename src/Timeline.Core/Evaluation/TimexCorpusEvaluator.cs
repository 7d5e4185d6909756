using Timeline.Diagnostics;
using Timeline.Extract.Time;

namespace Timeline.Evaluation;

/// <summary>Scores a folder of system TimeML files against a folder of gold ones, paired by relative path.</summary>
public sealed class TimexCorpusEvaluator
{
    private readonly TimeMlReader _reader = new();

    public CorpusEvaluation Evaluate(string goldDir, string systemDir, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var documents = new List<DocumentEvaluation>();
        foreach (var relative in TimeMlFiles.Find(goldDir))
        {
            var gold = _reader.Read(Path.Combine(goldDir, relative), diagnostics);
            if (gold is null) continue;
            var systemPath = Path.Combine(systemDir, relative);
            if (!File.Exists(systemPath))
            {
                // Scored as an empty answer, so a lost file costs recall instead of vanishing from the figures.
                diagnostics.Add(Diagnostic.Error("TL0510", systemPath, 0, 0, "no system file for this gold document; scored as finding nothing"));
                documents.Add(EvaluateDocument(relative, gold, []));
                continue;
            }

            var system = _reader.Read(systemPath, diagnostics);
            if (system is null) continue;
            if (FirstDifference(gold.Text, system.Text) is { } at)
            {
                diagnostics.Add(Diagnostic.Error("TL0511", systemPath, 0, 0,
                    $"TEXT differs from the gold document's from character {at}; offsets cannot be compared, document skipped"));
                continue;
            }

            documents.Add(EvaluateDocument(relative, gold, [.. system.Timexes.Select(ToTimex3)]));
        }

        foreach (var relative in TimeMlFiles.Find(systemDir).Where(r => !File.Exists(Path.Combine(goldDir, r))))
        {
            diagnostics.Add(Diagnostic.Warning("TL0512", Path.Combine(systemDir, relative), 0, 0, "no gold document with this path; not scored"));
        }

        return new CorpusEvaluation { Documents = documents };
    }

    /// <summary>Scores one document's system TIMEX3s (offsets into <paramref name="gold"/>'s TEXT).</summary>
    public static DocumentEvaluation EvaluateDocument(string name, TimeMlDocument gold, IReadOnlyList<Timex3> system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        var alignment = TimexAligner.Align(gold.Timexes, system);
        return new DocumentEvaluation
        {
            Document = name,
            Score = TimexScorer.Score(alignment, gold.Timexes.Count, system.Count),
            Errors = TimexErrorFinder.Find(name, gold.Text, alignment),
        };
    }

    /// <summary>A TIMEX3 read from a file, as the system type the scorer compares.</summary>
    public static Timex3 ToTimex3(GoldTimex timex)
    {
        ArgumentNullException.ThrowIfNull(timex);
        return new Timex3
        {
            Start = timex.Start,
            Text = timex.Text,
            Type = timex.Type,
            Value = timex.Value,
            Mod = timex.Mod,
            Freq = timex.Freq,
            Quant = timex.Quant,
        };
    }

    private static int? FirstDifference(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            if (a[i] != b[i]) return i;
        }

        return a.Length == b.Length ? null : n;
    }
}
