namespace Timeline.Render;

/// <summary>Which ids can become file names of pages: plain slugs only, so no id can write outside the site.</summary>
internal static class PageNames
{
    public static bool IsSafe(string id) =>
        id.Length is > 0 and <= 120
        && char.IsAsciiLetterOrDigit(id[0])
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
        && !id.Contains("..", StringComparison.Ordinal)
        && !id.EndsWith('.');

    public static string Actor(string id) => $"actors/{id}.html";

    public static string Article(string id) => $"articles/{id}.html";

    public static string Event(string id) => $"events/{id}.html";
}
