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
    public static string Of(TimelineEvent e) => Hash(e);

    public static string Of(Actor actor) => Hash(actor);

    public static string Of(ArticleInfo article) => Hash(article);

    /// <summary>A key entry's hash leaves its pin out: pinning keeps an entry, it does not freeze its text.</summary>
    public static string Of(KeyEntry entry) => Hash(entry with { Pinned = false });

    private static string Hash(object record)
    {
        var yaml = TimelineYaml.Serializer.Serialize(record);
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(yaml));
        return Convert.ToHexStringLower(digest)[..12];
    }
}
