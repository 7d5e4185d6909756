using System.Globalization;
using System.Text;

namespace Timeline.Evaluation.Anchoring;

/// <summary>Writes the anchoring figures: one row per corpus folder when there are several, then the total.</summary>
public static class AnchoringReport
{
    public static string Format(IReadOnlyList<AnchoringCorpus> corpora)
    {
        ArgumentNullException.ThrowIfNull(corpora);
        var output = new StringBuilder();
        output.Append("corpus           docs    gold  system  matched  coverage   right  accuracy  unmatched  on-event\n");
        if (corpora.Count > 1)
        {
            foreach (var corpus in corpora)
            {
                Row(output, corpus.Name, corpus.Total);
            }
        }

        Row(output, "total", AnchoringScore.Sum(corpora.Select(c => c.Total)));
        output.Append("coverage = matched / gold anchored events; accuracy = dated right / matched;\n");
        output.Append("unmatched = system events on no gold anchored event, on-event = of them, on a gold EVENT without a date anchor\n");
        return output.ToString();
    }

    /// <summary>One line per document: gold, system, matched, right.</summary>
    public static string FormatDocuments(IReadOnlyList<AnchoringCorpus> corpora)
    {
        ArgumentNullException.ThrowIfNull(corpora);
        var output = new StringBuilder();
        output.Append("document  gold  system  matched  right\n");
        foreach (var corpus in corpora)
        {
            foreach (var d in corpus.Documents)
            {
                var name = corpora.Count > 1 ? $"{corpus.Name}/{d.Name}" : d.Name;
                output.Append(CultureInfo.InvariantCulture, $"{name}  {d.Score.Gold}  {d.Score.System}  {d.Score.Matched}  {d.Score.Right}\n");
            }
        }

        return output.ToString();
    }

    private static void Row(StringBuilder output, string name, AnchoringScore s) =>
        output.Append(CultureInfo.InvariantCulture,
            $"{name,-14} {s.Documents,6} {s.Gold,7} {s.System,7} {s.Matched,8} {Percent(s.Coverage),9} {s.Right,7} {Percent(s.Accuracy),9} {s.Unmatched,10} {s.UnmatchedOnGoldEvent,9}\n");

    private static string Percent(double ratio) => (ratio * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
