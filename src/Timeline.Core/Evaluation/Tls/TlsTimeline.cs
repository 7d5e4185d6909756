using System.Globalization;
using System.Text;

namespace Timeline.Evaluation.Tls;

/// <summary>A dated summary in the Timeline17 format: a <c>YYYY-MM-DD</c> line, its sentences one a line, a line of dashes.</summary>
public sealed record TlsTimeline
{
    public const string Separator = "--------------------------------";

    /// <summary>In chronological order, each date once.</summary>
    public required List<TlsDay> Days { get; init; }

    public IEnumerable<DateOnly> Dates => Days.Select(d => d.Date);

    /// <summary>The mean number of sentences per date, rounded half away from zero, at least 1.</summary>
    public int SentencesPerDate => Days.Count == 0 ? 1 : Math.Max(1, (int)Math.Round(Days.Average(d => d.Sentences.Count), MidpointRounding.AwayFromZero));

    /// <summary>The text of the timeline; newlines inside a sentence become spaces, so every sentence stays one line.</summary>
    public string Format()
    {
        var sb = new StringBuilder();
        foreach (var day in Days)
        {
            sb.Append(day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
            foreach (var sentence in day.Sentences)
            {
                sb.Append(string.Join(' ', sentence.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries))).Append('\n');
            }

            sb.Append(Separator).Append('\n');
        }

        return sb.ToString();
    }
}
