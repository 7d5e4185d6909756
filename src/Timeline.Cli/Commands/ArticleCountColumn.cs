using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Timeline.Cli.Commands;

/// <summary>Progress column: articles done out of all of them ("120/2000").</summary>
internal sealed class ArticleCountColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text(string.Create(CultureInfo.InvariantCulture, $"{task.Value:0}/{task.MaxValue:0}"));
}
