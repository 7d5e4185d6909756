namespace Timeline.Render;

/// <summary>Reads a template or asset as text with '\n' line endings, whatever editor saved it.</summary>
internal static class TemplateText
{
    public static string Read(string path) => Normalize(File.ReadAllText(path));

    public static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
