using System.Reflection;

namespace Timeline.Extract.Text.Pos;

/// <summary>Reads the tagger's embedded data files (derived from en-pos by tools/pos/build.mjs).</summary>
internal static class PosResources
{
    public static IEnumerable<string[]> Rows(string resource) => Lines(resource).Select(l => l.Split('\t'));

    public static IEnumerable<string> Lines(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing embedded part-of-speech data '{resource}'.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0) lines.Add(line);
        }

        return lines;
    }
}
