using System.Diagnostics;
using System.Text;

namespace Timeline.Tests.Browser;

/// <summary>What is on this machine, as the setup sees it; <paramref name="CanSudo"/>: not root, but <c>sudo -n</c> works (a CI runner).</summary>
public sealed record ToolState(bool Chromium, bool Java, bool Npm, bool NpmPackages, bool IsRoot, bool CanSudo = false);

/// <summary>One command the setup runs.</summary>
public sealed record SetupCommand(string File, IReadOnlyList<string> Arguments, TimeSpan Timeout)
{
    public override string ToString() => string.Join(' ', [File, .. Arguments]);
}

/// <summary>What the setup did: the commands it ran with their output, and what it could not do.</summary>
public sealed record SetupReport(IReadOnlyList<string> Ran, IReadOnlyList<string> Problems)
{
    public static readonly SetupReport Nothing = new([], []);

    /// <summary>A sentence for a failing test's message: empty when the setup had nothing to say.</summary>
    public string Explain() => Problems.Count == 0
        ? Ran.Count == 0 ? "" : $" (the test setup ran: {string.Join("; ", Ran)})"
        : $" The test setup could not install it: {string.Join(" | ", Problems)}";
}

/// <summary>Runs a command: exit code and the output (standard output and error together).</summary>
public delegate (int ExitCode, string Output) CommandRunner(SetupCommand command);

/// <summary>
/// Makes the README's test command work on a machine with only the .NET SDK: the browser tests set
/// up what they need, once per test run, before the first of them runs. Chromium and Java (and npm,
/// when the npm packages are missing too) come from apt-get, which needs root (or password-less
/// sudo, as on CI runners); TimelineJS3 and the Nu
/// HTML Checker come from npm, pinned, into <c>tests/.npm</c>. A tool that cannot be installed is not
/// skipped: the tests that need it fail with the reason and the command that installs it.
/// </summary>
public static class ToolSetup
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public static readonly string[] NpmPackages = ["@knight-lab/timelinejs@3.9.11", "vnu-jar@26.9.27"];
    public static readonly TimeSpan AptTimeout = TimeSpan.FromMinutes(20);
    public static readonly TimeSpan NpmTimeout = TimeSpan.FromMinutes(10);

    private static readonly Lazy<SetupReport> Once = new(EnsureHere, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Installs whatever is missing, the first time it is called in a test run; later calls return the same report.</summary>
    public static SetupReport EnsureInstalled() => Once.Value;

    private static SetupReport EnsureHere()
    {
        try
        {
            var prefix = NpmPrefix();
            return Ensure(prefix, Probe(prefix), Run);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return new([], [$"the setup stopped: {e.Message}"]);
        }
    }

    /// <summary><c>TIMELINE_TEST_NPM</c>, or <c>tests/.npm</c> in the repository the tests were built from.</summary>
    public static string NpmPrefix() => Environment.GetEnvironmentVariable("TIMELINE_TEST_NPM") is { Length: > 0 } configured
        ? configured
        : Path.Combine(Repository.SourceTree.Root, "tests", ".npm");

    public static bool NpmPackagesPresent(string prefix) =>
        File.Exists(Path.Combine(prefix, "node_modules", "vnu-jar", "build", "dist", "vnu.jar"))
        && File.Exists(Path.Combine(prefix, "node_modules", "@knight-lab", "timelinejs", "dist", "js", "timeline.js"));

    public static ToolState Probe(string npmPrefix)
    {
        var state = new ToolState(
            Chromium: File.Exists(ChromiumPath),
            Java: OnPath("java") is not null,
            Npm: OnPath("npm") is not null,
            NpmPackages: NpmPackagesPresent(npmPrefix),
            IsRoot: Environment.IsPrivilegedProcess);
        var needsApt = !state.Chromium || !state.Java || (!state.Npm && !state.NpmPackages);
        return needsApt && !state.IsRoot && OnPath("sudo") is not null
            ? state with { CanSudo = Run(new("sudo", ["-n", "true"], TimeSpan.FromSeconds(20))).ExitCode == 0 }
            : state;
    }

    public static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Append("/usr/bin")
            .Where(dir => dir.Length > 0)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    /// <summary>The commands that would install what <paramref name="state"/> lacks, and what cannot be installed (not root).</summary>
    public static (IReadOnlyList<SetupCommand> Commands, IReadOnlyList<string> Problems) Plan(ToolState state, string npmPrefix)
    {
        var apt = new List<string>();
        if (!state.Chromium)
        {
            apt.Add("chromium");
        }

        if (!state.Java)
        {
            apt.Add("default-jre-headless");
        }

        if (!state.NpmPackages && !state.Npm)
        {
            apt.Add("npm");
        }

        var commands = new List<SetupCommand>();
        var problems = new List<string>();
        if (apt.Count > 0)
        {
            if (state.IsRoot)
            {
                commands.Add(new("apt-get", ["update"], AptTimeout));
                commands.Add(new("apt-get", ["install", "-y", "--no-install-recommends", .. apt], AptTimeout));
            }
            else if (state.CanSudo)
            {
                // sudo resets the environment: DEBIAN_FRONTEND goes through env.
                string[] sudo = ["-n", "env", "DEBIAN_FRONTEND=noninteractive", "apt-get"];
                commands.Add(new("sudo", [.. sudo, "update"], AptTimeout));
                commands.Add(new("sudo", [.. sudo, "install", "-y", "--no-install-recommends", .. apt], AptTimeout));
            }
            else
            {
                problems.Add($"{string.Join(", ", apt)} missing and the tests are not running as root (nor with password-less sudo): run `sudo apt-get install -y {string.Join(' ', apt)}` (or run the tests as root)");
            }
        }

        if (!state.NpmPackages && (state.Npm || state.IsRoot || state.CanSudo))
        {
            commands.Add(NpmInstall(npmPrefix));
        }

        return (commands, problems);
    }

    public static SetupCommand NpmInstall(string prefix) =>
        new("npm", ["install", "--prefix", prefix, "--no-audit", "--no-fund", "--ignore-scripts", "--save-exact", "--loglevel=error", .. NpmPackages], NpmTimeout);

    /// <summary>Runs the plan for <paramref name="state"/> with <paramref name="run"/>; a failed command is a problem, and the next ones still run.</summary>
    public static SetupReport Ensure(string npmPrefix, ToolState state, CommandRunner run)
    {
        var (commands, problems) = Plan(state, npmPrefix);
        if (commands.Count == 0 && problems.Count == 0)
        {
            return SetupReport.Nothing;
        }

        var ran = new List<string>();
        var failed = new List<string>(problems);
        foreach (var command in commands)
        {
            int code;
            string output;
            try
            {
                if (command.File == "npm")
                {
                    Directory.CreateDirectory(npmPrefix);
                }

                (code, output) = run(command);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                (code, output) = (-1, e.Message);
            }

            ran.Add(command.ToString());
            if (code != 0)
            {
                failed.Add($"`{command}` failed (exit code {code}): {Tail(output)}");
            }
        }

        return new(ran, failed);
    }

    /// <summary>Runs a command for real: non-interactive, output captured, killed after its timeout.</summary>
    public static (int ExitCode, string Output) Run(SetupCommand command)
    {
        var start = new ProcessStartInfo(command.File) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var argument in command.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        start.Environment["NPM_CONFIG_UPDATE_NOTIFIER"] = "false";
        var output = new StringBuilder();
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return (-1, $"could not start {command.File}: {e.Message}");
        }

        using (process)
        {
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            process.StandardInput.Close();
            if (!process.WaitForExit(command.Timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                lock (output)
                {
                    return (-1, $"timed out after {command.Timeout.TotalMinutes:0} minutes; {output}");
                }
            }

            process.WaitForExit();
            lock (output)
            {
                return (process.ExitCode, output.ToString());
            }
        }
    }

    private static string Tail(string output)
    {
        var text = output.Trim().ReplaceLineEndings(" / ");
        return text.Length <= 600 ? text : "..." + text[^600..];
    }
}
