using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>
/// "the US justice department", "officials from the US department of justice": some papers (the Guardian among them) write a
/// government department in lower case. After the country's initials or name, a field of government and "department" (or
/// "department of" and the field) are that department, an actor of its own; read as the country alone, the department that
/// acted is lost. Only the federal fields, so "the US sales department" of a firm stays words; a field every government has
/// a department of ("health") is left out, since the registry would take it for another country's department of that name. The
/// mention carries no country: the registry compares names. Pure.
/// </summary>
internal static partial class LowercaseDepartments
{
    /// <summary>The mentions with each country's mention joined to the lower-case department written right after it.</summary>
    public static List<ActorMention> Join(string sentence, int offset, List<ActorMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(mentions);
        var joined = new List<ActorMention>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var end = m.End - offset;
            if (m is { Kind: ActorKind.Country, IsDemonym: false, Name: "United States" } && end >= 0 && end < sentence.Length
                && DepartmentRegex().Match(sentence, end) is { Success: true } department
                && (i + 1 >= mentions.Count || mentions[i + 1].Start >= m.End + department.Length))
            {
                var field = department.Groups["field"].Success ? department.Groups["field"].Value : department.Groups["of"].Value;
                var words = Title(field);
                var name = department.Groups["field"].Success ? $"{m.Text} {words} Department" : $"{m.Text} Department of {(department.Groups["the"].Success ? "the " : "")}{words}";
                joined.Add(new ActorMention { Start = m.Start, Text = sentence.Substring(m.Start - offset, end + department.Length - (m.Start - offset)), Kind = ActorKind.Organisation, Name = name });
                continue;
            }

            joined.Add(m);
        }

        return joined;
    }

    private static string Title(string words) =>
        string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w is "and" ? w : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w)));

    private const string Fields = "justice|energy|interior|state|defen[cs]e|agriculture|commerce|labor|transportation|treasury|education|homeland security|health and human services|veterans affairs";

    // " justice department", " department of justice", " department of the interior": lower case only; a capitalised department
    // is a name the recogniser reads already.
    [GeneratedRegex(@"\G\s+(?:(?<field>" + Fields + @")\s+department|department\s+of\s+(?<the>the\s+)?(?<of>" + Fields + @"))\b", RegexOptions.CultureInvariant)]
    private static partial Regex DepartmentRegex();
}
