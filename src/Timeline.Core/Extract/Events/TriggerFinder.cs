using Timeline.Extract.Text;

namespace Timeline.Extract.Events;

/// <summary>Chooses the event trigger of a clause without a part-of-speech tagger, from word forms and their neighbours.</summary>
public sealed class TriggerFinder(TriggerLexicon lexicon)
{
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "any", "each", "every", "no",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "to", "could", "can", "may", "might", "must", "should", "shall", "did", "does", "do",
    };


    private static readonly HashSet<string> Have = new(StringComparer.OrdinalIgnoreCase) { "has", "have", "had" };

    private static readonly HashSet<string> Negations = new(StringComparer.OrdinalIgnoreCase) { "not", "never", "no", "n't", "neither", "nor" };

    /// <summary>Returns the trigger (flagged when negated or hypothetical), or null when the clause reports no event.</summary>
    public TriggerMatch? Find(List<TextSpan> tokens) => Find(tokens, static _ => false);

    /// <summary>As <see cref="Find(List{TextSpan})"/>, passing over the tokens <paramref name="isName"/> marks: a word of a name ("United States") is no trigger.</summary>
    public TriggerMatch? Find(List<TextSpan> tokens, Func<int, bool> isName)
    {
        if (FindTrigger(tokens, isName) is not { } match) return null;
        return match with { IsNegated = IsNegated(tokens, match.Token), IsHypothetical = IsHypothetical(tokens, match.Token) };
    }

    private TriggerMatch? FindTrigger(List<TextSpan> tokens, Func<int, bool> isName)
    {
        int? report = null;
        TriggerMatch? noun = null;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (isName(k)) continue;
            var word = lexicon.Find(tokens[k].Text);
            if (word is null || Naming(tokens, k)) continue;
            // "has signed", "had been arrested": "have" is the auxiliary of the verb after it, not a light verb.
            if (word.IsLight && Have.Contains(tokens[k].Text) && AuxiliaryOfNext(tokens, k)) continue;
            if (word.IsLight && IsTitleBeforeName(tokens, k)) continue;
            if (word.IsLight || (word.IsVerb && word.IsNoun is false && IsVerbHere(tokens, k, word)))
            {
                var after = word.IsLight ? NounAfter(tokens, k) : null;
                if (after is { } n) return Match(tokens, n, k, definite: false);
                if (word.IsVerb && IsVerbHere(tokens, k, word)) return Match(tokens, k, k, definite: false);
                continue;
            }

            if (word.IsReport)
            {
                // "lifted the state of emergency", "a report": a reporting word right after a determiner is a noun.
                if (k == 0 || !Determiners.Contains(tokens[k - 1].Text)) report ??= k;
                continue;
            }

            if (word.IsVerb && IsVerbHere(tokens, k, word)) return Match(tokens, k, k, definite: false);
            // A noun is the event only when no verb of the clause is: "The visit included talks" is about the talks.
            if (word.IsNoun && noun is null && (k == 0 || !Auxiliaries.Contains(tokens[k - 1].Text)) && !InLeadingAdverbial(tokens, k))
            {
                var verb = MainVerb(tokens, k);
                if (!InObjectOf(tokens, verb, k)) continue;
                var definite = k > 0 && tokens[k - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase);
                noun = Match(tokens, k, verb, definite);
            }
        }

        return noun ?? (report is { } r ? Match(tokens, r, r, definite: false) with { IsStatement = true } : null);
    }

    // "Nordea chair Ida Berg signed the accord": a bare lowercase light word between a body's name and a person's is the person's
    // title, no verb; the verb's forms ("Berg chairs Nordea", "chaired") are left to be verbs.
    private static bool IsTitleBeforeName(List<TextSpan> tokens, int k) =>
        k > 0 && k + 1 < tokens.Count && tokens[k].Text.All(char.IsLower) && !tokens[k].Text.EndsWith('s') && !tokens[k].Text.EndsWith("ed", StringComparison.Ordinal)
        && char.IsUpper(tokens[k - 1].Text[0]) && char.IsUpper(tokens[k + 1].Text[0]) && tokens[k + 1].Text.Skip(1).Any(char.IsLower);

    private static readonly HashSet<string> NamingWords = new(StringComparer.OrdinalIgnoreCase) { "called", "named", "dubbed", "nicknamed", "titled", "entitled" };

    private static readonly HashSet<string> Indefinites = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "another", "one", "some", "two", "three" };

    // "The plan lists a firm called Vell Response", "an operation dubbed Clean Sweep": a participle that gives the name of a thing
    // just introduced by an indefinite noun phrase names it; nobody calls anyone. "The company called Holm a liar" has no
    // indefinite noun before the verb and stays an event.
    private static bool Naming(List<TextSpan> tokens, int k)
    {
        if (!NamingWords.Contains(tokens[k].Text) || k + 1 >= tokens.Count || k < 2) return false;
        var next = tokens[k + 1].Text;
        if (next.Length == 0 || !(char.IsUpper(next[0]) || next[0] is '"' or '“' or '\'')) return false;
        if (tokens[k - 1].Text.Length == 0 || !char.IsLower(tokens[k - 1].Text[0]) || VerbLemma.IsBe(tokens[k - 1].Text) || Have.Contains(tokens[k - 1].Text)) return false;
        for (var j = k - 2; j >= Math.Max(0, k - 4); j--)
        {
            if (Indefinites.Contains(tokens[j].Text)) return true;
            if (tokens[j].Text.Length == 0 || !char.IsLetter(tokens[j].Text[0])) return false;
        }

        return false;
    }

    private static readonly HashSet<string> PerfectAdverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "already", "just", "since", "now", "recently", "never", "ever", "still", "yet", "not", "n't", "repeatedly", "previously", "long",
    };

    private static int SkipAdverbs(List<TextSpan> tokens, int k)
    {
        while (k > 0 && PerfectAdverbs.Contains(tokens[k].Text)) k--;
        return k;
    }

    private TriggerMatch Match(List<TextSpan> tokens, int trigger, int verb, bool definite)
    {
        var verbWord = lexicon.Find(tokens[verb].Text);
        // "has faced", "has been fined", "has also faced", "have since been fined": an adverb may stand inside the perfect.
        var before = SkipAdverbs(tokens, verb - 1);
        var perfect = before >= 0 && (Have.Contains(tokens[before].Text)
            || (before > 0 && VerbLemma.IsBe(tokens[before].Text) && Have.Contains(tokens[SkipAdverbs(tokens, before - 1)].Text)));
        return new TriggerMatch
        {
            Token = trigger,
            Word = lexicon.Find(tokens[trigger].Text)!,
            Verb = verb,
            IsPast = verbWord?.IsPast ?? false,
            IsPresent = verbWord?.IsPresent ?? false,
            IsPerfect = perfect && !tokens[before].Text.Equals("had", StringComparison.OrdinalIgnoreCase),
            IsDefiniteNoun = definite,
            IsStatement = false,
        };
    }

    private bool IsVerbHere(List<TextSpan> tokens, int k, TriggerWord word)
    {
        // "did not sign", "will never meet": the negation stands between the auxiliary and the verb.
        var p = k - 1;
        while (p > 0 && Negations.Contains(tokens[p].Text)) p--;
        var previous = p >= 0 && p < k ? tokens[p].Text : "";
        if (Determiners.Contains(previous)) return false;
        var form = tokens[k].Text.ToLowerInvariant();
        if (form.EndsWith("ing", StringComparison.Ordinal)) return VerbLemma.IsBe(previous);
        return word.IsPast || word.IsPresent || Auxiliaries.Contains(previous);
    }

    private bool AuxiliaryOfNext(List<TextSpan> tokens, int k)
    {
        for (var j = k + 1; j < tokens.Count && j <= k + 3; j++)
        {
            var t = tokens[j].Text;
            if (t.Equals("been", StringComparison.OrdinalIgnoreCase) || lexicon.Find(t) is { IsPast: true, IsNoun: false }) return true;
            if (t.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && t.Length > 4) return true;
            if (!(Negations.Contains(t) || t.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || t is "also" or "already" or "just" or "since" or "now" or "yet")) return false;
        }

        return false;
    }

    // Words that open a clause of their own after a light verb's object: a noun past one is that clause's ("until the deal closes").
    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "until", "till", "unless", "while", "whilst", "when", "although", "though", "because", "after", "before", "since", "if", "whether", "once",
    };

    private int? NounAfter(List<TextSpan> tokens, int k)
    {
        for (var j = k + 1; j < tokens.Count; j++)
        {
            // "will serve as chief executive until the deal closes": a noun past a subordinator is in another clause, no object of the light verb.
            if (tokens[j].Text is "," or ";" || Subordinators.Contains(tokens[j].Text)) break;
            // "had to deal with": a word after the infinitive's "to" is a verb, not the light verb's noun.
            if (lexicon.Find(tokens[j].Text) is { IsNoun: true } && !tokens[j - 1].Text.Equals("to", StringComparison.OrdinalIgnoreCase)) return j;
            if (j == k + 6) break;
        }

        return null;
    }

    // Words that open an adjunct or another clause: a noun after one is not the verb's object ("took up his post amid
    // heavy criticism", "cited the takeover during the war", "left by mutual agreement", "the bulk of the criticism").
    private static readonly HashSet<string> ObjectEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        ",", ";", ":", "(", "amid", "amidst", "during", "after", "before", "since", "despite", "following", "because", "as", "while", "when",
        "although", "though", "until", "unless", "by", "in", "at", "on", "over", "under", "against", "through", "throughout", "without",
        "of", "that", "which", "who", "whose", "where", "than", "if", "whether",
    };

    /// <summary>
    /// A noun tells the clause's event only as the object of its verb ("held talks", "wrung an agreement from"): not in
    /// an adjunct or a later clause, and not in what a reporting verb reports ("said a deal was likely", "said his
    /// visit was routine"), where it is a subject and the happening is told by another verb.
    /// </summary>
    private bool InObjectOf(List<TextSpan> tokens, int verb, int noun)
    {
        // No verb the lexicon knows before it: a noun that opens the clause ("Talks with the rebels") is its event, one in
        // an adjunct after a verb the lexicon does not know ("will leave by mutual agreement") is not, nor one in a clause a
        // subordinator opens ("will serve until the deal closes", "will stay on while the search goes on").
        if (verb == noun) return !tokens.Take(noun).Any(t => Adjuncts.Contains(t.Text));
        if (lexicon.Find(tokens[verb].Text) is { IsReport: true }) return false;
        for (var j = verb + 1; j < noun; j++)
        {
            if (ObjectEnds.Contains(tokens[j].Text)) return false;
        }

        return true;
    }

    private static readonly HashSet<string> Adjuncts = new(StringComparer.OrdinalIgnoreCase)
    {
        "amid", "amidst", "during", "after", "before", "since", "despite", "following", "because", "by", "than", "that", "which", "whose", "whether", "if",
        "until", "till", "unless", "while", "whilst", "when", "although", "though",
    };

    // The finite verb before a noun trigger gives the clause its tense ("Belarus has been targeted with sanctions").
    private int MainVerb(List<TextSpan> tokens, int noun)
    {
        for (var j = noun - 1; j >= 0; j--)
        {
            if (lexicon.Find(tokens[j].Text) is { } w && (w.IsPast || w.IsPresent) && !w.IsNoun) return j;
        }

        return noun;
    }

    // "During the meeting, ..." names an earlier event to date this one; it is not this clause's event.
    private static bool InLeadingAdverbial(List<TextSpan> tokens, int k)
    {
        for (var j = k + 1; j < tokens.Count; j++)
        {
            if (tokens[j].Text == ",") return true;
        }

        return false;
    }

    private static readonly HashSet<string> Hedges = new(StringComparer.OrdinalIgnoreCase) { "could", "might", "may", "if", "unless", "should", "whether" };

    private static bool IsHypothetical(List<TextSpan> tokens, int k)
    {
        for (var j = Math.Max(0, k - 4); j < k; j++)
        {
            if (Hedges.Contains(tokens[j].Text)) return true;
        }

        return false;
    }

    private static bool IsNegated(List<TextSpan> tokens, int k)
    {
        for (var j = Math.Max(0, k - 3); j < k; j++)
        {
            if (Negations.Contains(tokens[j].Text)) return true;
        }

        return false;
    }
}
