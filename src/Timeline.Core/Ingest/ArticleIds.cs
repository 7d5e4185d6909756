namespace Timeline.Ingest;

/// <summary>Derives stable, URL-safe article ids from file names and keeps them unique in a batch.</summary>
internal static class ArticleIds
{
    /// <summary><c>dir/000_63EE Ünïcode.md</c> gives <c>000-63ee-unicode</c>; a name with no letters or digits gives <c>article</c>.</summary>
    public static string Slug(string relativePath)
    {
        var fileName = relativePath.Replace('\\', '/').Split('/')[^1];
        var slug = Timeline.Extract.Text.Slug.Make(Path.GetFileNameWithoutExtension(fileName), int.MaxValue);
        return slug.Length > 0 ? slug : "article";
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
