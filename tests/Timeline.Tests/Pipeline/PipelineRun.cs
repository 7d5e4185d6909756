using Timeline.Diagnostics;
using Timeline.Pipeline;
using Timeline.Tests.Render;

namespace Timeline.Tests.Pipeline;

/// <summary>A case's seeds copied to a temp folder and built into <c>output/</c> beside them; deleted on dispose.</summary>
public sealed class PipelineRun : IDisposable
{
    /// <summary>Stands for the temp folder in golden diagnostics, so they read the same on every machine.</summary>
    public const string TempToken = "<temp>";

    private readonly TempFolder _temp = new();

    public PipelineRun(string seedsFolder)
    {
        PipelineCases.CopyFolder(seedsFolder, Input);
    }

    public string Input => _temp.Combine("seeds");

    public string Output => _temp.Combine("output");

    public string Site => Path.Combine(Output, "site");

    public BuildOptions Options => new() { Input = Input, Output = Output };

    public DiagnosticBag Diagnostics { get; private set; } = new();

    public BuildSummary? Summary { get; private set; }

    /// <summary>Runs a whole build (extract and render) with fresh diagnostics.</summary>
    public BuildSummary Build()
    {
        Diagnostics = new DiagnosticBag();
        Summary = new TimelineBuilder(Options).Build(Diagnostics);
        return Summary;
    }

    /// <summary>The sorted diagnostics, one per line, with the temp folder replaced by <see cref="TempToken"/>.</summary>
    public string DiagnosticsText() =>
        string.Concat(Diagnostics.ToSortedList().Select(d => d.ToString().Replace(_temp.Path, TempToken, StringComparison.Ordinal) + "\n"));

    public static PipelineRun Of(string caseName) => new(PipelineCases.Seeds(caseName));

    public void Dispose() => _temp.Dispose();
}
