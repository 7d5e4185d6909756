namespace Timeline.Tests.Browser;

/// <summary>
/// Where the tools CI installs for the browser tests are: the npm packages in <c>tests/.npm</c>
/// (TimelineJS3, the Nu HTML Checker) and Java. A missing tool fails the test with the command that
/// installs it; it never skips, so a green run always means the check ran.
/// </summary>
public static class TestTools
{
    public const string NpmInstall = "npm install --prefix tests/.npm @knight-lab/timelinejs@3.9.11 vnu-jar@26.9.27 (or run `bash .ci/run`)";

    /// <summary>The <c>node_modules</c> folder of <c>tests/.npm</c>, found above the test assembly, or <c>TIMELINE_TEST_NPM</c>.</summary>
    public static string NodeModules()
    {
        if (Environment.GetEnvironmentVariable("TIMELINE_TEST_NPM") is { Length: > 0 } configured)
        {
            return Require(Path.Combine(configured, "node_modules"));
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", ".npm", "node_modules");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"tests/.npm/node_modules was not found above {AppContext.BaseDirectory}. Install the browser test tools: {NpmInstall}");
    }

    public static string TimelineJsDist() => Require(Path.Combine(NodeModules(), "@knight-lab", "timelinejs", "dist"));

    public static string VnuJar() => Require(Path.Combine(NodeModules(), "vnu-jar", "build", "dist", "vnu.jar"));

    public static string Java()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Append("/usr/bin"))
        {
            var java = Path.Combine(dir, "java");
            if (dir.Length > 0 && File.Exists(java))
            {
                return java;
            }
        }

        throw new InvalidOperationException("Java was not found on PATH; the Nu HTML Checker needs it: apt-get install -y default-jre-headless (or run `bash .ci/run`).");
    }

    private static string Require(string path) => File.Exists(path) || Directory.Exists(path)
        ? path
        : throw new InvalidOperationException($"{path} is missing. Install the browser test tools: {NpmInstall}");
}
