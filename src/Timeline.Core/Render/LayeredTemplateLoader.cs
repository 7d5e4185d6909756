using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Timeline.Render;

/// <summary>Resolves Scriban <c>include</c> through the same layers as the pages.</summary>
internal sealed class LayeredTemplateLoader : ITemplateLoader
{
    private readonly TemplateLayers _layers;

    public LayeredTemplateLoader(TemplateLayers layers)
    {
        _layers = layers;
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!_layers.TryResolve(templateName, out var fullPath))
        {
            throw new IncludeRefusedException(callerSpan, $"include '{templateName}' is refused: it leaves the template folder");
        }

        return fullPath ?? throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' was not found in any template folder");
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        TemplateText.Read(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));
}
