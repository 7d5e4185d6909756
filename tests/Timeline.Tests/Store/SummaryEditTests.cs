using Timeline.Diagnostics;
using Timeline.Model;
using Timeline.Store;
using static Timeline.Tests.Store.KeySamples;

namespace Timeline.Tests.Store;

/// <summary>Every kind of hand edit to summary.yaml survives a re-save with a different proposal.</summary>
public sealed class SummaryEditTests : IDisposable
{
    private readonly TempFolder _out = new();

    public SummaryEditTests() => Save(First());

    public void Dispose() => _out.Dispose();

    private string SummaryPath => _out.File(SummaryStore.FileName);

    /// <summary>A second run whose proposal differs in every way: other days, other sentences, another order.</summary>
    private static KeyTimeline Second() => Summary(
        Date("2023-08-16",
            Entry("belarus-visit", 120, "He met President Lukashenko in the afternoon."),
            Entry("belarus-visit", 0, "Li Shangfu arrived in Minsk for a working visit.", "li-shangfu-visit-belarus"),
            Entry("forum", 10, "A forum on security opened.")),
        Date("2023-09-12", Entry("forum", 300, "The forum closed with a joint statement.")));

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

    private static string Block(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf(end, from + start.Length, StringComparison.Ordinal);
        return text[from..to];
    }

    [Fact]
    public void Without_edits_the_second_proposal_replaces_the_first()
    {
        var kept = Save(Second());

        Assert.Equal(["2023-08-16", "2023-09-12"], Days(kept));
        Assert.Equal(Texts(Second(), "2023-08-16"), Texts(kept, "2023-08-16"));
    }

    [Fact]
    public void A_pinned_date_is_kept_with_its_entries_when_no_longer_proposed()
    {
        Edit("- date: 2023-09-01\n", "- date: 2023-09-01\n  pinned: true\n");

        var kept = Save(Second());

        Assert.Equal(["2023-08-16", "2023-09-01", "2023-09-12"], Days(kept));
        Assert.True(kept.Dates[1].Pinned);
        Assert.Equal(["Defence talks opened in Beijing."], Texts(kept, "2023-09-01"));
    }

    [Fact]
    public void A_date_removed_from_the_list_stays_dropped()
    {
        var text = File.ReadAllText(SummaryPath);
        File.WriteAllText(SummaryPath, text.Replace(Block(text, "- date: 2023-08-16\n", "- date: 2023-09-01\n"), "", StringComparison.Ordinal));

        var kept = Save(Second());
        var again = Save(Second());

        Assert.Equal(["2023-09-12"], Days(kept));
        Assert.Equal(["2023-09-12"], Days(again));
        Assert.Contains("dropped_dates:\n- 2023-08-16\n", File.ReadAllText(SummaryPath), StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_written_under_dropped_dates_is_not_added()
    {
        File.AppendAllText(SummaryPath, "dropped_dates:\n- 2023-09-12\n");

        var kept = Save(Second());

        Assert.DoesNotContain("2023-09-12", Days(kept));
    }

    [Fact]
    public void A_pinned_entry_is_kept_when_no_longer_proposed()
    {
        Edit("  - id: talks@40\n", "  - id: talks@40\n    pinned: true\n");

        var kept = Save(Second());

        var entry = Assert.Single(kept.Dates.Single(d => d.Date == new DateOnly(2023, 9, 1)).Entries);
        Assert.True(entry.Pinned);
        Assert.Equal("Defence talks opened in Beijing.", entry.Text);
    }

    [Fact]
    public void A_pinned_but_untouched_entry_still_takes_the_new_wording()
    {
        Edit("  - id: belarus-visit@0\n", "  - id: belarus-visit@0\n    pinned: true\n");

        var kept = Save(Second());

        var entry = kept.Dates[0].Entries.Single(e => e.Offset == 0);
        Assert.True(entry.Pinned);
        Assert.Equal("Li Shangfu arrived in Minsk for a working visit.", entry.Text);
    }

    [Fact]
    public void An_entry_removed_from_its_date_stays_dropped()
    {
        var text = File.ReadAllText(SummaryPath);
        File.WriteAllText(SummaryPath, text.Replace(Block(text, "  - id: belarus-visit@120\n", "  generated:"), "", StringComparison.Ordinal));

        var kept = Save(Second());
        var again = Save(Second());

        Assert.DoesNotContain(kept.Dates[0].Entries, e => e.Offset == 120);
        Assert.DoesNotContain(again.Dates[0].Entries, e => e.Offset == 120);
        Assert.Contains("dropped_entries:\n- belarus-visit@120\n", File.ReadAllText(SummaryPath), StringComparison.Ordinal);
    }

    [Fact]
    public void An_edited_text_is_kept_and_the_different_proposal_is_reported()
    {
        Edit("text: He met President Lukashenko the same day.", "text: He met Lukashenko, by my reading.");
        var diagnostics = new DiagnosticBag();

        var kept = Save(Second(), diagnostics);

        Assert.Contains("He met Lukashenko, by my reading.", Texts(kept, "2023-08-16"));
        Assert.DoesNotContain("He met President Lukashenko in the afternoon.", Texts(kept, "2023-08-16"));
        var info = Assert.Single(diagnostics.ToSortedList(), d => d.Code == StoreCodes.EditedByHand);
        Assert.True(info.Line > 0, "the message points at the entry");
    }

    [Fact]
    public void An_entry_written_by_hand_is_kept_where_it_was_put()
    {
        Edit("  entries:\n  - id: belarus-visit@0\n", "  entries:\n  - text: My own line, from no article.\n  - id: belarus-visit@0\n");

        var kept = Save(Second());
        var again = Save(Second());

        Assert.Equal("My own line, from no article.", kept.Dates[0].Entries[0].Text);
        Assert.Null(kept.Dates[0].Entries[0].Article);
        Assert.Equal(Texts(kept, "2023-08-16"), Texts(again, "2023-08-16"));
    }

    [Fact]
    public void A_date_written_by_hand_is_kept()
    {
        File.WriteAllText(SummaryPath, File.ReadAllText(SummaryPath).Replace("\ndates:\n", "\ndates:\n- date: 2023-07-01\n  entries:\n  - text: Planning began.\n", StringComparison.Ordinal));

        var kept = Save(Second());

        Assert.Equal(["2023-07-01", "2023-08-16", "2023-09-12"], Days(kept));
    }

    [Fact]
    public void A_reordered_date_keeps_the_hand_order_and_new_entries_come_after()
    {
        var text = File.ReadAllText(SummaryPath);
        var first = Block(text, "  - id: belarus-visit@0\n", "  - id: belarus-visit@120\n");
        var second = Block(text, "  - id: belarus-visit@120\n", "  generated:");
        File.WriteAllText(SummaryPath, text.Replace(first + second, second + first, StringComparison.Ordinal));
        var reordered = Summary(Date("2023-08-16",
            Entry("belarus-visit", 0, "Li Shangfu arrived in Minsk on Wednesday.", "li-shangfu-visit-belarus", "li-shangfu", "belarus"),
            Entry("forum", 10, "A forum on security opened."),
            Entry("belarus-visit", 120, "He met President Lukashenko the same day.")));

        var kept = Save(reordered);
        var again = Save(reordered);

        string[] expected = ["He met President Lukashenko the same day.", "Li Shangfu arrived in Minsk on Wednesday.", "A forum on security opened."];
        Assert.Equal(expected, Texts(kept, "2023-08-16"));
        Assert.Equal(expected, Texts(again, "2023-08-16"));
    }

    [Fact]
    public void An_order_the_summariser_changes_is_followed_when_nobody_reordered()
    {
        var kept = Save(Summary(Date("2023-08-16",
            Entry("belarus-visit", 120, "He met President Lukashenko the same day."),
            Entry("belarus-visit", 0, "Li Shangfu arrived in Minsk on Wednesday."))));

        Assert.Equal(["He met President Lukashenko the same day.", "Li Shangfu arrived in Minsk on Wednesday."], Texts(kept, "2023-08-16"));
    }

    [Fact]
    public void A_note_is_kept_and_does_not_count_as_an_edit()
    {
        Edit("  - id: belarus-visit@0\n", "  - id: belarus-visit@0\n    note: checked against Xinhua\n");

        Save(Second());

        var text = File.ReadAllText(SummaryPath);
        Assert.Contains("note: checked against Xinhua", text, StringComparison.Ordinal);
        Assert.Contains("text: Li Shangfu arrived in Minsk for a working visit.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_moved_by_hand_to_another_date_stays_there()
    {
        var text = File.ReadAllText(SummaryPath);
        var entry = Block(text, "  - id: talks@40\n", "  generated:");
        text = text.Replace(entry, "", StringComparison.Ordinal).Replace("  entries:\n  - id: belarus-visit@0\n", "  entries:\n" + entry + "  - id: belarus-visit@0\n", StringComparison.Ordinal);
        File.WriteAllText(SummaryPath, text);

        var kept = Save(First());

        Assert.Equal(["2023-08-16"], Days(kept));
        Assert.Equal("Defence talks opened in Beijing.", kept.Dates[0].Entries[0].Text);
    }
}
