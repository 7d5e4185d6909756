using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Timeline.Store;

/// <summary>What a plain YAML scalar would be read as, so strings that look like something else get quoted.</summary>
internal static class ScalarText
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "", "~", "null", "true", "false", "yes", "no", "y", "n", "on", "off", ".inf", "-.inf", "+.inf", ".nan",
    };

    public static bool IsNull(Scalar scalar) =>
        scalar.Style == ScalarStyle.Plain && (scalar.Value.Length == 0 || scalar.Value == "~" || scalar.Value == "null");

    /// <summary>
    /// True when a plain scalar with this text could be read as a null, bool, number, date or time
    /// by some YAML reader (1.1 or 1.2). Anything starting with a digit counts: simple to explain,
    /// and it covers dates, TIMEX values (2023-Q3) and numbers alike.
    /// </summary>
    public static bool LooksLikeNonString(string text)
    {
        if (Reserved.Contains(text))
        {
            return true;
        }

        var first = text[0];
        if (char.IsAsciiDigit(first))
        {
            return true;
        }

        return (first is '-' or '+' or '.') && text.Length > 1 && (char.IsAsciiDigit(text[1]) || text[1] == '.');
    }
}
