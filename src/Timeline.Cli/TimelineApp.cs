using System.Reflection;
using Spectre.Console;
using Spectre.Console.Cli;
using Timeline.Cli.Commands;

namespace Timeline.Cli;

/// <summary>The command-line application: commands and their names, nothing else.</summary>
public static class TimelineApp
{
    /// <summary>The version <c>timeline --version</c> prints: the assembly's informational version.</summary>
    public static string Version { get; } =
        typeof(TimelineApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <param name="console">Where results go (standard output unless given).</param>
    /// <param name="errors">Where diagnostics and command-line mistakes go (standard error unless given).</param>
    public static CommandApp Create(IAnsiConsole? console = null, TextWriter? errors = null)
    {
        var errorOutput = new ErrorOutput(errors ?? Console.Error);
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("timeline");
            config.SetApplicationVersion(Version);
            if (console is not null) config.ConfigureConsole(console);
            config.Settings.Registrar.RegisterInstance(errorOutput);
            config.SetInterceptor(new UnknownOptionCheck());
            config.SetExceptionHandler((ex, _) => CommandLineErrors.Report(ex, errorOutput));
            config.ValidateExamples();
            config.AddCommand<BuildCommand>("build").WithDescription("Extract, then render (the usual command)")
                .WithExample("build", "seeds", "-o", "output");
            config.AddCommand<InitCommand>("init").WithExample("init", "my-timeline");
            config.AddCommand<ServeCommand>("serve").WithDescription("Build, serve on 127.0.0.1 and rebuild on change (for previewing edits)")
                .WithExample("serve", "articles", "-o", "output");
            config.AddCommand<ExtractCommand>("extract");
            config.AddCommand<RenderCommand>("render");
            config.AddCommand<SummarizeCommand>("summarize").WithExample("summarize", "seeds", "--dates", "10", "--sentences", "2");
            config.AddCommand<ValidateCommand>("validate").WithExample("validate", "output");
            config.AddCommand<AddCommand>("add")
                .WithExample("add", "--date", "2023-08-20", "--title", "\"Talks resume\"", "--actor", "belarus", "-o", "output");
            config.AddCommand<TagCommand>("tag").WithDescription("Annotate documents with TIMEX3s as TimeML");
            config.AddBranch("eval", eval =>
            {
                eval.AddCommand<EvalTimexCommand>("timex").WithData("eval timex");
                eval.AddCommand<EvalActorsCommand>("actors").WithData("eval actors");
                eval.AddCommand<EvalTimelinesCommand>("timelines").WithData("eval timelines");
                eval.AddCommand<EvalAnchoringCommand>("anchoring").WithData("eval anchoring");
                eval.AddCommand<EvalEventsCommand>("events").WithData("eval events");
                eval.AddCommand<EvalTlsCommand>("tls").WithData("eval tls");
            });
            config.AddBranch("train", train => train.AddCommand<TrainActorsCommand>("actors").WithData("train actors")
                .WithExample("train", "actors", "../shared/eval/ner/conll2003/eng.train", "--out", "src/Timeline.Core/Extract/Actors/Data/ner-model.bin"));
            config.AddBranch("templates", templates => templates.AddCommand<TemplatesEjectCommand>("eject").WithData("templates eject")
                .WithExample("templates", "eject", "my-theme"));
        });
        return app;
    }
}
