using Timeline.Diagnostics;
using Timeline.Store;

namespace Timeline.Tests.Store;

/// <summary>Each mistake a person can make in the YAML, found at its exact line and column, all at once.</summary>
public sealed class StoreValidatorTests : IDisposable
{
    private const string Actors = "actors:\n- id: li-shangfu\n  name: Li Shangfu\n  kind: person\n- id: belarus\n  name: Belarus\n  kind: country\n";

    private readonly TempFolder _out = new();

    public StoreValidatorTests()
    {
        Directory.CreateDirectory(_out.File("events"));
        File.WriteAllText(_out.File("actors.yaml"), Actors);
    }

    public void Dispose() => _out.Dispose();

    private string Write(string name, string events)
    {
        var path = _out.File("events", name + ".yaml");
        File.WriteAllText(path, $"article:\n  id: {name}\n  title: T\nevents:\n{events}");
        return path;
    }

    private List<Diagnostic> Validate()
    {
        var diagnostics = new DiagnosticBag();
        new StoreValidator(_out.Path).Validate(diagnostics);
        return [.. diagnostics.ToSortedList()];
    }

    private static string Event(string id, string extra = "") => $"- id: {id}\n  title: Event {id}\n  date: 2023-08-18\n{extra}";

    [Fact]
    public void A_valid_store_with_short_dates_has_no_diagnostics()
    {
        Write("a1", Event("e1", "  actors:\n  - li-shangfu\n  place: belarus\n") + "- id: e2\n  title: Two\n  date:\n    value: \"2023\"\n    precision: year\n    relation: after\n    anchor: e1\n");

        Assert.Empty(Validate());
    }

    [Fact]
    public void A_yaml_syntax_error_is_at_its_line_and_column()
    {
        var path = Write("a1", Event("e1") + "- id: e2\n  title: \"unclosed\n  date: 2023\n");

        var error = Assert.Single(Validate());

        Assert.Equal(("TL0301", path, 9, 10), (error.Code, error.Path, error.Line, error.Column));
    }

    [Fact]
    public void An_unknown_field_is_at_its_key_with_the_closest_known_field()
    {
        var path = Write("a1", Event("e1", "  sumary: typo\n"));

        var error = Assert.Single(Validate());

        Assert.Equal(("TL0302", path, 8, 3), (error.Code, error.Path, error.Line, error.Column));
        Assert.StartsWith("unknown field 'sumary' in an event (did you mean 'summary'?); known fields: id, title, summary", error.Message);
    }

    [Fact]
    public void A_bad_date_is_at_its_value()
    {
        var path = Write("a1", Event("e1") + "- id: e2\n  title: Two\n  date: ~2023-08-32\n");

        var error = Assert.Single(Validate());

        Assert.Equal(("TL0307", path, 10, 9), (error.Code, error.Path, error.Line, error.Column));
        Assert.Equal("'~2023-08-32' is not a date: there is no day 32 in 2023-08", error.Message);
    }

    [Fact]
    public void A_range_in_the_date_mapping_that_ends_before_it_starts_is_at_the_end()
    {
        var path = Write("a1", "- id: e1\n  title: One\n  date:\n    value: \"2023-08\"\n    precision: month\n    start: 2023-08-20\n    end: 2023-08-01\n");

        var error = Assert.Single(Validate());

        Assert.Equal(("TL0307", path, 11, 10), (error.Code, error.Path, error.Line, error.Column));
    }

    [Fact]
    public void An_unknown_actor_is_at_its_list_item_and_an_unknown_place_at_its_value()
    {
        var path = Write("a1", Event("e1", "  actors:\n  - li-shangfu\n  - belarrus\n  place: minsk\n"));

        var errors = Validate();

        Assert.Equal([("TL0308", 10, 5), ("TL0308", 11, 10)], errors.Select(e => (e.Code, e.Line, e.Column)));
        Assert.All(errors, e => Assert.Equal(path, e.Path));
        Assert.Equal("unknown actor 'belarrus': it is not in actors.yaml (did you mean 'belarus'?)", errors[0].Message);
    }

    [Fact]
    public void An_actor_deleted_on_purpose_but_still_named_is_a_warning()
    {
        File.WriteAllText(_out.File("actors.yaml"), Actors + "deleted:\n- minsk\n");
        Write("a1", Event("e1", "  place: minsk\n"));

        var warning = Assert.Single(Validate());

        Assert.Equal((Severity.Warning, "TL0308"), (warning.Severity, warning.Code));
    }

    [Fact]
    public void An_unknown_anchor_is_at_its_value()
    {
        var path = Write("a1", "- id: e1\n  title: One\n  date:\n    value: \"2023\"\n    precision: year\n    relation: before\n    anchor: e9\n");

        var error = Assert.Single(Validate());

        Assert.Equal(("TL0309", path, 11, 13), (error.Code, error.Path, error.Line, error.Column));
    }

    [Fact]
    public void An_anchor_to_an_event_a_person_just_removed_is_a_warning()
    {
        File.WriteAllText(_out.File("events", "a1.yaml"), "article:\n  id: a1\n  title: T\nevents:\n"
            + "- id: e2\n  title: Two\n  date:\n    value: \"2023\"\n    precision: year\n    relation: after\n    anchor: e1\ngenerated:\n- e1\n- e2\n");

        var warning = Assert.Single(Validate());

        Assert.Equal((Severity.Warning, "TL0309", 11, 13), (warning.Severity, warning.Code, warning.Line, warning.Column));
    }

    [Fact]
    public void A_duplicate_id_is_at_the_second_one_and_names_the_first()
    {
        var first = Write("a1", Event("e1"));
        var second = Write("a2", Event("e2") + Event("e1"));

        var error = Assert.Single(Validate());

        Assert.Equal(("TL0303", second, 8, 7), (error.Code, error.Path, error.Line, error.Column));
        Assert.Contains($"also at {first}(5,7)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_every_file_is_reported_at_once()
    {
        Write("a1", Event("e1", "  titel: x\n  status: happend\n  actors:\n  - nobody\n") + "- id: e2\n  title: Two\n  date: 2023-13\n");
        Write("a2", "- id: e3\n  title: \"broken\n");
        Write("a3", Event("e1"));
        File.WriteAllText(_out.File("actors.yaml"), Actors + "- id: x\n  name: X\n  kind: robot\n");

        var errors = Validate();

        // actors.yaml sorts first, then the events files in order, each by line.
        Assert.Equal(["TL0304", "TL0302", "TL0304", "TL0308", "TL0307", "TL0301", "TL0303"], errors.Select(e => e.Code));
        Assert.All(errors, e => Assert.True(e.Line > 0, $"{e} has no line"));
    }
}
