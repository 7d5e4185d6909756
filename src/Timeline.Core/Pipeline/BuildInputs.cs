using System.Globalization;
using System.Reflection;
using System.Text;
using Timeline.Render;

namespace Timeline.Pipeline;

/// <summary>
/// The hash of everything a build's output follows from, beside the store files themselves: the build of the code, the
/// options as given, the articles' extraction keys (which cover each article, the hand edits that steer extraction and
/// the extractor), the site settings file and every template file, built-in and the user's.
/// </summary>
internal static class BuildInputs
{
    /// <summary>The build of the code: the module version ids of the assemblies a build's output depends on.</summary>
    public static string Tool { get; } = string.Join(',', new[]
    {
        typeof(BuildInputs).Assembly, typeof(Scriban.Template).Assembly, typeof(YamlDotNet.Serialization.ISerializer).Assembly,
        Assembly.GetEntryAssembly() ?? typeof(BuildInputs).Assembly,
    }.Select(a => a.ManifestModule.ModuleVersionId.ToString("N")));

    /// <summary>The hash of the inputs; null when one of them cannot be told apart from a change (a link among the templates).</summary>
    public static string? Of(BuildOptions options, IReadOnlyList<string> keys)
    {
        var text = new StringBuilder();
        void Line(string name, object? value) => text.Append(name).Append('=').Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\n');
        Line("version", 1);
        Line("tool", Tool);
        Line("directory", Directory.GetCurrentDirectory());
        Line("input", options.Input);
        Line("input-full", Path.GetFullPath(options.Input));
        Line("output", options.Output);
        Line("output-full", Path.GetFullPath(options.Output));
        Line("reference-date", options.ReferenceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Line("follow-links", options.FollowLinks);
        Line("title", options.SiteTitle);
        Line("config", options.Config);
        Line("templates", options.Templates);
        Line("cache", options.CacheFolder);
        Line("key-dates", options.Summary.Dates);
        Line("key-sentences", options.Summary.SentencesPerDate);
        foreach (var key in keys) Line("article", key);

        var settings = options.Config ?? SettingsBeside(options.Input);
        Line("settings-file", settings);
        Line("settings", settings is not null && File.Exists(settings) ? HashOf(settings) : "none");

        var builtIn = BuiltInTemplates.Locate();
        foreach (var (name, folder) in new[] { ("built-in", builtIn), ("user", options.Templates ?? UserTemplates.Beside(options.Input, builtIn)) })
        {
            Line(name + "-templates", folder);
            if (folder is null) continue;
            if (FileHashes.Of(folder) is not { } files) return null;
            foreach (var (path, hash) in files.OrderBy(f => f.Key, StringComparer.Ordinal)) Line(name + "-template", path + " " + hash);
        }

        return FileHashes.Of(Encoding.UTF8.GetBytes(text.ToString()));
    }

    // Where SiteSettingsReader looks when no --config is given.
    private static string? SettingsBeside(string input)
    {
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(input)));
        return parent is null ? null : Path.Combine(parent, SiteSettingsReader.FileName);
    }

    private static string HashOf(string path)
    {
        try
        {
            return FileHashes.Of(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "unreadable";
        }
    }
}
