using System.Text.RegularExpressions;

namespace Timeline.Tests.Store;

/// <summary>Reads and edits store files the way a person with a text editor would.</summary>
internal static class StoreFiles
{
    public static string Read(string path) => File.ReadAllText(path);

    public static void Edit(string path, string oldText, string newText)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(oldText, text);
        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    /// <summary>Removes the list item (starting "- id: x") with everything indented under it.</summary>
    public static void RemoveItem(string path, string id)
    {
        var text = File.ReadAllText(path);
        var pattern = new Regex($"^- id: {Regex.Escape(id)}\\n(?:  .*\\n)*", RegexOptions.Multiline);
        Assert.Matches(pattern, text);
        File.WriteAllText(path, pattern.Replace(text, "", 1));
    }
}
