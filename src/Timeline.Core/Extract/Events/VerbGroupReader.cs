namespace Timeline.Extract.Events;

/// <summary>
/// Reads the verb group around an event verb from the tokens before it (auxiliaries, modals, negation,
/// "plans to", "is set to") and the verb's part-of-speech tag. Pure and thread-safe.
/// </summary>
public static class VerbGroupReader
{
    private static readonly HashSet<string> FiniteAuxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "may", "might", "shall", "should", "must", "does", "did",
    };

    private static readonly HashSet<string> Be = new(StringComparer.OrdinalIgnoreCase) { "is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s", "'re" };
    private static readonly HashSet<string> Have = new(StringComparer.OrdinalIgnoreCase) { "has", "have", "had", "having", "'ve" };

    /// <summary>Whether <paramref name="word"/> is a form of "be" ("is", "been", "'s").</summary>
    internal static bool IsBe(string word) => Be.Contains(word);
    /// <summary>Whether <paramref name="word"/> is a form of "have" ("has", "had", "'ve").</summary>
    internal static bool IsHave(string word) => Have.Contains(word);
    private static readonly HashSet<string> Do = new(StringComparer.OrdinalIgnoreCase) { "do", "does", "did" };
    private static readonly HashSet<string> Will = new(StringComparer.OrdinalIgnoreCase) { "will", "shall", "'ll" };
    private static readonly HashSet<string> Hedge = new(StringComparer.OrdinalIgnoreCase) { "could", "might", "may", "should", "must", "can", "cannot", "ought" };
    private static readonly HashSet<string> Negation = new(StringComparer.OrdinalIgnoreCase) { "not", "n't", "never", "no" };

    // Verbs whose "to"-infinitive is a plan or a schedule: "plans to sign", "is set to visit", "agreed to pay".
    private static readonly HashSet<string> PlanVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "plan", "plans", "planning", "set", "scheduled", "due", "going", "intends", "intend",
        "agreed", "agree", "agrees", "decided", "decides", "voted", "votes", "pledged", "pledges", "promised", "promises",
        "vowed", "vows", "announced", "announces", "prepares", "prepared", "preparing", "slated",
    };

    // "nearly resigned", "almost collapsed": what came close to happening did not happen.
    private static readonly HashSet<string> Counterfactual = new(StringComparer.OrdinalIgnoreCase) { "nearly", "almost" };

    // Attention and deliberation in the progressive ("was still reviewing the plan", "is monitoring the situation",
    // "were maintaining the alert") report a state of affairs at the time of speaking, not a change.
    private static readonly HashSet<string> Deliberation = new(StringComparer.OrdinalIgnoreCase)
    {
        "reviewing", "monitoring", "considering", "studying", "examining", "weighing", "watching", "following", "assessing",
        "evaluating", "maintaining", "keeping", "looking", "exploring", "awaiting", "waiting",
    };

    /// <summary>Verbs whose "to"-infinitive is still going on.</summary>
    private static readonly HashSet<string> ContinueVerbs = new(StringComparer.OrdinalIgnoreCase) { "continue", "continues", "continued", "continuing" };

    public static VerbGroup Read(IReadOnlyList<string> words, IReadOnlyList<string> tags, int verb, bool afterPastReport, Func<int, bool>? inTime = null)
    {
        var time = inTime ?? (static _ => false);
        var start = verb;
        var negated = false;
        var auxiliaries = new List<string>();
        for (var j = verb - 1; j >= 0; j--)
        {
            var w = words[j];
            if (Negation.Contains(w)) { negated = true; start = j; continue; }
            // "hasn't", "didn't", "won't": an auxiliary and its negation in one word.
            if (w.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || w.EndsWith("n’t", StringComparison.OrdinalIgnoreCase))
            {
                negated = true;
                auxiliaries.Add(w[..^3].ToLowerInvariant() is "wo" ? "will" : w[..^3].ToLowerInvariant());
                start = j;
                continue;
            }

            // "Moody's downgraded": the possessive ending of a name before a past tense belongs to the name, not "is".
            if (w is "'s" or "’s" && tags[j] == "POS" && tags[verb] == "VBD") break;
            // "Moody's has cut", "McDonald's will close": an "'s" right before a finite auxiliary is no contracted "is" or "has" (those
            // come before "been", "being" or a participle), but the end of the name.
            if (w is "'s" or "’s" && j + 1 < words.Count && FiniteAuxiliaries.Contains(words[j + 1])) break;
            if (Be.Contains(w) || Have.Contains(w) || Do.Contains(w) || Will.Contains(w) || Hedge.Contains(w) || w.Equals("would", StringComparison.OrdinalIgnoreCase)
                || w.Equals("to", StringComparison.OrdinalIgnoreCase) || w.Equals("got", StringComparison.OrdinalIgnoreCase))
            {
                auxiliaries.Add(w.ToLowerInvariant());
                start = j;
                continue;
            }

            // A time inside the group, with the preposition that opens it: "will tomorrow unveil", "has this week signed",
            // "will on Friday meet".
            if (j > 0 && (time(j) || (TimePhrase.Opens(w) && j + 1 < verb && time(j + 1)))) continue;

            // Adverbs inside the group: "has also signed", "will soon meet"; "nearly broke down" did not happen.
            if (tags[j].StartsWith("RB", StringComparison.Ordinal) && j > 0 && !words[j].Equals("no", StringComparison.OrdinalIgnoreCase))
            {
                if (Counterfactual.Contains(words[j])) negated = true;
                continue;
            }

            break;
        }

        if (start > 0 && words[start - 1].Equals("longer", StringComparison.OrdinalIgnoreCase)) negated = true;
        // "was still too soon to reach a conclusion", "is too weak to fight": what is too early or too hard to do is not done.
        if (verb >= 3 && words[verb - 1].Equals("to", StringComparison.OrdinalIgnoreCase) && words[verb - 3].Equals("too", StringComparison.OrdinalIgnoreCase)) negated = true;
        // "is yet to predict", "has yet to decide": it has not happened.
        if (auxiliaries.Contains("to") && Enumerable.Range(Math.Max(0, start - 1), verb - Math.Max(0, start - 1)).Any(k => words[k].Equals("yet", StringComparison.OrdinalIgnoreCase))) negated = true;

        // "plans to visit", "is expected to sign", "has agreed to pay": the governing verb and its auxiliaries belong to the group.
        if (auxiliaries.Count > 0 && auxiliaries[^1] == "to" && start > 0 && (PlanVerbs.Contains(words[start - 1]) || ContinueVerbs.Contains(words[start - 1])))
        {
            var governor = start - 1;
            var from = governor;
            while (from > 0 && (Be.Contains(words[from - 1]) || Have.Contains(words[from - 1]) || Will.Contains(words[from - 1]) || tags[from - 1].StartsWith("RB", StringComparison.Ordinal)))
            {
                if (Negation.Contains(words[from - 1])) negated = true;
                from--;
            }

            // "continues to watch for changes", "continues to monitor": attention going on is a state of affairs, not a change.
            var watching = ContinueVerbs.Contains(words[governor]) && Deliberation.Any(d => VerbLemma.Candidates(d).Contains(words[verb].ToLowerInvariant()));
            // "was prepared to oppose the motion": after "be", "prepared" is willing, a stance; "BP prepared to drill" is a step.
            var willing = words[governor].Equals("prepared", StringComparison.OrdinalIgnoreCase) && Enumerable.Range(from, governor - from).Any(k => Be.Contains(words[k]));
            // "has been preparing to sell assets": the present perfect progressive tells of the preparing, under way up to now; the
            // sale is its aim, on no day the text gives.
            var underWay = words[governor].EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && Enumerable.Range(from, governor - from).Any(k => words[k].ToLowerInvariant() is "has" or "have" or "'ve")
                && Enumerable.Range(from, governor - from).Any(k => words[k].Equals("been", StringComparison.OrdinalIgnoreCase));
            var governed = Negation.Contains(words[Math.Max(0, from - 1)]) || willing ? VerbMood.Hypothetical : watching ? VerbMood.Present
                : ContinueVerbs.Contains(words[governor]) || underWay ? VerbMood.Ongoing : VerbMood.Planned;
            // "had been due to spend", "had planned to visit": a plan told in the past perfect was made before the story's time.
            var planBefore = Enumerable.Range(from, governor - from).Any(k => words[k].Equals("had", StringComparison.OrdinalIgnoreCase));
            return new VerbGroup { Start = from, Verb = verb, Mood = governed, Negated = negated || (from > 0 && Negation.Contains(words[from - 1])), PastPerfect = planBefore };
        }

        auxiliaries.Reverse();
        var tag = tags[verb];
        var mood = Mood(words, tags, verb, start, auxiliaries, tag, afterPastReport, out var passive, out var pastPerfect, out var reportedFuture);
        // "BP would still have to strike a deal" read at "have" (the event noun's verb): what must be done is a judgement of
        // need, not a happening nor a plan, as "have to" before the verb itself already reads.
        if (words[verb].ToLowerInvariant() is "have" or "has" && verb + 1 < words.Count && words[verb + 1] == "to") mood = VerbMood.Hypothetical;
        return new VerbGroup
        {
            Start = start, Verb = verb, Mood = mood, Negated = negated, Passive = passive,
            PastPerfect = pastPerfect, ReportedFuture = reportedFuture,
            PresentPerfect = !pastPerfect && auxiliaries.Exists(a => a is "has" or "have" or "'ve"),
        };
    }

    private static VerbMood Mood(IReadOnlyList<string> words, IReadOnlyList<string> tags, int verb, int start, List<string> aux, string tag,
        bool afterPastReport, out bool passive, out bool pastPerfect, out bool reportedFuture)
    {
        passive = aux.Count > 0 && Be.Contains(aux[^1]) && tag is "VBN" or "VBD";
        pastPerfect = aux.Contains("had");
        reportedFuture = false;
        if (aux.Contains("to"))
        {
            // "plans to sign", "is expected to visit", "continues to fight": the verb before "to" decides.
            var governor = start > 0 ? words[start - 1] : "";
            var toAt = aux.IndexOf("to");
            var beforeTo = toAt > 0 ? aux[toAt - 1] : governor;
            if (toAt > 0 && Be.Contains(beforeTo)) return VerbMood.Planned; // "is to visit"
            if (PlanVerbs.Contains(governor)) return VerbMood.Planned;
            if (ContinueVerbs.Contains(governor)) return VerbMood.Ongoing;
            return VerbMood.Hypothetical;
        }

        if (aux.Exists(Will.Contains)) return VerbMood.Planned;
        if (aux.Contains("would"))
        {
            // "said he would have fired Hayward", "would have prevented the blowout": what would have been, had things been
            // otherwise, is no happening, reported or not.
            if (aux.IndexOf("would") is var would && aux.Skip(would + 1).Any(Have.Contains)) return VerbMood.Hypothetical;
            reportedFuture = afterPastReport;
            return afterPastReport ? VerbMood.Planned : VerbMood.Hypothetical;
        }

        if (aux.Exists(Hedge.Contains)) return VerbMood.Hypothetical;
        // "has been fighting cancer since 2004", "have been capturing oil": a perfect progressive tells a process that has gone on up to
        // the time of the text and goes on still.
        if (aux.Count >= 2 && aux[^1] == "been" && Have.Contains(aux[^2]) && aux[^2] != "had" && tag == "VBG") return VerbMood.Ongoing;
        if (aux.Exists(Have.Contains)) return VerbMood.Happened; // "has signed", "had agreed", "has been arrested"
        // The tagger may read "monitoring" after "is" as a noun; the auxiliary says it is the verb.
        if (aux.Count > 0 && Be.Contains(aux[^1]) && Deliberation.Contains(words[verb])) return VerbMood.Present;
        if (aux.Count > 0 && Be.Contains(aux[^1]) && tag == "VBG")
        {
            // "was still searching": a process said to continue is going on, whatever the tense.
            if (Enumerable.Range(start, verb - start).Any(k => words[k].Equals("still", StringComparison.OrdinalIgnoreCase))) return VerbMood.Ongoing;
            return aux[^1] is "was" or "were" ? VerbMood.Happened : VerbMood.Ongoing;
        }

        // "was committed to making sure the coast is saved", "is dedicated to helping victims": a stance held, not an act.
        if (passive && words[verb] is "committed" or "dedicated" && verb + 2 < words.Count && words[verb + 1] == "to" && tags[verb + 2] == "VBG") return VerbMood.Present;
        if (passive) return aux[^1] is "was" or "were" || aux.Contains("was") || aux.Contains("were") ? VerbMood.Happened : VerbMood.Present;
        if (aux.Contains("did")) return VerbMood.Happened;
        if (aux.Contains("do") || aux.Contains("does")) return VerbMood.Present;
        return tag switch
        {
            "VBD" => VerbMood.Happened,
            "VBZ" or "VBP" => VerbMood.Present,
            // The tagger reads some past forms as participles when no subject precedes them closely.
            // "BP accused of ...", headline style, is a passive without its auxiliary: not read as an action.
            _ => VerbMood.NonFinite,
        };
    }
}
