using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Diagnostics;
using Timeline.Store;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Timeline.Render;

/// <summary>
/// Reads <c>timeline.yaml</c>: a mapping of <c>title</c>, <c>description</c>, <c>base_url</c>,
/// <c>language</c>, <c>min_confidence</c> (0 to 1), <c>page_events</c> (a whole number, 1 or more) and <c>theme</c> (a mapping of names to text). A bad value is reported at its
/// line and column and left at its default; the rest of the file still applies.
/// </summary>
public static partial class SiteSettingsReader
{
    public const string FileName = "timeline.yaml";
    public const string Code = "TL0406";

    /// <summary>
    /// The settings in <paramref name="configPath"/> when given (it must exist), else in
    /// <c>timeline.yaml</c> beside the input folder when there is one, else the defaults.
    /// </summary>
    public static SiteSettings Load(string? configPath, string inputFolder, DiagnosticBag diagnostics)
    {
        if (configPath is not null)
        {
            if (File.Exists(configPath))
            {
                return Read(configPath, diagnostics);
            }

            diagnostics.Add(Diagnostic.Error(Code, configPath, 0, 0, "the site settings file does not exist"));
            return SiteSettings.Default;
        }

        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputFolder)));
        var beside = parent is null ? null : Path.Combine(parent, FileName);
        return beside is not null && File.Exists(beside) ? Read(beside, diagnostics) : SiteSettings.Default;
    }

    public static SiteSettings Read(string path, DiagnosticBag diagnostics)
    {
        try
        {
            return Parse(File.ReadAllText(path), path, diagnostics);
        }
        catch (IOException e)
        {
            diagnostics.Add(Diagnostic.Error(Code, path, 0, 0, $"cannot read the site settings: {e.Message}"));
            return SiteSettings.Default;
        }
    }

    /// <summary>Parses settings text; <paramref name="path"/> only names the file in diagnostics.</summary>
    public static SiteSettings Parse(string text, string path, DiagnosticBag diagnostics)
    {
        if (!YamlGuard.Check(path, text, Code, diagnostics))
        {
            return SiteSettings.Default;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            diagnostics.Add(Diagnostic.Error(Code, path, (int)e.Start.Line, (int)e.Start.Column, e.Message));
            return SiteSettings.Default;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return SiteSettings.Default;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Report(diagnostics, path, stream.Documents[0].RootNode, "the site settings must be a mapping such as 'title: My timeline'");
            return SiteSettings.Default;
        }

        var settings = SiteSettings.Default;
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            settings = key switch
            {
                "title" => Text(valueNode, path, diagnostics) is { } t ? settings with { Title = t } : settings,
                "description" => Text(valueNode, path, diagnostics) is { } d ? settings with { Description = d } : settings,
                "base_url" => BaseUrl(valueNode, path, diagnostics) is { } u ? settings with { BaseUrl = u } : settings,
                "language" => Language(valueNode, path, diagnostics) is { } l ? settings with { Language = l } : settings,
                "min_confidence" => MinConfidence(valueNode, path, diagnostics) is { } c ? settings with { MinConfidence = c } : settings,
                "page_events" => PageEvents(valueNode, path, diagnostics) is { } n ? settings with { PageEvents = n } : settings,
                "theme" => settings with { Theme = Theme(valueNode, path, diagnostics) },
                _ => Unknown(settings, keyNode, key, path, diagnostics),
            };
        }

        return settings;
    }

    private static SiteSettings Unknown(SiteSettings settings, YamlNode node, string key, string path, DiagnosticBag diagnostics)
    {
        diagnostics.Add(Diagnostic.Warning(Code, path, (int)node.Start.Line, (int)node.Start.Column,
            $"unknown setting '{key}' is ignored; known: title, description, base_url, language, min_confidence, page_events, theme"));
        return settings;
    }

    private static string? Text(YamlNode node, string path, DiagnosticBag diagnostics)
    {
        if (node is YamlScalarNode scalar)
        {
            return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
        }

        Report(diagnostics, path, node, "expected a text value");
        return null;
    }

    private static string? BaseUrl(YamlNode node, string path, DiagnosticBag diagnostics)
    {
        var text = Text(node, path, diagnostics);
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            Report(diagnostics, path, node, $"base_url must be an absolute http(s) address such as https://you.github.io/project/, not '{text}'");
            return null;
        }

        return text.EndsWith('/') ? text : text + "/";
    }

    private static string? Language(YamlNode node, string path, DiagnosticBag diagnostics)
    {
        var text = Text(node, path, diagnostics);
        if (text is not null && !LanguageTag().IsMatch(text))
        {
            Report(diagnostics, path, node, $"language must be a language tag such as 'en' or 'pt-BR', not '{text}'");
            return null;
        }

        return text;
    }

    private static double? MinConfidence(YamlNode node, string path, DiagnosticBag diagnostics)
    {
        var text = Text(node, path, diagnostics);
        if (text is null)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !(value is >= 0 and <= 1))
        {
            Report(diagnostics, path, node, $"min_confidence must be a number from 0 to 1 such as 0.6, not '{text}'");
            return null;
        }

        return value;
    }

    private static int? PageEvents(YamlNode node, string path, DiagnosticBag diagnostics)
    {
        var text = Text(node, path, diagnostics);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
        {
            Report(diagnostics, path, node, $"page_events must be a whole number of 1 or more such as 500, not '{text}'");
            return null;
        }

        return value;
    }

    private static SortedDictionary<string, string> Theme(YamlNode node, string path, DiagnosticBag diagnostics)
    {
        var theme = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (node is not YamlMappingNode mapping)
        {
            Report(diagnostics, path, node, "theme must be a mapping of option names to values");
            return theme;
        }

        foreach (var (key, value) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is null || !OptionName().IsMatch(name))
            {
                Report(diagnostics, path, key, "theme option names are lower-case words joined by '_', e.g. accent_dark");
            }
            else if (value is YamlScalarNode { Value: { } v })
            {
                theme[name] = v.Trim();
            }
            else
            {
                Report(diagnostics, path, value, $"theme option '{name}' must be a single value");
            }
        }

        return theme;
    }

    private static void Report(DiagnosticBag diagnostics, string path, YamlNode node, string message) =>
        diagnostics.Add(Diagnostic.Error(Code, path, (int)node.Start.Line, (int)node.Start.Column, message));

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex OptionName();
}
