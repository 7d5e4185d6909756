namespace Timeline.Cli;

/// <summary>
/// Standard error, for diagnostics and mistakes on the command line: plain writes, one line each, never
/// wrapped at the terminal width, so `path(line,col): error CODE: message` survives CI logs and grep.
/// </summary>
public sealed class ErrorOutput(TextWriter writer)
{
    public void Line(string text)
    {
        writer.Write(text);
        writer.Write('\n');
        writer.Flush();
    }
}
