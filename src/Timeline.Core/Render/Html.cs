using System.Text;

namespace Timeline.Render;

/// <summary>Escaping for text that goes into HTML element content or quoted attributes.</summary>
internal static class Html
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("<>&\"'") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    public static string? EscapeOrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : Escape(text.Trim());

    /// <summary>The escaped address when it is an absolute http(s) URL; anything else (javascript:, relative) is not a link.</summary>
    public static string? WebUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        return Escape(url.Trim());
    }
}
