using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// Finds actor mentions in a sentence: gazetteer names (countries, demonyms, places, organisations,
/// groups), people introduced by a role ("Defense Minister Li Shangfu"), and capitalised name runs.
/// Pure and thread-safe.
/// </summary>
public sealed class ActorRecognizer(Gazetteer gazetteer)
{
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal) { "Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady" };

    public List<ActorMention> Recognize(string sentence, int offset)
    {
        var tokens = Tokenizer.Tokenize(sentence, offset);
        var mentions = new List<ActorMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (MatchName(tokens, i) is { } found)
            {
                // A known name that opens a longer one ("Atlantic City", "New Jersey Department of Health") yields to it.
                var more = i + found.Length < tokens.Count && !gazetteer.CommonWords.Contains(tokens[i + found.Length].Text.ToLowerInvariant())
                    ? NameRun(tokens, i + found.Length) : 0;
                if (more > 0 && Classify(tokens, i, found.Length + more, i > 0 ? tokens[i - 1].Text : null, knownStart: true) is { } longer)
                {
                    mentions.Add(longer);
                    i += found.Length + more;
                    continue;
                }

                var known = Mention(tokens, i, found.Length, found.Entry);
                // A shorter name of a known person ("Lukashenko") stands for the full one, as a partial name does.
                if (known.Kind == ActorKind.Person && known.Name != known.Text) known = known with { IsPartial = true };
                mentions.Add(known);
                i += found.Length;
                continue;
            }

            if (MatchRole(tokens, i) is { } roleLength)
            {
                var nameStart = i + roleLength;
                if (nameStart < tokens.Count && tokens[nameStart].Text == "," && nameStart + 1 < tokens.Count) nameStart++;
                var nameLength = NameRun(tokens, nameStart);
                if (nameLength > 0)
                {
                    var role = RoleText(tokens, i, roleLength);
                    var person = Person(tokens, nameStart, nameLength, role, CountryBefore(tokens, i, mentions));
                    // "Mr. Shoigu" is a courtesy, not a role: the surname still refers to the full name given elsewhere.
                    if (Honorifics.Contains(role)) person = person with { Role = null, IsPartial = nameLength == 1 };
                    mentions.Add(person);
                    i = nameStart + nameLength;
                    continue;
                }

                i += roleLength;
                continue;
            }

            var run = NameRun(tokens, i);
            if (run == 0)
            {
                i++;
                continue;
            }

            AddRun(tokens, i, run, mentions);
            i += run;
        }

        return mentions;
    }

    private void AddRun(List<TextSpan> tokens, int start, int length, List<ActorMention> mentions)
    {
        // Common words at the edges are sentence starters or heading words, not names ("However", "The").
        while (length > 0 && (gazetteer.CommonWords.Contains(tokens[start].Text.ToLowerInvariant()) || (length > 1 && gazetteer.Roles.Contains(tokens[start].Text.ToLowerInvariant()))))
        {
            start++;
            length--;
        }

        while (length > 0 && gazetteer.CommonWords.Contains(tokens[start + length - 1].Text.ToLowerInvariant()))
        {
            length--;
        }

        if (length == 0) return;
        if (Classify(tokens, start, length, start > 0 ? tokens[start - 1].Text : null, knownStart: false) is { } mention) mentions.Add(mention);
    }

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "in", "near", "at", "outside", "across", "around", "via" };

    /// <summary>What a run of capitalised words names, from its words and the word before it; null when it names no actor.</summary>
    private ActorMention? Classify(List<TextSpan> tokens, int start, int length, string? before, bool knownStart)
    {
        var words = tokens.Skip(start).Take(length).Select(t => t.Text).ToList();
        if (words.Exists(NameShapes.IsEventWord)) return null; // "Battle of Antietam", "World Cup": events, not actors.
        if (words.Exists(NameShapes.IsOrganisationWord)) return Mention(tokens, start, length, null) with { Kind = ActorKind.Organisation };
        if (NameShapes.IsPlaceWord(words[^1]) || NameShapes.IsPlaceWord(words[0])) return Mention(tokens, start, length, null) with { Kind = ActorKind.Place };
        if (knownStart) return null;
        if (length == 1 && NameShapes.IsAcronym(words[0])) return Mention(tokens, start, 1, null) with { Kind = ActorKind.Organisation };
        if (length >= 2 && LooksLikePerson(words)) return Person(tokens, start, length, null, null);
        var knownName = gazetteer.GivenNames.Contains(words[0]) || gazetteer.NameWords.Contains(words[0]);
        if (before is not null && PlacePrepositions.Contains(before) && !(length == 1 && knownName))
        {
            return Mention(tokens, start, length, null) with { Kind = ActorKind.Place };
        }

        // Two unknown name-shaped words are most often a person from a culture the name lists miss ("Tomo Milicevic").
        if (length == 2 && words.TrueForAll(NameShapes.LooksLikeNameWord)) return Person(tokens, start, length, null, null);
        if (length >= 2) return Mention(tokens, start, length, null) with { Kind = ActorKind.Organisation };
        return NameShapes.LooksLikeNameWord(words[0]) ? Person(tokens, start, 1, null, null) with { IsPartial = true } : null;
    }

    // A person's name starts with a given name or an initial ("J. R. R. Tolkien"), or ends with a known family name.
    private bool LooksLikePerson(List<string> words)
    {
        var first = words[0];
        if (gazetteer.GivenNames.Contains(first) || NameShapes.IsInitial(first)) return true;
        var last = words[^1];
        return words.Count <= 3 && (gazetteer.NameWords.Contains(last) || gazetteer.GivenNames.Contains(last))
            && words.TrueForAll(w => NameShapes.IsInitial(w) || gazetteer.NameWords.Contains(w) || gazetteer.GivenNames.Contains(w) || NameShapes.Connectors.Contains(w));
    }

    private (int Length, GazetteerEntry Entry)? MatchName(List<TextSpan> tokens, int i)
    {
        var first = tokens[i].Text;
        if (!NameShapes.IsCapitalised(first) && first != "the") return null;
        for (var n = Math.Min(gazetteer.MaxNameTokens + 1, tokens.Count - i); n >= 1; n--)
        {
            if (first == "the" && n == 1) break;
            if (!NameShapes.IsCapitalised(tokens[i + n - 1].Text) && n > 1 && tokens[i + n - 1].Text is not ("minority" or "powers" or "countries" or "nations" or "governments" or "fighters" or "Muslims")) continue;
            var name = Join(tokens, i, n);
            if (gazetteer.Find(name) is { } entry) return (n, entry);
        }

        return null;
    }

    // A known person's name inside a run is part of it ("Alexander Lukashenko"); a country or place starts another actor.
    private bool StartsOtherActor(List<TextSpan> tokens, int j) => MatchName(tokens, j) is { } m && m.Entry.Kind != ActorKind.Person;

    private int? MatchRole(List<TextSpan> tokens, int i)
    {
        for (var n = Math.Min(gazetteer.MaxRoleTokens, tokens.Count - i); n >= 1; n--)
        {
            if (gazetteer.Roles.Contains(Join(tokens, i, n).ToLowerInvariant())) return n;
        }

        return null;
    }

    /// <summary>Length of the run of name-shaped words starting at <paramref name="i"/>, connectors inside allowed.</summary>
    private int NameRun(List<TextSpan> tokens, int i)
    {
        var j = i;
        while (j < tokens.Count)
        {
            var t = tokens[j].Text;
            if (NameShapes.LooksLikeNameWord(t) && (j == i || (!StartsOtherActor(tokens, j) && MatchRole(tokens, j) is null)))
            {
                j++;
            }
            else if (t == "." && j > i && NameShapes.IsInitial(tokens[j - 1].Text) && j + 1 < tokens.Count && NameShapes.LooksLikeNameWord(tokens[j + 1].Text)
                     && tokens[j].Start == tokens[j - 1].Start + 1)
            {
                j++;
            }
            else if (j > i && NameShapes.Connectors.Contains(t) && j + 1 < tokens.Count && NameShapes.LooksLikeNameWord(tokens[j + 1].Text)
                     && !gazetteer.CommonWords.Contains(tokens[j + 1].Text.ToLowerInvariant()))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        return j - i;
    }

    private static string? CountryBefore(List<TextSpan> tokens, int roleStart, List<ActorMention> mentions)
    {
        if (mentions.Count == 0 || roleStart == 0) return null;
        var last = mentions[^1];
        if (last.Kind != ActorKind.Country) return null;
        var previous = tokens[roleStart - 1];
        var adjacent = last.End == previous.Start + previous.Length
            || (previous.Text is "'s" or "’s" && roleStart >= 2 && last.End == tokens[roleStart - 2].Start + tokens[roleStart - 2].Length);
        return adjacent ? last.Name : null;
    }

    private static string RoleText(List<TextSpan> tokens, int start, int length)
    {
        // "Mr." is two tokens, "Mr" and ".": the dot alone leaves an empty word.
        var words = tokens.Skip(start).Take(length).Select(t => t.Text.TrimEnd('.')).Where(w => w.Length > 0);
        return string.Join(' ', words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    private static ActorMention Person(List<TextSpan> tokens, int start, int length, string? role, string? country) =>
        Mention(tokens, start, length, null) with { Kind = ActorKind.Person, Role = role, Country = country };

    private static ActorMention Mention(List<TextSpan> tokens, int start, int length, GazetteerEntry? entry)
    {
        var text = Join(tokens, start, length);
        return new ActorMention
        {
            Start = tokens[start].Start,
            Text = text,
            Kind = entry?.Kind ?? ActorKind.Person,
            Name = entry?.Name ?? text,
            Country = entry?.Country,
            IsDemonym = entry?.IsDemonym ?? false,
        };
    }

    private static string Join(List<TextSpan> tokens, int start, int length)
    {
        var sb = new System.Text.StringBuilder();
        for (var k = start; k < start + length; k++)
        {
            if (k > start && tokens[k].Start > tokens[k - 1].Start + tokens[k - 1].Length) sb.Append(' ');
            sb.Append(tokens[k].Text);
        }

        return sb.ToString();
    }
}
