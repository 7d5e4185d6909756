using System.Globalization;
using System.Text.RegularExpressions;

namespace Timeline.Ingest;

/// <summary>Reads the publication-date spellings found in front matter and page metadata.</summary>
internal static partial class PublicationDateParser
{
    private static readonly string[] WrittenFormats =
    [
        "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "MMM d yyyy",
        "dddd, d MMMM yyyy", "dddd, MMMM d, yyyy", "ddd, d MMM yyyy",
    ];

    /// <summary>
    /// Parses <paramref name="text"/>; a date-time keeps the date as written, because converting
    /// the offset to UTC would move late-evening articles to the next day.
    /// </summary>
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            return false;
        }

        var numeric = NumericDate().Match(value);
        if (numeric.Success)
        {
            return TryCreate(numeric.Groups["y"].Value, numeric.Groups["m"].Value, numeric.Groups["d"].Value, out date);
        }

        if (DateTime.TryParseExact(value, WrittenFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AllowWhiteSpaces, out var written))
        {
            date = DateOnly.FromDateTime(written);
            return true;
        }

        return false;
    }

    private static bool TryCreate(string year, string month, string day, out DateOnly date)
    {
        date = default;
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }

    // 2023-08-18, 2023/08/18, and ISO date-times such as 2023-08-18T21:30:00.000+02:00 or ...Z.
    [GeneratedRegex(@"^(?<y>\d{4})(?<sep>[-/])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumericDate();
}
