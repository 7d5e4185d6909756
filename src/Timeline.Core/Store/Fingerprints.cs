using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Timeline.Model;

namespace Timeline.Store;

/// <summary>
/// Short stable hashes of the canonical YAML of model records. The store records them beside what it
/// writes; a stored item that no longer hashes to its fingerprint was edited by a person.
/// </summary>
public static class Fingerprints
{
    // Records are not changed once made, so a record's hash is kept while the record lives: a build hashes each stored
    // item to tell hand edits (what steers extraction, then the merge) and each fresh one to compare and to store it.
    private static readonly ConditionalWeakTable<object, string> Known = [];

    public static string Of(TimelineEvent e) => Hash(e);

    public static string Of(Actor actor) => Hash(actor);

    public static string Of(ArticleInfo article) => Hash(article);

    /// <summary>A key entry's hash leaves its pin out: pinning keeps an entry, it does not freeze its text.</summary>
    public static string Of(KeyEntry entry) => Hash(entry with { Pinned = false });

    /// <summary>The hash of what a stored event says now, to compare with its fingerprint.</summary>
    internal static string Of(StoredEvent stored) => Known.GetValue(stored, s => Of(((StoredEvent)s).ToModel()));

    /// <summary>The hash of what a stored actor says now, to compare with its fingerprint.</summary>
    internal static string Of(StoredActor stored) => Known.GetValue(stored, s => Of(((StoredActor)s).ToModel()));

    /// <summary>
    /// Hashes stored items (those with a fingerprint) and fresh records on every core, ahead of a merge that looks each
    /// hash up in its own order: hashing is most of what a merge of thousands of items costs.
    /// </summary>
    internal static void Prepare(params IEnumerable<object>[] records) =>
        Parallel.ForEach(records.SelectMany(r => r), record => _ = record switch
        {
            StoredEvent { Fingerprint: not null } e => Of(e),
            StoredActor { Fingerprint: not null } a => Of(a),
            StoredEvent or StoredActor => "",
            _ => Hash(record),
        });

    private static string Hash(object record) => Known.GetValue(record, r => FingerprintMemo.Of(r, Compute));

    private static string Compute(object record)
    {
        var yaml = TimelineYaml.Serializer.Serialize(record);
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(yaml));
        return Convert.ToHexStringLower(digest)[..12];
    }
}
