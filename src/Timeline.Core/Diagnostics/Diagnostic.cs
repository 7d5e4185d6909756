namespace Timeline.Diagnostics;

/// <summary>A problem found in the data, printed as <c>path(line,col): error TL0101: message</c>.</summary>
public sealed record Diagnostic
{
    public required string Path { get; init; }

    /// <summary>1-based line; 0 when the problem concerns the whole file.</summary>
    public int Line { get; init; }

    /// <summary>1-based column; 0 when unknown.</summary>
    public int Column { get; init; }

    public required Severity Severity { get; init; }

    /// <summary>Stable code: TL01xx ingest, TL02xx extract, TL03xx store, TL04xx render, TL09xx command line.</summary>
    public required string Code { get; init; }

    public required string Message { get; init; }

    public static Diagnostic Error(string code, string path, int line, int column, string message) =>
        new() { Code = code, Path = path, Line = line, Column = column, Severity = Severity.Error, Message = message };

    public static Diagnostic Warning(string code, string path, int line, int column, string message) =>
        new() { Code = code, Path = path, Line = line, Column = column, Severity = Severity.Warning, Message = message };

    public override string ToString()
    {
        var where = Line > 0 ? $"{Path}({Line},{Math.Max(Column, 1)})" : Path;
        var level = Severity.ToString().ToLowerInvariant();
        return $"{where}: {level} {Code}: {Message}";
    }
}
