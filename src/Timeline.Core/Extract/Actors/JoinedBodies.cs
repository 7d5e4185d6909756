using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// "Travel firms Vell Holidays and Fjord Travel said": a plural noun of bodies before a name joined by "and" says the name is two
/// bodies, each named in full, not one ("Food and Drug Administration", "Procter and Gamble" are one name, and are not written after
/// a plural). Each side must be a name of two words or more; a name the gazetteer knows, or one with more than one "and", stays whole.
/// </summary>
internal static partial class JoinedBodies
{
    public static List<ActorMention> Split(Gazetteer gazetteer, string sentence, int offset, List<ActorMention> mentions) =>
        MentionParts.Split(mentions, mention => Parts(gazetteer, sentence, offset, mention));

    private static ActorMention[]? Parts(Gazetteer gazetteer, string sentence, int offset, ActorMention mention)
    {
        if (mention.Kind != ActorKind.Organisation || mention.Name != mention.Text || gazetteer.Find(mention.Name) is not null) return null;
        var joint = mention.Text.IndexOf(" and ", StringComparison.Ordinal);
        if (joint < 0 || mention.Text.IndexOf(" and ", joint + 1, StringComparison.Ordinal) >= 0) return null;
        var (first, second) = (mention.Text[..joint], mention.Text[(joint + 5)..]);
        if (!IsFullName(gazetteer, first) || !IsFullName(gazetteer, second)) return null;
        var start = mention.Start - offset;
        if (start < 0 || start > sentence.Length || !PluralBodiesBefore().IsMatch(sentence.AsSpan(Math.Max(0, start - Reach), Math.Min(Reach, start)))) return null;
        return
        [
            mention with { Text = first, Name = first },
            mention with { Start = mention.Start + joint + 5, Text = second, Name = second },
        ];
    }

    private const int Reach = 30;

    // Two capitalised words or more, none of them a small word written with a capital ("Of", "The").
    private static bool IsFullName(Gazetteer gazetteer, string side) =>
        side.Split(' ') is { Length: >= 2 } words && words.All(w => NameShapes.IsCapitalised(w) && !gazetteer.IsFunctionWord(w));

    // "travel firms ", "rival airlines ", "the companies ": a plural noun of bodies right before the name.
    [GeneratedRegex(@"\b(?:firms|companies|operators|groups|banks|carriers|airlines|retailers|rivals|insurers|lenders|chains|agencies|organi[sz]ations|charities|unions|broadcasters|newspapers|networks|manufacturers|makers|producers|suppliers|contractors|brands)\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex PluralBodiesBefore();
}
