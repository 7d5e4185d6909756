using System.Text;
using System.Text.RegularExpressions;
using Timeline.Extract.Actors;
using Timeline.Extract.Text;
using Timeline.Extract.Text.Pos;
using Timeline.Extract.Time;
using Timeline.Model;

namespace Timeline.Extract.Events;

/// <summary>
/// Builds an event's headline from the clause's structure: the subject as the registry names it, the verb
/// group (a reported "would" told as "will"), and the predicate up to the first
/// phrase boundary, without time expressions or adverbs; at most <see cref="HeadlineRules.MaxWords"/> words.
/// Returns null when no title passes <see cref="HeadlineRules"/>: such a clause is not told as an event.
/// </summary>
public static partial class HeadlineBuilder
{
    private static readonly HashSet<string> TrailingTags = new(StringComparer.Ordinal) { "DT", "IN", "TO", "CC", "PRP$", "POS", "MD", "WDT", "WP", "WRB", "EX", "JJ", "JJR", "JJS", "VBN", "VBG", HeadlineTail.AsTag };

    // Adverbs that cannot end a headline ("... of bird flu even"); "well" and "down" can ("a relief well").
    private static readonly HashSet<string> TrailingAdverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "even", "also", "still", "just", "only", "rather", "too", "yet", "so", "very", "more", "most", "almost", "nearly", "already", "again", "then",
    };

    public static Headline? Build(List<TextSpan> tokens, IReadOnlyList<string> tags, EventSubject subject, VerbGroup group,
        IReadOnlyList<Timex3> times, IReadOnlyList<ResolvedMention> mentions, IReadOnlyDictionary<string, Actor> actors, string rest = "")
    {
        var words = new List<string>();
        words.AddRange(subject.Display.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        words.AddRange(VerbWords(tokens, tags, group, times));
        var budget = HeadlineRules.MaxWords - words.Count;
        if (budget < 0) return null;

        var tail = HeadlineTail.Read(tokens, tags, group.Verb + 1, times, mentions, actors, rest.TrimStart().StartsWith(','));
        // "Another plan BP is investigating would lower ...": a second finite verb right after the first means the
        // clause was a relative one inside a noun phrase; the title would run two clauses together.
        // "Another option Maersk is studying involves selling ...": after a noun phrase that ends right before the subject, a word
        // the lexicon knows only as a finite verb counts as one, however the tagger read it.
        if (tail.Count > 0 && (tail[0].Tag is "VBZ" or "VBP" or "MD" || (OnlyFinite(tail[0].Word) && NounBeforeSubject(tokens, tags, subject.Token)))) return null;
        // "describes Maersk's state mandated harbour fund as ...": a noun phrase right after a finite verb that takes no clause is
        // that verb's object, and a bare past form inside it a participle ("mandated"); it is no subject and no verb of a clause.
        if (ObjectWithParticiple(tokens, tags, subject.Token, group)) return null;
        // "the severity that Mexico has suffered": in a relative clause whose object is the noun before "that", the title has
        // no object; "Mexico has suffered" is not what the text says. A noun of a time ("announced on Friday morning that he would
        // resign") is no such noun: the "that" opens what was announced.
        if (tail.Count == 0 && subject.Token >= 2 && tokens[subject.Token - 1].Text is "that" or "which" && tags[subject.Token - 2] is "NN" or "NNS"
            && !times.Any(t => t.Start <= tokens[subject.Token - 2].Start && tokens[subject.Token - 2].Start < t.End)) return null;
        // "propofol, a powerful anaesthetic that Dr Murray injected [to relieve his insomnia]", "the rig which Maersk leased [from
        // Equinor]": the same holds where the verb goes on with a purpose or a phrase and no object of its own; the title has lost
        // its object. Not after a noun that holds a clause ("reports that BP sold ..."), a time ("the day that he left for Oslo"), or
        // a noun right after a verb, which may be told what the clause says ("warned residents that the storm would hit on Friday").
        if (tail.Count > 0 && tail[0].Tag is "TO" or "IN" && ObjectRelative(tokens, tags, subject.Token, times)) return null;

        // "could cost it $40bn in clean-up costs, compensation and a fine": a list of things too long to keep is not cut to its first
        // item; the title ends before the phrase that holds it ("could cost it $40bn") or is not told.
        if (Words(tail) > budget && tail.FindIndex(t => t.Tag == HeadlineTail.NounListTag) is var things and >= 0)
        {
            if (BeforeHolder(tail, things) is not { } before) return null;
            tail = before;
        }

        // "warned shareholders that ...", "urged companies to ...": a verb of telling whose content was cut off says nothing.
        if (!tail.Exists(t => t.Word is "to" or "that" or "not") && !ToldContent.RequestKept(tokens[group.Verb].Text, tail.ConvertAll(t => (t.Word, t.Tag)))
            && ToldContent.CutOff(tokens, tags, tokens[group.Verb].Text, tail.Count == 0 ? group.Verb + 1 : tokens.FindIndex(t => t.Start >= tail[^1].End), rest)) return null;

        // "declined to comment", "refused to elaborate": no happening of the story.
        if (NoComment(tokens, tags, group.Verb)) return null;
        var sourceEnd = tokens[group.Verb].Start + tokens[group.Verb].Length;
        // "denied reports that it was selling assets": a claim's content that does not fit is not cut; the title ends before
        // the phrase that holds the noun, when that phrase is an adjunct ("defended his staff [against criticism that ...]").
        if (Words(tail) > budget && tail.FindIndex(t => t.Tag == HeadlineTail.ContentTag) is var content and >= 0)
        {
            if (BeforeClaim(tail, content) is not { } before) return null;
            tail = before;
        }

        // "was criticised [by local councillors] for having a plan which seemed to have gaps": the agent of a passive is the first
        // thing a title too long can do without, before a relative clause that says which one.
        if (Words(tail) > budget && group.Passive && tail.Exists(t => t.Tag == HeadlineTail.RelativeTag) && WithoutAgent(tail) is { } shorter && Words(shorter) <= budget) tail = shorter;
        // A relative clause that does not fit is left out, as any other clause after the noun would be.
        if (Words(tail) > budget && tail.FindIndex(t => t.Tag == HeadlineTail.RelativeTag) is var relative and >= 0) tail = tail.Take(relative).ToList();
        // So is a list of names too long to keep whole: the title ends at its first name, as before the list was read.
        if (Words(tail) > budget && tail.FindIndex(t => t.Tag == HeadlineTail.ListTag) is var list and >= 0) tail = tail.Take(list).ToList();
        // A predicate that does not fit is not cut to fit: a shortened one misleads more often than it informs.
        if (Words(tail) > budget)
        {
            var shortened = Shorten(tail, budget);
            // "agreed to buy the operations of Wachovia [in a deal backed by ...]": where the phrase that fits ends inside a phrase,
            // the title ends at an earlier one that is whole. Not a passive's: what it leaves out is the agent or the reason
            // ("has been targeted with sanctions [for its part in ...]"), without which it tells little.
            if (shortened.Count < tail.Count && !CompleteAt(tail, shortened.Count, tokens[group.Verb].Text, mentions))
            {
                if (group.Passive) return null;
                // Not past a finite verb: "BP has been dumping underwater [may be preventing ...]" is a relative clause's.
                if (tail.Take(shortened.Count).Any(t => t.Tag is "VBZ" or "VBP" or "MD")) return null;
                var whole = Enumerable.Range(2, Math.Max(0, shortened.Count - 2)).LastOrDefault(k => CompleteAt(tail, k, tokens[group.Verb].Text, mentions), -1);
                if (whole < 0) return null;
                shortened = tail.Take(whole).ToList();
            }
            tail = shortened;
        }
        var complement = HasComplement(tokens, tags, group.Verb + 1, times, group.Passive);
        // Function words left at the end are cut; a word shaped as a name ("WHO", "iPhone", "4S") is a name, whatever its tag.
        // "was sworn in [on Saturday]": an "in" right after the verb with no noun after it is the verb's particle, not a preposition.
        // "ordered tests of cars built [in 2009]": a participle of the object's noun left at the end without its phrase is cut too.
        while (tail.Count > 0 && !IsLoneParticle(tokens, tags, tail, group.Verb)
            && ((TrailingTags.Contains(tail[^1].Tag) && !IsNameShaped(tail[^1].Word) && !IsPredicateAdjective(tail)) || TrailingAdverbs.Contains(tail[^1].Word)
            || EndsOnObjectsParticiple(tokens, tags, tail, group.Verb)
            || HeadlineTail.Breaks.Contains(tail[^1].Word) || tail[^1].Word is "\"" or "“"))
        {
            // A quotation that closes at the end is whole: 'accused BP of "gross negligence"'.
            if (tail[^1].Word == "\"" && tail.Count(t => t.Word is "\"" or "“" or "”") % 2 == 0) break;
            // "the symptoms to look [for]": a preposition stranded after an infinitive is the infinitive's own; without it the title
            // says "to look", and a title may not end on it.
            if (tail[^1].Tag == "IN" && tail.Count >= 3 && tail[^2].Tag == "VB" && tail[^3].Word == "to"
                && NextWord(tokens, tail[^1].End) is null or "," or "." or ";" or ":") return null;
            // "lost her [husband, ...]", "called the action [“unjustified”]": a determiner or a modifier left at the end
            // means its noun or the predicate's last word was cut; the phrase is cut, not finished.
            if (OpensPhrase(tail[^1])) return null;
            // "called on countries to do all they [can]", "to stop [playing]": a modal, or a participle right after a verb, left
            // at the end means a verb or a verb's object was cut; what is left names no act.
            if (tail[^1].Tag == "MD" || (tail[^1].Tag is "VBG" or "VBN" && tail.Count >= 2 && tail[^2].Tag is "VB" or "VBP" or "VBZ" or "VBD")) return null;
            tail.RemoveAt(tail.Count - 1);
            // "lost her [brother]" with the noun mistagged and cut: a determiner left bare ends nothing.
            if (tail.Count > 0 && Determiners.Contains(tail[^1].Word)) return null;
        }

        // "Ida Berg warned[, however, that ...]", "a forecast that warned[, "..."]", "operators that want [to sail]": a verb of saying or
        // asking with nothing said, or a verb that takes an infinitive without it, ends a title cut before its content. In a
        // relative clause the clause goes, and the noun it was about stays; the main verb without its content says nothing.
        if (EndsBeforeContent(tokens, tags, tail, group.Verb))
        {
            var clauseAt = tail.FindIndex(t => t.Tag == HeadlineTail.RelativeTag);
            if (clauseAt < 1) return null;
            tail = tail.Take(clauseAt).ToList();
        }

        // "issued a statement [saying the ruling favours BP]", "responded in a statement": a statement told without what it says
        // says nothing, as "said" alone says nothing.
        if (tail.Count > 0 && tail[^1].Word is "statement" or "statements" or "announcement") return null;

        // "has pointed out [that ...]", "will indicate [which ...]": a predicate with no object of its own whose
        // content is the clause after it says nothing once that clause is cut.
        if (!tail.Exists(t => IsNominal(t.Tag)) && NextContent(tokens, tags, tail.Count == 0 ? tokens[group.Verb].Start + tokens[group.Verb].Length : tail[^1].End) is { } opener
            && ComplementOpeners.Contains(opener)) return null;

        // "asked Ida Berg to keep in mind [that many were still struggling]", "vowed to make sure [that ...]": an idiom of minding or
        // ensuring takes the clause after it as its object, whatever nouns it holds; cut there, it says nothing of what.
        if (EndsOnClauseIdiom(tail) && NextContent(tokens, tags, tail[^1].End) is { } idiomObject && ComplementOpeners.Contains(idiomObject)) return null;

        // "York Chow urged" from "He urged those who ...": a headline that loses the whole predicate is no headline.
        if (complement && tail.Count == 0) return null;
        // "has recruited [as head of media Lars Holm]", "the harm the company has wrought": a verb that needs an object, told
        // without one, says nothing of who or what.
        if (tail.Count == 0 && !group.Passive && VerbComplements.NeedsObject(tokens[group.Verb].Text)) return null;
        // "The Senate voted 91-5": a vote told without what it was for, against or to do says nothing of what was decided.
        if (VerbLemma.Candidates(tokens[group.Verb].Text.ToLowerInvariant()).Contains("vote") && !tail.Exists(t => t.Word is "to" or "for" or "against" or "on" or "in")) return null;
        // "to track down anyone [who ...]": a word that says "whoever" is told by the relative clause after it. So is one that a colon
        // or a range goes on to spell out: "decided to do something[: he organised ...]", "to do everything [from consulting ... to ...]".
        if (tail.Count > 0 && tail[^1].Word.ToLowerInvariant() is var whoever && whoever is "anyone" or "anybody" or "anything" or "everyone" or "everybody" or "everything" or "those" or "someone" or "something" or "whoever"
            && NextWord(tokens, tail[^1].End)?.ToLowerInvariant() is var spelledOut
            && (spelledOut is "who" or "whom" or "which" or "that" or "whose" or ":" || (spelledOut == "from" && whoever is "everything" or "anything"))) return null;
        // "is tracing people [who sat near the driver]", "evacuated residents [who live by the river]": a bare plural noun of people
        // names a whole class; only the defining clause after it says which of them, so the title cannot end before it. After such
        // a noun "that" may open what someone is told ("assured tourists that ..."), so only "who" is read as the defining clause.
        if (tail.Count > 0 && BareGenericNoun(tail) && NextWord(tokens, tail[^1].End)?.ToLowerInvariant() is "who" or "whom" or "whose") return null;
        // "gave a speech in Egypt [at a time] when ...": a noun of time whose "when" clause was cut says no time; its phrase goes.
        if (tail.Count >= 5 && tail[^3].Tag == "IN" && tail[^2].Tag == "DT" && tail[^1].Word.ToLowerInvariant() is "time" or "moment" or "period" or "point" or "stage"
            && NextWord(tokens, tail[^1].End)?.ToLowerInvariant() is "when" or "where") tail.RemoveRange(tail.Count - 3, 3);
        // "questioned that estimate", "reached a similar conclusion": a phrase that points back to an earlier sentence does not stand alone.
        if (Enumerable.Range(0, tail.Count).Any(k => PointsBack(tail, k)) || PlaceThere(tail) || EndsOnBareReference(tail)) return null;
        // "outlined a more limited ban", "pursued a cheaper fix": a comparison whose other side the title leaves out points back too.
        if (ComparesWithoutStandard(tail)) return null;
        // "signed contracts with pharmaceutical companies Roche[, which makes Tamiflu, and GlaxoSmithKline]", "hired investment banks
        // Blackstone[, Goldman Sachs and Credit Suisse]": a plural noun with the first of the names it lists, where the list goes on after
        // the cut, tells one of several as if it were all; the title ends on the plural noun, which names them all.
        // The names a plain list gives ("Blackstone, Goldman Sachs and Credit Suisse") are what the plural noun tells: they take part.
        var listEnd = -1;
        if (ListCutAfterPlural(tokens, tail, rest) is var firstName and > 0)
        {
            listEnd = PlainListEnd(tokens, tail[^1].End);
            tail = tail.Take(firstName).ToList();
        }

        // "invited a number", "began the slow process": an "of" phrase belongs to the noun before it; a title cut there is cut mid-phrase.
        if (tail.Count > 0 && NextWord(tokens, tail[^1].End) is { } next && next.Equals("of", StringComparison.OrdinalIgnoreCase)) return null;
        // "has been invited [- some would say summoned -] to the White House": a parenthetical between dashes right after the verb
        // stands inside the predicate; a title that stops there leaves out all that follows it. (After an object, dashes set off
        // what it is: "gave BP's latest effort -- a cap that ... --".)
        if (tail.Count == 0 && DashParentheticalAfter(tokens, tokens[group.Verb].Start + tokens[group.Verb].Length)) return null;
        if (tail.Count(t => t.Word is "\"" or "“" or "”") % 2 == 1) return null;
        if (ToldContent.DescriptionCutOff(tokens[group.Verb].Text, NextWord(tokens, tail.Count > 0 ? tail[^1].End : tokens[group.Verb].Start + tokens[group.Verb].Length)?.ToLowerInvariant())) return null;
        // "warned people [against touching or kissing]": the content was trimmed off with the words left at the end.
        if (!tail.Exists(t => t.Word is "to" or "that" or "not") && !ToldContent.RequestKept(tokens[group.Verb].Text, tail.ConvertAll(t => (t.Word, t.Tag)))
            && ToldContent.CutOff(tokens, tags, tokens[group.Verb].Text, tokens.FindIndex(t => t.Start >= (tail.Count > 0 ? tail[^1].End : tokens[group.Verb].Start + tokens[group.Verb].Length)), rest)) return null;
        // "launched a campaign to get Congress [to act]": a verb of making someone act inside the title needs its content too.
        if (tail.FindLastIndex(t => t.Tag.StartsWith("VB", StringComparison.Ordinal)) is var v and >= 0 && !tail.Skip(v + 1).Any(t => t.Word == "to")
            && ToldContent.CutOff(tokens, tags, tail[v].Word, tokens.FindIndex(t => t.Start >= tail[^1].End), "")) return null;
        // "complained during his presentation [that ...]": an adjunct in place of an object, and the content clause cut.
        if (tail.Count > 0 && tail[0].Tag == "IN" && !IsOf(tail[0].Word) && NextContent(tokens, tags, tail[^1].End) is "that"
            && tokens.FindIndex(t => t.Start >= tail[^1].End) is var after and >= 0 && tags[after] == "IN") return null;
        // 'announced it was "likely" [that ten students had the virus]': "it" stands for the clause that was cut.
        // Inside the content of a claim ("denied reports that it was looking to sell") "it" is whoever the claim is about.
        var beforeClaim = tail.TakeWhile(t => t.Tag != HeadlineTail.ContentTag).ToList();
        if (beforeClaim.Count >= 2 && beforeClaim.Count == tail.Count && tail.Exists(t => t.Word == "it") && NextWord(tokens, tail[^1].End) is "that" or "to"
            && tail.SkipWhile(t => t.Word != "it").Skip(1).FirstOrDefault().Word is "was" or "is" or "would" or "will" or "had" or "has") return null;
        var tagged = tail.ConvertAll(t => (t.Word, t.Tag));
        // "demanded an apology from the presenter", "was given four milligrams of the drug": a phrase that refers back by kind.
        if (ElegantVariation.Holds(tagged)) return null;
        // "read a statement on behalf of the family": a statement whose content the title does not give is a bare saying.
        if (ToldContent.StatementWithoutContent(tokens[group.Verb].Text, tagged)) return null;
        // "informed his bosses", "was briefed": what they were told is in another sentence.
        if (ToldContent.MessageMissing(tokens[group.Verb].Text, tail.Select(t => t.Word))) return null;
        // "blocked government scientists [from warning the public]", "had cast the trip [as a solidarity mission]": a verb
        // whose second complement was cut says something else than the text.
        // "had cast/NN the trip": a participle the tagger took for a noun is the verb after its auxiliary.
        var lexical = tail.Count > 0 && tokens[group.Verb].Text.ToLowerInvariant() is "had" or "has" or "have" or "was" or "were" or "been" ? tail[0].Word : tokens[group.Verb].Text;
        if (VerbComplements.CutOff(tokens, tags, lexical, tokens.FindIndex(t => t.Start >= (tail.Count > 0 ? tail[^1].End : tokens[group.Verb].Start + tokens[group.Verb].Length)))) return null;
        // "has struck back[, accusing Holm of lying]": an answer that does not say what it was.
        if (BareRetort.Holds(tokens[group.Verb].Text, [.. tail.Select(t => t.Word)])) return null;
        // "has followed suit[, renaming the virus]", "did the same": a predicate standing for another's tells no happening of its own.
        if (ProVerbPhrase.Holds(tokens[group.Verb].Text, [.. tail.Select(t => t.Word)])) return null;
        // "is moving closer to raising its alert level": nearer its aim, which has not come about.
        if (ApproachPhrase.Holds(tokens[group.Verb].Text, [.. tail.Select(t => t.Word)])) return null;
        // "decided not to attend", "said he would attend": what was attended is in another sentence.
        var ends = tail.Count > 0 ? tail[^1].End : tokens[group.Verb].Start + tokens[group.Verb].Length;
        var lastWord = tail.Count > 0 ? tail[^1].Word : tokens[group.Verb].Text;
        var beforeLast = tail.Count > 1 ? tail[^2].Word : tail.Count == 1 ? tokens[group.Verb].Text : group.Verb > 0 ? tokens[group.Verb - 1].Text : null;
        var nextAt = tokens.FindIndex(t => t.Start >= ends);
        if (ElidedObject.Holds(lastWord, tail.Count > 0 ? tail[^1].Tag : tags[group.Verb], beforeLast, tail.Count == 0 && group.Passive, nextAt >= 0 ? tags[nextAt] : null)) return null;
        // "has joined the Nordic Council [in warning that ...]": doing as others did, not becoming one of them.
        if (JoinedInDoing.CutOff(tokens, tags, tokens[group.Verb].Text, tail.Count == 0 ? group.Verb + 1 : tokens.FindIndex(t => t.Start >= tail[^1].End))) return null;
        // "assembled a small army", "unveiled a series": a noun of number without its "of" phrase says nothing of what was gathered.
        if (CountWithoutContent(tail)) return null;
        words.AddRange(tail.Select(t => t.Word));
        if (tail.Count > 0) sourceEnd = Math.Max(sourceEnd, Math.Max(tail[^1].End, listEnd));

        var title = Join(words);
        if (title.Length > 0) title = char.ToUpperInvariant(title[0]) + title[1..];
        return HeadlineRules.Check(title).Count == 0 ? new Headline(title, sourceEnd) : null;
    }

    // The group's own words: no adverb, and no time ("will tomorrow unveil", "will on Friday meet"), which the event's date tells.
    private static List<string> VerbWords(List<TextSpan> tokens, IReadOnlyList<string> tags, VerbGroup group, IReadOnlyList<Timex3> times)
    {
        bool InTime(int k) => times.Any(t => t.Start <= tokens[k].Start && tokens[k].Start < t.End);
        var words = new List<string>();
        for (var k = group.Start; k <= group.Verb; k++)
        {
            var w = tokens[k].Text;
            if (tags[k].StartsWith("RB", StringComparison.Ordinal) && k < group.Verb) continue;
            if (k < group.Verb && (InTime(k) || (TimePhrase.Opens(w) && InTime(k + 1)))) continue;
            words.Add(group.ReportedFuture && w.Equals("would", StringComparison.OrdinalIgnoreCase) ? "will" : w);
        }

        return words;
    }

    // The tail without its first phrase when that is a passive's agent: "by" and a noun phrase, up to the next preposition.
    private static List<(string Word, string Tag, int End)>? WithoutAgent(List<(string Word, string Tag, int End)> tail)
    {
        if (tail.Count < 3 || !tail[0].Word.Equals("by", StringComparison.OrdinalIgnoreCase)) return null;
        for (var j = 1; j < tail.Count; j++)
        {
            if (tail[j].Tag is "IN" or "TO" && j >= 2) return tail.Skip(j).ToList();
            if (!(tail[j].Tag.StartsWith("NN", StringComparison.Ordinal) || tail[j].Tag is "DT" or "JJ" or "PRP$" or "CD" or "POS")) return null;
        }

        return null;
    }

    // The tail up to the preposition that opens the phrase of the noun of saying before <paramref name="content"/>, when that
    // preposition is no complement of the noun before it ("defended his staff against criticism"); else null.
    private static List<(string Word, string Tag, int End)>? BeforeClaim(List<(string Word, string Tag, int End)> tail, int content) =>
        BeforeHolder(tail, HeadlineTail.ContentNoun(tail, content));

    // The tail up to the preposition that opens the noun phrase ending before <paramref name="at"/>, when the tail keeps a noun
    // before it and the preposition completes no noun; else null.
    private static List<(string Word, string Tag, int End)>? BeforeHolder(List<(string Word, string Tag, int End)> tail, int at)
    {
        for (var p = at - 1; p >= 1; p--)
        {
            var (word, tag, _) = tail[p];
            if (tag.StartsWith("NN", StringComparison.Ordinal) || tag is "DT" or "JJ" or "JJR" or "JJS" or "PRP$" or "POS" or "CD" or "VBG") continue;
            if (tag is not ("IN" or "TO") || word.Equals("of", StringComparison.OrdinalIgnoreCase) || NounComplements.Completes(tail[p - 1].Word, word)) return null;
            return tail[p - 1].Tag is "NN" or "NNS" or "NNP" or "NNPS" or "CD" or "PRP" ? tail.Take(p).ToList() : null;
        }

        return null;
    }

    // Nouns of time that open a clause before its subject ("This week Maersk said"): no noun a relative clause is about.
    private static readonly HashSet<string> TimeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "time", "meantime", "moment", "day", "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend",
    };

    // A lowercase common noun right before the subject whose phrase no preposition opens ("Another option [Maersk is ...]", not
    // "Under the plan [Maersk will ...]"): the subject and its verb are a relative clause about that noun.
    private static bool NounBeforeSubject(List<TextSpan> tokens, IReadOnlyList<string> tags, int subject)
    {
        if (subject < 1 || tags[subject - 1] is not ("NN" or "NNS") || !char.IsLower(tokens[subject - 1].Text[0]) || TimeNouns.Contains(tokens[subject - 1].Text)) return false;
        var start = subject - 1;
        while (start > 0 && tags[start - 1] is "NN" or "NNS" or "JJ" or "DT" or "PRP$" or "CD") start--;
        return start == 0 || tags[start - 1] is not ("IN" or "TO");
    }

    // A subject right after "that" or "which" and a common noun the clause is about, that noun's phrase no verb's object.
    private static bool ObjectRelative(List<TextSpan> tokens, IReadOnlyList<string> tags, int subject, IReadOnlyList<Timex3> times)
    {
        // "that Dr Murray injected": a title or a courtesy before the name is the subject's too.
        while (subject > 0 && tags[subject - 1] is "NNP" or "NNPS") subject--;
        if (subject < 2 || tokens[subject - 1].Text is not ("that" or "which") || tags[subject - 2] is not ("NN" or "NNS")) return false;
        var noun = tokens[subject - 2];
        if (!char.IsLower(noun.Text[0]) || NounComplements.TakesClause(noun.Text) || TimeNouns.Contains(noun.Text)
            || times.Any(t => t.Start <= noun.Start && noun.Start < t.End)) return false;
        var start = subject - 2;
        while (start > 0 && tags[start - 1] is "NN" or "NNS" or "JJ" or "DT" or "PRP$" or "CD" or "POS") start--;
        return start == 0 || !tags[start - 1].StartsWith("VB", StringComparison.Ordinal);
    }

    // Verbs that take a clause without "that" after them ("said Maersk's board approved the deal"): the noun phrase after them
    // may be a subject.
    private static readonly HashSet<string> ClauseVerbs = new(StringComparer.Ordinal)
    {
        "say", "says", "said", "tell", "told", "adds", "sees", "think", "thought", "believe", "expect", "hope", "fear", "warn", "claim",
        "insist", "admit", "argue", "announce", "report", "show", "suggest", "know", "knew", "estimate", "predict", "reckon", "feel", "felt", "find",
        "found", "add", "note", "confirm", "deny", "acknowledge", "agree", "realise", "realize", "understand", "worry", "assume",
        "guess", "mean", "meant", "indicate", "reveal", "state", "concede", "recall", "explain", "write", "wrote", "hear", "heard",
        "learn", "learnt", "see", "saw", "discover", "doubt", "suspect", "accept", "prove", "ensure", "demand", "recommend",
        "propose", "complain", "stress", "allege", "contend", "maintain", "conclude", "decide", "testify",
    };

    // The subject follows a finite verb that takes no clause, and the clause's verb is a bare form that can be a participle.
    // A subject pronoun ("says he held") is never an object.
    private static bool ObjectWithParticiple(List<TextSpan> tokens, IReadOnlyList<string> tags, int subject, VerbGroup group) =>
        subject >= 1 && tokens[subject].Text.ToLowerInvariant() is not ("he" or "she" or "they" or "we" or "i" or "it" or "you")
        && tags[subject - 1] is "VBZ" or "VBD" or "VBP" or "VBN" && char.IsLower(tokens[subject - 1].Text[0])
        && !VerbLemma.Candidates(tokens[subject - 1].Text).Any(ClauseVerbs.Contains)
        && tokens[subject - 1].Text.ToLowerInvariant() is not ("is" or "was" or "are" or "were" or "has" or "have" or "had")
        && group.Start == group.Verb && PosLexicon.Default.Entry(tokens[group.Verb].Text).Split('|').Contains("VBN");

    // A lowercase word the lexicon knows only as a finite verb ("involves", "requires"): never a noun of the predicate.
    private static bool OnlyFinite(string word) =>
        char.IsLower(word[0]) && PosLexicon.Default.Entry(word) is { Length: > 0 } entry
        && entry.Split('|').All(t => t is "VBZ" or "VBP" or "MD");

    // "declined to directly address": an adverb between "to" and the verb changes nothing. "refused comment", "declined any
    // comment": the noun says the same.
    private static bool NoComment(List<TextSpan> tokens, IReadOnlyList<string> tags, int verb) =>
        verb + 1 < tokens.Count && VerbLemma.Of(tokens[verb].Text) is "declin" or "decline" or "refus" or "refuse"
        && (verb + 2 < tokens.Count && tokens[verb + 1].Text == "to" && tokens[tags[verb + 2] == "RB" && verb + 3 < tokens.Count ? verb + 3 : verb + 2].Text.ToLowerInvariant() is "comment" or "elaborate" or "speculate" or "say" or "discuss" or "confirm"
            or "address" or "answer" or "respond" or "disclose" or "reveal" or "specify" or "identify" or "name" or "detail" or "be"
            || tokens[tokens[verb + 1].Text.ToLowerInvariant() is "any" or "further" && verb + 2 < tokens.Count ? verb + 2 : verb + 1].Text.ToLowerInvariant() is "comment" or "comments");

    // Verbs whose object is what was said, asked or written: alone at the end of a title they say nothing.
    private static readonly HashSet<string> SayingVerbs = new(StringComparer.Ordinal)
    {
        "say", "said", "says", "warn", "ask", "write", "wrote", "written", "add", "state", "note", "explain", "declare", "stress", "remark",
        "reply", "observe", "insist", "exclaim", "quip", "recall", "comment", "report", "tell", "told", "caution", "concede",
    };

    // Verbs that take an infinitive as their content ("want to", "plan to"): cut before "to", they say nothing of what.
    private static readonly HashSet<string> InfinitiveVerbs = new(StringComparer.Ordinal)
    {
        "want", "need", "plan", "hope", "try", "seek", "sought", "wish", "intend", "aim", "expect", "decide", "agree", "attempt",
        "refuse", "fail", "promise", "pledge", "vow", "threaten", "prepare", "choose", "chose", "chosen", "continue", "begin", "began",
        "begun", "start",
    };

    private static readonly HashSet<string> TryingVerbs = new(StringComparer.Ordinal) { "try", "tried", "attempt", "seek", "sought" };

    // The title's last word is a verb (the clause's own, or the last of the tail) of saying or trying, or one of taking an
    // infinitive with "to" right after it in the text.
    private static bool EndsBeforeContent(List<TextSpan> tokens, IReadOnlyList<string> tags, List<(string Word, string Tag, int End)> tail, int verb)
    {
        var (word, end) = tail.Count == 0 ? (tokens[verb].Text, tokens[verb].Start + tokens[verb].Length) : (tail[^1].Word, tail[^1].End);
        if (tail.Count > 0 && !tail[^1].Tag.StartsWith("VB", StringComparison.Ordinal)) return false;
        if (VerbLemma.Candidates(word).Any(SayingVerbs.Contains)) return true;
        // "announced it would try [again on Saturday]": a verb of trying says nothing without what is tried, whatever follows it.
        if (VerbLemma.Candidates(word).Any(TryingVerbs.Contains)) return true;
        return VerbLemma.Candidates(word).Any(InfinitiveVerbs.Contains) && tokens.FindIndex(t => t.Start >= end) is var next and >= 0
            && tokens[next].Text == "to" && next + 1 < tokens.Count && tags[next + 1] is "VB" or "VBP";
    }

    // Words after the verb other than a time expression ("resigned on Tuesday" has none) that a headline must keep. A second
    // predicate after "and" or "but" ("apologised on Tuesday and promised an inquiry") is no complement of an active verb; a
    // passive with nothing after it ("BP was hurried [and could have ...]") says too little to stand alone.
    private static bool HasComplement(List<TextSpan> tokens, IReadOnlyList<string> tags, int from, IReadOnlyList<Timex3> times, bool passive)
    {
        for (var k = from; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (times.Any(x => x.Start <= t.Start && t.Start < x.End)) continue;
            if (t.Text is "on" or "in" or "at" or "by" or "until" or "since" or "during" && k + 1 < tokens.Count && times.Any(x => x.Start == tokens[k + 1].Start)) continue;
            if (!passive && t.Text is "and" or "but" && k + 1 < tokens.Count && tags[k + 1] is "VBD" or "VBZ" or "VBP" or "MD") return false;
            return t.Text.Any(char.IsLetterOrDigit) && !HeadlineTail.Boundaries.Contains(t.Text);
        }

        return false;
    }

    private static string? NextWord(List<TextSpan> tokens, int end) => tokens.Find(t => t.Start >= end)?.Text;

    private static bool IsDash(string word) => word is "-" or "--" or "—" or "–";

    // How many words a parenthetical between dashes may hold.
    private const int ParentheticalReach = 10;

    // Whether the word after the title is a dash that a second dash closes within a few words, with more of the clause after it.
    private static bool DashParentheticalAfter(List<TextSpan> tokens, int end)
    {
        var k = tokens.FindIndex(t => t.Start >= end);
        if (k < 0 || !IsDash(tokens[k].Text)) return false;
        for (var j = k + 1; j < tokens.Count && j <= k + ParentheticalReach; j++)
        {
            if (tokens[j].Text is "." or ";" or ":") return false;
            if (IsDash(tokens[j].Text)) return j + 1 < tokens.Count && tokens[j + 1].Text is not ("." or ";" or ":" or ",");
        }

        return false;
    }

    // Words that open a complement clause or a quoted content: what a verb of saying or showing was about.
    private static readonly HashSet<string> ComplementOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "what", "whether", "how", "why", "who", "if", ":", "\"", "“",
    };

    // "keep in mind", "bear in mind", "make sure", "made clear", "pointed out", "found out": verb and particle or adjective
    // that together take a clause as their object.
    private static bool EndsOnClauseIdiom(List<(string Word, string Tag, int End)> tail)
    {
        if (tail.Count < 2) return false;
        var (last, before) = (tail[^1].Word.ToLowerInvariant(), tail[^2].Word.ToLowerInvariant());
        var lemmas = VerbLemma.Candidates(before).Append(before).ToList();
        return (before == "in" && last == "mind")
            || (last is "sure" or "certain" or "clear" && lemmas.Contains("make"))
            || (last == "out" && lemmas.Exists(l => l is "point" or "find" or "figure" or "spell"));
    }

    // The first word after a source offset that is not an adverb ("pointed out forcefully that").
    private static string? NextContent(List<TextSpan> tokens, IReadOnlyList<string> tags, int end)
    {
        for (var k = tokens.FindIndex(t => t.Start >= end); k >= 0 && k < tokens.Count; k++)
        {
            if (!tags[k].StartsWith("RB", StringComparison.Ordinal)) return tokens[k].Text;
        }

        return null;
    }

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "her", "his", "its", "their", "our", "my", "your", "this", "that", "these", "those",
    };

    private static bool IsNominal(string tag) => tag.StartsWith("NN", StringComparison.Ordinal) || tag is "CD" or "PRP" or "NNP";

    private static bool OpensPhrase((string Word, string Tag, int End) token) =>
        (token.Tag is "DT" or "PRP$" or "POS" or "JJ" or "JJR" or "JJS" && !IsNameShaped(token.Word)) || token.Word is "\"" or "“";

    // A capitalised word ("WHO", "Reuters"), an intercapped brand ("iPhone", "eBay") or a model code that mixes digits with
    // capitals ("4S", "A350") is a name, whatever tag the tagger gave it.
    private static bool IsNameShaped(string word) =>
        char.IsUpper(word[0]) || (char.IsLower(word[0]) && word.Skip(1).Any(char.IsUpper)) || (word.Any(char.IsDigit) && word.Any(char.IsUpper));

    // Whether the tail ends on a past form that tells of the noun before it in the verb's object ("tests of cars built").
    private static bool EndsOnObjectsParticiple(List<TextSpan> tokens, IReadOnlyList<string> tags, List<(string Word, string Tag, int End)> tail, int verb)
    {
        if (tail[^1].Tag != "VBD") return false;
        var k = tokens.FindIndex(verb + 1, t => t.Start + t.Length == tail[^1].End);
        return k > verb && MainVerbTags.IsReducedRelative([.. tokens.Select(t => t.Text)], [.. tags], verb, k);
    }

    // "was sworn in [on Saturday]": the particle of a phrasal verb, alone after the verb, is the predicate's last word.
    private static bool IsLoneParticle(List<TextSpan> tokens, IReadOnlyList<string> tags, List<(string Word, string Tag, int End)> tail, int verb) =>
        tail.Count == 1 && verb + 1 < tokens.Count && tokens[verb + 1].Start + tokens[verb + 1].Length == tail[0].End && HeadlineTail.IsParticleIn(tokens, tags, verb + 1, verb + 1);

    // A cut is harmless only before a new prepositional phrase that follows a complete noun phrase; "of" continues the noun phrase,
    // and so does the preposition a noun takes ("the inquiry [into the causes]", "talks [with Iran]").
    // "to put a box [over the leak]": the place a verb of putting needs is not an adjunct.
    // Where the title's last words are names right after a lowercase plural noun and the sentence goes on, after a comma, with "and"
    // and another name before it ends: the index of the first of those names, else -1. <paramref name="rest"/> is the sentence after
    // the clause, which may end at the comma.
    private static int ListCutAfterPlural(List<TextSpan> tokens, List<(string Word, string Tag, int End)> tail, string rest)
    {
        var first = tail.Count;
        while (first > 0 && tail[first - 1].Tag is "NNP" or "NNPS" && char.IsUpper(tail[first - 1].Word[0])) first--;
        if (first == tail.Count || first < 2 || tail[first - 1].Tag != "NNS" || !tail[first - 1].Word.All(char.IsLower)) return -1;
        var following = string.Join(' ', tokens.Where(t => t.Start >= tail[^1].End).Select(t => t.Text)) + " " + rest;
        return ListGoesOnRegex().IsMatch(following) ? first : -1;
    }

    // The end of a list of names only, commas and "and" that goes on from the offset, in the clause's tokens: else -1.
    private static int PlainListEnd(List<TextSpan> tokens, int from)
    {
        var k = tokens.FindIndex(t => t.Start >= from);
        var (and, end) = (false, -1);
        for (; k >= 0 && k < tokens.Count; k++)
        {
            var w = tokens[k].Text;
            if (w is "and" or "&") and = true;
            else if (char.IsUpper(w[0])) end = tokens[k].Start + tokens[k].Length;
            else if (w != ",") break;
        }

        return and && (k < 0 || k >= tokens.Count || tokens[k].Text is "." or "as" or "to" or "for" or "on" or "in") ? end : -1;
    }

    [GeneratedRegex(@"^\s*,[^.;:]{0,120}?\s(?:and|&)\s+\p{Lu}")]
    private static partial Regex ListGoesOnRegex();

    // "received the virus from the US Centers [for Disease Control and Prevention]": a cut inside a name the article names leaves
    // another name, or none.
    private static bool CompleteAt(List<(string Word, string Tag, int End)> tail, int cut, string verb, IReadOnlyList<ResolvedMention> mentions) =>
        cut >= 2 && cut < tail.Count && (tail[cut].Tag is "IN" || RecipientAt(tail, cut, verb))
        && !mentions.Any(m => m.Mention.Start < tail[cut - 1].End && m.Mention.End > tail[cut - 1].End)
        && !IsOf(tail[cut].Word) && !tail[cut].Word.Equals("per", StringComparison.OrdinalIgnoreCase) && (tail[cut - 1].Tag.StartsWith("NN", StringComparison.Ordinal) || EndsSum(tail, cut))
        && !NounComplements.Completes(tail[cut - 1].Word, tail[cut].Word)
        && !PaidIn(tail, cut)
        && !VerbComplements.CompletesPlacing(LastVerb(tail, cut) ?? verb, tail[cut].Word)
        && !NamingCut(tail, cut, verb)
        && tail.Take(cut).Any(t => t.Tag.StartsWith("NN", StringComparison.Ordinal));

    // "sent a preliminary bill for $69m [to BP]", "is sending two cargo planes [to Mississippi]": after a verb of giving or sending
    // and what it gives, "to" and a noun phrase say who or where gets it, which a title may leave out. Not before a verb (an
    // infinitive), after another verb, nor past a first such "to" ("gave $37,000 to the House committee and $106,501 [to ...]").
    // "has agreed to sell its Hummer brand [to a Chinese company]": the same holds for a verb of giving that is the infinitive the
    // title's verb takes, where nothing but its "to" stands before it.
    private static bool RecipientAt(List<(string Word, string Tag, int End)> tail, int cut, string verb)
    {
        if (tail[cut].Tag != "TO" || cut + 1 >= tail.Count || tail[cut + 1].Tag.StartsWith("VB", StringComparison.Ordinal)) return false;
        var before = Enumerable.Range(0, cut).Where(k => tail[k].Tag == "TO" || tail[k].Tag.StartsWith("VB", StringComparison.Ordinal)).ToList();
        if (before.Count == 0) return VerbComplements.Gives(verb);
        return before is [var to, var infinitive] && to == 0 && infinitive == 1 && tail[to].Tag == "TO" && tail[infinitive].Tag == "VB"
            && VerbComplements.Gives(tail[infinitive].Word);
    }

    // "to pay billions of dollars [in dividends]", "paid $48m [in compensation]": "in" after a sum that is the verb's object says what
    // the money is; without it the title tells another payment. After a price ("agreed to buy Merrill for about $50 billion [in
    // stock]") it says only how the price is paid, and may go. A sum ends in a figure or in its currency's name.
    private static bool PaidIn(List<(string Word, string Tag, int End)> tail, int cut)
    {
        if (!tail[cut].Word.Equals("in", StringComparison.OrdinalIgnoreCase) || !(EndsSum(tail, cut) || CurrencyNames.Contains(tail[cut - 1].Word))) return false;
        for (var k = cut - 1; k >= 0 && k >= cut - 6; k--)
        {
            if (tail[k].Tag.StartsWith("VB", StringComparison.Ordinal)) return true;
            if (tail[k].Tag is "IN" or "TO" && !IsOf(tail[k].Word) && !tail[k].Word.Equals("than", StringComparison.OrdinalIgnoreCase)) return false;
        }

        // The sum opens the tail: the object of the title's own verb.
        return cut <= 6;
    }

    // "agreed to buy Merrill for about $50 billion [in stock]": a sum of money is a whole phrase, as a noun is.
    private static bool EndsSum(List<(string Word, string Tag, int End)> tail, int cut) =>
        tail[cut - 1].Tag == "CD" && Enumerable.Range(Math.Max(0, cut - 3), cut - Math.Max(0, cut - 3)).Any(k => tail[k].Word is ['$' or '£' or '€', ..] || tail[k].Word.StartsWith("US$", StringComparison.Ordinal));

    // "called the end of the flow [into the ocean a "positive sign"]": the last verb before the cut is one of naming and its
    // object follows it, not a particle ("called on", "called for"); its second complement, the name, was cut.
    private static bool NamingCut(List<(string Word, string Tag, int End)> tail, int cut, string verb)
    {
        var v = tail.FindLastIndex(cut - 1, cut, t => t.Tag.StartsWith("VB", StringComparison.Ordinal));
        var (word, next) = v >= 0 ? (tail[v].Word, v + 1) : (verb, 0);
        return next < cut && tail[next].Tag is not ("IN" or "TO" or "RP") && VerbComplements.NamesObject(word);
    }

    // The last verb before the cut with no preposition between them: the verb whose object the cut follows.
    private static string? LastVerb(List<(string Word, string Tag, int End)> tail, int cut)
    {
        for (var k = cut - 1; k >= 0; k--)
        {
            if (tail[k].Tag.StartsWith("VB", StringComparison.Ordinal)) return tail[k].Word;
            if (tail[k].Tag is "IN" or "TO") return "";
        }

        return null;
    }

    // "left the door open", "kept the well shut": an adjective after its noun completes the predicate;
    // one after a determiner or another modifier ("fitting a new") waits for a noun that was cut.
    // "found the well safe", "denied claims that the process was [too] slow": an adjective after its noun, or after a verb
    // of being in the content of a claim, is what is said of it; it ends the phrase. Elsewhere "was willing [to ...]" may
    // still want what follows.
    // "defended its process as highly scientific and thorough": adjectives after the "as" of a role are what is said of the object.
    private static bool IsPredicateAdjective(List<(string Word, string Tag, int End)> tail) =>
        tail[^1].Tag == "JJ" && tail.Count >= 2
        && (tail[^2].Tag.StartsWith("NN", StringComparison.Ordinal)
            || (tail.FindLastIndex(t => t.Tag == HeadlineTail.AsTag) is var role and >= 0 && tail.Skip(role + 1).All(t => t.Tag is "JJ" or "RB" or "CC"))
            || (tail.Exists(t => t.Tag == HeadlineTail.ContentTag)
                && (Copulas.Contains(tail[^2].Word) || (tail.Count >= 3 && IsDegree(tail[^2]) && Copulas.Contains(tail[^3].Word)))));

    // "very", "too", or an adverb of manner the tail keeps before an adjective: "was grossly negligent".
    private static bool IsDegree((string Word, string Tag, int End) word) =>
        DegreeAdverbs.Contains(word.Word) || (word.Tag == "RB" && word.Word.EndsWith("ly", StringComparison.Ordinal));

    private static readonly HashSet<string> Copulas = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "are", "were", "be", "been", "being", "remains", "remained", "seems", "seemed", "became", "becomes",
    };

    private static readonly HashSet<string> DegreeAdverbs = new(StringComparer.OrdinalIgnoreCase) { "too", "so", "very", "not", "less", "more" };

    private static readonly HashSet<string> NounLikeParticiples = new(StringComparer.Ordinal)
    {
        "run", "led", "held", "set", "built", "made", "kept", "sold", "bought", "paid", "brought", "taken", "given", "shut", "won",
    };

    // Cut at the last phrase boundary inside the budget: before a preposition or conjunction.
    private static List<(string Word, string Tag, int End)> Shorten(List<(string Word, string Tag, int End)> tail, int budget)
    {
        // The budget counts words as the title shows them; quotation marks, punctuation and a possessive's "'s" take none of it, a
        // name put in for a mention all of its words.
        var limit = 0;
        for (var words = 0; limit < tail.Count && words + WordsIn(tail[limit].Word) <= budget; limit++)
        {
            words += WordsIn(tail[limit].Word);
        }

        var cut = limit;
        for (var k = limit; k >= 2; k--)
        {
            if (tail[k].Tag is "IN" or "TO" or "CC" && !IsOf(tail[k].Word))
            {
                cut = k;
                break;
            }
        }

        // "into a trust run [by the union]": a participle after a noun opens a reduced relative clause; cut before its agent, the
        // participle alone dangles, the more so as the tagger takes one with the form of its base or its past for a noun ("a trust
        // run/NN by"). The cut goes before the participle, which the noun does without.
        if (cut < tail.Count && cut >= 3 && tail[cut].Word == "by" && tail[cut - 2].Tag.StartsWith("NN", StringComparison.Ordinal)
            && NounLikeParticiples.Contains(tail[cut - 1].Word)) cut--;
        var kept = tail.Take(cut).ToList();
        var quotes = kept.Count(t => t.Word is "\"" or "“" or "”");
        if (quotes % 2 == 1) kept = kept.Take(kept.FindLastIndex(t => t.Word is "\"" or "“")).ToList();
        return kept;
    }

    // "has promised to tighten up the regime", "moved to a second stage of the procedure": a title that ends on "the" and a noun whose
    // sense the story gives, not the word (a regime of rules or a government, a medical or an engineering procedure), names only
    // what an earlier sentence described, and read alone may mislead. Nouns whose story sense a reader takes for granted ("the
    // operation", "the process" of a claims story) stay.
    private static bool EndsOnBareReference(List<(string Word, string Tag, int End)> tail) =>
        tail.Count >= 2 && tail[^2].Word.Equals("the", StringComparison.OrdinalIgnoreCase) && BareReferences.Contains(tail[^1].Word);

    private static readonly HashSet<string> BareReferences = new(StringComparer.OrdinalIgnoreCase)
    {
        "regime", "procedure", "scheme", "arrangement", "practice",
    };

    // "parallel" compares with something named before, as "similar" does. "those" that a participle, a relative or a phrase of place or
    // company defines right after it ("met families of those killed in the blast", "those who lost their homes", "those on board")
    // says whom it means: it points forward, not back.
    private static bool PointsBack(List<(string Word, string Tag, int End)> tail, int k)
    {
        var (word, tag) = (tail[k].Word.ToLowerInvariant(), tail[k].Tag);
        if (word is "similar" or "such" or "parallel") return true;
        if (tag != "DT" || word is not ("this" or "that" or "these" or "those")) return false;
        return !(word == "those" && k + 1 < tail.Count
            && (tail[k + 1].Tag is "VBN" or "VBG" || tail[k + 1].Word.ToLowerInvariant() is "who" or "whom" or "whose" or "in" or "on" or "at" or "with" or "without" or "from" or "affected" or "killed" or "injured"));
    }

    // "opened the waters there to drilling", "sent troops there": "there" as an adverb of place stands for a place an earlier
    // sentence named; "there were", "there will be" open a clause of their own, whatever the tagger calls them.
    private static bool PlaceThere(List<(string Word, string Tag, int End)> tail)
    {
        for (var k = 0; k < tail.Count; k++)
        {
            if (!tail[k].Word.Equals("there", StringComparison.OrdinalIgnoreCase)) continue;
            var next = k + 1 < tail.Count ? tail[k + 1].Word.ToLowerInvariant() : "";
            if (next is not ("is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would" or "could" or "may" or "might" or "'s" or "seems" or "seemed" or "appears" or "appeared")) return true;
        }

        return false;
    }

    // Plural nouns that name a class of people: "people", "residents", "passengers".
    private static readonly HashSet<string> GenericPeople = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "persons", "individuals", "residents", "passengers", "travellers", "travelers", "patients", "workers", "employees", "staff",
        "children", "adults", "men", "women", "families", "households", "customers", "citizens", "students", "others", "visitors", "tourists",
    };

    // The title ends on a plural noun of people with no determiner, possessive or number before it: "tracing people", "warned
    // elderly residents"; "the passengers" or "its workers" say which ones by themselves.
    private static bool BareGenericNoun(List<(string Word, string Tag, int End)> tail)
    {
        if (!GenericPeople.Contains(tail[^1].Word)) return false;
        var before = tail.Count - 2;
        while (before >= 0 && tail[before].Tag.StartsWith("JJ", StringComparison.Ordinal)) before--;
        // "the claims of firms and individuals [whose ...]": a class named after "of" says whose the noun before it is, and that
        // noun has its own determiner; the title names the claims, not a class of people.
        if (before >= 1 && tail[before].Word is "and" or "or" && tail[before - 1].Tag is "NNS") before -= 2;
        while (before >= 0 && tail[before].Tag.StartsWith("JJ", StringComparison.Ordinal)) before--;
        if (before >= 0 && tail[before].Word.Equals("of", StringComparison.OrdinalIgnoreCase)) return false;
        return before < 0 || !(Determiners.Contains(tail[before].Word) || tail[before].Tag is "CD" or "POS" or "PRP$" or "NNP" or "NNPS");
    }

    // Nouns of number and of collection that a news sentence completes with "of": "a handful of", "a raft of", "a small army of".
    private static readonly HashSet<string> CountNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "number", "handful", "host", "raft", "slew", "series", "array", "flurry", "spate", "string", "barrage", "swathe", "swath", "bunch",
        "couple", "lot", "army", "multitude", "myriad", "plethora", "litany", "battery", "range", "variety",
    };

    // The title ends on "a/an [modifier] noun of number": the "of" phrase that says what was counted is not in the sentence's title.
    private static bool CountWithoutContent(List<(string Word, string Tag, int End)> tail)
    {
        if (tail.Count < 2 || !CountNouns.Contains(tail[^1].Word)) return false;
        var det = tail[^2].Tag.StartsWith("JJ", StringComparison.Ordinal) && tail.Count >= 3 ? tail[^3].Word : tail[^2].Word;
        return det.ToLowerInvariant() is "a" or "an";
    }

    private static bool ComparesWithoutStandard(List<(string Word, string Tag, int End)> tail)
    {
        if (tail.Exists(t => t.Word.Equals("than", StringComparison.OrdinalIgnoreCase))) return false;
        for (var k = 0; k < tail.Count - 1; k++)
        {
            var comparative = tail[k].Tag == "JJR" || (tail[k].Word.ToLowerInvariant() is "more" or "less" && tail[k + 1].Tag.StartsWith("JJ", StringComparison.Ordinal));
            // Only inside a noun phrase: "a more limited ban", "a bigger role"; "more aid" and "more than" are amounts.
            if (comparative && k > 0 && tail[k - 1].Tag == "DT") return true;
        }

        return false;
    }

    private static bool IsQuote(string word) => word is "\"" or "“" or "”";

    // The tail's words as a title counts them: quotation marks are not words.
    private static int Words(List<(string Word, string Tag, int End)> tail) => tail.Sum(t => WordsIn(t.Word));

    // The words of a tail entry as HeadlineRules counts them: "Fox's" is one word, a comma or a quotation mark none, and a name put
    // in for a mention ("Tony Hayward" for "Hayward") as many as it has.
    private static int WordsIn(string entry) =>
        entry is "'s" or "’s" ? 0 : entry.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(HeadlineRules.IsWord);

    private static bool IsOf(string word) => word.Equals("of", StringComparison.OrdinalIgnoreCase);

    private static string Join(List<string> words)
    {
        var sb = new StringBuilder();
        var openQuote = false;
        var previous = "";
        foreach (var w in words)
        {
            // "9/11", "24/7", "and/or": a slash the tokeniser splits off joins the words on both sides again.
            // "C$1.2 billion", "A$300m", "HK$5bn": the letters of a currency stand against its dollar sign.
            var attachLeft = w is "," or "." or ")" or "'s" or "’s" or "'" or "’" or "%" or "”" or "/" || previous == "/" || (w == "\"" && openQuote)
                || (w.StartsWith('$') && previous is "C" or "A" or "NZ" or "HK" or "S" or "NT" or "US");
            previous = w;
            if (sb.Length > 0 && !attachLeft && sb[^1] is not ('(' or '“') && !(sb[^1] == '"' && openQuote && EndsWithOpening(sb))) sb.Append(' ');
            sb.Append(w);
            if (w == "\"") openQuote = !openQuote;
        }

        return sb.ToString().Trim();
    }

    private static bool EndsWithOpening(StringBuilder sb) => sb.Length == 1 || sb[^2] == ' ';
}
