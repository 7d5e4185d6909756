using System.Text.RegularExpressions;
using Timeline.Extract.Time.Recognition;

namespace Timeline.Tests.Extract.Time.Recognition;

/// <summary>A copy of a library regex matches as the original does, without the clock reading of a timeout.</summary>
public sealed class UntimedTests
{
    [Fact]
    public void A_copy_keeps_the_pattern_the_options_and_the_order_and_drops_the_timeout()
    {
        var timed = new[]
        {
            new Regex(@"\b(?<month>may|june)\s+(?<day>\d{1,2})\b", RegexOptions.Singleline | RegexOptions.ExplicitCapture, TimeSpan.FromHours(2)),
            new Regex(@"\bnext\s+week\b", RegexOptions.Singleline | RegexOptions.RightToLeft, TimeSpan.FromHours(2)),
        };

        var copies = Untimed.Copy(timed);

        Assert.Equal(timed.Select(r => (r.ToString(), r.Options)), copies.Select(r => (r.ToString(), r.Options)));
        Assert.All(copies, r => Assert.Equal(Regex.InfiniteMatchTimeout, r.MatchTimeout));
    }

    [Fact]
    public void A_copy_finds_the_same_matches_and_groups()
    {
        var timed = new Regex(@"\b(?<month>may|june)\s+(?<day>\d{1,2})\b", RegexOptions.Singleline | RegexOptions.ExplicitCapture, TimeSpan.FromHours(2));
        const string text = "The leak began on may 20 and was capped on june 3, not june 31st.";

        var copy = Untimed.Copy([timed])[0];

        Assert.Equal(
            timed.Matches(text).Select(m => (m.Index, m.Length, m.Groups["day"].Value)),
            copy.Matches(text).Select(m => (m.Index, m.Length, m.Groups["day"].Value)));
    }
}
