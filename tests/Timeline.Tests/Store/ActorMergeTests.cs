using Timeline.Diagnostics;
using Timeline.Model;
using Timeline.Store;

namespace Timeline.Tests.Store;

public sealed class ActorMergeTests : IDisposable
{
    private readonly TempFolder _out = new();
    private readonly DiagnosticBag _diagnostics = new();

    public void Dispose() => _out.Dispose();

    private string ActorsFile => _out.File("actors.yaml");

    private static readonly Actor Li = Samples.Actor("li-shangfu", "Li Shangfu");
    private static readonly Actor Belarus = Samples.Actor("belarus", "Belarus", ActorKind.Country);
    private static readonly Actor Nato = Samples.Actor("nato", "NATO", ActorKind.Organisation);

    // No events reference actors here, so the registry follows the extraction alone.
    private SaveResult Save(params Actor[] actors) =>
        new EventStore(_out.Path).Save(Samples.Data([], actors), _diagnostics);

    [Fact]
    public void Sorts_actors_by_kind_then_name()
    {
        var result = Save(Nato, Belarus, Li, Samples.Actor("aaa", "Zhang Wei"));

        Assert.Equal(["li-shangfu", "aaa", "nato", "belarus"], result.Data.Actors.Select(a => a.Id));
        var text = StoreFiles.Read(ActorsFile);
        Assert.True(text.IndexOf("- id: li-shangfu", StringComparison.Ordinal) < text.IndexOf("- id: nato", StringComparison.Ordinal));
        Assert.Contains("  kind: person\n", text);
    }

    [Fact]
    public void Updates_an_untouched_actor_and_adds_a_new_one()
    {
        Save(Li);

        var result = Save(Li with { Role = "former Defense Minister" }, Nato);

        Assert.Equal("former Defense Minister", result.Data.Actors.Single(a => a.Id == "li-shangfu").Role);
        Assert.Equal((1, 1), (result.Report.Actors.Updated, result.Report.Actors.Added));
    }

    [Fact]
    public void Keeps_a_hand_edited_actor_and_reports_the_proposal()
    {
        Save(Li);
        StoreFiles.Edit(ActorsFile, "role: Defense Minister\n", "role: Minister of National Defense\n");

        var result = Save(Li with { Role = "former Defense Minister" });

        Assert.Equal("Minister of National Defense", Assert.Single(result.Data.Actors).Role);
        var info = Assert.Single(_diagnostics.ToSortedList());
        Assert.Equal(("TL0310", ActorsFile), (info.Code, info.Path));
        Assert.StartsWith("actor li-shangfu was edited by hand", info.Message);
    }

    [Fact]
    public void Remembers_an_actor_deleted_by_hand()
    {
        Save(Li, Nato);
        StoreFiles.RemoveItem(ActorsFile, "nato");

        Save(Li, Nato);
        var result = Save(Li, Nato);

        Assert.Equal(["li-shangfu"], result.Data.Actors.Select(a => a.Id));
        Assert.Contains("deleted:\n- nato\n", StoreFiles.Read(ActorsFile));
    }

    [Fact]
    public void Keeps_an_actor_added_by_hand()
    {
        Save(Li);
        StoreFiles.Edit(ActorsFile, "actors:\n", "actors:\n- id: lukashenko\n  name: Alexander Lukashenko\n  kind: person\n  note: added by the desk\n");

        var result = Save(Li);

        Assert.Equal(["lukashenko", "li-shangfu"], result.Data.Actors.Select(a => a.Id));
        Assert.Equal(1, result.Report.Actors.HandAdded);
        Assert.Contains("  note: added by the desk\n", StoreFiles.Read(ActorsFile));
    }

    [Fact]
    public void Removes_an_untouched_actor_no_longer_extracted_unless_a_stored_event_names_it()
    {
        Save(Li, Nato);

        var result = new EventStore(_out.Path).Save(Samples.Data([Samples.Event("a")], actors: []), _diagnostics);

        Assert.Equal(["li-shangfu"], result.Data.Actors.Select(a => a.Id));
        Assert.Equal(1, result.Report.Actors.Removed);
    }
}
