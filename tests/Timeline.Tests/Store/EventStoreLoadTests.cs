using Timeline.Diagnostics;
using Timeline.Store;

namespace Timeline.Tests.Store;

public sealed class EventStoreLoadTests : IDisposable
{
    private const string Article = "article:\n  id: a1\n  title: T\n";

    private readonly TempFolder _out = new();
    private readonly DiagnosticBag _diagnostics = new();

    public EventStoreLoadTests() => Directory.CreateDirectory(_out.File("events"));

    public void Dispose() => _out.Dispose();

    private string Write(string name, string text)
    {
        var path = _out.File("events", name);
        File.WriteAllText(path, text);
        return path;
    }

    private StoredTimeline Load() => new EventStore(_out.Path).Load(_diagnostics);

    private static string Event(string id, string extra = "") =>
        $"- id: {id}\n  title: Event {id}\n{extra}  date:\n    value: \"2023\"\n    precision: year\n";

    [Fact]
    public void Loads_hand_written_files_and_an_empty_folder()
    {
        Assert.Empty(Load().Data.Events);
        Write("a1.yaml", Article + "events:\n" + Event("e1") + Event("e2"));

        var loaded = Load();

        Assert.Equal(["e1", "e2"], loaded.Data.Events.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal("a1", Assert.Single(loaded.Data.Articles).Id);
        Assert.Empty(_diagnostics.ToSortedList());
    }

    [Fact]
    public void Reports_a_yaml_syntax_error_at_its_line_and_column_and_loads_the_other_files()
    {
        var bad = Write("a1.yaml", "article:\n  id: a1\n  title: \"unterminated\nevents: []\n");
        Write("a2.yaml", Article.Replace("a1", "a2") + "events:\n" + Event("e9"));

        var loaded = Load();

        var error = Assert.Single(_diagnostics.ToSortedList());
        Assert.Equal(("TL0301", Severity.Error, bad, 3, 10), (error.Code, error.Severity, error.Path, error.Line, error.Column));
        Assert.Equal(["e9"], loaded.Data.Events.Select(e => e.Id));
        Assert.Equal([bad], loaded.SkippedFiles);
    }

    [Fact]
    public void Reports_a_bad_indentation_as_a_syntax_error()
    {
        var bad = Write("a1.yaml", Article + "events:\n- id: e1\n  title: T\n   date: x\n");

        Load();

        var error = Assert.Single(_diagnostics.ToSortedList());
        Assert.Equal(("TL0301", bad, 7), (error.Code, error.Path, error.Line));
        Assert.True(error.Column > 0);
    }

    [Fact]
    public void Reports_an_unknown_field_at_its_line_and_column_with_the_known_fields()
    {
        var bad = Write("a1.yaml", Article + "events:\n" + Event("e1", extra: "  titel: typo\n"));

        var loaded = Load();

        var error = Assert.Single(_diagnostics.ToSortedList());
        Assert.Equal(("TL0302", bad, 7, 3), (error.Code, error.Path, error.Line, error.Column));
        Assert.StartsWith("unknown field 'titel' in an event (did you mean 'title'?); known fields: id, title, summary, date,", error.Message);
        Assert.Empty(loaded.Data.Events);
    }

    [Fact]
    public void Reports_a_duplicate_event_id_across_files_at_the_second_one()
    {
        Write("a1.yaml", Article + "events:\n" + Event("e1"));
        var second = Write("a2.yaml", Article.Replace("a1", "a2") + "events:\n" + Event("e2") + Event("e1"));

        var loaded = Load();

        var error = Assert.Single(_diagnostics.ToSortedList());
        Assert.Equal(("TL0303", second, 10, 7), (error.Code, error.Path, error.Line, error.Column));
        Assert.Contains("duplicate event id 'e1'", error.Message);
        Assert.Equal(["e1"], loaded.Data.Events.Select(e => e.Id));
    }

    [Fact]
    public void Reports_a_duplicate_id_within_one_file()
    {
        var path = Write("a1.yaml", Article + "events:\n" + Event("e1") + Event("e1"));

        Load();

        var error = Assert.Single(_diagnostics.ToSortedList());
        Assert.Equal(("TL0303", path, 10), (error.Code, error.Path, error.Line));
    }

    [Fact]
    public void Reports_a_duplicate_actor_id()
    {
        File.WriteAllText(_out.File("actors.yaml"), "actors:\n- id: x\n  name: X\n  kind: person\n- id: x\n  name: Y\n  kind: group\n");

        var loaded = Load();

        var error = Assert.Single(_diagnostics.ToSortedList());
        Assert.Equal(("TL0303", 5, 7), (error.Code, error.Line, error.Column));
        Assert.Empty(loaded.Data.Actors);
    }

    [Fact]
    public void Reports_an_impossible_date_and_an_unknown_enum_value_at_the_value()
    {
        Write("a1.yaml", Article + "  date: 2023-02-30\n");
        var second = Write("a2.yaml", Article.Replace("a1", "a2") + "events:\n" + Event("e1").Replace("precision: year", "precision: fortnight"));

        Load();

        var errors = _diagnostics.ToSortedList();
        Assert.Equal(2, errors.Count);
        Assert.Equal(("TL0307", 4, 9), (errors[0].Code, errors[0].Line, errors[0].Column));
        Assert.Contains("'2023-02-30' is not a date", errors[0].Message);
        Assert.Equal(("TL0304", second, 9, 16), (errors[1].Code, errors[1].Path, errors[1].Line, errors[1].Column));
        Assert.Contains("use one of: unknown, century, decade, year", errors[1].Message);
    }

    [Fact]
    public void Reports_a_missing_required_field()
    {
        Write("a1.yaml", Article + "events:\n- id: e1\n  date:\n    value: \"2023\"\n    precision: year\n");

        Load();

        var error = Assert.Single(_diagnostics.ToSortedList());
        Assert.Equal("TL0304", error.Code);
        Assert.Contains("'title'", error.Message);
    }

    [Fact]
    public void Reports_an_article_id_that_differs_from_the_file_name()
    {
        Write("a9.yaml", Article);

        var loaded = Load();

        Assert.Equal("TL0305", Assert.Single(_diagnostics.ToSortedList()).Code);
        Assert.Empty(loaded.Data.Articles);
    }

    [Fact]
    public void Accepts_empty_lists_and_empty_items_left_by_editing()
    {
        Write("a1.yaml", Article + "events:\n-\n" + Event("e1") + "deleted:\ngenerated: []\n");

        var loaded = Load();

        Assert.Empty(_diagnostics.ToSortedList());
        Assert.Equal(["e1"], loaded.Data.Events.Select(e => e.Id));
    }
}
