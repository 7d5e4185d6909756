using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Timeline.Render;

/// <summary>Resolves Scriban <c>include</c> through the same layers as the pages.</summary>
internal sealed class LayeredTemplateLoader : ITemplateLoader
{
    private readonly TemplateLayers _layers;

    // The layers do not change during a render: each name is looked up on disk once.
    private readonly Dictionary<string, string> _paths = new(StringComparer.Ordinal);

    public LayeredTemplateLoader(TemplateLayers layers)
    {
        _layers = layers;
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (_paths.TryGetValue(templateName, out var known))
        {
            return known;
        }

        if (!_layers.TryResolve(templateName, out var fullPath))
        {
            throw new IncludeRefusedException(callerSpan, $"include '{templateName}' is refused: it leaves the template folder");
        }

        _paths[templateName] = fullPath ?? throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' was not found in any template folder");
        return fullPath;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        TemplateText.Read(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));
}
