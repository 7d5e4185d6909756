using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Timeline.Cli.Commands;

/// <summary>Progress column: articles per second, over the last few seconds (cached articles count too, so it rises on a rebuild).</summary>
internal sealed class ArticleRateColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text(task.Speed is { } speed ? string.Create(CultureInfo.InvariantCulture, $"{speed:0.0} articles/s") : "- articles/s");
}
