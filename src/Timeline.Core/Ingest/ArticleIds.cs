using System.Security.Cryptography;
using System.Text;

namespace Timeline.Ingest;

/// <summary>Derives stable, URL-safe article ids from file names and keeps them unique in a batch.</summary>
internal static class ArticleIds
{
    /// <summary>
    /// Longest id: it names events/ID.yaml, its atomic-write temp file (.ID.yaml.GUID.tmp) and articles/ID.html,
    /// each under the 255 bytes a file name may have.
    /// </summary>
    public const int MaxLength = 100;

    private const int HashLength = 8;

    /// <summary><c>dir/000_63EE Ünïcode.md</c> gives <c>000-63ee-unicode</c>; a name with no letters or digits gives <c>article</c>.</summary>
    public static string Slug(string relativePath)
    {
        var fileName = relativePath.Replace('\\', '/').Split('/')[^1];
        var slug = Timeline.Extract.Text.Slug.Make(Path.GetFileNameWithoutExtension(fileName), int.MaxValue);
        return slug.Length == 0 ? "article" : slug.Length <= MaxLength ? slug : Shortened(slug);
    }

    // Cut at a word boundary and told apart from other long names by a hash of the whole slug.
    private static string Shortened(string slug)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(slug)))[..HashLength];
        var head = slug[..(MaxLength - HashLength - 1)];
        var boundary = head.LastIndexOf('-');
        head = boundary >= MaxLength / 2 ? head[..boundary] : head.TrimEnd('-');
        return $"{head}-{hash}";
    }

    /// <summary>Gives the second and later holders of an id the suffixes <c>-2</c>, <c>-3</c>, ... in the order given.</summary>
    public static List<string> MakeUnique(IEnumerable<string> ids)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var id in ids)
        {
            var candidate = id;
            for (var n = 2; !taken.Add(candidate); n++)
            {
                candidate = $"{id}-{n}";
            }

            result.Add(candidate);
        }

        return result;
    }
}
