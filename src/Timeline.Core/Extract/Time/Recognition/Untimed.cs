using System.Text.RegularExpressions;

namespace Timeline.Extract.Time.Recognition;

/// <summary>
/// The library's regexes again without their match timeout. The library builds every regex with a timeout (two hours
/// unless a recogniser is given another), and an interpreted regex with a timeout reads the clock at every step back:
/// a third of the time of the regexes measured over the candidate windows. Same pattern, same options, so the same
/// matches; a regex that ran away would be stopped after two hours either way, far past any article's time budget.
/// </summary>
internal static class Untimed
{
    public static Regex[] Copy(IEnumerable<Regex> regexes) =>
        [.. regexes.Select(r => new Regex(r.ToString(), r.Options, Regex.InfiniteMatchTimeout))];

    /// <summary>A copy interpreted, not compiled: the JIT takes longer over a large compiled pattern than a process's matches take.</summary>
    public static Regex Interpreted(Regex regex) =>
        new(regex.ToString(), regex.Options & ~RegexOptions.Compiled, Regex.InfiniteMatchTimeout);
}
