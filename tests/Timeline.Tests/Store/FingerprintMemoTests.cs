using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Timeline.Model;
using Timeline.Store;

namespace Timeline.Tests.Store;

/// <summary>Fingerprints remembered between builds: used when the memo is whole, ignored when it is damaged.</summary>
public sealed class FingerprintMemoTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void A_whole_memo_answers_for_a_record_it_holds()
    {
        // Given a memo of this build of the code, whole, that holds a fingerprint for an actor never hashed here
        var actor = Fresh();
        var path = Memo(actor, "abcdefabcdef", damaged: false);

        // When it is loaded and the actor is hashed
        FingerprintMemo.Load(path);

        // Then the memo's fingerprint is the answer
        Assert.Equal("abcdefabcdef", Fingerprints.Of(actor));
    }

    [Fact]
    public void A_damaged_memo_is_ignored_and_the_fingerprint_is_that_of_the_yaml()
    {
        // Given the same memo with its checksum wrong
        var actor = Fresh();
        var path = Memo(actor, "abcdefabcdef", damaged: true);

        // When it is loaded and the actor is hashed
        FingerprintMemo.Load(path);

        // Then the fingerprint is the hash of the actor's YAML, as without a memo
        var yaml = TimelineYaml.Serializer.Serialize(actor);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(yaml)))[..12], Fingerprints.Of(actor));
    }

    [Fact]
    public void A_saved_memo_holds_what_was_hashed_and_ends_with_its_checksum()
    {
        var actor = Fresh();
        var fingerprint = Fingerprints.Of(actor);
        var path = _temp.Combine("saved.memo");

        FingerprintMemo.Save(path);

        var text = File.ReadAllText(path);
        Assert.StartsWith("timeline-fingerprints ", text, StringComparison.Ordinal);
        Assert.Contains($"{Key(actor)} {fingerprint}\n", text, StringComparison.Ordinal);
        var end = text.LastIndexOf("end ", StringComparison.Ordinal);
        Assert.Equal(Checksum(text[..end]) + "\n", text[(end + 4)..]);
    }

    // A name no other test uses: the memo and the hashes of this process know nothing of it yet.
    private static Actor Fresh() => new() { Id = "memo-" + Guid.NewGuid().ToString("N"), Name = "Memo Test " + Guid.NewGuid().ToString("N"), Kind = ActorKind.Person };

    private string Memo(Actor actor, string fingerprint, bool damaged)
    {
        // The header names the build of the code: take it from a memo this build wrote.
        var saved = _temp.Combine("header.memo");
        FingerprintMemo.Save(saved);
        var header = File.ReadAllLines(saved)[0];
        var body = $"{header}\n{Key(actor)} {fingerprint}\n";
        var path = _temp.Combine(Guid.NewGuid().ToString("N") + ".memo");
        File.WriteAllText(path, $"{body}end {(damaged ? Checksum(body + "x") : Checksum(body))}\n");
        return path;
    }

    private static string Key(Actor actor) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("actor " + JsonSerializer.Serialize(actor, FingerprintJson.Default.Actor))));

    private static string Checksum(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public void Dispose() => _temp.Dispose();
}
