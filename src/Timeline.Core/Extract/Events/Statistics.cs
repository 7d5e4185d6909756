namespace Timeline.Extract.Events;

/// <summary>
/// A statistic is not a happening: a quantity that rose, fell or reached a figure ("sales fell 5%", "the toll
/// rose to 300", "exports totalled $2bn"). Read from a change-of-quantity verb with a number after it. Pure.
/// </summary>
public static partial class Statistics
{
    private static readonly HashSet<string> QuantityVerbs = new(StringComparer.Ordinal)
    {
        "rise", "fall", "increase", "decrease", "drop", "decline", "climb", "jump", "surge", "plunge", "slump", "soar", "grow", "shrink",
        "double", "triple", "halve", "total", "reach", "top", "exceed", "gain", "lose", "slip", "tumble", "rebound", "rally", "hit", "average",
        "shed", "add", "slide", "sink", "dip", "edge", "ease", "advance", "retreat", "recover", "close", "finish", "trade", "stand", "post", "record",
    };

    // Verbs of undergoing a change: "suffered a surge in", "saw a rise in", "has experienced a fall in".
    private static readonly HashSet<string> Undergoing = new(StringComparer.Ordinal)
    {
        "suffer", "see", "saw", "seen", "experience", "witness", "record", "register", "undergo", "underwent", "undergone", "endure", "report",
    };

    // A running toll: "has killed 65 people", "have infected 1,000".
    private static readonly HashSet<string> TollVerbs = new(StringComparer.Ordinal) { "kill", "infect", "sicken", "affect", "hospitalize", "hospitalise", "claim" };

    // Verbs of a flow of matter, which a quantity in units of volume or mass measures.
    private static readonly HashSet<string> MatterFlows = new(StringComparer.Ordinal)
    {
        "pump", "collect", "capture", "siphon", "leak", "spill", "gush", "flow", "produce", "burn", "skim", "recover", "process", "ship", "export", "import",
    };

    // Verbs of a flow of money or matter: with an amount per unit of time ("spends $6m a day", "collects 15,000 barrels a
    // day") they give a rate, a figure of the situation, not one happening.
    private static readonly HashSet<string> FlowVerbs = new(
        MatterFlows.Concat(["spend", "pay", "cost", "lose", "earn", "make", "use", "sell", "handle", "receive", "consume"]), StringComparer.Ordinal);

    // Verbs of a firm's result: its profit or loss for a period.
    private static readonly HashSet<string> Results = new(StringComparer.Ordinal) { "earn", "make", "lose" };

    // Verbs that set a result against a forecast: "beat forecasts", "missed analysts' estimates".
    private static readonly HashSet<string> BeatVerbs = new(StringComparer.Ordinal)
    {
        "beat", "smash", "miss", "top", "exceed", "surpass", "outstrip", "trail", "meet", "undershoot", "outperform", "disappoint",
    };

    private static readonly HashSet<string> Degree = new(StringComparer.Ordinal)
    {
        "heavily", "severely", "badly", "seriously", "directly", "acutely", "deeply", "strongly", "widely", "greatly", "hard",
    };

    // A verb outside the trigger lexicon comes as it was written: "paid" is looked up as "pay" too.
    private static IEnumerable<string> FlowLemmas(string lemma) =>
        VerbLemma.IrregularBase(lemma) is { } stem ? VerbLemma.Candidates(lemma).Append(stem) : VerbLemma.Candidates(lemma);

    private static bool Ranked(IReadOnlyList<string> words, int verb)
    {
        var before = verb > 0 ? words[verb - 1].ToLowerInvariant() : "";
        if (before is "hardest" or "worst" or "heaviest" or "least" or "most" && verb > 1 && words[verb - 2].ToLowerInvariant() is not "the") return true;
        // "most heavily hit", "most severely affected"; "most recently announced", "most notably cut" tell a time or a stress.
        return verb > 1 && words[verb - 2].ToLowerInvariant() is "most" or "least" && Degree.Contains(before);
    }

    public static bool IsStatistic(IReadOnlyList<string> words, IReadOnlyList<string> tags, string lemma, int verb, int end)
    {
        // "has been most heavily touched by the outbreak", "was the hardest hit", "worst affected": a ranking of places or
        // people compares states; it tells no one happening.
        if (Ranked(words, verb)) return true;
        // "hit its highest level since October", "a record high", "a four-year low": a market statistic.
        var rest = string.Join(' ', words.Skip(verb + 1).Take(Math.Max(0, Math.Min(end, words.Count) - verb - 1))).ToLowerInvariant();
        if (RecordRegex().IsMatch(rest)) return true;
        // "was narrowly denied a posthumous entry in the top 10", "has been named as the biggest selling artist in the UK", "entered the
        // UK charts at number three": a place in a ranking of sales is read off the counted sales; no one acted.
        if (ChartPlaceRegex().IsMatch(rest)) return true;
        // "is sinking deeper into recession", "slipped into deflation", "emerged from recession": an economy's turn is read off its
        // figures (two quarters of output, a price index); no one acted.
        if (EconomicTurnRegex().IsMatch(rest)) return true;
        // "has suffered a surge in cases", "saw a sharp rise in complaints", "recorded a drop in orders": a change in a quantity
        // that a place or a firm undergoes is a figure of its state, told with a verb of undergoing; no one acted.
        if (VerbLemma.Candidates(lemma).Append(lemma).Append(words[verb].ToLowerInvariant()).Any(Undergoing.Contains) && ChangeInRegex().IsMatch(rest)) return true;
        if (RateRegex().IsMatch(rest) && VerbLemma.Candidates(lemma).Any(FlowVerbs.Contains)) return true;
        // "collected 10,500 barrels of oil on Saturday", "skimmed 2,000 gallons": matter measured in its units is a reading of a
        // flow, a figure of the work, whatever day it is given for.
        if (VerbLemma.Candidates(lemma).Append(lemma).Any(MatterFlows.Contains) && MatterAmountRegex().IsMatch(rest)) return true;
        var perfect = verb > 0 && words.Take(verb).Reverse().Take(3).Any(w => w.ToLowerInvariant() is "has" or "have");
        // A running toll ("has killed 65 people") or a running total ("has spent almost $1bn so far", "have paid out more
        // than $100m"): the present perfect with a number reports a count that keeps growing, not one happening.
        // "So far, BP has spent $2bn": the marker of a total may open the clause.
        var opening = string.Join(' ', words.Take(verb)).ToLowerInvariant();
        if (perfect && (TollVerbs.Contains(VerbLemma.Of(lemma)) || TollVerbs.Contains(lemma) || RunningTotalRegex().IsMatch(rest) || SoFarRegex().IsMatch(opening))
            && HasNumber(words, tags, verb, end)) return true;
        // "has spent thousands trying to clean up", "have lost millions": an amount given only as its order of magnitude
        // sums up what went on over time.
        if (perfect && VerbLemma.Candidates(lemma).Any(FlowVerbs.Contains) && VagueAmountRegex().IsMatch(rest)) return true;
        // "took the top spot in the list", "was ranked eighth in a table of brands": a place in a ranking compares, it tells
        // no happening; "finished third in the race" ranks a contest the text tells.
        if ((VerbLemma.Of(lemma) == "rank" || lemma == "rank") && RankingRegex().IsMatch(rest) || ListRegex().IsMatch(rest)) return true;
        // "beat forecasts with a 20% jump in profits", "missed analysts' estimates": a result set against forecasts is a figure.
        if (VerbLemma.Candidates(lemma).Append(lemma).Any(BeatVerbs.Contains) && ForecastRegex().IsMatch(rest) || FigureMeansRegex().IsMatch(rest)) return true;
        var clause = string.Join(' ', words.Take(Math.Min(end, words.Count))).ToLowerInvariant();
        // "As of Friday, the fund had paid out $40m", "had counted 31 cases as of June 2": a count up to a day, not one happening.
        if (AsOfRegex().IsMatch(clause) && !RelativeBefore(words, verb, end, "as") && HasNumber(words, tags, verb, end)) return true;
        // "exported $3bn of timber to Norway last year", "paid taxes of $6bn last year", "In 2009, the firm spent $16m on lobbying":
        // an amount over a whole year is its total. A company's own result for its year ("earned $480m last year") is the news of
        // its annual results, and stays; so does one payment ("paid a $50m fine in 2005") or one price ("In 2008, Vell paid $1.2bn for
        // rights to explore"), which an article counts as one.
        if (FlowLemmas(lemma).Any(v => FlowVerbs.Contains(v) && !Results.Contains(v)) && (YearRegex().IsMatch(clause) || NamedYearRegex().IsMatch(clause))
            && AmountRegex().IsMatch(rest) && !OneAmountRegex().IsMatch(rest) && !PriceForRegex().IsMatch(rest)) return true;
        // "rated the attempt's chance of success at 60 to 70 percent", "pegged the cost at $3bn", "put the death toll at 50": a verb of
        // estimating with the figure it gives is an estimate, a view of a quantity, not a happening.
        if (VerbLemma.Candidates(lemma).Append(lemma).Append(words[verb].ToLowerInvariant()).Any(Estimating.Contains) && EstimateRegex().IsMatch(rest)) return true;
        // "Vell was quoted at 87 cents bid", "shares were priced at $12": a price on the market is a figure of the day.
        if (VerbLemma.Candidates(lemma).Append(lemma).Any(v => v is "quote" or "price" or "value") && PriceRegex().IsMatch(rest)) return true;
        // "has lost a third of its market value", "The market value of Vell fell": what a firm is worth on the market is a figure,
        // whether it is the subject or the object of the change.
        if (VerbLemma.Candidates(lemma).Append(lemma).Any(QuantityVerbs.Contains)
            && (MarketFigureObjectRegex().IsMatch(rest) || MarketFigureSubjectRegex().IsMatch(opening))) return true;
        // "surged", "declined": a stem read off the form ("surg") is looked up with its final e.
        if (!VerbLemma.Candidates(lemma).Append(lemma).Any(QuantityVerbs.Contains)) return false;
        // "closed eight plants", "finished two wells": a counted thing as the object is what was shut or completed, not a close
        // of the market ("closed 5% higher", "closed at 1,200", "finished up 30 points").
        if (VerbLemma.Candidates(lemma).Append(lemma).Any(v => v is "close" or "finish") && CountedObject(words, tags, verb)) return false;
        // The figure of the change follows the verb closely ("fell 5%", "rose sharply to 300"); a number further on belongs to
        // another phrase ("declined comment, referring to an Oct. 8 report").
        return HasNumber(words, tags, verb, Math.Min(end, verb + 1 + FigureReach));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:deeper|further|back|officially|technically|formally|finally|now|already)\s+)*(?:into|out\s+of|from)\s+(?:an?\s+|its\s+|the\s+)?(?:(?:deep|deeper|severe|full-blown|technical|prolonged|first|double-dip|long)\s+)*(?:recession|depression|deflation|stagflation|slump)\b")]
    private static partial System.Text.RegularExpressions.Regex EconomicTurnRegex();

    // Verbs of giving a quantity as one's estimate: "rate", "peg", "put", "estimate", "gauge", "assess", "reckon", "place".
    private static readonly HashSet<string> Estimating = new(StringComparer.Ordinal)
    {
        "rate", "peg", "put", "estimate", "gauge", "assess", "reckon", "place", "placed", "pegged",
    };

    // The object, then "at" and a figure: "its chances at 60%", "the toll at about 50", "the cost at $3bn"; a clock time ("at
    // 10am", "at 9:30") is when, not how much.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[\w'’-]+\s+){1,8}?at\s+(?:about\s+|around\s+|roughly\s+|some\s+|up\s+to\s+|between\s+|least\s+|most\s+)?(?:[$£€]\s*)?\d[\d,.]*(?![\d,.])(?:\s*(?:%|percent\b|per\s+cent\b|bn\b|billion\b|million\b|m\b|people\b|deaths\b|dead\b|barrels\b|gallons\b|to\s+\d|-\s*\d|and\s+\d)|\s*[,;.]|\s*$)")]
    private static partial System.Text.RegularExpressions.Regex EstimateRegex();

    // How many words after a verb of change its figure may stand: "rose in early trading on Monday to 1,200".
    private const int FigureReach = 7;

    // "which had infected 300 as of June 1": a count in a relative clause after the verb is another clause's.
    private static bool RelativeBefore(IReadOnlyList<string> words, int verb, int end, string marker)
    {
        var relative = false;
        for (var k = verb + 1; k < end && k < words.Count; k++)
        {
            if (words[k].ToLowerInvariant() == marker && k + 1 < words.Count && words[k + 1].ToLowerInvariant() == "of") return relative;
            if (words[k].ToLowerInvariant() is "which" or "who" or "that") relative = true;
        }

        return false;
    }

    // Units a market's figure is counted in, besides currency names.
    private static readonly HashSet<string> FigureUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "%", "percent", "per", "points", "point", "cents", "cent", "pence", "p", "basis", "ticks",
    };

    // A number right after the verb with a plural noun of things after it: "closed eight plants", "closed 1,200 branches",
    // "finished two relief wells".
    private static bool CountedObject(IReadOnlyList<string> words, IReadOnlyList<string> tags, int verb)
    {
        var k = verb + 1;
        if (k < words.Count && words[k].ToLowerInvariant() is "down" or "up" or "another" or "all") k++;
        if (k + 1 >= words.Count || tags[k] != "CD") return false;
        // "eight car plants", "two relief wells", "14 more plants": modifiers stand before the counted noun.
        var noun = k + 1;
        while (noun < words.Count && noun < k + 3 && tags[noun] is "JJ" or "JJR" or "NN" && char.IsLower(words[noun][0])) noun++;
        return noun < words.Count && tags[noun] == "NNS" && char.IsLower(words[noun][0]) && !FigureUnits.Contains(words[noun]) && !CurrencyNames.Contains(words[noun]);
    }

    private static bool HasNumber(IReadOnlyList<string> words, IReadOnlyList<string> tags, int verb, int end)
    {
        for (var k = verb + 1; k < end && k < words.Count; k++)
        {
            if (tags[k] == "CD" || words[k] is "%" or "percent" or "per" || words[k].Any(char.IsDigit)) return true;
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:highest|lowest|record|strongest|weakest|best|worst)\s+(?:\w+\s+)?(?:level|high|low|close|levels)\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:year|month|week|day)[- ](?:high|low)s?\b")]
    private static partial System.Text.RegularExpressions.Regex RecordRegex();

    // An amount per unit of time: "$6m a day", "tens of millions of dollars a day", "15,000 barrels per day".
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\d|\b(?:tens|hundreds|thousands|millions|billions|dozens)\s+of\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|thousand|million|billion)\b)[^.;]{0,40}?\b(?:a|per|each|every)\s+(?:day|week|month|year|hour|minute)\b")]
    private static partial System.Text.RegularExpressions.Regex RateRegex();

    // A quantity of matter right after the verb or its particle: "10,500 barrels", "off 2,200 barrels", "an estimated 2 million
    // gallons", "about 300 tonnes of crude".
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:off|out|up)\s+)?(?:(?:about|some|more than|nearly|almost|an estimated|roughly|around|over|up to|at least|another|a further)\s+)*\d[\d,.]*\s*(?:(?:thousand|million|billion|m|bn)\s+)?(?:barrels|gallons|litres|liters|tonnes|tons|cubic)\b")]
    private static partial System.Text.RegularExpressions.Regex MatterAmountRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:so far|to date|thus far)\b")]
    private static partial System.Text.RegularExpressions.Regex SoFarRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:out|up|back|away)\s+)?(?:(?:tens|hundreds)\s+of\s+)?(?:thousands|millions|billions|hundreds|a\s+fortune)\b")]
    private static partial System.Text.RegularExpressions.Regex VagueAmountRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:as\s+|no\s*\.?\s*)?(?:top|\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|number one|bottom|last|among)\b")]
    private static partial System.Text.RegularExpressions.Regex RankingRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:top|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|number one|bottom|last)\s+(?:spot|place|position|slot)\b[^.;]{0,20}\b(?:in|on|of)\s+(?:the|a|an|its|this|their)\s+(?:[\w'-]+\s+){0,3}(?:list|table|ranking|rankings|index|league|chart|survey|poll)\b")]
    private static partial System.Text.RegularExpressions.Regex ListRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[\w'’-]+\s+){0,3}?(?:forecasts?|expectations|estimates|consensus)\b")]
    private static partial System.Text.RegularExpressions.Regex ForecastRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bwith\s+(?:an?\s+)?(?:[$£€]\s*)?\d[\d.,]*\s*(?:%|percent|per cent|bn|m|billion|million)?\s*(?:jump|rise|increase|fall|drop|decline|surge|slump|gain|leap|plunge)\b")]
    private static partial System.Text.RegularExpressions.Regex FigureMeansRegex();

    private const string MarketFigure = @"(?:market\s+(?:value|valuation|capitali[sz]ation|cap)|share\s+price|stock\s+price)";

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[\w'’-]+\s+){0,5}?" + MarketFigure + @"\b")]
    private static partial System.Text.RegularExpressions.Regex MarketFigureObjectRegex();

    [System.Text.RegularExpressions.GeneratedRegex(MarketFigure + @"(?:\s+of\s+(?:[\w.&'’-]+\s+){0,4}?[\w.&'’-]+)?(?:\s+(?:has|have|had|is|are|was|were|been|also|already))*\s*$")]
    private static partial System.Text.RegularExpressions.Regex MarketFigureSubjectRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"^at\s+(?:about\s+|around\s+)?(?:[$£€]\s*)?\d")]
    private static partial System.Text.RegularExpressions.Regex PriceRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bas of\b")]
    private static partial System.Text.RegularExpressions.Regex AsOfRegex();

    // A whole year: "last year", "in the past 12 months"; "earlier this year", "late last year" and "a year earlier" (the figure
    // compared with) are times of one happening or another figure.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\b(?:earlier|early|late|later|until|since|by|in)\s+)\blast year\b(?!\s*'s)|\b(?:in|over|during)\s+the\s+(?:last|past)\s+(?:year|12\s+months)\b")]
    private static partial System.Text.RegularExpressions.Regex YearRegex();

    // A whole calendar year the clause is set in: "in 2009", "during 2008", "throughout 1998"; not "in 2009-10" nor "in 2009 and 2010".
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:in|during|throughout|for)\s+(?:19|20)\d\d\b(?!\s*(?:[-–/]|to\b|and\b))")]
    private static partial System.Text.RegularExpressions.Regex NamedYearRegex();

    // One sum paid or got at once: "a $50m fine", "a record £2bn settlement", "an $87 million payment", "a performance bonus of
    // $3m".
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:a|an)\s+(?:record\s+|further\s+|one-off\s+|single\s+|new\s+)?(?:[$£€#]\s*\d|\d)|\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:fine|penalty|bonus|payment|settlement|grant|loan|award|donation|gift|payout|windfall|refund|ransom)\s+(?:of|worth)\b")]
    private static partial System.Text.RegularExpressions.Regex OneAmountRegex();

    // A price paid for one thing: "paid C$1.2 billion for rights to explore", "paid $40m for a stake"; "for 2009" or "for the year"
    // sums up a period.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:[$£€#]\s*\d|\d)[^,;]{0,30}?\bfor\s+(?!(?:the\s+)?(?:year|\d))")]
    private static partial System.Text.RegularExpressions.Regex PriceForRegex();

    // A sum of money or a quantity of goods: "$2 billion", "£930m", "8.4 bn", "100,000 tonnes".
    [System.Text.RegularExpressions.GeneratedRegex(@"[$£€#]\s*\d|\d[\d.,]*\s*(?:bn|m|billion|million|trillion|tonnes|tons|barrels|gallons)\b")]
    private static partial System.Text.RegularExpressions.Regex AmountRegex();

    // A rounded amount ("more than $128m", "almost 1,000", "over 600,000 gallons") or a total so far; "over the next
    // three years" is a span, not an amount.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:more than|almost|nearly|over|at least|upwards of)\s+(?:(?:[$£€#]\s*)?\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens|hundreds|thousands|millions)\b)|\b(?:so far|to date|in total|thus far)\b")]
    private static partial System.Text.RegularExpressions.Regex RunningTotalRegex();

    // "a surge in", "a sharp rise in", "an unprecedented 20% increase in": a change of quantity and what it is of.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:an?|the)\s+(?:[\w%.,-]+\s+){0,3}?(?:surge|rise|increase|jump|spike|upsurge|upturn|upswing|fall|drop|decline|slump|downturn|plunge|dip|growth|leap|slide)\s+in\b")]
    private static partial System.Text.RegularExpressions.Regex ChangeInRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:(?:in|into|of|from|out\s+of)\s+the\s+top\s+(?:\d+|ten|five|twenty|forty|hundred)\b(?!\s*[\w-]*[a-z])|(?:best|biggest|top|fastest)[- ]selling\s+(?:\w+\s+)?(?:artists?|albums?|singles?|songs?|records?|acts?|singers?|bands?|books?|authors?|titles?)\b|the\s+(?:\w+\s+)?charts?\b|number\s+(?:one|two|three|\d+)\s+(?:spot|slot|position|place|single|album|song|hit)s?\b)")]
    private static partial System.Text.RegularExpressions.Regex ChartPlaceRegex();
}
