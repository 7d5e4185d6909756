using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// "General Motors filed for bankruptcy ... GM will close 14 plants": news names a body in full and then by its initials, often
/// without spelling them out in brackets. Within one article, initials of an organisation that are the initials of exactly one
/// other organisation the article names in full, in words of two or more, are that organisation: the entry of the form the
/// article writes more often takes the other as an alias, and its mentions. Two letters are enough here, where the article
/// itself ties them ("GM" in a story on General Motors); across articles the registry asks for more. Pure.
/// </summary>
internal static class ArticleInitials
{
    /// <summary>The article's actors with each set of initials joined to the one organisation it abbreviates.</summary>
    public static ArticleActors Join(ArticleActors article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var organisations = article.Actors.Where(a => a.Kind is ActorKind.Organisation or ActorKind.Group).ToList();
        var joined = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var acronym in organisations.Where(a => NameShapes.IsAcronym(a.Name) && a.Name.Count(char.IsLetter) >= 2))
        {
            var letters = acronym.Name.Replace(".", "", StringComparison.Ordinal);
            var full = organisations.Where(a => a.Id != acronym.Id && a.Name.Contains(' ', StringComparison.Ordinal) && ActorDuplicates.Initials(a.Name) == letters).ToList();
            if (full.Count != 1) continue;
            // The one the article writes more often names the entry ("BP" in a story that says "British Petroleum" once); the full
            // name wins a tie.
            if (Mentions(article, acronym.Id) > Mentions(article, full[0].Id)) joined[full[0].Id] = acronym.Id;
            else joined[acronym.Id] = full[0].Id;
        }

        if (joined.Count == 0) return article;
        var byId = article.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var actors = article.Actors.Where(a => !joined.ContainsKey(a.Id)).Select(a =>
        {
            var initials = joined.Where(j => j.Value == a.Id).Select(j => byId[j.Key]).ToList();
            return initials.Count == 0 ? a : a with
            {
                Aliases = [.. a.Aliases.Concat(initials.SelectMany(i => i.Aliases.Prepend(i.Name))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            };
        }).ToList();
        return new ArticleActors
        {
            Actors = actors,
            Mentions = [.. article.Mentions.Select(m => joined.TryGetValue(m.ActorId, out var to) ? m with { ActorId = to } : m)],
        };
    }

    private static int Mentions(ArticleActors article, string id) => article.Mentions.Count(m => m.ActorId == id);
}
