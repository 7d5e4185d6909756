using Spectre.Console;
using Spectre.Console.Cli;
using Timeline.Cli.Commands;

namespace Timeline.Cli;

/// <summary>The command-line application: commands and their names, nothing else.</summary>
public static class TimelineApp
{
    public static CommandApp Create(IAnsiConsole? console = null)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("timeline");
            if (console is not null) config.ConfigureConsole(console);
            config.AddCommand<BuildCommand>("build").WithDescription("Extract, then render (the usual command)")
                .WithExample("build", "seeds", "-o", "output");
            config.AddCommand<ExtractCommand>("extract");
            config.AddCommand<RenderCommand>("render");
            config.AddCommand<ValidateCommand>("validate").WithExample("validate", "output");
            config.AddCommand<AddCommand>("add")
                .WithExample("add", "--date", "2023-08-20", "--title", "\"Talks resume\"", "--actor", "belarus", "-o", "output");
            config.AddCommand<TagCommand>("tag").WithDescription("Annotate documents with TIMEX3s as TimeML");
            config.AddBranch("eval", eval =>
            {
                eval.AddCommand<EvalTimexCommand>("timex");
                eval.AddCommand<EvalActorsCommand>("actors");
                eval.AddCommand<EvalTimelinesCommand>("timelines");
                eval.AddCommand<EvalAnchoringCommand>("anchoring");
                eval.AddCommand<EvalEventsCommand>("events");
            });
            config.AddBranch("templates", templates => templates.AddCommand<TemplatesEjectCommand>("eject")
                .WithExample("templates", "eject", "my-theme"));
        });
        return app;
    }
}
