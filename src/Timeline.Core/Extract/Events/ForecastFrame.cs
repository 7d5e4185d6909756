namespace Timeline.Extract.Events;

/// <summary>
/// "Ida Berg said it is increasingly likely that Maersk will cut its dividend", "said it was possible the talks would
/// collapse": a step to come that the speaker only rates as likely or possible is a forecast, not a plan anyone announced.
/// The rating stands between the reporting verb and the reported clause; the step is not told. Pure.
/// </summary>
public static class ForecastFrame
{
    private static readonly HashSet<string> Ratings = new(StringComparer.OrdinalIgnoreCase)
    {
        "likely", "unlikely", "probable", "improbable", "possible", "inevitable", "doubtful", "conceivable",
    };

    /// <summary>Whether a word between the reporting verb at <paramref name="reportingVerb"/> and the reported clause's first word
    /// at <paramref name="complementStart"/> rates what follows as likely or possible.</summary>
    public static bool Holds(IReadOnlyList<string> words, int reportingVerb, int complementStart)
    {
        ArgumentNullException.ThrowIfNull(words);
        for (var k = reportingVerb + 1; k < complementStart && k < words.Count; k++)
        {
            if (Ratings.Contains(words[k])) return true;
        }

        return false;
    }
}
