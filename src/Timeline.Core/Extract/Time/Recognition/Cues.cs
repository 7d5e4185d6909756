using System.Text.RegularExpressions;

namespace Timeline.Extract.Time.Recognition;

/// <summary>
/// Words without which an extractor of the recogniser's English settings finds nothing, read from its patterns: a cheap
/// check that spares windows of news text ("last week", "in March", "two years ago") the costly extractors. Checked by
/// tagging every TimeBank+AQUAINT and Timeline17 document with and without the checks: the same readings (a first,
/// narrower set missed "later today", "Earlier Friday", "Sunday AM" and "everyday"). A word added to a pattern of the
/// library must be added here too.
/// </summary>
internal static partial class Cues
{
    // Recurring times: "each"/"every"/"any"/"once a" before a unit or a time ("every Monday", "once a week", "3pm each
    // day", "everyday"), the periodic words ("daily", "biweekly", "annually") and plural days and parts of the day
    // ("Mondays").
    [GeneratedRegex(@"\b(?:each|every|everyday|any|once)\b|(?:daily|monthly|weekly|quarterly|yearly|annual|annually)\b|(?:morning|afternoon|evening|night|day|weekend)s\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Recurring();

    // Times of day, and dates and ranges with one: a clock time has a digit or an hour word ("3pm", "at seven"); the rest
    // name a part of the day ("Sunday AM"), a unit under a day ("the past 24 hours"), the present ("now", "at the
    // moment", "recently"), the end or rest of a day, or a part of a date ("late Monday", "earlier today", "later in the day").
    [GeneratedRegex(@"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|zero|" +
        @"noon|midnight|midday|mid|morning|afternoon|evening|night|tonight|overnight|daytime|nighttime|dawn|dusk|sunrise|sunset|daybreak|nightfall|" +
        @"lunchtime|lunch|dinnertime|dinner|breakfast|brunch|supper|bedtime|o'?clock|" +
        @"h|hrs?|hours?|mins?|minutes?|secs?|seconds?|now|present|moment|recently|previously|asap|possible|this\s+time|" +
        @"rest|remaining|end|eod|eob|mornings|afternoons|evenings|nights|am|pm|early|earlier|late|later)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex TimeOfDay();

    // Durations: a unit of time, spelled in full, shortened or after a number ("3hrs", "10d"), which "all day", "half a
    // year", "a few weeks" and "the past 24 hours" all hold.
    [GeneratedRegex(@"decade|year|month|week|fortnight|day|night|hour|minute|second|centur|millenni|quarter|hr|min|sec|yr|\d\s*[hymwd]\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Duration();

    // Holidays: the library's one holiday pattern ends every reading with a holiday from four lists, and each holiday
    // there holds one of these words ("Christmas", "new year", "Mother's Day", "St Patrick's", "Eid al-Fitr"), read
    // from the lists: the first word of each, or the distinctive one ("black friday", "mid-autumn day"); "day" alone
    // is in too much text to be a cue.
    [GeneratedRegex(@"\b(?:mardi|birthday|juneteenth|jubilee|freedom|new|may|yuan|christmas|xmas|black|easter|clean|ash|palm|maundy|good|" +
        @"white|trinity|pentecost|corpus|cyber|thanks|saint|patrick|george|independence|hallow|souls|fawkes|cinco|halloween|qingming|dragon|" +
        @"fools|tomb|presidents|mlk|martin|canberra|ascension|columbus|tree|arbor|labo|workers|mother|father|female|women|single|teacher|" +
        @"youth|children|girls|lover|earth|inauguration|groundhog|valentine|baptiste|bastille|veterans|memorial|autumn|moon|spring|lantern|" +
        @"ram|eid|feast|festival)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Holiday();

    // Integers: every reading of the library's English integer extractor holds a digit (the same \d) or starts, at a
    // word boundary, with a number word ("one", "twelve", "forty", "twenty-one") or with "a"/"an" before a round number
    // ("a hundred"), or is "(half) a dozen": the words of its patterns (NumbersDefinitions.AllIntRegex and its dozen
    // form), each matched from its start, so "six" stands for "sixteen" and "sixty" and "thirt" for "thirteen" and "thirty".
    [GeneratedRegex(@"\d|\b(?:zero|n[ao]ught|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirt|fift|twenty|forty|" +
        @"hundred|thousand|million|mln|billion|bln|trillion|tln|lakh|crore|dozen)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Integers();

    // Ordinals that can be a day of the month: a digit ("3rd", "21st") or an ordinal word anywhere in the text ("third",
    // "twenty-first", "thirteenth", "twentieth", "hundredth"; "teenth" and "tieth" end the rest). The extractor's
    // relative ordinals ("last", "next", "previous", "current", "penultimate") have no cue here: their value is a
    // reference ("end+0", "current+1"), never a day, so the date extractor drops each of them.
    [GeneratedRegex(@"\d|first|second|third|fourth|fifth|sixth|seventh|eighth|nine?th|tenth|eleventh|twelfth|teenth|tieth|" +
        @"hundredth|thousandth|millionth|billionth|trillionth",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Ordinals();
}
