using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Timeline.Extract.Text.Pos;

/// <summary>en-inflectors' isPlural (noun/detect_singular_plural.js): word lists first, then spelling patterns.</summary>
internal sealed partial class PluralDetector
{
    private readonly FrozenSet<string> _uncountable;
    private readonly FrozenSet<string> _irregularSingulars;
    private readonly FrozenSet<string> _irregularPlurals;

    private PluralDetector(FrozenSet<string> uncountable, FrozenSet<string> singulars, FrozenSet<string> plurals)
    {
        _uncountable = uncountable;
        _irregularSingulars = singulars;
        _irregularPlurals = plurals;
    }

    public static PluralDetector Load()
    {
        var rows = PosResources.Rows("pos-noun-number.tsv").ToList();
        FrozenSet<string> Kind(string kind) =>
            rows.Where(r => r[1] == kind).Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);
        return new PluralDetector(Kind("uncountable"), Kind("singular"), Kind("plural"));
    }

    public bool IsPlural(string word)
    {
        // en-inflectors keeps the text before the first non-word character; uncountable nouns count as plural.
        var input = NonWord().Split(word.ToLowerInvariant(), 2)[0].Trim();
        return _uncountable.Contains(input) || !IsSingular(input);
    }

    private bool IsSingular(string input)
    {
        if (_uncountable.Contains(input) || _irregularSingulars.Contains(input)) return true;
        if (_irregularPlurals.Contains(input)) return false;
        if (SingularPattern().IsMatch(input)) return true;
        return !PluralPattern().IsMatch(input);
    }

    [GeneratedRegex("[^A-Za-z0-9_]")]
    private static partial Regex NonWord();

    // en-inflectors' singular patterns (noun/regexps_detection.js), joined: any one matching is enough.
    [GeneratedRegex(@"[bcdfgjkmruopquvxzw]$|ss$|sis$|thos$|pus$|tis$|^[a-z]{1}s$|us$|(n|r)is$|tmas$|[abefgjklpqywxyz]a$"
        + @"|[^i]ca$|[^n]da$|[^p]ha$|([^dvtlar])ia$|([^i]|(cteri|at|ul|at|asi|di|nd|ov|ri))a$|(z|h|g|b|r|l)eria$"
        + @"|[^ci]teria$|[^cb]ilia$|[^xi]lia$|[^e]ma$|[^aeu]na$|[^ciam][a-z]na$|[ifo][A-Za-z0-9_]{2}na$|[^aip]ta$"
        + @"|[^rmpe][a-z]ta$|[^gart][a-z][a-z]ta$|(a)e$|people$|[^t][^t][^o][^i][^a]e$|[^i][^t]h$"
        + @"|[uacgzheimnot][a-z]i$|[^atvliopcbnmgfds][a-z]*i$|[a-z][^ertiopasl][a-z]+[a-z]i$|[^e]l$|[^e]n$")]
    private static partial Regex SingularPattern();

    // en-inflectors' plural patterns, joined the same way.
    [GeneratedRegex(@"men$|sortia$|^media$|^cilia$|abilia$|trivia$"
        + @"|[^jtma](chi*|yn|ol|am|i|umn|os|an|ermin|omb|ul|eol|cle|on|un)i$|(um|pa|ro)ni$|(uo|io)si$|onchi$"
        + @"|(o|u|a)li$|(e|i)i$|ies$|ves$|es$|[aouiey]ys$|oos$|ios$|[tfg]ee[sth]{1,2}e*$|[^aouies][aoui]s$|[ea]s$|[^aouie]s$")]
    private static partial Regex PluralPattern();
}
