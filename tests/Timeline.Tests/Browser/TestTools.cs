namespace Timeline.Tests.Browser;

/// <summary>
/// Where the tools the browser tests need are: the npm packages in <c>tests/.npm</c> (TimelineJS3, the
/// Nu HTML Checker) and Java. <see cref="ToolSetup"/> installs them, once per test run, when they are
/// missing; a tool still missing fails the test with the reason and the command that installs it. It
/// never skips, so a green run always means the check ran.
/// </summary>
public static class TestTools
{
    public const string NpmInstall = "npm install --prefix tests/.npm @knight-lab/timelinejs@3.9.11 vnu-jar@26.9.27";

    /// <summary>The <c>node_modules</c> folder of <c>tests/.npm</c>, found above the test assembly, or <c>TIMELINE_TEST_NPM</c>.</summary>
    public static string NodeModules()
    {
        var setup = ToolSetup.EnsureInstalled();
        if (Environment.GetEnvironmentVariable("TIMELINE_TEST_NPM") is { Length: > 0 } configured)
        {
            return Require(Path.Combine(configured, "node_modules"), setup);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", ".npm", "node_modules");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"tests/.npm/node_modules was not found above {AppContext.BaseDirectory}. Install the browser test tools: {NpmInstall}.{setup.Explain()}");
    }

    public static string TimelineJsDist() => Require(Path.Combine(NodeModules(), "@knight-lab", "timelinejs", "dist"), ToolSetup.EnsureInstalled());

    public static string VnuJar() => Require(Path.Combine(NodeModules(), "vnu-jar", "build", "dist", "vnu.jar"), ToolSetup.EnsureInstalled());

    public static string Java()
    {
        var setup = ToolSetup.EnsureInstalled();
        return ToolSetup.OnPath("java")
            ?? throw new InvalidOperationException($"Java was not found on PATH; the Nu HTML Checker needs it: apt-get install -y default-jre-headless.{setup.Explain()}");
    }

    private static string Require(string path, SetupReport setup) => File.Exists(path) || Directory.Exists(path)
        ? path
        : throw new InvalidOperationException($"{path} is missing. Install the browser test tools: {NpmInstall}.{setup.Explain()}");
}
