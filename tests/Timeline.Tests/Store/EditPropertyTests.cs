using Timeline.Diagnostics;
using Timeline.Model;
using Timeline.Store;

namespace Timeline.Tests.Store;

/// <summary>
/// Random sequences of hand edits (serialised back to the YAML the way an editor leaves it) interleaved
/// with changing extractions: nothing a person wrote may ever be lost. Seeded, so a failure replays.
/// </summary>
public sealed class EditPropertyTests
{
    private const int Iterations = 100;
    private const int Rounds = 5;
    private static readonly string[] ShortDates = ["2023", "~2023-08", "2023-08-18?", "2023-08-16/2023-08-18", "-0044", "202X", "2023-21"];
    private static readonly string[] ActorPool = ["li-shangfu", "belarus", "china", "minsk"];

    [Fact]
    public void Nothing_a_person_wrote_is_lost_across_random_edits_and_re_runs()
    {
        for (var seed = 1; seed <= Iterations; seed++)
        {
            RunOne(seed);
        }
    }

    private static void RunOne(int seed)
    {
        var random = new Random(seed);
        using var folder = new TempFolder();
        var path = folder.File("events", "belarus-visit.yaml");
        var store = new EventStore(folder.Path);
        var owned = new Dictionary<string, StoredEvent>(StringComparer.Ordinal);
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        var deleted = new HashSet<string>(StringComparer.Ordinal);
        var handCount = 0;
        store.Save(Extraction(random), new DiagnosticBag());
        for (var round = 0; round < Rounds; round++)
        {
            var file = TimelineYaml.Deserializer.Deserialize<EventFile>(File.ReadAllText(path));
            var events = file.Events;
            for (var edit = random.Next(1, 4); edit > 0; edit--)
            {
                var op = random.Next(6);
                if (op == 5 || events.Count == 0)
                {
                    var hand = new StoredEvent { Id = $"h{handCount++}", Title = $"Hand {seed}-{round}-{edit}", Date = Date(random), Actors = Actors(random) };
                    events.Add(hand);
                    owned[hand.Id] = hand;
                    continue;
                }

                var index = random.Next(events.Count);
                var old = events[index];
                if (op == 4)
                {
                    events.RemoveAt(index);
                    owned.Remove(old.Id);
                    notes.Remove(old.Id);
                    deleted.Add(old.Id);
                    continue;
                }

                var changed = op switch
                {
                    0 => old with { Title = $"Retitled {seed}-{round}-{edit}" },
                    1 => old with { Date = Date(random) },
                    2 => old with { Actors = Actors(random) },
                    _ => old with { Note = $"Note {seed}-{round}-{edit}" },
                };
                events[index] = changed;
                if (changed.Note is { } note)
                {
                    notes[changed.Id] = note;
                }

                // A change that lands back on what was generated (even after earlier edits) gives the event back to
                // the extractor; anything else belongs to the person now.
                if (changed.Fingerprint is null || Fingerprints.Of(changed.ToModel()) != changed.Fingerprint)
                {
                    owned[changed.Id] = changed;
                }
                else
                {
                    owned.Remove(changed.Id);
                }
            }

            File.WriteAllText(path, StoreWriter.Text(file));
            var diagnostics = new DiagnosticBag();
            store.Save(Extraction(random), diagnostics);
            Check(seed, round, path, folder.Path, owned, notes, deleted, diagnostics);
        }
    }

    private static void Check(
        int seed, int round, string path, string output, Dictionary<string, StoredEvent> owned,
        Dictionary<string, string> notes, HashSet<string> deleted, DiagnosticBag diagnostics)
    {
        var where = $"seed {seed}, round {round}";
        Assert.False(diagnostics.HasErrors, $"{where}: {string.Join("\n", diagnostics.ToSortedList())}");
        var file = TimelineYaml.Deserializer.Deserialize<EventFile>(File.ReadAllText(path));
        var byId = file.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var (id, mine) in owned)
        {
            Assert.True(byId.TryGetValue(id, out var stored), $"{where}: the person's event {id} is gone");
            Assert.Equal(TimelineYaml.Serializer.Serialize(mine), TimelineYaml.Serializer.Serialize(stored));
        }

        foreach (var id in deleted)
        {
            Assert.False(byId.ContainsKey(id), $"{where}: {id} was deleted by the person but came back");
            if (!id.StartsWith('h'))
            {
                Assert.Contains(id, file.Deleted); // Recorded so a later extraction cannot bring it back; a hand event just goes.
            }
        }

        foreach (var (id, note) in notes)
        {
            Assert.Equal(note, byId[id].Note);
        }

        var validation = new DiagnosticBag();
        new StoreValidator(output).Validate(validation);
        Assert.False(validation.HasErrors, $"{where}: {string.Join("\n", validation.ToSortedList())}");
    }

    // The extractor's output changes from run to run: events come and go, titles and days change.
    private static TimelineData Extraction(Random random)
    {
        var events = Enumerable.Range(0, 8).Where(_ => random.Next(4) > 0)
            .Select(i => Samples.Event($"p{i}", day: random.Next(10, 20), offset: i * 50) with { Title = $"Extracted p{i} v{random.Next(3)}" });
        return Samples.Data(events,
        [
            Samples.Actor("li-shangfu", "Li Shangfu"), Samples.Actor("belarus", "Belarus", ActorKind.Country),
            Samples.Actor("china", "China", ActorKind.Country), Samples.Actor("minsk", "Minsk", ActorKind.Place),
        ]);
    }

    private static EventDate Date(Random random) => EdtfDate.Parse(ShortDates[random.Next(ShortDates.Length)], out _)!;

    private static List<string> Actors(Random random) => [.. ActorPool.Where(_ => random.Next(2) == 0)];
}
