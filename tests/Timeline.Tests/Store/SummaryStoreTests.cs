using Timeline.Diagnostics;
using Timeline.Model;
using Timeline.Store;
using static Timeline.Tests.Store.KeySamples;

namespace Timeline.Tests.Store;

/// <summary>summary.yaml: written atomically and deterministically, read back as it was written, hand edits kept on re-runs.</summary>
public sealed class SummaryStoreTests : IDisposable
{
    private readonly TempFolder _out = new();

    public void Dispose() => _out.Dispose();

    private string SummaryPath => _out.File(SummaryStore.FileName);

    private KeyTimeline Save(KeyTimeline proposed, DiagnosticBag? diagnostics = null)
    {
        diagnostics ??= new DiagnosticBag();
        var kept = new SummaryStore(_out.Path).Save(proposed, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        return kept;
    }

    private void Edit(string from, string to)
    {
        var text = File.ReadAllText(SummaryPath);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(SummaryPath, text.Replace(from, to, StringComparison.Ordinal));
    }

    [Fact]
    public void A_saved_summary_loads_back_as_it_was_proposed()
    {
        var kept = Save(First());

        var loaded = new SummaryStore(_out.Path).Load(new DiagnosticBag());

        Assert.NotNull(loaded);
        Assert.Equal(Days(First()), Days(loaded));
        Assert.Equal(Texts(First(), "2023-08-16"), Texts(loaded, "2023-08-16"));
        var entry = loaded.Dates[0].Entries[0];
        Assert.Equal(("belarus-visit", 0, "li-shangfu-visit-belarus"), (entry.Article, entry.Offset!.Value, entry.Event));
        Assert.Equal(["li-shangfu", "belarus"], entry.Actors);
        Assert.Equal(0.5, loaded.Dates[0].Salience);
        Assert.Equal(Days(kept), Days(loaded));
    }

    [Fact]
    public void The_file_names_its_schema_and_the_schema_is_written_beside_it()
    {
        Save(First());

        var text = File.ReadAllText(SummaryPath);
        Assert.StartsWith(StoreSchemas.SummaryHeader, text, StringComparison.Ordinal);
        Assert.Equal(StoreSchemas.Summary, File.ReadAllText(_out.File("schema", StoreSchemas.SummaryFile)));
        Assert.Contains("- id: belarus-visit@120\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Saving_the_same_proposal_twice_gives_the_same_bytes_and_does_not_rewrite()
    {
        Save(First());
        var first = File.ReadAllBytes(SummaryPath);
        File.SetLastWriteTimeUtc(SummaryPath, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        Save(First());

        Assert.Equal(first, File.ReadAllBytes(SummaryPath));
        Assert.Equal(new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), File.GetLastWriteTimeUtc(SummaryPath));
    }

    [Fact]
    public void An_empty_proposal_writes_no_file()
    {
        Save(new KeyTimeline());

        Assert.False(File.Exists(SummaryPath));
        Assert.Null(new SummaryStore(_out.Path).Load(new DiagnosticBag()));
    }

    [Fact]
    public void An_untouched_summary_follows_the_new_proposal()
    {
        Save(First());

        var kept = Save(Summary(Date("2023-09-01", Entry("talks", 40, "Defence talks opened in Beijing on Friday."))));

        Assert.Equal(["2023-09-01"], Days(kept));
        Assert.Equal(["Defence talks opened in Beijing on Friday."], Texts(kept, "2023-09-01"));
    }

    [Fact]
    public void Entries_the_summariser_moves_to_another_day_move_with_it()
    {
        Save(First());

        var kept = Save(Summary(Date("2023-08-17", Entry("belarus-visit", 120, "He met President Lukashenko the next day."))));

        Assert.Equal(["2023-08-17"], Days(kept));
    }

    [Fact]
    public void Hostile_text_is_stored_so_that_it_reads_back_the_same()
    {
        const string Text = "\"quoted\": yes # not a comment\n- not a list\n&anchor *alias {flow: [x]} \u2028 end";
        var proposal = Summary(Date("2023-08-16", Entry("a:b", 3, Text, "e1", "x")));

        Save(proposal);
        var loaded = new SummaryStore(_out.Path).Load(new DiagnosticBag());
        var again = Save(proposal);

        Assert.Equal(Text, loaded!.Dates[0].Entries[0].Text);
        Assert.Equal(Text, again.Dates[0].Entries[0].Text);
    }

    [Fact]
    public void Control_characters_a_yaml_file_cannot_hold_are_replaced_so_the_file_stays_readable()
    {
        Save(Summary(Date("2023-08-16", Entry("a", 3, "Bell\u0007 and escape\u001b[31m"))));

        var loaded = new SummaryStore(_out.Path).Load(new DiagnosticBag());

        Assert.Equal("Bell  and escape [31m", loaded!.Dates[0].Entries[0].Text);
    }
}
