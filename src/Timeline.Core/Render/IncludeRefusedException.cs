using Scriban.Parsing;
using Scriban.Syntax;

namespace Timeline.Render;

/// <summary>Stops a render whose <c>include</c> path escapes the template folder; reported as TL0402.</summary>
internal sealed class IncludeRefusedException : ScriptRuntimeException
{
    public IncludeRefusedException(SourceSpan span, string message)
        : base(span, message)
    {
    }
}
