namespace Timeline.Extract.Events;

/// <summary>
/// "X said (that) Y", "Y, X said", "X told reporters Y": where the reporting verb is, who speaks, and where
/// the reported clause starts. The event is Y; X is its source and takes part as such. Pure.
/// </summary>
public sealed record ReportedSpeech
{
    /// <summary>Index of the reporting verb.</summary>
    public required int Index { get; init; }

    /// <summary>The speaker's words: tokens [SpeakerStart, SpeakerEnd).</summary>
    public required int SpeakerStart { get; init; }

    public required int SpeakerEnd { get; init; }

    /// <summary>First token of the reported clause (after "that", a comma or a colon).</summary>
    public required int ComplementStart { get; init; }

    /// <summary>"said", "has said": the reported clause's "would" looks ahead from the past.</summary>
    public required bool IsPast { get; init; }

    /// <summary>
    /// The reporting verb presents what it reports as a claim, a belief or a guess ("alleged", "claimed", "argued",
    /// "predicted"), or its speakers are commentators ("analysts say", "critics said"), not as what happened: the reported
    /// clause is no event of the timeline.
    /// </summary>
    public bool IsClaim { get; init; }

    /// <summary>
    /// The saying is testimony or a side's argument in a case ("testified that", "told the jury", "prosecutors said"): what it
    /// says happened is for the case to weigh, not an event of the timeline; a plan it announces still is (see <see cref="CaseArgument"/>).
    /// </summary>
    public bool IsCaseArgument { get; init; }

    private static readonly HashSet<string> ClaimVerbs = new(StringComparer.Ordinal)
    {
        "claim", "allege", "insist", "maintain", "argue", "contend", "suggest", "believe", "predict", "estimate", "forecast", "doubt",
        "wonder", "question", "speculate", "assert", "aver", "avow", "profess",
    };

    private static bool Claims(string word) => VerbLemma.Candidates(word).Any(ClaimVerbs.Contains);

    // Those whose trade is to judge and foresee: what "analysts say" or "critics said" is their reading, not a happening.
    private static readonly HashSet<string> Commentators = new(StringComparer.OrdinalIgnoreCase)
    {
        "analyst", "analysts", "expert", "experts", "economist", "economists", "observer", "observers", "critic", "critics",
        "commentator", "commentators", "pundit", "pundits", "strategist", "strategists",
    };

    private const int MaxCommentatorWords = 6;

    // "analysts say", "some industry analysts said", "said analysts at Barclays": a short speaker phrase that names commentators.
    private static bool ByCommentators(IReadOnlyList<string> words, int start, int end) =>
        end > start && end - start <= MaxCommentatorWords && Enumerable.Range(start, end - start).Any(k => Commentators.Contains(words[k]));

    private static readonly HashSet<string> Listeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "reporters", "journalists", "parliament", "lawmakers", "congress", "senators", "investors", "analysts", "us", "him", "her", "them", "me",
    };

    public static ReportedSpeech? Find(IReadOnlyList<string> words, IReadOnlyList<string> tags, TriggerLexicon lexicon, int verb)
    {
        // Before the event verb: "BP said it had completed ...".
        for (var r = verb - 1; r > 0; r--)
        {
            if (!IsReportVerb(words, tags, lexicon, r) && !TestifiesThat(words, tags, r, verb)) continue;
            if (InFrontedTimeClause(words, r)) continue;
            var speakerEnd = r;
            while (speakerEnd > 0 && (tags[speakerEnd - 1].StartsWith("RB", StringComparison.Ordinal) || IsAuxiliary(words[speakerEnd - 1]))) speakerEnd--;
            var complement = r + 1;
            // "told reporters", "told the BBC" before the reported clause.
            if (complement < verb && words[r].StartsWith("told", StringComparison.OrdinalIgnoreCase))
            {
                complement = AfterListener(words, tags, complement, verb);
            }

            // "said on Tuesday that ...": the reported clause starts after "that" when there is one.
            var that = -1;
            for (var k = complement; k < verb; k++)
            {
                if (words[k] == "that") { that = k; break; }
            }

            if (that >= 0) complement = that + 1;
            while (complement < verb && (words[complement] is "," or ":" || tags[complement].StartsWith("RB", StringComparison.Ordinal))) complement++;
            return new ReportedSpeech
            {
                Index = r, SpeakerStart = 0, SpeakerEnd = speakerEnd, ComplementStart = complement, IsPast = IsPastForm(words, tags, r),
                IsClaim = Claims(words[r]) || ByCommentators(words, 0, speakerEnd) || ReportedSaying(words, tags, lexicon, speakerEnd),
                // "told jurors he ...": a listener the search above did not pass over stands in the first words after the saying.
                IsCaseArgument = CaseArgument.Holds(words, 0, Math.Max(complement, Math.Min(verb, r + 4)), 0, speakerEnd),
            };
        }

        // After it: "..., BP said." / "..., said BP's spokesman".
        for (var r = verb + 1; r < words.Count; r++)
        {
            if (!IsReportVerb(words, tags, lexicon, r)) continue;
            var comma = r - 1;
            while (comma > verb && words[comma] != ",") comma--;
            if (comma <= verb) return null;
            // "Oxy withdrew from the region, saying there was less oil than it had believed", "suspended its search, adding that it no
            // longer believed ...": a participle after the comma tells more of what the subject did or said; the saying after it
            // reports its own clause, not this one.
            if (tags[comma + 1] == "VBG") return null;
            // "..., said Tony Hayward, BP's chief executive": the speaker follows the inverted verb, up to the next comma.
            var (speakerStart, speakerEnd) = (comma + 1, r);
            if (speakerStart == speakerEnd)
            {
                speakerStart = r + 1;
                speakerEnd = speakerStart;
                while (speakerEnd < words.Count && words[speakerEnd] is not ("," or "." or ";" or ":")) speakerEnd++;
            }

            return new ReportedSpeech
            {
                Index = r, SpeakerStart = speakerStart, SpeakerEnd = speakerEnd, ComplementStart = 0, IsPast = IsPastForm(words, tags, r),
                IsClaim = Claims(words[r]) || ByCommentators(words, speakerStart, speakerEnd),
                IsCaseArgument = CaseArgument.Holds(words, Math.Min(speakerStart, r), words.Count, speakerStart, speakerEnd),
            };
        }

        return null;
    }

    // "Holm says that he tweeted that Maersk was losing the contract", "Berg recalled she had told them the firm would fold", "Vell
    // Radio is reporting that Holm has said the mayor will resign": a saying
    // that is itself reported, before the words of the speaker, gives the clause at second hand, as someone's remark or quip.
    private static bool ReportedSaying(IReadOnlyList<string> words, IReadOnlyList<string> tags, TriggerLexicon lexicon, int speakerEnd)
    {
        for (var k = 0; k + 1 < speakerEnd; k++)
        {
            // A finite saying with its own subject; "Having believed that ..." opens a participle clause, not a report.
            if (IsReportVerb(words, tags, lexicon, k) && tags[k] is "VBD" or "VBZ" or "VBP" && words[k + 1] == "that"
                && (k == 0 || !words[k - 1].Equals("having", StringComparison.OrdinalIgnoreCase))) return true;
            // "Reuters is reporting that Holm has said ...": a news outlet's report under way of what someone said.
            if (words[k + 1] == "that" && k > 0 && VerbGroupReader.IsBe(words[k - 1]) && words[k].EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                && (lexicon.Find(words[k]) ?? lexicon.Find(VerbLemma.Of(words[k]))) is { IsReport: true }) return true;
        }

        return false;
    }

    // "told reporters", "told the BBC", "told Reuters that": the listener, when what follows it starts the reported clause.
    private static int AfterListener(IReadOnlyList<string> words, IReadOnlyList<string> tags, int from, int verb)
    {
        if (Listeners.Contains(words[from]) && words[from] != "the") return from + 1;
        var end = from;
        if (words[end] == "the" && end + 1 < verb) end++;
        while (end < verb && tags[end] is "NNP" or "NNPS") end++;
        if (end == from || end >= verb) return from;
        var next = words[end];
        return next is "that" or "," or ":" || tags[end] == "PRP" ? end : from;
    }

    private static bool IsReportVerb(IReadOnlyList<string> words, IReadOnlyList<string> tags, TriggerLexicon lexicon, int k) =>
        lexicon.Find(words[k]) is { IsReport: true } && (tags[k] is "VBD" or "VBZ" or "VBP" or "VBN" || ReadAsNoun(words, tags, k));

    // "Prosecutors claim Dr Murray gave him the dose", "His lawyers claim Holm was out of the room": after a plural subject and before
    // the name, pronoun or determiner that opens the clause it reports, a present "claim" or "say" is the verb, though the tagger reads a
    // noun compound ("prosecutors' claim"). "A police report found", "the lawyers' claim was rejected" have no clause after it.
    // "The defense claim Holm took the dose", "the prosecution say he lied": a side of a case, a collective noun, takes a plural verb.
    private static bool ReadAsNoun(IReadOnlyList<string> words, IReadOnlyList<string> tags, int k) =>
        tags[k] is "NN" or "NNS" && char.IsLower(words[k][0]) && k > 0 && k + 1 < words.Count
        && (tags[k - 1] is "NNS" or "NNPS" or "PRP" || words[k - 1].ToLowerInvariant() is "defence" or "defense" or "prosecution")
        && (tags[k + 1] is "NNP" or "PRP" or "DT" or "PRP$" || words[k + 1] == "that");

    // "Cooper testified on Thursday that Holm had given him the drug": testimony reports the clause after its "that" ("testified
    // before Congress" reports none); so does making something known ("Cameron announced on Friday that he would resign";
    // "announced a plan" reports none).
    private static bool TestifiesThat(IReadOnlyList<string> words, IReadOnlyList<string> tags, int r, int verb) =>
        words[r].ToLowerInvariant() is "testified" or "testifies" or "testify" or "announced" or "announces" or "revealed" or "reveals" or "disclosed" or "discloses"
        && tags[r] is "VBD" or "VBZ" or "VBP" or "VBN"
        && Enumerable.Range(r + 1, Math.Max(0, verb - r - 1)).Any(k => words[k] == "that");

    // "After the three cases confirmed yesterday the ministry stepped up its response": a saying in a clause that opens the sentence
    // with "after", "before" or "since", and runs on with no comma before it, is that clause's verb; it times the main clause and
    // reports none of it. Set off by a comma ("After the blast, BP said ...") the saying is the main clause's.
    private static bool InFrontedTimeClause(IReadOnlyList<string> words, int r)
    {
        var first = 0;
        while (first < r && words[first] is "\"" or "“" or "‘" or "'") first++;
        return first < r && words[first].ToLowerInvariant() is "after" or "before" or "since" or "once" or "until"
            && !Enumerable.Range(first + 1, r - first - 1).Any(k => words[k] is "," or ";" or ":" or "-" or "--" or "—");
    }

    private static bool IsPastForm(IReadOnlyList<string> words, IReadOnlyList<string> tags, int r) =>
        tags[r] is "VBD" or "VBN" || (r > 0 && words[r - 1] is "has" or "have" or "had");

    private static bool IsAuxiliary(string w) => w is "has" or "have" or "had" or "was" or "is" or "did";
}
