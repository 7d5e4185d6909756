using System.Globalization;

namespace Timeline.Render;

/// <summary>Keys and labels of event types (PLOVER codes such as <c>CONSULT</c>, or <c>other</c>).</summary>
internal static class EventTypes
{
    /// <summary>The lower-case key, or null when the event has no type.</summary>
    public static string? Key(string? type) =>
        string.IsNullOrWhiteSpace(type) ? null : type.Trim().ToLowerInvariant();

    /// <summary><c>MATERIAL_CONFLICT</c> reads as <c>Material conflict</c>.</summary>
    public static string Label(string key)
    {
        var words = key.Replace('_', ' ').Replace('-', ' ');
        return words.Length == 0 ? words : char.ToUpper(words[0], CultureInfo.InvariantCulture) + words[1..];
    }

    public static string PagePath(string key) => $"types/{key}.html";
}
