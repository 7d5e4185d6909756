using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// "General Motors filed for bankruptcy ... GM will close 14 plants": news names a body in full and then by its initials, often
/// without spelling them out in brackets. Within one article, initials of an organisation that are the initials of exactly one
/// other organisation the article names in full, in words of two or more, are that organisation: the entry of the form the
/// article writes more often takes the other as an alias, and its mentions. Two letters are enough here, where the article
/// itself ties them ("GM" in a story on General Motors); across articles the registry asks for more. Initials the article writes
/// in brackets right after a body's full name define them when they are its initials in another language's order: "the
/// International Cycling Union (UCI)", "the International Federation of Association Football (FIFA)". Initials of other words
/// ("the American Centres for Disease Control and Prevention (CDC)") may be another body's the article names too. Pure.
/// </summary>
internal static class ArticleInitials
{
    /// <summary>The article's actors with each set of initials joined to the one organisation it abbreviates.</summary>
    public static ArticleActors Join(ArticleActors article, string? body = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var organisations = article.Actors.Where(a => a.Kind is ActorKind.Organisation or ActorKind.Group).ToList();
        var joined = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var acronym in organisations.Where(a => NameShapes.IsAcronym(a.Name) && a.Name.Count(char.IsLetter) >= 2))
        {
            var letters = acronym.Name.Replace(".", "", StringComparison.Ordinal);
            var full = organisations.Where(a => a.Id != acronym.Id && a.Name.Contains(' ', StringComparison.Ordinal) && ActorDuplicates.Initials(a.Name) == letters).ToList();
            if (full.Count == 0 && body is not null && Bracketed(article, body, acronym.Id) is { } defined && SameLetters(ActorDuplicates.Initials(defined.Name), letters)) full = [defined];
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

    // The one organisation whose full name stands right before a bracketed mention of the initials: "Union (UCI)".
    private static Actor? Bracketed(ArticleActors article, string body, string acronym)
    {
        var named = article.Mentions.Where(m => m.ActorId == acronym && m.Mention.Start >= 2 && m.Mention.Start + m.Mention.Text.Length < body.Length
                && body[m.Mention.Start - 1] == '(' && body[m.Mention.Start + m.Mention.Text.Length] == ')')
            .Select(m => article.Mentions.FirstOrDefault(f => f.ActorId != acronym && f.Mention.Start + f.Mention.Text.Length + 2 == m.Mention.Start
                && body[f.Mention.Start + f.Mention.Text.Length] == ' ')?.ActorId)
            .Distinct(StringComparer.Ordinal).ToList();
        return named is [{ } id] && article.Actors.Find(a => a.Id == id) is { Kind: ActorKind.Organisation or ActorKind.Group } full && full.Name.Contains(' ', StringComparison.Ordinal) ? full : null;
    }

    private static bool SameLetters(string a, string b) => a.Length == b.Length && a.Order().SequenceEqual(b.Order());

    private static int Mentions(ArticleActors article, string id) => article.Mentions.Count(m => m.ActorId == id);
}
