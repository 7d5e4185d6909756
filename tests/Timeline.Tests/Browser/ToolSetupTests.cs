namespace Timeline.Tests.Browser;

/// <summary>
/// The setup that lets `dotnet test Timeline.sln` pass on a machine with only the .NET SDK: what it
/// decides to run for each missing tool (with a fake runner: Chromium cannot be uninstalled here), and
/// one real npm install into a temporary folder.
/// </summary>
public sealed class ToolSetupTests
{
    private const string Prefix = "/repo/tests/.npm";
    private static readonly ToolState Everything = new(Chromium: true, Java: true, Npm: true, NpmPackages: true, IsRoot: true);

    private static List<string> Commands(ToolState state) => ToolSetup.Plan(state, Prefix).Commands.Select(c => c.ToString()).ToList();

    [Fact]
    public void Nothing_is_run_when_every_tool_is_there()
    {
        var ran = new List<SetupCommand>();
        var report = ToolSetup.Ensure(Prefix, Everything, c => { ran.Add(c); return (0, ""); });
        Assert.Empty(ran);
        Assert.Same(SetupReport.Nothing, report);
        Assert.Equal("", report.Explain());
        Assert.Empty(ToolSetup.Plan(Everything with { IsRoot = false }, Prefix).Problems);
    }

    [Fact]
    public void A_missing_chromium_is_installed_with_apt_after_one_update()
    {
        Assert.Equal(
            ["apt-get update", "apt-get install -y --no-install-recommends chromium"],
            Commands(Everything with { Chromium = false }));
    }

    [Fact]
    public void Chromium_and_java_missing_are_one_apt_install_after_one_update()
    {
        Assert.Equal(
            ["apt-get update", "apt-get install -y --no-install-recommends chromium default-jre-headless"],
            Commands(Everything with { Chromium = false, Java = false }));
    }

    [Fact]
    public void Missing_npm_packages_are_installed_pinned_into_the_prefix_without_scripts()
    {
        Assert.Equal(
            [$"npm install --prefix {Prefix} --no-audit --no-fund --ignore-scripts --save-exact --loglevel=error @knight-lab/timelinejs@3.9.11 vnu-jar@26.9.27"],
            Commands(Everything with { NpmPackages = false }));
    }

    [Fact]
    public void Without_npm_itself_npm_comes_from_apt_first_and_only_when_the_packages_are_missing()
    {
        Assert.Equal(
            ["apt-get update", "apt-get install -y --no-install-recommends chromium default-jre-headless npm", ToolSetup.NpmInstall(Prefix).ToString()],
            Commands(new ToolState(Chromium: false, Java: false, Npm: false, NpmPackages: false, IsRoot: true)));
        Assert.Empty(Commands(Everything with { Npm = false }));
    }

    [Fact]
    public void Apt_and_npm_commands_are_non_interactive_and_have_generous_timeouts()
    {
        var commands = ToolSetup.Plan(new ToolState(false, false, false, false, true), Prefix).Commands;
        Assert.All(commands.Where(c => c.File == "apt-get"), c => Assert.True(c.Timeout >= TimeSpan.FromMinutes(10)));
        Assert.Contains("-y", commands.Single(c => c.Arguments[0] == "install" && c.File == "apt-get").Arguments);
        Assert.True(commands.Single(c => c.File == "npm").Timeout >= TimeSpan.FromMinutes(5));
    }

    [Fact]
    public void Not_root_no_apt_is_tried_and_the_tests_are_told_what_to_install()
    {
        var ran = new List<string>();
        var state = new ToolState(Chromium: false, Java: false, Npm: true, NpmPackages: false, IsRoot: false);
        var report = ToolSetup.Ensure(Prefix, state, c => { ran.Add(c.ToString()); return (0, ""); });

        Assert.Equal([ToolSetup.NpmInstall(Prefix).ToString()], ran);
        var problem = Assert.Single(report.Problems);
        Assert.Contains("sudo apt-get install -y chromium default-jre-headless", problem, StringComparison.Ordinal);
        Assert.Contains("not running as root", report.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Not_root_but_with_password_less_sudo_apt_runs_through_sudo_non_interactively()
    {
        Assert.Equal(
            [
                "sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update",
                "sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium npm",
                ToolSetup.NpmInstall(Prefix).ToString(),
            ],
            Commands(new ToolState(Chromium: false, Java: true, Npm: false, NpmPackages: false, IsRoot: false, CanSudo: true)));
        Assert.Empty(ToolSetup.Plan(new ToolState(false, true, false, false, IsRoot: false, CanSudo: true), Prefix).Problems);
    }

    [Fact]
    public void Not_root_and_no_npm_nothing_can_install_the_packages_and_the_message_says_so()
    {
        var report = ToolSetup.Ensure(Prefix, Everything with { Npm = false, NpmPackages = false, IsRoot = false }, _ => throw new InvalidOperationException("nothing may run"));
        Assert.Contains("sudo apt-get install -y npm", Assert.Single(report.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_install_is_reported_with_its_command_exit_code_and_output_and_the_rest_still_runs()
    {
        var ran = new List<string>();
        var prefix = Path.Combine(Path.GetTempPath(), "timeline-setup-" + Guid.NewGuid().ToString("N"));
        try
        {
            var report = ToolSetup.Ensure(prefix, new ToolState(Chromium: false, Java: true, Npm: true, NpmPackages: false, IsRoot: true), c =>
            {
                ran.Add(c.ToString());
                return c.Arguments[0] == "install" && c.File == "apt-get" ? (100, "E: Unable to locate package chromium") : (0, "ok");
            });

            Assert.Equal(3, ran.Count);
            var problem = Assert.Single(report.Problems);
            Assert.Contains("apt-get install -y --no-install-recommends chromium", problem, StringComparison.Ordinal);
            Assert.Contains("exit code 100", problem, StringComparison.Ordinal);
            Assert.Contains("Unable to locate package chromium", problem, StringComparison.Ordinal);
            Assert.True(Directory.Exists(prefix));
        }
        finally
        {
            if (Directory.Exists(prefix))
            {
                Directory.Delete(prefix, recursive: true);
            }
        }
    }

    [Fact]
    public void A_command_that_does_not_exist_is_a_failure_not_an_exception()
    {
        var (code, output) = ToolSetup.Run(new("timeline-no-such-command-" + Guid.NewGuid().ToString("N"), [], TimeSpan.FromSeconds(10)));
        Assert.NotEqual(0, code);
        Assert.Contains("could not start", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_command_past_its_timeout_is_killed_and_reported()
    {
        var (code, output) = ToolSetup.Run(new("sleep", ["30"], TimeSpan.FromMilliseconds(300)));
        Assert.Equal(-1, code);
        Assert.Contains("timed out", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_real_npm_install_puts_timelinejs3_and_the_nu_checker_into_an_empty_prefix()
    {
        var prefix = Path.Combine(Path.GetTempPath(), "timeline-npm-" + Guid.NewGuid().ToString("N"));
        try
        {
            var state = ToolSetup.Probe(prefix);
            Assert.False(state.NpmPackages);
            var report = ToolSetup.Ensure(prefix, state with { Chromium = true, Java = true }, ToolSetup.Run);

            Assert.Empty(report.Problems);
            Assert.True(ToolSetup.NpmPackagesPresent(prefix), $"not installed into {prefix}; ran: {string.Join("; ", report.Ran)}");
            Assert.Contains("\"vnu-jar\": \"26.9.27\"", File.ReadAllText(Path.Combine(prefix, "package.json")), StringComparison.Ordinal);
            Assert.Contains("\"version\": \"3.9.11\"", File.ReadAllText(Path.Combine(prefix, "node_modules", "@knight-lab", "timelinejs", "package.json")), StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(prefix))
            {
                Directory.Delete(prefix, recursive: true);
            }
        }
    }
}
