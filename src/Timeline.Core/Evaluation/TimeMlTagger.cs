using System.Globalization;
using Timeline.Diagnostics;
using Timeline.Extract.Time;

namespace Timeline.Evaluation;

/// <summary>
/// Annotates TimeML and plain-text documents with one shared annotator and writes TimeML files under an
/// output folder at the same relative paths; two documents at a time, output independent of the order.
/// </summary>
public sealed class TimeMlTagger(TimexAnnotator annotator)
{
    private const int Parallelism = 2;

    private readonly TimeMlReader _reader = new();
    private readonly TimeMlWriter _writer = new();

    /// <summary>Tags every input (files, or folders read recursively for *.tml, and *.txt when <paramref name="dct"/> is given).</summary>
    public TagSummary Tag(IReadOnlyList<string> inputs, string outDir, DateOnly? dct, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var jobs = Jobs(inputs, dct, diagnostics);
        var results = new (int Timexes, long Characters)?[jobs.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism };
        Parallel.For(0, jobs.Count, options, i => results[i] = TagOne(jobs[i].Source, Path.Combine(outDir, jobs[i].Output), dct, diagnostics));
        var done = results.Where(r => r is not null).Select(r => r!.Value).ToList();
        return new TagSummary { Documents = done.Count, Timexes = done.Sum(r => r.Timexes), Characters = done.Sum(r => r.Characters) };
    }

    /// <summary>The system TIMEX3s for a document read from TimeML, anchored on its DCT or else on <paramref name="dct"/>.</summary>
    public IReadOnlyList<Timex3> Annotate(TimeMlDocument document, DateOnly? dct)
    {
        ArgumentNullException.ThrowIfNull(document);
        return NonOverlapping(annotator.Annotate(document.Text, document.Dct ?? dct));
    }

    private (int, long)? TagOne(string source, string output, DateOnly? dct, DiagnosticBag diagnostics)
    {
        string xml;
        int count;
        long characters;
        if (source.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            string text;
            try
            {
                text = File.ReadAllText(source).ReplaceLineEndings("\n");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Diagnostic.Error("TL0500", source, 0, 0, $"cannot read the file: {e.Message}"));
                return null;
            }

            var timexes = NonOverlapping(annotator.Annotate(text, dct));
            xml = _writer.WritePlain(Path.GetFileNameWithoutExtension(source), dct!.Value, text, timexes);
            (count, characters) = (timexes.Count, text.Length);
        }
        else
        {
            var document = _reader.Read(source, diagnostics);
            if (document is null) return null;
            if (document.Dct is null && dct is null)
            {
                diagnostics.Add(Diagnostic.Error("TL0503", source, 0, 0, "no DCT with a date (YYYY-MM-DD) to anchor relative times; give --dct"));
                return null;
            }

            var timexes = Annotate(document, dct);
            xml = _writer.Write(document, timexes);
            (count, characters) = (timexes.Count, document.Text.Length);
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            File.WriteAllText(output, xml);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error("TL0504", output, 0, 0, $"cannot write the file: {e.Message}"));
            return null;
        }

        return (count, characters);
    }

    private static List<(string Source, string Output)> Jobs(IReadOnlyList<string> inputs, DateOnly? dct, DiagnosticBag diagnostics)
    {
        var jobs = new List<(string Source, string Output)>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var patterns = dct is null ? new[] { "*.tml" } : ["*.tml", "*.txt"];
                jobs.AddRange(TimeMlFiles.Find(input, patterns).Select(r => (Path.Combine(input, r), OutputName(r))));
            }
            else if (!File.Exists(input))
            {
                diagnostics.Add(Diagnostic.Error("TL0505", input, 0, 0, "no such file or folder"));
            }
            else if (input.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && dct is null)
            {
                diagnostics.Add(Diagnostic.Error("TL0506", input, 0, 0, "plain text needs --dct YYYY-MM-DD to anchor relative times"));
            }
            else
            {
                jobs.Add((input, OutputName(Path.GetFileName(input))));
            }
        }

        foreach (var clash in jobs.GroupBy(j => j.Output, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var others = string.Join(", ", clash.Skip(1).Select(j => j.Source));
            diagnostics.Add(Diagnostic.Error("TL0507", clash.First().Source, 0, 0,
                string.Create(CultureInfo.InvariantCulture, $"output '{clash.Key}' would also be written for {others}; only this one is tagged")));
        }

        return [.. jobs.DistinctBy(j => j.Output, StringComparer.Ordinal)];
    }

    /// <summary>Plain text becomes a .tml document; TimeML keeps its name.</summary>
    private static string OutputName(string relative) =>
        relative.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? relative[..^4] + ".tml" : relative;

    /// <summary>TIMEX3s cannot nest in TimeML: keep the first of overlapping ones (earliest, then longest).</summary>
    private static List<Timex3> NonOverlapping(IReadOnlyList<Timex3> timexes)
    {
        var kept = new List<Timex3>();
        foreach (var t in timexes.Where(t => t.Length > 0).OrderBy(t => t.Start).ThenByDescending(t => t.Length))
        {
            if (kept.Count == 0 || t.Start >= kept[^1].End) kept.Add(t);
        }

        return kept;
    }
}
