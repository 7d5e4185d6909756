namespace Timeline.Diagnostics;

/// <summary>How serious a diagnostic is; any error makes the run fail.</summary>
public enum Severity
{
    Error,
    Warning,
    Info,
}
