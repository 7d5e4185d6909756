using Timeline.Extract.Text.Pos;

namespace Timeline.Extract.Events;

/// <summary>
/// Verbs that state where someone stands rather than what they did: "agreed with Schuchat", "agreed that the risk was
/// low", "backed the quarantine", "defended his handling of the crisis", "welcomed the recommendation". News writes them
/// to report a position; the happening, if any, is the interview or the statement, so the clause gives no event. An
/// agreement reached ("agreed to pay", "agreed with the union on a pay deal"), a body's vote ("the Senate backed the
/// bill"), a defence of a place ("defended the town") and a welcome given to someone ("welcomed the president") stay. A
/// person's retort ("fired back"), hope held out, reassurance given and a thing characterised ("cast the trip as a
/// solidarity mission") are views too. Pure.
/// </summary>
public static class StatedView
{
    // What is reached or settled by agreeing: the clause then tells a deal, not a shared view.
    private static readonly HashSet<string> Settlements = new(StringComparer.OrdinalIgnoreCase)
    {
        "deal", "agreement", "terms", "settlement", "contract", "accord", "compromise", "ceasefire", "truce", "pact", "merger", "sale", "price",
    };

    // One's own conduct, which a person defends in words.
    private static readonly HashSet<string> Conduct = new(StringComparer.OrdinalIgnoreCase)
    {
        "handling", "decision", "decisions", "role", "record", "response", "actions", "action", "conduct", "comments", "remarks", "policy",
        "policies", "stance", "position", "performance", "approach", "strategy", "choice", "choices", "reputation", "management", "leadership",
    };

    private static readonly HashSet<string> Feelings = new(StringComparer.OrdinalIgnoreCase)
    {
        "concern", "concerns", "fear", "fears", "doubt", "doubts", "sadness", "regret", "support", "opposition", "hope", "hopes", "confidence",
        "optimism", "pessimism", "disappointment", "frustration", "anger", "outrage", "surprise", "dismay", "alarm", "scepticism",
        "skepticism", "reservations", "satisfaction", "gratitude", "sympathy", "solidarity", "unease", "worry", "worries",
    };

    // Verbs of characterising: "cast X as", "portrayed X as", "described X as", "hailed X as", "billed as".
    private static readonly HashSet<string> Characterising = new(StringComparer.OrdinalIgnoreCase)
    {
        "cast", "portray", "characterise", "characterize", "depict", "describe", "frame", "paint", "brand", "label", "dub", "tout", "hail",
        "bill", "view", "regard", "style", "caricature", "pigeonhole", "labelled", "labeled",
    };

    // What others direct at someone: "faced criticism", "came under fire", "caught flak", "drew condemnation".
    private static readonly HashSet<string> Reproach = new(StringComparer.OrdinalIgnoreCase)
    {
        "criticism", "criticisms", "fire", "attack", "attacks", "flak", "flack", "pressure", "scrutiny", "backlash", "condemnation", "ridicule",
        "censure", "opprobrium", "outrage", "anger", "derision", "scorn", "complaints", "calls", "questions", "blame",
    };

    // A share of what others direct: "bore the brunt of public anger", "took the bulk of the criticism".
    private static readonly HashSet<string> Shares = new(StringComparer.OrdinalIgnoreCase)
    {
        "brunt", "bulk", "share", "most", "much", "weight", "lion's",
    };

    // What one holds to: "sticking to his line", "stuck to its forecast", "stands by its guidance".
    private static readonly HashSet<string> Stances = new(StringComparer.OrdinalIgnoreCase)
    {
        "line", "position", "stance", "guns", "story", "view", "views", "target", "targets", "forecast", "forecasts", "guidance", "estimate",
        "estimates", "script", "message", "account", "version", "argument", "assessment", "prediction", "outlook", "promise", "pledge", "word",
        "principles", "belief", "claim", "claims",
    };

    // Standing that others grant: "rebuilding trust", "restore confidence", "repair its reputation".
    private static readonly HashSet<string> Standing = new(StringComparer.OrdinalIgnoreCase)
    {
        "trust", "confidence", "reputation", "credibility", "image", "standing", "faith", "goodwill", "respect", "legitimacy",
    };

    // The undertaking begun: "began the task of", "started the process of".
    private static readonly HashSet<string> Undertakings = new(StringComparer.OrdinalIgnoreCase)
    {
        "task", "process", "job", "work", "business", "effort", "challenge", "long", "slow",
    };

    private static readonly HashSet<string> Possessives = new(StringComparer.OrdinalIgnoreCase)
    {
        "his", "her", "its", "their", "our", "my", "your", "the",
    };

    // Verbs of judging someone, told in the passive without who judged: "was vilified", "has been widely criticised".
    private static readonly HashSet<string> Judging = new(StringComparer.OrdinalIgnoreCase)
    {
        "criticise", "criticize", "vilify", "blame", "condemn", "praise", "fault", "ridicule", "lambaste", "slam", "pillory", "demonise",
        "demonize", "laud", "applaud", "commend", "castigate", "deride", "lampoon", "scapegoat",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "his", "her", "its", "their", "the", "a", "an", "this", "that", "these", "those", "our", "my", "your",
    };

    private static readonly HashSet<string> Reflexives = new(StringComparer.OrdinalIgnoreCase)
    {
        "himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself",
    };

    // "it would cut 500 jobs", "we will close the yard": the speaker's own next step, told in the clause it reports.
    private static bool OwnStep(IReadOnlyList<string> words, int subject) =>
        At(words, subject) is "it" or "we" or "they" && At(words, subject + 1) is "would" or "will" or "'ll" or "’ll";

    // Verbs of advising, which take "against" and what is advised against.
    private static readonly HashSet<string> Advising = new(StringComparer.Ordinal) { "warn", "caution", "urge", "advise", "counsel" };

    // "has denied", "have strongly denied", "has repeatedly and strenuously denied": a present perfect auxiliary before the verb,
    // over adverbs only.
    private static bool PresentPerfectBefore(IReadOnlyList<string> words, int verb)
    {
        for (var k = verb - 1; k >= 0 && k >= verb - 4; k--)
        {
            var w = words[k].ToLowerInvariant();
            if (w is "has" or "have" or "'ve" or "’ve") return true;
            if (!(w.EndsWith("ly", StringComparison.Ordinal) || w is "and" or "also" or "always" or "not" or "never")) return false;
        }

        return false;
    }

    // Verbs of granting a point, which take a clause as what is granted.
    private static readonly HashSet<string> Granting = new(StringComparer.Ordinal)
    {
        "recognise", "recognize", "acknowledge", "accept", "understand", "realise", "realize", "concede",
    };

    private static readonly HashSet<string> Finites = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "is", "were", "are", "had", "has", "have", "would", "could", "should", "will", "might", "can",
    };

    // A subject of up to three words and a finite auxiliary or copula: "BP was", "the risk is", "he had".
    private static bool ClauseFollows(IReadOnlyList<string> words, int from)
    {
        for (var k = from + 1; k < words.Count && k <= from + 3; k++)
        {
            // "accepted responsibility and has paid": a verb after "and" is the subject's own next act.
            if (words[k] is "," or "." or ";" or ":" or "and" or "or" or "but") return false;
            if (Finites.Contains(words[k])) return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the verb at <paramref name="verb"/> states a view. <paramref name="personActs"/> says the subject is a
    /// person (a body's "backed" is a vote); <paramref name="actorAt"/> says an actor is named at a token (a welcome
    /// given to someone, a person defended).
    /// </summary>
    public static bool IsView(IReadOnlyList<string> words, int verb, bool personActs, Func<int, bool> actorAt)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(actorAt);
        var lemmas = VerbLemma.Candidates(words[verb]).ToList();
        var next = At(words, verb + 1);
        // "concurred" is "agreed" in a formal register: "The agency concurred, saying ...".
        if (lemmas.Contains("agree") || lemmas.Contains("concur"))
        {
            // "Ms Lubchenco agreed, saying ...", "Holm agreed.": with nothing after it, agreeing takes up what was said before.
            if (next is "," or "." or "") return true;
            if (next is not ("with" or "that")) return false;
            var rest = words.Skip(verb + 2).ToList();
            // "agreed with the union to end the strike", "agreed with Ford on a price": a deal.
            return !rest.Exists(Settlements.Contains) && !rest.Exists(w => w.Equals("to", StringComparison.OrdinalIgnoreCase));
        }

        // "Guan backed stringent moves"; "backed away from", "backed down" tell a retreat.
        if (lemmas.Contains("back")) return personActs && next is not ("away" or "down" or "out" or "off" or "up" or "into" or "onto");
        if (lemmas.Contains("defend"))
        {
            // "defended his handling", "defended the decision", "defended Hayward"; not "defended the town".
            var head = Determiners.Contains(next) ? verb + 2 : verb + 1;
            // "defended himself against the charge": one's own case argued in words.
            return (head < words.Count && Conduct.Contains(words[head])) || (head + 1 < words.Count && Conduct.Contains(words[head + 1]))
                || (next is not "" && actorAt(verb + 1) && personActs) || Reflexives.Contains(next);
        }

        // "has denied any wrongdoing", "has strongly denied playing any part": a denial in the present perfect, with no occasion
        // of its own, is where someone stands and is repeated as background to every story of the case; "denied the report on
        // Tuesday" is a statement made, and "was denied entry" a refusal.
        if (lemmas.Contains("deny") && PresentPerfectBefore(words, verb)) return true;
        // "warned against complacency", "cautioned against the idea that", "is urging against jumping to conclusions": advice
        // against a course or a belief is a view; "urged people to stay at home" and "warned people not to travel" ask for an act.
        if (lemmas.Exists(Advising.Contains) && next.Equals("against", StringComparison.OrdinalIgnoreCase)) return true;
        // "warned the virus could become a pandemic", "warned that there was no certainty of success": a warning that reports a
        // clause says what someone fears, a view or a forecast. "warned that it would cut 500 jobs" tells a step the speaker means to
        // take (see ForecastFrame.WarnsOfPossibility), and stays.
        if ((lemmas.Contains("warn") || lemmas.Contains("caution")) && (next.Equals("that", StringComparison.OrdinalIgnoreCase) || ClauseFollows(words, verb + 1))
            && !OwnStep(words, next.Equals("that", StringComparison.OrdinalIgnoreCase) ? verb + 2 : verb + 1)) return true;

        // "voiced concern that ...", "expressed his sadness at ...": a feeling made known.
        if ((lemmas.Contains("voice") || lemmas.Contains("express")) && words.Skip(verb + 1).Take(3).Any(Feelings.Contains)) return true;
        // "recognised the port was too small", "acknowledged that the risk was low": a clause recognised or accepted is a
        // view held; "recognised the new government", "accepted the recommendation" are acts.
        if (lemmas.Exists(Granting.Contains) && (next is "that" || ClauseFollows(words, verb + 1))) return true;

        // "assumed he had avoided the virus", "assumed that": a belief; "assumed control" is an act.
        if (lemmas.Contains("assume") && next is "that" or "he" or "she" or "it" or "they" or "we" or "i") return true;

        // "struck an optimistic note", "sounded a note of caution": a tone taken, not an act.
        if ((lemmas.Contains("strike") || lemmas.Contains("sound") || words[verb].ToLowerInvariant() is "struck")
            && words.Skip(verb + 1).Take(4).Any(w => w.Equals("note", StringComparison.OrdinalIgnoreCase) || w.Equals("tone", StringComparison.OrdinalIgnoreCase))) return true;

        // "cast the trip as a solidarity mission", "portrayed the deal as a victory", "branded the plan a disaster": a thing
        // characterised is the subject's view of it; "painted a bleak picture", "cast doubt on" are views too.
        if (Characterising.Overlaps(lemmas) && words.Skip(verb + 1).Take(12).Any(w => w.Equals("as", StringComparison.OrdinalIgnoreCase))) return true;
        // "called the spill a disaster", "labeled the spill America's 9/11", "called the report self-serving", "was dubbed "wayward
        // Hayward"": a thing named with a word of judgement is the subject's view of it. "called for", "called on", "called off",
        // "called a meeting", "called the press over" and "was called to testify" are acts.
        if ((lemmas.Exists(Naming.Contains) || Naming.Contains(words[verb].ToLowerInvariant())) && NamedWithComplement(words, verb)) return true;
        // "was referring to recoverable oil", "has referred to BP by its former name", "was referred to by Holm as his yard": to refer
        // to a thing is to name or mean it, a reading of words and not a happening; "referred the case to prosecutors" and "was
        // referred to a specialist" send someone or something on, and are acts.
        if (RefersTo(words, verb, lemmas)) return true;
        // "dismissed the tests as little more than a stunt", "derided the plan as naive": a thing written off is the subject's view
        // of it; "dismissed Holm as chairman" removes him from an office, and is an act.
        if ((lemmas.Contains("dismiss") || lemmas.Contains("deride") || lemmas.Contains("ridicule")) && WrittenOffAs(words, verb)) return true;
        if ((lemmas.Contains("paint") || words[verb].ToLowerInvariant() is "painted") && words.Skip(verb + 1).Take(6).Any(w => w.ToLowerInvariant() is "picture" or "portrait")) return true;
        if ((lemmas.Contains("cast") || lemmas.Contains("throw") || words[verb].ToLowerInvariant() is "threw" or "thrown") && words.Skip(verb + 1).Take(3).Any(w => w.ToLowerInvariant() is "doubt" or "doubts")) return true;

        // "had the full support of the board", "has the confidence of investors": a feeling held by others is a state.
        if (words[verb].ToLowerInvariant() is "had" or "has" or "have" or "having" && words.Skip(verb + 1).Take(3).Any(Feelings.Contains)) return true;
        // "said he had heard from five scientists", "learned that the well was leaking": news received is a source of the
        // story, not a happening of it.
        if ((lemmas.Contains("hear") || words[verb].ToLowerInvariant() is "heard") && next is "from" or "that" or "of") return true;
        if ((lemmas.Contains("learn") || words[verb].ToLowerInvariant() is "learnt") && next is "that" or "of") return true;
        // "would end up making $2.3bn of payments": what a modal says the outcome will be is a forecast.
        if (lemmas.Contains("end") && next == "up" && verb > 0 && words[verb - 1].ToLowerInvariant() is "will" or "would" or "could" or "may" or "might" or "'ll") return true;

        // "has faced mounting criticism", "came under fire", "caught flak for": how others took someone is a reception, not an act.
        if (Received(words, verb, lemmas)) return true;
        // "is sticking to his line", "stood by its forecast": a position kept is a stance, not a happening.
        if (HeldTo(words, verb, lemmas)) return true;
        // "declined to comment", "refused to criticise his predecessor", "refused to give a timescale", "declined to put an estimate on
        // the deaths": a refusal to say or judge is a stance taken in an interview, less than a statement; "refused to pay" is an act.
        if (WithholdsWords(words, verb, lemmas)) return true;
        // "had begun the task of rebuilding trust", "is trying to restore confidence": winning back standing is an aim
        // pursued over time, not a happening.
        if (RepairsStanding(words, verb, lemmas)) return true;
        // "was vilified in the US", "has been widely criticised": a judgement passed on the subject by no one the clause
        // names; "was criticised by the chief of staff" tells who did it, and stays.
        if (Judging.Overlaps(lemmas) && PassiveWithoutAgent(words, verb)) return true;

        // "held out hope", "holds out little hope of": a feeling voiced.
        if ((lemmas.Contains("hold") || words[verb].ToLowerInvariant() is "held") && next == "out" && words.Skip(verb + 2).Take(3).Any(Feelings.Contains)) return true;
        // "fired straight back", "hit back at his critics": a person's retort is what they said, not a happening.
        if (personActs && (lemmas.Contains("fire") || lemmas.Contains("hit") || lemmas.Contains("shoot") || words[verb].ToLowerInvariant() is "shot")
            && words.Skip(verb + 1).Take(2).Any(w => w.Equals("back", StringComparison.OrdinalIgnoreCase))) return true;
        // "reassured travellers it was prepared", "assured investors that": a statement of confidence.
        if (lemmas.Contains("reassure") || lemmas.Contains("assure")) return true;
        // "offered reassurance that the country was ready", "gave assurances": the same statement of confidence, as a noun.
        if ((lemmas.Contains("offer") || lemmas.Contains("give") || lemmas.Contains("provide") || words[verb].ToLowerInvariant() is "gave" or "given")
            && words.Skip(verb + 1).Take(3).Any(w => w.ToLowerInvariant() is "reassurance" or "reassurances" or "assurance" or "assurances")) return true;
        // "put a positive spin on the news", "threw an upbeat gloss over the figures": how someone presented news is their view of it.
        if ((lemmas.Contains("put") || lemmas.Contains("place") || lemmas.Contains("throw") || lemmas.Contains("cast") || words[verb].ToLowerInvariant() is "threw" or "thrown")
            && words.Skip(verb + 1).Take(4).Any(w => w.ToLowerInvariant() is "spin" or "gloss" or "complexion")) return true;
        // "would avoid a war of words with Oslo", "have largely avoided major accidents": what someone keeps from doing, or keeps
        // from happening, is a course held, not a happening.
        if (lemmas.Contains("avoid")) return true;
        // "resisted pressure to cut the dividend", "resisted calls to resign": a refusal held against others' push is a stance.
        if (lemmas.Contains("resist") && words.Skip(verb + 1).Take(3).Any(w => w.ToLowerInvariant() is "pressure" or "calls" or "effort" or "efforts" or "attempts" or "demands")) return true;

        // "welcomed the recommendation", "welcomed the news": a view; "welcomed the president" is a meeting.
        return lemmas.Contains("welcome") && Determiners.Contains(next) && !actorAt(verb + 2) && !actorAt(verb + 3);
    }

    // Offices someone may be dismissed from: "as chairman", "as its chief executive", "as the club's coach".
    private static readonly HashSet<string> Offices = new(StringComparer.OrdinalIgnoreCase)
    {
        "chief", "chairman", "chairwoman", "chair", "head", "director", "manager", "coach", "minister", "president", "secretary", "executive",
        "ceo", "captain", "editor", "governor", "commander", "leader", "boss", "member", "adviser", "advisor", "spokesman", "spokeswoman",
    };

    // People who hold posts and are dismissed from them: "dismissed three managers as part of a restructuring".
    private static readonly HashSet<string> Staff = new(StringComparer.OrdinalIgnoreCase)
    {
        "managers", "staff", "workers", "employees", "officials", "officers", "executives", "directors", "players", "ministers", "aides",
        "him", "her", "them",
    };

    // "as part of", "as a result", "as expected", "as it had promised": an "as" that opens an adjunct, not what the thing is called.
    private static readonly HashSet<string> AdjunctAs = new(StringComparer.OrdinalIgnoreCase)
    {
        "part", "well", "soon", "much", "long", "expected", "planned", "promised", "usual", "if", "though", "it", "he", "she", "they", "we",
        "of", "from", "per", "such", "recently",
    };

    // An "as" after the verb's object, before the clause ends, that names what the thing is taken for: no office, no people
    // dismissed from posts, no adjunct.
    private static bool WrittenOffAs(IReadOnlyList<string> words, int verb)
    {
        for (var k = verb + 1; k < words.Count && k <= verb + 12; k++)
        {
            if (words[k] is "," or "." or ";" or ":" || Staff.Contains(words[k])) return false;
            if (!words[k].Equals("as", StringComparison.OrdinalIgnoreCase)) continue;
            if (k + 1 < words.Count && AdjunctAs.Contains(words[k + 1])) return false;
            if (k + 2 < words.Count && words[k + 1] is "a" or "an" && words[k + 2].ToLowerInvariant() is "result" or "consequence" or "precaution") return false;
            return !words.Skip(k + 1).Take(3).Any(Offices.Contains);
        }

        return false;
    }

    private static bool Received(IReadOnlyList<string> words, int verb, List<string> lemmas)
    {
        var lower = words[verb].ToLowerInvariant();
        int from;
        if (lemmas.Contains("come") || lower is "came") from = At(words, verb + 1) == "under" ? verb + 2 : -1;
        else if (lemmas.Contains("face") || lemmas.Contains("draw") || lemmas.Contains("receive") || lemmas.Contains("attract")
            || lemmas.Contains("catch") || lemmas.Contains("weather") || lemmas.Contains("shoulder") || lemmas.Contains("bear")
            || lower is "caught" or "drew" or "drawn" or "took" or "taken" or "takes" or "take" or "taking" or "bore" or "borne") from = verb + 1;
        else return false;
        if (from < 0) return false;
        // "faced questions" and "took questions" differ: only facing them, or coming under them, is a reception.
        var facing = lemmas.Contains("face") || from == verb + 2;
        // "took the bulk of public criticism", "bore the brunt of the anger": the share named first, then what was directed.
        // A share of it is always a reception, even of anger or pressure.
        if (At(words, from) is "the" or "a" && Shares.Contains(At(words, from + 1)) && At(words, from + 2) == "of") (from, facing) = (from + 3, true);
        else if (Shares.Contains(At(words, from)) && At(words, from + 1) == "of") (from, facing) = (from + 2, true);
        var span = words.Skip(from).Take(5).Select(w => w.ToLowerInvariant()).ToList();
        var noun = span.FindIndex(Reproach.Contains);
        if (noun < 0 || span.Take(noun).Select((w, i) => (w, i)).Any(p => p.w is "," or "." or "to" or "that" || (p.w == "and" && !JoinsModifiers(span, p.i, noun)))) return false;
        return facing || span[noun] is not ("questions" or "calls" or "pressure" or "anger" or "outrage");
    }

    // "public and political criticism": an "and" between two words that modify the noun right after; "took the stage and
    // questions" joins two things taken.
    private static bool JoinsModifiers(List<string> span, int and, int noun) =>
        and > 0 && noun == and + 2 && !Determiners.Contains(span[and - 1]) && !Determiners.Contains(span[and + 1]);

    private static bool RepairsStanding(IReadOnlyList<string> words, int verb, List<string> lemmas)
    {
        var lower = words[verb].ToLowerInvariant();
        var k = verb;
        if (lemmas.Contains("begin") || lemmas.Contains("start") || lower is "began" or "begun")
        {
            // "began the (long) task of", "started the process of": step to the gerund that names the undertaking.
            var of = -1;
            for (var j = verb + 1; j < words.Count && j <= verb + 4; j++)
            {
                if (At(words, j) == "of") { of = j; break; }
                if (!(Undertakings.Contains(At(words, j)) || Determiners.Contains(At(words, j)))) break;
            }

            if (of < 0) return false;
            k = of + 1;
        }

        var gerund = At(words, k);
        var repair = gerund is "rebuilding" or "restoring" or "regaining" or "repairing" or "rebuild" or "restore" or "regain" or "repair"
            or "rebuilt" or "restored" or "regained" or "repaired";
        if (!repair) return false;
        return words.Skip(k + 1).Take(3).TakeWhile(w => w is not ("," or "." or "and")).Any(Standing.Contains);
    }

    private static readonly HashSet<string> Saying = new(StringComparer.Ordinal)
    {
        "comment", "say", "criticise", "criticize", "speculate", "discuss", "confirm", "deny", "name", "disclose", "reveal", "answer",
        "elaborate", "predict", "estimate", "specify", "identify", "explain", "apologise", "apologize", "blame", "condemn", "praise",
        "endorse", "guess", "reply", "respond", "detail",
    };

    // Light verbs whose object is something said: "give a timescale", "offer a view", "put a figure on".
    private static readonly HashSet<string> Giving = new(StringComparer.Ordinal) { "give", "offer", "put", "provide", "make", "set" };

    private static readonly HashSet<string> Said = new(StringComparer.OrdinalIgnoreCase)
    {
        "view", "views", "comment", "comments", "estimate", "estimates", "timescale", "timetable", "timeline", "details", "figure", "figures",
        "answer", "answers", "explanation", "reason", "reasons", "date", "number", "numbers", "name", "names", "forecast", "prediction",
        "opinion", "assessment", "guarantee", "assurance", "assurances", "apology",
    };

    private static bool WithholdsWords(IReadOnlyList<string> words, int verb, List<string> lemmas)
    {
        if (!(lemmas.Contains("refuse") || lemmas.Contains("decline")) || At(words, verb + 1) != "to" || verb + 2 >= words.Count) return false;
        var then = VerbLemma.Candidates(words[verb + 2].ToLowerInvariant()).ToList();
        if (then.Exists(Saying.Contains)) return true;
        return then.Exists(Giving.Contains) && words.Skip(verb + 3).Take(3).TakeWhile(w => w is not ("," or "." or "and")).Any(Said.Contains);
    }

    private static bool HeldTo(IReadOnlyList<string> words, int verb, List<string> lemmas)
    {
        var lower = words[verb].ToLowerInvariant();
        var sticks = lemmas.Contains("stick") || lower is "stuck";
        var stands = lemmas.Contains("stand") || lower is "stood";
        if (!(sticks && At(words, verb + 1) == "to") && !((sticks || stands) && At(words, verb + 1) == "by")) return false;
        if (!Possessives.Contains(At(words, verb + 2))) return false;
        // The noun kept comes within a few words: "his line", "its 2024 sales target".
        return words.Skip(verb + 3).Take(4).TakeWhile(w => w is not ("," or "." or "of" or "for")).Any(Stances.Contains);
    }

    private static bool PassiveWithoutAgent(IReadOnlyList<string> words, int verb)
    {
        // "will be blaming an iceberg" is active: only a past participle is passive.
        if (!words[verb].EndsWith("ed", StringComparison.OrdinalIgnoreCase)) return false;
        var k = verb - 1;
        while (k >= 0 && words[k].EndsWith("ly", StringComparison.OrdinalIgnoreCase)) k--;
        if (k < 0 || words[k].ToLowerInvariant() is not ("was" or "were" or "is" or "are" or "been" or "be" or "being")) return false;
        for (var j = verb + 1; j < words.Count && j <= verb + 12; j++)
        {
            var w = words[j].ToLowerInvariant();
            if (w == "by") return false;
            if (w is "." or ";") break;
        }

        return true;
    }

    // Verbs that name a thing with a second phrase: "called it a disaster", "branded the plan a failure".
    private static readonly HashSet<string> Naming = new(StringComparer.Ordinal) { "call", "brand", "label", "dub", "term", "labelled", "labeled" };

    private static readonly HashSet<string> TimeAfterThe = new(StringComparer.OrdinalIgnoreCase)
    {
        "next", "following", "same", "previous", "day", "night", "morning", "afternoon", "evening", "week", "weekend", "month", "year",
    };

    private static bool Follows(IReadOnlyList<string> words, int k, HashSet<string> set) => k + 1 < words.Count && set.Contains(words[k + 1]);

    // How many words the named thing may take before the phrase that names it: "the closure of the port".
    private const int NamedReach = 8;

    // Whether the naming verb at verb has its object, then a phrase that names it: a quotation, "a"/"an"/"the" after the object's
    // first word, a capitalised name right after a lowercase noun ("the spill America's 9/11") or an adjective right after a noun
    // ("the report self-serving"); in the passive, that phrase right after the verb. A preposition or a particle before it ("for",
    // "on", "off", "over") ends the reading: the verb then tells an act.
    private static bool NamedWithComplement(IReadOnlyList<string> words, int verb)
    {
        static bool Quote(string w) => w is "\"" or "“" or "'" or "‘";
        var next = At(words, verb + 1);
        if (verb > 0 && (VerbLemma.IsBe(words[verb - 1]) || (verb > 1 && VerbLemma.IsBe(words[verb - 2]) && words[verb - 1].EndsWith("ly", StringComparison.Ordinal))))
            return Quote(next) || next is "a" or "an";
        var lexicon = PosLexicon.Default;
        for (var k = verb + 1; k < words.Count && k <= verb + NamedReach; k++)
        {
            var word = words[k];
            if (k > verb + 1)
            {
                // "called the governors the next day": a time after the object names nothing.
                // "an emergency meeting of the board": a determiner after "of" opens the object's own phrase.
                if (Quote(word) || (words[k - 1] != "of" && (word is "a" or "an" || (word == "the" && !Follows(words, k, TimeAfterThe))))) return true;
                var previous = words[k - 1];
                var afterNoun = char.IsLower(previous[0]) && lexicon.FirstTag(previous).StartsWith("NN", StringComparison.Ordinal);
                if (afterNoun && char.IsUpper(word[0]) && k + 1 < words.Count && words[k + 1] is "'s" or "’s") return true;
                if (afterNoun && char.IsLower(word[0]) && lexicon.FirstTag(word) == "JJ") return true;
            }

            if (!char.IsLetterOrDigit(word[0]) && word is not ("'s" or "’s")) return false;
            // "the closure of the port": "of" goes on with the object.
            if (word != "of" && lexicon.FirstTag(word.ToLowerInvariant()) is "IN" or "RP" or "TO" or "CC" or "WDT" or "VBD" or "VBZ" or "VBP" or "MD") return false;
        }

        return false;
    }

    // Whether the verb at verb is "refer to" naming or meaning a thing: active ("referred to", "was referring to"), or passive
    // with what it was called or who called it ("was referred to as", "referred to by").
    private static bool RefersTo(IReadOnlyList<string> words, int verb, List<string> lemmas)
    {
        if (!(lemmas.Contains("refer") || words[verb].ToLowerInvariant() is "referred" or "referring") || At(words, verb + 1) != "to") return false;
        var passive = verb > 0 && VerbLemma.IsBe(words[verb - 1]) && !words[verb].EndsWith("ing", StringComparison.Ordinal);
        return !passive || At(words, verb + 2) is "as" or "by";
    }

    private static string At(IReadOnlyList<string> words, int k) => k < words.Count ? words[k].ToLowerInvariant() : "";
}
