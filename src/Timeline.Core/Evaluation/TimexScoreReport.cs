using System.Globalization;
using System.Text;

namespace Timeline.Evaluation;

/// <summary>Formats scores as fixed-width plain text: the four measures, and optionally one line per document.</summary>
public static class TimexScoreReport
{
    /// <summary>Precision, recall and F1 for strict, relaxed, value and type matching.</summary>
    public static string Format(TimexScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        var output = new StringBuilder();
        output.Append(CultureInfo.InvariantCulture, $"gold {score.Gold}, system {score.System}\n");
        output.Append("          precision  recall      F1  matched\n");
        Line(output, "strict", score.Strict);
        Line(output, "relaxed", score.Relaxed);
        Line(output, "value", score.Value);
        Line(output, "type", score.Type);
        return output.ToString();
    }

    /// <summary>One line per document: counts and the four F1 figures.</summary>
    public static string FormatDocuments(IReadOnlyList<DocumentEvaluation> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var width = Math.Max(8, documents.Select(d => d.Document.Length).DefaultIfEmpty(0).Max());
        var output = new StringBuilder();
        output.Append(CultureInfo.InvariantCulture, $"{"document".PadRight(width)}  gold  system  strict  relaxed   value    type\n");
        foreach (var d in documents)
        {
            var s = d.Score;
            output.Append(CultureInfo.InvariantCulture,
                $"{d.Document.PadRight(width)}  {s.Gold,4}  {s.System,6}  {F1(s.Strict),6}  {F1(s.Relaxed),7}  {F1(s.Value),6}  {F1(s.Type),6}\n");
        }

        return output.ToString();
    }

    private static void Line(StringBuilder output, string name, TimexMeasure m) =>
        output.Append(CultureInfo.InvariantCulture, $"{name,-8}  {Figure(m.Precision, m.System),9}  {Figure(m.Recall, m.Gold),6}  {F1(m),6}  {m.Matches,7}\n");

    private static string F1(TimexMeasure m) => Figure(m.F1, m.Gold + m.System);

    /// <summary>A ratio to three decimals, or '-' when its denominator is zero and it means nothing.</summary>
    private static string Figure(double value, int denominator) =>
        denominator == 0 ? "-" : value.ToString("0.000", CultureInfo.InvariantCulture);
}
