using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// "Ines Vallane n said", "Jos Luis C rvada, the minister": a page that lost a name's accented letter ("Vallanén", "Córvada") may
/// leave a space in its place, cutting the word in two. The lower-case rest right after a person's name, when it is no word,
/// belongs to the name's last word, written without the lost letter ("Vallanen"), the form other pages that lost it give.
/// Only when one side of the gap is a single letter ("C rvada", "Vallane n"): a longer fragment after a whole word may be the
/// remains of the next word, which lost its first letter ("Jos ngel" of "José Ángel").
/// </summary>
internal static partial class LostLetterGaps
{
    public static List<ActorMention> Join(Gazetteer gazetteer, string sentence, int offset, List<ActorMention> mentions)
    {
        List<ActorMention>? joined = null;
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            var end = mention.End - offset;
            if (mention.Kind != ActorKind.Person || mention.Name != mention.Text || end < 0 || end > sentence.Length) continue;
            var rest = Rest().Match(sentence, end);
            if (!rest.Success) continue;
            var fragment = rest.Groups["rest"].Value;
            var last = mention.Text[(mention.Text.LastIndexOf(' ') + 1)..];
            if (!(fragment.Length == 1 || (last.Length == 1 && char.IsUpper(last[0]))) || IsWord(gazetteer, fragment)) continue;
            joined ??= [.. mentions];
            joined[k] = mention with { Text = mention.Text + " " + fragment, Name = mention.Name + fragment };
        }

        return joined ?? mentions;
    }

    // A letter alone is the end of a name only where names lose a letter just before their last one: Spanish and Portuguese names
    // accent the syllable before a last "n" ("Ramón", "Martín") and write "ñ" before a last "o" ("Patiño"). Any other letter alone is
    // a word ("a"), what a lost apostrophe leaves ("Holm s", "don t") or an abbreviation ("b 1851", "c and b" of a scorecard).
    private static bool IsWord(Gazetteer gazetteer, string fragment) => fragment.Length == 1
        ? fragment is not ("n" or "o")
        : gazetteer.IsDictionaryWord(fragment) || gazetteer.CommonWords.Contains(fragment);

    // One space, then lower-case letters that end where the word ends (not "Vell's", "Ida Berg-led"), and running text or a stop
    // after them: a letter before a year or a name is an abbreviation ("Ida Berg b 1851", "Vell v Orm Holdings").
    [GeneratedRegex(@"\G (?<rest>[a-z]{1,8})(?![\p{L}\p{Nd}'’-])(?=\s*(?:[,.;:!?)""”]|[a-z]|$))", RegexOptions.CultureInvariant)]
    private static partial Regex Rest();
}
