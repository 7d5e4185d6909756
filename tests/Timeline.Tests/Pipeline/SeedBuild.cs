using Timeline.Diagnostics;
using Timeline.Model;
using Timeline.Store;

namespace Timeline.Tests.Pipeline;

/// <summary>The seed article built once and loaded back from the store, shared by a test class.</summary>
public sealed class SeedBuild : IDisposable
{
    private readonly PipelineRun _run = PipelineRun.Of(PipelineCases.SeedArticle);

    public SeedBuild()
    {
        _run.Build();
        LoadDiagnostics = new DiagnosticBag();
        Data = new EventStore(_run.Output).Load(LoadDiagnostics).Data;
    }

    public PipelineRun Run => _run;

    public TimelineData Data { get; }

    public DiagnosticBag LoadDiagnostics { get; }

    public void Dispose() => _run.Dispose();
}
