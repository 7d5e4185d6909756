using Timeline.Tests.Pipeline;

namespace Timeline.Tests.Cli;

/// <summary>
/// Random damage to the files people edit by hand (events, actors.yaml, timeline.yaml): truncations, cuts and
/// inserted brackets, quotes, control characters. <c>validate</c> and <c>build</c>, run as the command line
/// runs them, answer with diagnostics and exit 0 or 1: never an exception message, never exit 255.
/// </summary>
public sealed class HandEditFuzzTests : IDisposable
{
    private const string Settings = "title: Defence ties\ndescription: \"China, Belarus and Russia\"\nmin_confidence: 0.6\n";
    private static readonly string[] Insertions =
        ["[", "]", "{", "}", "\"", "'", "\f", "\u001b", "\0", "\t", "&a ", "*a", ": ", "- ", "? ", "\n", "\n  ", "#", "|", ">", "!!str ", "%", "@", "`", "\u2028", "\uFFFE", "\\", "9999-12-31", "-0001"];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Validate_and_build_never_print_an_exception_or_exit_255_on_damaged_hand_edited_files()
    {
        var input = _temp.Combine("in");
        var output = _temp.Combine("out");
        PipelineCases.CopyFolder(PipelineCases.Seeds(PipelineCases.SeedArticle), input);
        File.WriteAllText(Path.Combine(input, "timeline.yaml"), Settings);
        Assert.Equal(0, CliRunner.Run("build", input, "-o", output).Exit);
        var files = new[] { Directory.GetFiles(Path.Combine(output, "events"), "*.yaml").Single(), Path.Combine(output, "actors.yaml"), Path.Combine(input, "timeline.yaml") };
        var originals = files.Select(File.ReadAllText).ToArray();

        var random = new Random(2026);
        for (var round = 0; round < 90; round++)
        {
            var which = round % files.Length;
            var damaged = Damage(originals[which], random);
            File.WriteAllText(files[which], damaged);
            try
            {
                foreach (var args in new[] { new[] { "validate", output }, ["build", input, "-o", output] })
                {
                    var result = CliRunner.Run(args);
                    var said = result.Output + result.Errors;
                    var where = $"round {round}, timeline {string.Join(' ', args[..1])}, {Path.GetFileName(files[which])}:\n{damaged}\n--- said:\n{said}";
                    Assert.True(result.Exit is 0 or 1, $"exit {result.Exit}; {where}");
                    Assert.DoesNotContain("Exception", said, StringComparison.Ordinal);
                    Assert.DoesNotContain("   at ", said, StringComparison.Ordinal);
                    Assert.DoesNotContain("Operation is not valid", said, StringComparison.Ordinal);
                    Assert.All(result.ErrorLines.Where(l => l.Contains("error", StringComparison.Ordinal) && l.Contains("TL", StringComparison.Ordinal)),
                        l => Assert.Matches(@"^[^\n]*: error TL\d{4}: ", l));
                }
            }
            finally
            {
                for (var i = 0; i < files.Length; i++) File.WriteAllText(files[i], originals[i]);
            }
        }
    }

    private static string Damage(string text, Random random)
    {
        for (var edit = random.Next(1, 4); edit > 0; edit--)
        {
            var at = random.Next(text.Length + 1);
            text = random.Next(4) switch
            {
                0 => text[..at],
                1 => text[..at] + text[Math.Min(text.Length, at + random.Next(1, 20))..],
                _ => text[..at] + Insertions[random.Next(Insertions.Length)] + text[at..],
            };
        }

        return text;
    }
}
