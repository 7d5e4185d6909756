using System.Text.RegularExpressions;
using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// "the Holm administration", "the Vell government", "the Berg regime": a person's name before a lower-case noun of government
/// names the government that person heads, a body of its own that acts ("the Holm administration banned drilling"), not the
/// person. Read as the person, the leader is said to do what officials did and a petition to the government becomes one to
/// them. The body is named as a name is written, by the leader's family name and the noun capitalised ("Holm Administration"),
/// the spelling some papers use in the text and the recogniser reads already. Read after the article's actors are resolved, so
/// a name the gazetteer also knows as a town ("Obama") counts when the article makes it a person's. A possessive ("Holm's
/// government") and a plural ("Holm administrations") are left as they are. Pure.
/// </summary>
internal static partial class LeaderGovernments
{
    /// <summary>The article's actors with each mention of a person before a noun of government moved to that government.</summary>
    public static ArticleActors Join(string body, ArticleActors article)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(article);
        var byId = article.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var starts = article.Mentions.Select(m => m.Mention.Start).ToHashSet();
        var bodies = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var mentions = new List<ResolvedMention>(article.Mentions.Count);
        foreach (var m in article.Mentions)
        {
            if (byId.GetValueOrDefault(m.ActorId) is not { Kind: ActorKind.Person } leader || m.Mention.IsDemonym || m.Mention.End >= body.Length
                || GovernmentRegex().Match(body, m.Mention.End) is not { Success: true } noun || starts.Contains(noun.Groups["noun"].Index))
            {
                mentions.Add(m);
                continue;
            }

            var word = noun.Groups["noun"].Value;
            var name = leader.Name[(leader.Name.LastIndexOf(' ') + 1)..] + " " + char.ToUpperInvariant(word[0]) + word[1..];
            var id = Slug.Make(name);
            if (!byId.ContainsKey(id)) bodies.TryAdd(id, new Actor { Id = id, Name = name, Kind = ActorKind.Organisation });
            var end = noun.Index + noun.Length;
            mentions.Add(m with
            {
                ActorId = id,
                Mention = new ActorMention { Start = m.Mention.Start, Text = body[m.Mention.Start..end], Kind = ActorKind.Organisation, Name = name },
            });
        }

        if (bodies.Count == 0 && mentions.SequenceEqual(article.Mentions)) return article;
        // A leader named only in the name of their government is no actor of the article apart from it.
        var named = mentions.Select(m => m.ActorId).ToHashSet(StringComparer.Ordinal);
        return new ArticleActors
        {
            Actors = [.. article.Actors.Where(a => named.Contains(a.Id)), .. bodies.Values.Where(b => named.Contains(b.Id))],
            Mentions = mentions,
        };
    }

    // One space and the noun, lower case, ending the word: "administration", not "administrations" nor "administration-era".
    [GeneratedRegex(@"\G (?<noun>administration|government|regime|cabinet|junta)(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex GovernmentRegex();
}
