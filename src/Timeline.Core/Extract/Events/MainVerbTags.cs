using Timeline.Extract.Text.Pos;

namespace Timeline.Extract.Events;

/// <summary>
/// Settles the tag of a sentence's main verb where the tagger read it as a participle or a plain form although nothing else
/// in the clause can be its finite verb: "Lehman Brothers filed/VBN for bankruptcy", "The Fed cut/VB rates on Tuesday".
/// </summary>
/// <remarks>
/// A sentence of news has a finite verb. When a clause of a sentence that ends with a full stop opens with a noun phrase and its first verb is
/// a form that can be past tense, with no finite verb after it, that verb is the past tense of the sentence: a participle
/// there would leave a sentence with no verb, and a plain form after a singular subject would be missing its -s. A headline
/// ("Holm arrested in Aarhus") has no full stop and keeps the participle.
/// </remarks>
public static class MainVerbTags
{
    private static readonly HashSet<string> NounPhraseTags = new(StringComparer.Ordinal)
    {
        "DT", "JJ", "JJS", "JJR", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "PRP$",
    };

    // Prepositions a noun phrase goes on with: "the largest carmaker in the United States", "a supplier of parts for Maersk".
    private static readonly HashSet<string> AppositivePrepositions = new(StringComparer.Ordinal) { "of", "in", "at", "for", "from", "on", "with", "among" };

    // A word that opens a clause of its own after the main verb's: what follows it has its own verb. "After", "before", "since",
    // "until" and "as" open a noun phrase as often ("The ships built in Aarhus after the war sank"), so they count only after a verb
    // with its object right after it, which a participle of the subject's phrase would not have ("grounded its fleet after ...").
    private static bool OpensClause(IReadOnlyList<string> words, IList<string> tags, int verb, int k) =>
        k > verb && (ClauseOpeners.AlwaysOpens(words[k]) || (ClauseOpeners.IsTemporal(words[k]) && verb + 1 < tags.Count && tags[verb + 1] is "DT" or "PRP$" or "CD"));

    private static readonly HashSet<string> Finite = new(StringComparer.Ordinal) { "VBD", "VBZ", "VBP", "MD" };

    private static readonly HashSet<string> ThirdPersonPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "it" };

    // The forms of saying that put a whole sentence after them ("Ida Berg said Maersk filed for bankruptcy").
    private static readonly HashSet<string> Saying = new(StringComparer.OrdinalIgnoreCase) { "said", "says", "announced", "reported", "added", "confirmed" };

    /// <summary>
    /// Retags, in place, the verb right after the noun phrase that opens <paramref name="words"/> (or the sentence a saying reports) as past tense (VBD) where the
    /// clause has no finite verb; <paramref name="endsSentence"/> says whether the clause's sentence ends with a full stop (a headline does not).
    /// </summary>
    public static void Repair(IReadOnlyList<string> words, IList<string> tags, bool endsSentence)
    {
        if (!endsSentence || words.Count < 3) return;
        // "Ida Berg said Maersk filed for bankruptcy": the reported sentence opens after the saying and its "that".
        // "On Friday, BP cut its dividend": the subject opens after a fronted phrase with no verb.
        var from = AfterFrontedPhrase(words, tags);
        var saying = Enumerable.Range(from, words.Count - from).FirstOrDefault(k => Finite.Contains(tags[k]), -1);
        // "..., Libyan officials said.": a saying that ends the sentence reports the clause before it, which opens the sentence.
        if (saying > from && Saying.Contains(words[saying]) && saying + 1 < words.Count && words[saying + 1] is not ("." or "!" or "?")) from = saying + 1 < words.Count && words[saying + 1].Equals("that", StringComparison.OrdinalIgnoreCase) ? saying + 2 : saying + 1;
        var verb = VerbAfterOpeningNounPhrase(words, tags, from);
        if (verb < 0) return;
        // The clause's own finite verb, if any, comes before the comma that sets off an attribution ("…, the company said"); past an
        // appositive, the clause goes on at the verb.
        // A verb after a word that opens a clause of its own ("grounded its fleet after an engine blew apart", "recalled the cars that
        // had failed") is that clause's.
        // "ordered tests of all Vell models sold/VBD in Norway": a past form right after a noun of the verb's own object is a
        // participle that says which ones, not the clause's finite verb.
        for (var k = words[verb - 1] == "," ? verb : from; k < words.Count && words[k] is not ("," or ";" or ":") && !OpensClause(words, tags, verb, k); k++)
        {
            if (k != verb && Finite.Contains(tags[k]) && !(k > verb && IsReducedRelative(words, tags, verb, k))) return;
        }

        // "Lars Holm, the chairman, cut off from his staff, resigned": a finite verb right after a later comma is the clause's own,
        // and the phrase before it a participle's.
        for (var k = verb + 1; k + 1 < words.Count; k++)
        {
            if (words[k] == "," && Finite.Contains(tags[k + 1])) return;
        }

        // "Holm moved to tears by the news": an agent after the participle makes it passive; "cut rates by half a point", "raised
        // prices by 5%" give a measure, not an agent.
        for (var k = verb + 1; k < words.Count && words[k] is not ("," or ";" or ":") && !OpensClause(words, tags, verb, k); k++)
        {
            if (words[k].Equals("by", StringComparison.OrdinalIgnoreCase) && !MeasureAfter(words, tags, k)) return;
        }

        var form = words[verb];
        // A regular -ed form is a past tense as much as a participle, whatever forms of it the lexicon happened to see
        // ("nationalised" only as a participle).
        var regular = form.Length > 4 && form.EndsWith("ed", StringComparison.Ordinal);
        if (!regular && !PosLexicon.Default.AllowsTag(form, "VBD") && !PosLexicon.Default.AllowsTag(form.ToLowerInvariant(), "VBD")) return;
        // Past an appositive, the subject's head stands before its opening comma.
        var subjectHead = words[verb - 1] == "," ? words.Take(verb - 1).ToList().LastIndexOf(",") - 1 : verb - 1;
        if (tags[verb] == "VBN")
        {
            tags[verb] = "VBD";
        }
        else if (tags[verb] is "VB" or "VBP" && (tags[subjectHead] is "NN" or "NNP" || ThirdPersonPronouns.Contains(words[subjectHead])))
        {
            // "The Fed cut rates": the present after a singular subject would read "cuts", so the plain form is the past.
            tags[verb] = "VBD";
        }
    }

    // Tags of the words of a phrase with no verb: "On Friday", "Earlier this week", "In a statement to the exchange".
    private static readonly HashSet<string> PhraseTags = new(StringComparer.Ordinal)
    {
        "IN", "DT", "JJ", "JJS", "JJR", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "PRP$", "RB", "RBR", "TO",
    };

    /// <summary>
    /// The index after the comma that closes an adverbial phrase opening the sentence ("On Friday, BP cut its dividend", "Earlier this
    /// week, the Fed cut rates", "Yesterday, Maersk shut the terminal"), where the subject opens; 0 when the sentence opens otherwise.
    /// The phrase opens with a preposition, an adverb or a day word and holds no verb; one that opens with a noun is the subject
    /// itself, maybe with an appositive after it ("Lars Holm, the chairman, cut").
    /// </summary>
    public static int AfterFrontedPhrase(IReadOnlyList<string> words, IList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tags);
        var comma = -1;
        for (var k = 0; k < words.Count && k <= 8; k++)
        {
            if (words[k] == ",") { comma = k; break; }
        }

        if (comma < 1 || !(tags[0] is "IN" or "RB" or "RBR" || words[0].ToLowerInvariant() is "yesterday" or "today" or "tonight")) return 0;
        return Enumerable.Range(0, comma).All(k => PhraseTags.Contains(tags[k])) ? comma + 1 : 0;
    }

    /// <summary>
    /// Retags, in place, a past form the tagger read as a participle after "and", "but" or "or" as past tense where the verb it is
    /// joined to is a past tense with no auxiliary of its own: "The council stripped Holm of his titles and banned/VBN him for life",
    /// "He cancelled his trip and fired/VBN his aide", where an object follows it. A participle joined to a participle stays one
    /// ("was arrested and charged", "had bought the yard and sold it").
    /// </summary>
    public static void RepairCoordinated(IReadOnlyList<string> words, IList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tags);
        for (var k = 2; k < words.Count; k++)
        {
            if (tags[k] != "VBN" || words[k - 1].ToLowerInvariant() is not ("and" or "but" or "or")) continue;
            var form = words[k];
            if (!(form.Length > 4 && form.EndsWith("ed", StringComparison.Ordinal)) && !PosLexicon.Default.AllowsTag(form.ToLowerInvariant(), "VBD")) continue;
            // Only before the object it acts on ("banned him", "attached it to the cap", "fired the chairman"): "moved to the US and
            // trained as a doctor", "said they sympathized and planned to do more" leave the joined verb's reading open.
            if (k + 1 >= words.Count || tags[k + 1] is not ("DT" or "PRP" or "PRP$" or "NNP" or "NNPS" or "CD")) continue;
            var joined = Enumerable.Range(0, k - 1).LastOrDefault(j => tags[j].StartsWith("VB", StringComparison.Ordinal) || tags[j] == "MD", -1);
            if (joined < 0 || tags[joined] != "VBD" || Enumerable.Range(joined + 1, k - 2 - joined).Any(j => words[j] is ";" or ":")) continue;
            // The joined verb's own group: adverbs may stand between it and an auxiliary ("had also bought").
            var aux = joined - 1;
            while (aux >= 0 && tags[aux].StartsWith("RB", StringComparison.Ordinal)) aux--;
            if (aux >= 0 && (VerbGroupReader.IsBe(words[aux]) || VerbGroupReader.IsHave(words[aux]) || words[aux].ToLowerInvariant() is "got" or "get" or "gets")) continue;
            tags[k] = "VBD";
        }
    }

    /// <summary>
    /// Retags, in place, a word right after a form of "have" (adverbs may stand between) that the lexicon knows as a participle,
    /// but the tagger read as a noun, an adjective or a plain verb, as the participle: "The bank had cut/NN rates to 8.5%", "has
    /// set/VBN a deadline", "had hit/VBD the coast". Verbs whose participle is their plain form ("cut", "set", "put", "hit",
    /// "spread", "cost") are nouns as often, but a noun right after "have" would need its determiner ("had a cut in pay"). A word
    /// the lexicon does not know ("had intitially reached") is left as the tagger read it.
    /// </summary>
    public static void RepairPerfect(IReadOnlyList<string> words, IList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tags);
        for (var k = 1; k < words.Count; k++)
        {
            if (tags[k] is not ("NN" or "JJ" or "VB" or "VBP" or "VBD")) continue;
            var have = k - 1;
            while (have > 0 && tags[have] is "RB" && words[have].ToLowerInvariant() is not ("not" or "n't")) have--;
            if (words[have].ToLowerInvariant() is not ("has" or "have" or "had" or "'ve")) continue;
            var form = words[k].ToLowerInvariant();
            if (PosLexicon.Default.EntryContains(form, "VBN")) tags[k] = "VBN";
        }
    }

    /// <summary>
    /// Retags, in place, a past form the tagger read as a participle as past tense where an object pronoun follows it and no
    /// form of "be", "have" or "get" stands before it: "Christian Horner, the team's principal, called/VBN it a comeback". A
    /// passive takes no object, and a participle with one needs the perfect ("had called it", "having called it"); one after "and",
    /// "or" or "but" is left to <see cref="RepairCoordinated"/>.
    /// </summary>
    public static void RepairActiveWithObject(IReadOnlyList<string> words, IList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tags);
        for (var k = 1; k + 1 < words.Count; k++)
        {
            if (tags[k] != "VBN" || words[k + 1].ToLowerInvariant() is not ("it" or "him" or "them" or "us" or "me")) continue;
            var before = k - 1;
            while (before > 0 && tags[before] is "RB") before--;
            var aux = words[before].ToLowerInvariant();
            // "had taken the claims seriously and investigated them": a participle joined to another keeps its tense (RepairCoordinated).
            if (VerbGroupReader.IsBe(aux) || VerbGroupReader.IsHave(aux) || aux is "’re" or "’ve" or "get" or "gets" or "got" or "getting" or "and" or "or" or "but") continue;
            if (PosLexicon.Default.EntryContains(words[k].ToLowerInvariant(), "VBD")) tags[k] = "VBD";
        }
    }

    /// <summary>
    /// Whether the past form at <paramref name="k"/> is a participle that tells of the noun right before it ("tests of all Vell
    /// models sold in Norway", "recalled cars built in 2009") in the object of the verb at <paramref name="verb"/>: the object
    /// opens right after that verb, holds a word besides the noun, and nothing between opens a clause. "reported profits rose"
    /// has the bare noun alone: the subject of what was reported.
    /// </summary>
    public static bool IsReducedRelative(IReadOnlyList<string> words, IList<string> tags, int verb, int k)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tags);
        if (k - verb < 3 || tags[k] is not ("VBD" or "VBN") || tags[k - 1] is not ("NN" or "NNS") || tags[verb + 1] is not ("DT" or "NN" or "NNS" or "JJ" or "CD" or "PRP$" or "PDT")) return false;
        var form = words[k];
        if (!(form.EndsWith("ed", StringComparison.Ordinal) || PosLexicon.Default.AllowsTag(form.ToLowerInvariant(), "VBN"))) return false;
        for (var j = verb + 1; j < k; j++)
        {
            if (words[j] is "," or ";" or ":" || ClauseOpeners.MayOpen(words[j]) || tags[j] is "VBD" or "VBZ" or "VBP" or "MD") return false;
        }

        return true;
    }

    // Words of an amount after "by": "by 5%", "by half a percentage point", "by a quarter", "by more than half".
    private static readonly HashSet<string> AmountWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "half", "quarter", "third", "fifth", "tenth", "percent", "per", "%", "point", "points", "percentage", "fraction",
    };

    private static bool MeasureAfter(IReadOnlyList<string> words, IList<string> tags, int by)
    {
        for (var k = by + 1; k < words.Count && k <= by + 3; k++)
        {
            if (tags[k] == "CD" || AmountWords.Contains(words[k])) return true;
            if (!(tags[k] is "DT" or "JJR" or "IN" or "RB" or "PDT")) return false;
        }

        return false;
    }

    private static bool UnknownPlural(string word, string tag) =>
        tag == "JJ" && word.Length > 4 && word.All(char.IsLower) && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
        && !word.EndsWith("ous", StringComparison.Ordinal) && PosLexicon.Default.Entry(word).Length == 0;

    // The token after the comma that closes a noun phrase opened by the comma at <paramref name="comma"/> (prepositional phrases
    // allowed: ", chairman of the Federal Reserve,", ", the largest carmaker in the United States for most of the century,"; nouns
    // joined by "and": ", the maker of planes and trains,"); -1
    // when something else stands there.
    private static int AppositiveEnd(IReadOnlyList<string> words, IList<string> tags, int comma)
    {
        var k = comma + 1;
        while (k < words.Count && (NounPhraseTags.Contains(tags[k]) || (AppositivePrepositions.Contains(words[k]) && k > comma + 1)
            || (words[k] == "and" && k > comma + 1 && k + 1 < words.Count && NounPhraseTags.Contains(tags[k + 1])))) k++;
        return k > comma + 1 && k + 1 < words.Count && words[k] == "," && tags[k - 1].StartsWith("NN", StringComparison.Ordinal) ? k + 1 : -1;
    }

    // The first token after a noun phrase (or a third-person pronoun) that opens the clause, when it is tagged as a verb that is
    // not finite; -1 otherwise.
    private static int VerbAfterOpeningNounPhrase(IReadOnlyList<string> words, IList<string> tags, int from)
    {
        var k = from;
        if (k >= words.Count) return -1;
        if (ThirdPersonPronouns.Contains(words[k]))
        {
            k++;
        }
        else
        {
            // "The Bank of England", "Group of Seven": an "of" between capitalised names is inside one name.
            while (k < words.Count && (NounPhraseTags.Contains(tags[k])
                || (words[k] == "of" && k > from && tags[k - 1] == "NNP" && k + 1 < words.Count && tags[k + 1] == "NNP"))) k++;
            // "NATO warplanes/JJ bombed": a word the lexicon does not know, in -s after a modifier, at the head of the phrase is a
            // plural noun, whatever the tagger guessed.
            if (k - from >= 2 && k < words.Count && tags[k] is "VBN" or "VBD" && UnknownPlural(words[k - 1], tags[k - 1])) tags[k - 1] = "NNS";
            if (k == from || !tags[k - 1].StartsWith("NN", StringComparison.Ordinal)) return -1;
            // "Ben Bernanke, the Fed chairman, met with ...": an appositive set off by commas, a noun phrase with no verb, stands
            // between the subject and its verb.
            if (k < words.Count && words[k] == "," && AppositiveEnd(words, tags, k) is var closed and > 0) k = closed;
            // "Vell, the Danish shipper, formally launched": an adverb of manner stands between the subject and its verb.
            if (k > from && words[k - 1] == "," && k + 1 < words.Count && tags[k] == "RB" && words[k].EndsWith("ly", StringComparison.Ordinal)) k++;
        }

        return k < words.Count && tags[k] is "VBN" or "VB" or "VBP" && words[k].All(char.IsLetter) ? k : -1;
    }
}
