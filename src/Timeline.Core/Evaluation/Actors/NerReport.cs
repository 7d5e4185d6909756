using System.Globalization;
using System.Text;

namespace Timeline.Evaluation.Actors;

/// <summary>Prints NER scores as a fixed-width table (percentages, invariant culture).</summary>
public static class NerReport
{
    public static string Format(NerEvaluation evaluation)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{evaluation.Documents} document(s), CoNLL exact spans, MISC not scored\n");
        sb.Append("type   precision  recall      F1    gold  system correct\n");
        foreach (var score in evaluation.Types.Append(evaluation.Overall))
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"{score.Type,-5} {100 * score.Precision,10:F2} {100 * score.Recall,7:F2} {100 * score.F1,7:F2} {score.Gold,7} {score.System,7} {score.Correct,7}\n");
        }

        return sb.ToString();
    }
}
