using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Timeline.Diagnostics;

namespace Timeline.Render;

/// <summary>
/// Parses templates once from the layers and renders them with strict settings, turning every
/// Scriban error into a diagnostic at the template's file(line,col), each reported once.
/// </summary>
internal sealed class TemplateEngine
{
    public const string TemplateError = "TL0401";
    public const string IncludeRefused = "TL0402";

    /// <summary>Iterations of one loop.</summary>
    public const int MaxLoop = 1_000_000;

    /// <summary>Characters of one page (a page of 1,000 events is about 1 MB).</summary>
    public const int MaxOutput = 64 << 20;

    private readonly TemplateLayers _layers;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, Template?> _parsed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    private readonly LayeredTemplateLoader _loader;

    // Scriban parses an include once per render context, and a site makes two contexts per page: kept
    // here, an include is read and parsed once per site instead of once per page.
    private readonly Dictionary<string, Template> _includes = new(StringComparer.Ordinal);

    public TemplateEngine(TemplateLayers layers, DiagnosticBag diagnostics)
    {
        _layers = layers;
        _diagnostics = diagnostics;
        _loader = new LayeredTemplateLoader(layers);
    }

    /// <summary>Renders <paramref name="name"/> (a layer-relative path) with the globals; null on error.</summary>
    public string? Render(string name, ScriptObject globals)
    {
        var template = Parse(name);
        if (template is null)
        {
            return null;
        }

        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            // Far above what a site of tens of thousands of events needs, and a `while true` or a
            // runaway loop stops with an error instead of hanging or filling the memory.
            LoopLimit = MaxLoop,
            LimitToString = MaxOutput,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = MaxOutput,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            NewLine = "\n",
            TemplateLoader = _loader,
        };
        foreach (var (path, include) in _includes)
        {
            context.CachedTemplates[path] = include;
        }

        context.PushGlobal(globals);
        try
        {
            var text = TemplateText.Normalize(template.Render(context));
            foreach (var (path, include) in context.CachedTemplates)
            {
                _includes.TryAdd(path, include);
            }

            return text;
        }
        catch (IncludeRefusedException e)
        {
            Report(IncludeRefused, e.Span, e.OriginalMessage);
        }
        catch (ScriptParserRuntimeException e)
        {
            // An included template failed to parse: point at the include's own errors.
            ReportAll(e.ParserMessages);
        }
        catch (ScriptRuntimeException e)
        {
            Report(TemplateError, e.Span, e.OriginalMessage);
        }
        catch (IOException e)
        {
            Report(TemplateError, new SourceSpan(_layers.Roots[0], default, default), e.Message);
        }

        return null;
    }

    private Template? Parse(string name)
    {
        if (_parsed.TryGetValue(name, out var cached))
        {
            return cached;
        }

        Template? template = null;
        if (!_layers.TryResolve(name, out var path) || path is null)
        {
            var where = Path.Combine(_layers.Roots[^1], name);
            Report(TemplateError, new SourceSpan(where, default, default), $"template '{name}' was not found in any template folder", wholeFile: true);
        }
        else
        {
            template = Template.Parse(TemplateText.Read(path), path);
            if (template.HasErrors)
            {
                ReportAll(template.Messages);
                template = null;
            }
        }

        _parsed[name] = template;
        return template;
    }

    private void ReportAll(LogMessageBag messages)
    {
        foreach (var message in messages.Where(m => m.Type == ParserMessageType.Error))
        {
            Report(TemplateError, message.Span, message.Message);
        }
    }

    private void Report(string code, SourceSpan span, string message, bool wholeFile = false)
    {
        var line = wholeFile ? 0 : span.Start.Line + 1;
        var column = wholeFile ? 0 : span.Start.Column + 1;
        var diagnostic = Diagnostic.Error(code, span.FileName ?? "", line, column, message);
        if (_reported.Add(diagnostic.ToString()))
        {
            _diagnostics.Add(diagnostic);
        }
    }
}
