using Timeline.Diagnostics;
using Timeline.Store;
using static Timeline.Tests.Store.KeySamples;

namespace Timeline.Tests.Store;

/// <summary>Mistakes in a hand-edited summary.yaml: each found at its line and column, and the file never lost.</summary>
public sealed class SummaryDiagnosticsTests : IDisposable
{
    private const string Valid = "dates:\n- date: 2023-08-16\n  entries:\n  - text: Talks opened.\n";

    private readonly TempFolder _out = new();

    public void Dispose() => _out.Dispose();

    private string SummaryPath => _out.File(SummaryStore.FileName);

    private List<Diagnostic> SaveOver(string text)
    {
        File.WriteAllText(SummaryPath, text);
        var diagnostics = new DiagnosticBag();
        var kept = new SummaryStore(_out.Path).Save(First(), diagnostics);
        Assert.Empty(kept.Dates);
        Assert.Equal(text, File.ReadAllText(SummaryPath)); // The previous file is never lost.
        Assert.Null(new SummaryStore(_out.Path).Load(new DiagnosticBag()));
        return [.. diagnostics.ToSortedList().Where(d => d.Severity == Severity.Error)];
    }

    [Theory]
    [InlineData("dates:\n- date: 2023-08-16\n  entries:\n  - text: \"unclosed\n", StoreCodes.Syntax, 4)]
    [InlineData("dates:\n- date: 2023-08-16\n  entries:\n  - txt: Talks opened.\n", StoreCodes.UnknownField, 4)]
    [InlineData("dates:\n- date: 2023-02-30\n  entries:\n  - text: Talks opened.\n", StoreCodes.BadDate, 2)]
    [InlineData("dates:\n- date: 2023-08-16\n  articles: many\n", StoreCodes.InvalidValue, 3)]
    [InlineData("dates:\n- date: 2023-08-16\n  entries:\n  - article: a1\n", StoreCodes.InvalidValue, 4)]
    [InlineData(Valid + "- date: 2023-08-16\n", StoreCodes.DuplicateKeyDate, 5)]
    [InlineData("dates:\n- date: 2023-08-16\n  entries:\n  - id: a@1\n    text: One.\n  - id: a@1\n    text: Two.\n", StoreCodes.DuplicateKeyEntry, 6)]
    public void A_mistake_is_reported_at_its_line_and_the_file_is_left_as_it_is(string text, string code, int line)
    {
        var error = Assert.Single(SaveOver(text));

        Assert.Equal(code, error.Code);
        Assert.Equal(line, error.Line);
        Assert.True(error.Column > 0);
        Assert.Equal(SummaryPath, error.Path);
        Assert.Matches(@"^.+summary\.yaml\(\d+,\d+\): error TL03\d\d: .+$", error.ToString());
    }

    [Fact]
    public void Validate_reports_summary_mistakes_with_the_events_ones()
    {
        File.WriteAllText(SummaryPath, "dates:\n- date: 2023-08-16\n  entries:\n  - text: Talks opened.\n    articel: a1\n");
        var diagnostics = new DiagnosticBag();

        new StoreValidator(_out.Path).Validate(diagnostics);

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((StoreCodes.UnknownField, 5, 5), (error.Code, error.Line, error.Column));
        Assert.Contains("did you mean 'article'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_warns_about_an_entry_naming_an_event_or_actor_the_timeline_does_not_have()
    {
        Directory.CreateDirectory(_out.File("events"));
        File.WriteAllText(_out.File("events", "a1.yaml"), "article:\n  id: a1\n  title: T\nevents:\n- id: talks-open\n  title: Talks open\n  date: 2023-08-16\n");
        File.WriteAllText(_out.File("actors.yaml"), "actors:\n- id: belarus\n  name: Belarus\n  kind: country\n");
        File.WriteAllText(SummaryPath, "dates:\n- date: 2023-08-16\n  entries:\n  - text: Talks opened.\n    article: a1\n    event: talks-opn\n    actors:\n    - belarus\n    - china\n");
        var diagnostics = new DiagnosticBag();

        var summary = new StoreValidator(_out.Path).Validate(diagnostics);

        Assert.False(diagnostics.HasErrors);
        var warnings = diagnostics.ToSortedList().Where(d => d.Code == StoreCodes.UnknownSummaryReference).ToList();
        Assert.Equal([(6, 12), (9, 7)], warnings.Select(w => (w.Line, w.Column)));
        Assert.Contains("did you mean 'talks-open'?", warnings[0].Message, StringComparison.Ordinal);
        Assert.Equal(1, summary.KeyDates);
    }

    [Fact]
    public void A_valid_hand_written_summary_has_no_diagnostics_and_loads()
    {
        File.WriteAllText(SummaryPath, Valid);
        var diagnostics = new DiagnosticBag();

        new StoreValidator(_out.Path).Validate(diagnostics);
        var loaded = new SummaryStore(_out.Path).Load(diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(["Talks opened."], Texts(loaded!, "2023-08-16"));
    }

    [Fact]
    public void What_the_store_writes_and_what_a_person_adds_are_valid_against_the_schema()
    {
        new SummaryStore(_out.Path).Save(First(), new DiagnosticBag());
        var text = File.ReadAllText(SummaryPath).Replace("  entries:\n", "  pinned: true\n  note: mine\n  entries:\n  - text: Mine.\n    pinned: true\n", StringComparison.Ordinal)
            + "dropped_dates:\n- 2023-01-02\ndropped_entries:\n- x@1\n";

        Assert.Empty(YamlJson.SummarySchemaErrors(text));
        Assert.NotEmpty(YamlJson.SummarySchemaErrors("dates:\n- date: 2023-08-16\n  entries:\n  - txt: Talks opened.\n"));
        Assert.NotEmpty(YamlJson.SummarySchemaErrors("dates:\n- date: August 16\n"));
    }
}
