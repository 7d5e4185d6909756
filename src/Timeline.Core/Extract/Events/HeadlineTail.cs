using Timeline.Extract.Actors;
using Timeline.Extract.Text;
using Timeline.Extract.Time;
using Timeline.Model;

namespace Timeline.Extract.Events;

/// <summary>
/// The predicate a headline keeps after its verb: the words up to the first phrase boundary, with numbers written as they
/// stand, an appositive name, a restrictive relative clause (tagged <see cref="RelativeTag"/>), and no time expressions or
/// "-ly" adverbs. Pure.
/// </summary>
internal static class HeadlineTail
{
    // The tag of a relative pronoun the tail keeps (see RestrictsNoun), so that a title too long can drop its clause.
    internal const string RelativeTag = "WDT-R";

    // The tag of a comma inside a list of names the tail keeps (see NamesListFollows), so that a title too long can end before the list.
    internal const string ListTag = ",-L";

    // The tag of a "that" the tail keeps after a noun of saying or believing (see ContentNoun), so that a title too long can
    // end before the noun's phrase instead of naming a claim without what it claims.
    internal const string ContentTag = "IN-C";

    // The tag of an "as" the tail keeps before the role its verb gives the object (see VerbComplements.OpensAsComplement):
    // no place to cut a title too long.
    internal const string AsTag = "IN-A";

    // The tag of a comma inside a list of common nouns the tail keeps (see NounListFollows), so that a title too long can end
    // before the phrase that holds the list instead of naming one of its items.
    internal const string NounListTag = ",-N";

    // Words that open another clause or an adjunct the headline leaves out.
    internal static readonly HashSet<string> Boundaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "which", "who", "whom", "whose", "where", "while", "whilst", "as", "because", "after", "before", "amid", "despite",
        "since", "but", "although", "though", "when", "whereas", "if", "unless", "until", "so", "saying", "adding", "according",
        "including", "following", "than",
    };

    // Adverbs that tell how a clause stands to another ("however", "meanwhile"), not what happened: no part of a predicate.
    private static readonly HashSet<string> SentenceAdverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "however", "meanwhile", "nevertheless", "nonetheless", "moreover", "furthermore", "therefore", "consequently",
    };

    // Nouns that take a capital letter as their label ("type A influenza", "Plan B"): "A" after them opens no sentence.
    private static readonly HashSet<string> LabelNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "type", "class", "grade", "category", "plan", "vitamin", "group", "section", "level", "option", "phase", "part", "division", "item", "schedule", "exhibit", "size", "row", "block",
    };

    // Capitalised, words that open a sentence and are no part of a name: a determiner or pronoun with a lowercase word after it
    // ("The number", "It was"), and a sentence adverb; "A" too, but after a label noun.
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "This", "These", "Those", "He", "She", "It", "They", "We", "His", "Her", "Its", "Their", "There",
    };

    private static bool RunOnSentence(List<TextSpan> tokens, int k)
    {
        var word = tokens[k].Text;
        var before = tokens[k - 1].Text;
        if (!char.IsLower(before[^1]) && !char.IsDigit(before[^1])) return false;
        if (char.IsUpper(word[0]) && SentenceAdverbs.Contains(word)) return true;
        // "on clean energy A rooftop protest": "A" opens a sentence too, except as the letter a label noun takes ("type A influenza").
        if (word == "A" && LabelNouns.Contains(before)) return false;
        return (SentenceOpeners.Contains(word) || word == "A") && k + 1 < tokens.Count && char.IsLower(tokens[k + 1].Text[0]);
    }

    // "in clean-up operation Campaigners press the council to ...": a headline and its standfirst glued with no stop between them.
    // A capitalised word that names nothing and that the lexicon knows only as a common noun, right after a lowercase noun and
    // before a finite verb, is the subject of the next sentence; read on, the title would run the two together.
    private static bool RunOnNounSentence(List<TextSpan> tokens, IReadOnlyList<string> tags, int k, IReadOnlyList<ResolvedMention> mentions)
    {
        var word = tokens[k].Text;
        if (k + 1 >= tokens.Count || word.Length < 2 || !char.IsUpper(word[0]) || !word.Skip(1).All(char.IsLower)) return false;
        if (tags[k - 1] is not ("NN" or "NNS") || !tokens[k - 1].Text.All(char.IsLower)) return false;
        if (mentions.Any(m => m.Mention.Start <= tokens[k].Start && tokens[k].Start < m.Mention.End)) return false;
        var lexicon = Text.Pos.PosLexicon.Default;
        var entry = lexicon.Entry(word.ToLowerInvariant());
        if (entry.Length == 0 || !entry.Split('|').All(t => t is "NN" or "NNS")) return false;
        // The tagger reads a verb after a capitalised word as a noun ("Campaigners press/NN"); the lexicon says it may be finite.
        var next = tokens[k + 1].Text;
        return tags[k + 1] is "VBP" or "VBZ" or "VBD" or "MD"
            || (char.IsLower(next[0]) && (lexicon.AllowsTag(next, "VBP") || lexicon.AllowsTag(next, "VBZ") || lexicon.AllowsTag(next, "VBD")) && lexicon.Contains(next));
    }

    // The tail ends on "<noun> of <noun phrase>" and that first noun takes an infinitive as its content ("the recommendation of
    // the experts", "a decision of the board").
    private static bool InfinitiveNounBeforeOf(List<(string Word, string Tag, int End)> tail)
    {
        var of = tail.FindLastIndex(t => t.Word.Equals("of", StringComparison.OrdinalIgnoreCase));
        if (of < 1 || of == tail.Count - 1 || !tail[(of + 1)..].TrueForAll(t => t.Tag is "DT" or "JJ" or "NN" or "NNS" or "NNP" or "NNPS" or "CD" or "POS" or "PRP$")) return false;
        return tail[of - 1].Tag is "NN" or "NNS" && NounComplements.TakesInfinitive(tail[of - 1].Word);
    }

    // Punctuation that ends the predicate.
    internal static readonly HashSet<string> Breaks = new(StringComparer.Ordinal) { ",", ";", ":", "(", ")", "—", "–", "-", "--", "[", "]", "?", "!", "|" };

    private static readonly HashSet<string> MonthNames = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    // The states of the United States as news writes them after a town, besides the AP abbreviations (NameShapes.IsStateAbbreviation):
    // the initials with their stops and the names.
    private static readonly HashSet<string> States = new(StringComparer.Ordinal)
    {
        "D.C.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "R.I.", "S.C.", "S.D.", "W.Va.", "Texas", "Louisiana", "Mississippi", "Alabama",
        "Florida", "California", "Georgia", "Virginia", "Maryland", "Michigan", "Ohio", "Oregon", "Utah", "Idaho", "Iowa", "Maine", "Alaska", "Hawaii",
    };

    private static bool IsState(string written) =>
        States.Contains(written) || (written.EndsWith('.') && NameShapes.IsStateAbbreviation(written[..^1]));

    // The index past a state written after the comma at k ("Miss" "." read as one "Miss."), when nothing but a stop, a comma, a
    // semicolon or a lowercase word follows it; else -1.
    private static int StateAfter(List<TextSpan> tokens, int k)
    {
        if (k + 1 >= tokens.Count) return -1;
        var end = k + 2;
        var state = tokens[k + 1].Text;
        if (end < tokens.Count && tokens[end].Text == "." && tokens[end].Start == tokens[k + 1].Start + tokens[k + 1].Length && !state.EndsWith('.'))
        {
            state += ".";
            end++;
        }

        // "the Mississippi, Ohio, Wabash and White Rivers": a state's name followed by another name is an item of a list.
        if (!IsState(state)) return -1;
        if (end + 1 < tokens.Count && tokens[end].Text == "," && char.IsUpper(tokens[end + 1].Text[0])) return -1;
        return end >= tokens.Count || tokens[end].Text is "," or ";" or "." or ")" || char.IsLower(tokens[end].Text[0]) || tokens[end].Text.All(char.IsDigit) ? end : -1;
    }

    // "September 11, 2001", "Aug. 10, 1988": a month, a day of one or two digits, the comma, a year of four.
    private static bool DateComma(List<TextSpan> tokens, int k)
    {
        var (month, day, year) = (tokens[k - 2].Text.TrimEnd('.'), tokens[k - 1].Text, tokens[k + 1].Text);
        if (month.Length == 0 && k >= 3 && tokens[k - 2].Text == ".") month = tokens[k - 3].Text;
        return MonthNames.Contains(month) && day.Length is 1 or 2 && day.All(char.IsDigit) && year.Length == 4 && year.All(char.IsDigit);
    }

    /// <summary>
    /// Whether the "in" at <paramref name="k"/>, the first word after the verb (at <paramref name="from"/> - 1), is the particle of a
    /// phrasal verb ("was sworn in as president", "stepped in on Monday"): no noun phrase of its own follows it, only "as" or another
    /// preposition, or, after a passive, the end of the clause ("was sworn in."). "rose in March" and "resigned in the spring" have
    /// the noun of their time after it; an active verb with nothing after its "in" ("gave in, as he does") tells nothing of what to.
    /// </summary>
    internal static bool IsParticleIn(List<TextSpan> tokens, IReadOnlyList<string> tags, int from, int k)
    {
        if (k != from || k >= tokens.Count || !tokens[k].Text.Equals("in", StringComparison.OrdinalIgnoreCase)) return false;
        if (k + 1 < tokens.Count && tags[k + 1] is "IN" or "TO") return true;
        var passive = from >= 2 && tokens[from - 2].Text.ToLowerInvariant() is "was" or "were" or "been" or "be" or "is" or "are" or "being";
        return passive && (k + 1 >= tokens.Count || !tokens[k + 1].Text.Any(char.IsLetterOrDigit));
    }

    internal static List<(string Word, string Tag, int End)> Read(List<TextSpan> tokens, IReadOnlyList<string> tags, int from,
        IReadOnlyList<Timex3> times, IReadOnlyList<ResolvedMention> mentions, IReadOnlyDictionary<string, Actor> actors, bool commaAfter = false)
    {
        var tail = new List<(string Word, string Tag, int End)>();
        var quotes = 0;
        var quoteAt = -1;
        var words = tokens.ConvertAll(x => x.Text);
        // "found Sam Holm, the founder of Vell, guilty of fraud": whether the title's verb gives a verdict, read once for the clause.
        var verdict = from > 0 && Verdict.Holds(words, tags, from - 1);
        for (var k = from; k < tokens.Count; k++)
        {
            var t = tokens[k];
            // "5,000", "$500m", "1.5%": a number is written as it stands in the text.
            if (tail.Count > 0 && k > 0 && tokens[k - 1].Start + tokens[k - 1].Length == t.Start && (IsNumberPart(tail[^1].Word) || tail[^1].Word is "$" or "£" or "€" or "#")
                && (char.IsDigit(t.Text[0]) || (t.Text == "," && k + 1 < tokens.Count && tokens[k + 1].Start == t.Start + 1 && char.IsDigit(tokens[k + 1].Text[0]))))
            {
                tail[^1] = (tail[^1].Word + t.Text, "CD", t.Start + t.Length);
                continue;
            }

            // "victims of the September 11, 2001 attacks": the comma between a date's day and its year is no break in the phrase.
            if (t.Text == "," && k >= 2 && k + 1 < tokens.Count && DateComma(tokens, k))
            {
                tail.Add((",", ",", t.Start + 1));
                continue;
            }

            // "victims of the Sept. 11, 2001, terrorist attacks": a comma after a date's year closes the date, which says which attacks.
            if (t.Text == "," && tail.Count >= 3 && tail[^2].Word == "," && tail[^1].Tag == "CD" && tail[^1].Word.Length == 4 && tail[^1].Word.All(char.IsDigit)
                && k + 1 < tokens.Count && tags[k + 1] is "JJ" or "NN" or "NNS" && char.IsLower(tokens[k + 1].Text[0])) continue;

            // "peppered Washington, D.C. subway stations", "a ceremony in Kalamazoo, Mich.": a US state after a place's comma is part of
            // the place's name; cut at the comma, the title names another place or ends inside a phrase.
            if (t.Text == "," && tail.Count > 0 && char.IsUpper(tail[^1].Word[0]) && StateAfter(tokens, k) is var stateEnd and > 0)
            {
                tail.Add((",", ",", t.Start + 1));
                var state = string.Concat(tokens.Skip(k + 1).Take(stateEnd - k - 1).Select(x => x.Text));
                tail.Add((state, "NNP", tokens[stateEnd - 1].Start + tokens[stateEnd - 1].Length));
                k = stateEnd - 1;
                continue;
            }

            // "found Sam Holm, the founder of Vell, guilty of fraud": the verdict is what the title tells of the finding; the apposition
            // between the name and the verdict is left out, where a cut at its comma would leave a finding of nothing.
            if (verdict && t.Text == "," && tail.Count > 0 && Verdict.ApposedVerdict(words, k) is var apposed and > 0)
            {
                k = apposed;
                continue;
            }

            // ", Sergei Shoigu," naming the object just told is part of it.
            if (t.Text == "," && tail.Count > 0 && AppositiveName(tokens, k, mentions) is { } name)
            {
                tail.Add((",", ",", t.Start + 1));
                tail.Add((actors[name.ActorId].Name, "NNP", name.Mention.End));
                while (k + 1 < tokens.Count && tokens[k + 1].Start < name.Mention.End) k++;
                if (k + 1 < tokens.Count && tokens[k + 1].Text == ",")
                {
                    tail.Add((",", ",", tokens[k + 1].Start + 1));
                    k++;
                }

                continue;
            }

            // "funding groups that deny global warming", "urged companies who make the drugs to ...": a relative clause right
            // after a noun says which ones; cut there, the title names others than the text does.
            if (RestrictsNoun(tokens, tags, k, tail))
            {
                tail.Add((t.Text, RelativeTag, t.Start + t.Length));
                continue;
            }

            // "a rescue plan which, even before the storm, seemed to have gaps": "which" right after its noun, with no comma,
            // defines it too; an aside between commas before its verb is left out.
            if (t.Text == "which" && tail.Count > 0 && tail[^1].Tag is "NN" or "NNS" && AsideBeforeVerb(tokens, tags, k + 1) is var verbAt and > 0)
            {
                tail.Add((t.Text, RelativeTag, t.Start + t.Length));
                k = verbAt - 1;
                continue;
            }

            // "met Lars Holm, Maria Dahl and Per Lund", "flights to Mexico, Peru and Argentina": a list of names goes on past its
            // commas; cut at the first one, the title would name one of several.
            if (t.Text == "," && tail.Count > 0 && char.IsUpper(tail[^1].Word[0]) && NamesListFollows(tokens, tags, k))
            {
                tail.Add((",", ListTag, t.Start + 1));
                continue;
            }

            // "could cost it $40bn in clean-up costs, compensation and a likely fine": a list of things that ends the sentence goes
            // on past its commas; cut at the first one, the title would tell one item as if it were all.
            if (t.Text == "," && tail.Count > 0 && tail[^1].Tag is "NN" or "NNS" && char.IsLower(tail[^1].Word[0]) && NounListEnd(tokens, tags, k) is var listEnd and > 0)
            {
                tail.Add((",", NounListTag, t.Start + 1));
                for (k++; k < listEnd; k++) tail.Add((tokens[k].Text, tags[k], tokens[k].Start + tokens[k].Length));
                k--;
                continue;
            }

            // "received as many as 9,000 letters", "bought as much as $50,000 of stock": "as many as" is an amount, the object's
            // first words; cut there, the title loses its object.
            if (t.Text.Equals("as", StringComparison.OrdinalIgnoreCase) && k + 2 < tokens.Count && tokens[k + 1].Text.ToLowerInvariant() is "many" or "much" or "few" or "little"
                && tokens[k + 2].Text == "as")
            {
                tail.Add((t.Text, "RB", t.Start + t.Length));
                tail.Add((tokens[k + 1].Text, "JJ", tokens[k + 1].Start + tokens[k + 1].Length));
                tail.Add(("as", "RB", tokens[k + 2].Start + tokens[k + 2].Length));
                k += 2;
                continue;
            }

            // "the $4bn (£3bn) fund", "pledged $80m (£55m) to study the wreck", "a 6in (15cm) tube": a sum or a measure
            // converted in brackets is an aside inside the phrase; stopped at the bracket, the title would lose what follows it.
            if (t.Text == "(" && tail.Count > 0 && IsAmount(tail[^1].Word) && ConvertedSumEnd(tokens, k) is var closing and > 0)
            {
                k = closing;
                continue;
            }

            // "joined celebrities at the Black Entertainment Television (BET) Awards show": initials in brackets right after a name are
            // that name's, an aside; stopped at the bracket, the title would cut the name the text goes on with.
            if (t.Text == "(" && tail.Count > 0 && tail[^1].Word.Length > 0 && char.IsUpper(tail[^1].Word[0]) && k + 2 < tokens.Count
                && NameShapes.IsAcronym(tokens[k + 1].Text) && tokens[k + 2].Text == ")")
            {
                k += 2;
                continue;
            }

            // "an oil - siphoning cap": a compound written with spaces round its hyphen, inside a noun phrase, is one word.
            if (t.Text == "-" && SpacedCompound(tokens, tags, k, tail))
            {
                tail[^1] = (tail[^1].Word + "-" + tokens[k + 1].Text, "JJ", tokens[k + 1].Start + tokens[k + 1].Length);
                k++;
                continue;
            }

            // "will hold a call on Friday Meanwhile, investors fear ...", "is tracking its spread The number of cases has doubled":
            // a word that only opens a sentence, capitalised after a lowercase word, starts the next one, run on where its stop was lost.
            if (k > from && (RunOnSentence(tokens, k) || RunOnNounSentence(tokens, tags, k, mentions))) break;
            // "has struck back however": a sentence adverb is left out of the title.
            if (SentenceAdverbs.Contains(t.Text) && char.IsLower(t.Text[0]) && quotes % 2 == 0) continue;

            // "designated the spill as a disaster", "listed Ida Berg as a consultant": the role or kind an "as" phrase gives the
            // object of the clause's verb, or of the last infinitive in the predicate ("agreed to replace him as chief"), is the verb's
            // own; cut there, the title says less than the text or something else. Tagged so that a title too long is not cut there,
            // unless the object alone tells the act ("will replace Lars Holm [as chief executive]").
            // An active verb of giving a role needs its object before "as": "has named as a bidder" is no sentence to tell.
            if (t.Text.Equals("as", StringComparison.OrdinalIgnoreCase) && quotes % 2 == 0 && LastInfinitive(tail) is var lastVerb
                && (lastVerb >= 0 ? tail[lastVerb].Word : tokens[from - 1].Text) is var roleVerb
                && VerbComplements.OpensAsComplement(tokens, tags, roleVerb, k)
                && (tail.Skip(lastVerb + 1).Any(x => x.Tag.StartsWith("NN", StringComparison.Ordinal) || x.Tag is "PRP" or "CD") || VerbComplements.TakesAsWithoutObject(roleVerb)
                    || (lastVerb < 0 && from >= 2 && tokens[from - 2].Text.ToLowerInvariant() is "was" or "were" or "been" or "be" or "is" or "are" or "being")))
            {
                tail.Add((t.Text, VerbComplements.AsPhraseOptional(roleVerb) ? "IN" : AsTag, t.Start + t.Length));
                continue;
            }

            // "known as", "such as", "as well as" name or list; they open no other clause.
            var listing = t.Text == "as" && k > 0 && tokens[k - 1].Text.ToLowerInvariant() is "known" or "such" or "well" or "same";
            // 'stop calling the illness "pig flu," because ...': a comma or stop written inside the closing quotation mark ends
            // the quotation with the phrase; the quoted words are whole.
            if (t.Text is "," or "." && quotes % 2 == 1 && k + 1 < tokens.Count && tokens[k + 1].Text is "\"" or "”" && tokens[k + 1].Start == t.Start + t.Length)
            {
                tail.Add((tokens[k + 1].Text, "''", tokens[k + 1].Start + tokens[k + 1].Length));
                quotes++;
                break;
            }

            // "ruled [on Tuesday] that the moratorium was unlawful": what a ruling decides is what the title tells of it.
            if (t.Text == "that" && tail.Count == 0 && from > 0 && Ruling.Holds(words, tags, from - 1,
                j => times.Any(x => x.Start <= tokens[j].Start && tokens[j].Start < x.End)))
            {
                tail.Add((t.Text, ContentTag, t.Start + t.Length));
                continue;
            }

            if (Breaks.Contains(t.Text) || (Boundaries.Contains(t.Text) && !listing && !OwnTimeFilter.IsAcronym(t.Text) && !(t.Text == "than" && k > 0 && tokens[k - 1].Text.ToLowerInvariant() is "more" or "less" or "fewer")
                // "its biggest order since 2007": "since" and a time are how far the superlative reaches, no clause of their own.
                && !(t.Text.Equals("since", StringComparison.OrdinalIgnoreCase) && k + 1 < tokens.Count && times.Any(x => x.Start == tokens[k + 1].Start)
                    && SuperlativeReach([.. tail, (t.Text, "IN", t.Start + t.Length)]))))
            {
                if (t.Text.ToLowerInvariant() is "before" or "after") TimeMeasure.DropTrailing(tail);
                // "will be supplying not one [but 32 machines]": "not ... but" is one phrase; cut at "but" it says the opposite.
                if (t.Text == "but" && tail.TakeLast(3).Any(x => x.Word.Equals("not", StringComparison.OrdinalIgnoreCase))) tail.Clear();
                break;
            }

            // "and there is", "and it was": a new clause.
            if (t.Text is "and" or "but" or "or" && k + 1 < tokens.Count && (tags[k + 1] is "EX" or "PRP" || tokens[k + 1].Text.Equals("there", StringComparison.OrdinalIgnoreCase))) break;
            // "denied reports that it was selling assets", "disputed the notion that claims are slow": "that" and a subject after
            // a noun of saying or believing open what the noun says; cut there, the title names a claim and not what it is.
            if (t.Text.Equals("that", StringComparison.OrdinalIgnoreCase) && tags[k] is "IN" or "WDT" && !tail.Exists(x => x.Tag == ContentTag)
                && ContentNoun(tail, tail.Count) >= 0 && k + 1 < tokens.Count && ClauseSubjectTags.Contains(tags[k + 1]))
            {
                tail.Add((t.Text, ContentTag, t.Start + t.Length));
                continue;
            }

            // "pointed out that ...", "said that ...": a complement clause is another statement; "rather than" a comparison.
            if (t.Text.Equals("that", StringComparison.OrdinalIgnoreCase) && tags[k] is "IN" or "WDT") break;
            if (t.Text == "rather" && k + 1 < tokens.Count && tokens[k + 1].Text == "than") break;
            // "more than 2 million" is a quantity, not a comparison with another happening.
            if (t.Text == "than" && k > 0 && tokens[k - 1].Text.ToLowerInvariant() is "more" or "less" or "fewer")
            {
                tail.Add((t.Text, "IN", t.Start + t.Length));
                continue;
            }

            // "has declared a health emergency and in Mexico, where ..., the government has ordered": "and" before a phrase set off
            // by a comma opens a new clause with its adverbial first.
            if (t.Text is "and" or "but" && k + 1 < tokens.Count && tags[k + 1] == "IN" && tokens[k + 1].Text != "of" && FrontedPhraseEnds(tokens, tags, k + 2, commaAfter)) break;
            // "and" before a new predicate ("and urged", "and said") ends this one.
            if (t.Text is "and" or "or" && k + 1 < tokens.Count && tags[k + 1] is "VBD" or "VBZ" or "VBP" or "MD") break;
            // "raised $10bn from asset sales and its costs are tailing off": "and" before a noun phrase with a finite verb of
            // its own opens a new clause; read on, the title would make "its costs" a second object.
            // Inside a question or a clause of its own ("asked why the cap and the strategy had failed") the two are its subjects.
            if (t.Text is "and" or "but" or "or" && tail.Count > 0 && !tail.Exists(x => Subordinators.Contains(x.Word)) && ClauseFollows(tokens, tags, k + 1)) break;
            // A purpose clause after the object ("met Shoigu in Moscow to reinforce ties") is not the event.
            // Only after the object and an adverbial ("in Moscow"): "urged companies to act" needs its infinitive.
            // "were used to try to contain", "what it meant to be British": after a verb, "to" is its complement, not a purpose;
            // "the equipment used [to operate the BOP]", "a data centre intended [to serve it]": a participle after a noun
            // goes with the infinitive it introduces, and is cut with it.
            if (t.Text == "to" && tail.Count >= 2 && k + 1 < tokens.Count && tags[k + 1] == "VB" && tail.Exists(x => x.Tag == "IN")
                && (tail[^1].Tag is not ("VB" or "VBN" or "VBD") || tail[^2].Tag.StartsWith("NN", StringComparison.Ordinal))
                // "risks in its plan to shut down the rig": the infinitive is what the plan is, not why it was made.
                && !NounComplements.TakesInfinitive(tail[^1].Word)
                // "accepted the proposal of the harbour engineers to close the terminal": the noun an "of" phrase follows may be
                // the one whose content the infinitive is; cut there, the title names a recommendation without what it was.
                && !InfinitiveNounBeforeOf(tail)
                // "joined calls for the military to take command": "for" and a noun phrase are the infinitive's subject.
                && !ForSubject(tail, tokens[from - 1].Text)
                // "was tapped by the president to lead the reform", "urged anyone with a private well to use bottled water", "urged
                // staff in an email to stay home": what the object was chosen or asked to do is the verb's own, whatever phrase of
                // the agent, the object or the telling stands between. Not past "for": after "asked them for $50m" the infinitive is
                // what the money is for.
                && !(VerbComplements.TakesObjectInfinitive(tokens[from - 1].Text) && !tail.Exists(x => x.Tag.StartsWith("VB", StringComparison.Ordinal))
                    && !tail.Exists(x => x.Tag == "IN" && x.Word.Equals("for", StringComparison.OrdinalIgnoreCase)))
                // "agreed to allow all Danes in Aarhus to leave": a verb of letting or bidding inside the title takes its object's
                // infinitive whatever place that object is named with; "for" says what a thing is for ("asked them for $50m to ...").
                && !(tail.FindLastIndex(x => x.Tag.StartsWith("VB", StringComparison.Ordinal)) is var bidding and >= 1 && tail[bidding - 1].Word == "to"
                    && VerbComplements.TakesObjectInfinitive(tail[bidding].Word) && !tail.Skip(bidding + 1).Any(x => x.Word == "for" || x.Tag.StartsWith("VB", StringComparison.Ordinal))))
            {
                if (tail[^1].Tag is "VBN" or "VBD") tail.RemoveAt(tail.Count - 1);
                break;
            }

            // "began a shutdown in a bid to contain the virus", "in an effort to", "in order to": a purpose, however it opens.
            if (t.Text == "in" && tail.Count >= 2 && PurposeOpens(tokens, k)) break;
            // "the daily morning call", "a night shift": a part of a day before a noun says which call or shift, a word of the title.
            if (times.FirstOrDefault(x => x.Start <= t.Start && t.Start < x.End && x.Type is not ("DURATION" or "SET") && x.Value is not ("PRESENT_REF" or "FUTURE_REF")
                && !OwnTimeFilter.IsPartOfName(tokens, k)
                && !(OwnTimeFilter.BarePartOfDayRegex().IsMatch(x.Text) && tokens.FindIndex(k, n => n.Start >= x.End) is var after and >= 0
                    && tags[after] is "NN" or "NNS" && char.IsLower(tokens[after].Text[0]))) is { } time)
            {
                // "announced the first good news in several days", "the lowest level since March": the time is how far the
                // superlative reaches; without it the title claims more than the text ("the first good news" ever).
                // "its first A380 in September 2008" dates the delivery: only a length ("in several days", "in a decade") or a
                // starting point ("since March") is a reach.
                if (SuperlativeReach(tail) && (tail[^1].Word.Equals("since", StringComparison.OrdinalIgnoreCase) || OwnTimeFilter.IsLength(time.Text)))
                {
                    for (; k < tokens.Count && tokens[k].Start < time.End; k++) tail.Add((tokens[k].Text, tags[k], tokens[k].Start + tokens[k].Length));
                    k--;
                    continue;
                }

                while (k + 1 < tokens.Count && tokens[k + 1].Start < time.End) k++;
                // "details of yesterday's call volume": a possessive time is the noun's determiner, told as "the".
                if (k + 1 < tokens.Count && tokens[k + 1].Text is "'s" or "’s" or "'" or "’")
                {
                    tail.Add(("the", "DT", t.Start));
                    k++;
                    continue;
                }

                while (tail.Count > 0 && tail[^1].Tag is "IN" or "DT" or "TO" && !(tail.Count == 1 && IsParticleIn(tokens, tags, from, from))) tail.RemoveAt(tail.Count - 1);
                // "downgraded the rating late [on Monday]", "raised its alert level late [on Tuesday] from three to four": "late" or
                // "early" before a time the title leaves out belongs to that time.
                if (tail.Count > 1 && tail[^1].Word.ToLowerInvariant() is "late" or "early") tail.RemoveAt(tail.Count - 1);
                // "will meet Obama on Wednesday prepared to offer concessions": a participle after the time describes the
                // subject; glued to the object it would read as part of it.
                if (k + 1 < tokens.Count && tags[k + 1] is "VBN" or "VBG" or "VBD") break;
                continue;
            }

            if (t.Text is "\"" or "“" or "”")
            {
                quotes++;
                if (quotes % 2 == 1) quoteAt = tail.Count;
            }

            // "Holm" for "Lars Holm"; "the Holm family" names the family, not the person, and stays as written, as does
            // "Holm choreographer Ida Berg", where the name only says whose choreographer she is.
            if (mentions.FirstOrDefault(m => m.Mention.Start == t.Start && m.Mention.IsPartial) is { } partial
                && !(k + 1 < tokens.Count && KinGroup.Names(t.Text + " " + tokens[k + 1].Text, t.Text.Length))
                && !NameBeforeTitle.Modifies(tokens, tags, partial, mentions, actors))
            {
                tail.Add((actors[partial.ActorId].Name, "NNP", partial.Mention.End));
                while (k + 1 < tokens.Count && tokens[k + 1].Start < partial.Mention.End) k++;
                continue;
            }

            // "quickly enough" keeps its adverb: without it the title says something else.
            // "only" restricts what follows ("use Photoshop only for colour correction"): without it the title says the opposite.
            // Words inside quotation marks are kept as quoted: "astonishingly high" is not "high".
            // Inside a noun phrase, before the participle or adjective that tells which vehicles or uranium, the adverb is part of
            // that word's sense: "remotely operated vehicles" are no "operated vehicles", "highly enriched uranium" no "enriched";
            // so is one before any adjective: "grossly negligent" is not "negligent".
            // In what a ruling or a claim says the adverb is part of it: "ruled that Maersk had acted unlawfully" is not "had acted".
            if (tags[k] is "RB" && t.Text.EndsWith("ly", StringComparison.Ordinal) && t.Text != "only" && !(k + 1 < tokens.Count && tokens[k + 1].Text == "enough")
                && quotes % 2 == 0 && !TellsModifiersSense(tags, k) && !tail.Exists(x => x.Tag == ContentTag)) continue;

            tail.Add((t.Text, tags[k], t.Start + t.Length));
        }

        // An opened quotation that does not close in the title is left out whole.
        if (quotes % 2 == 1 && quoteAt >= 0) tail.RemoveRange(quoteAt, tail.Count - quoteAt);
        return tail;
    }

    // An adverb right before a participle or an adjective that is itself right before a noun: "remotely operated vehicles". An
    // adverb right before an adjective says how far it holds, which is that adjective's sense: "grossly negligent" is a charge
    // "negligent" is not, "critically ill" is not "ill".
    private static bool TellsModifiersSense(IReadOnlyList<string> tags, int k) =>
        k + 1 < tags.Count && (tags[k + 1] == "JJ" || (k + 2 < tags.Count && tags[k + 1] is "VBN" or "VBD" && tags[k + 2] is "NN" or "NNS"));

    // Tags a clause's subject opens with: after "that" they make it a clause of its own, where a verb would make it a relative one.
    private static readonly HashSet<string> ClauseSubjectTags = new(StringComparer.Ordinal) { "DT", "PRP", "PRP$", "NNP", "NNPS", "NN", "NNS", "JJ", "CD", "EX" };

    // Prepositions that name who holds or voices a claim between the noun and its clause: "claims by the minister that ...".
    private static readonly HashSet<string> HolderPrepositions = new(StringComparer.OrdinalIgnoreCase) { "by", "from", "among" };

    /// <summary>
    /// The index of the noun of saying or believing that the first <paramref name="count"/> words of the tail end with, either
    /// right before the end ("denied reports") or before who holds it ("criticism from residents"); else -1.
    /// </summary>
    internal static int ContentNoun(List<(string Word, string Tag, int End)> tail, int count)
    {
        if (count == 0) return -1;
        if (tail[count - 1].Tag is "NN" or "NNS" && NounComplements.TakesClause(tail[count - 1].Word)) return count - 1;
        for (var j = count - 1; j >= 1 && j >= count - MaxHolderWords; j--)
        {
            if (HolderPrepositions.Contains(tail[j].Word))
                return j < count - 1 && tail[j - 1].Tag is "NN" or "NNS" && NounComplements.TakesClause(tail[j - 1].Word) ? j - 1 : -1;
            if (!(tail[j].Tag.StartsWith("NN", StringComparison.Ordinal) || tail[j].Tag is "DT" or "JJ" or "PRP$" or "POS" or "CD")) return -1;
        }

        return -1;
    }

    // How many words the holder of a claim may take: "by the Russian president Dmitry Medvedev".
    private const int MaxHolderWords = 8;

    // Between a determiner and noun before the hyphen and a noun after the word it joins: "a gas - venting valve".
    private static bool SpacedCompound(List<TextSpan> tokens, IReadOnlyList<string> tags, int k, List<(string Word, string Tag, int End)> tail) =>
        tail.Count >= 2 && tail[^1].Tag == "NN" && char.IsLower(tail[^1].Word[0]) && tail[^2].Tag is "DT" or "PRP$" or "JJ"
        && k + 2 < tokens.Count && tags[k + 1] is "NN" or "VBG" && tokens[k + 1].Text.All(char.IsLower) && tags[k + 2] is "NN" or "NNS" && char.IsLower(tokens[k + 2].Text[0]);

    // How far an aside between commas is read.
    private const int MaxAsideTokens = 8;

    // At <paramref name="from"/>: a finite verb, or an aside set off by commas and then a finite verb; the verb's index, else -1.
    private static int AsideBeforeVerb(List<TextSpan> tokens, IReadOnlyList<string> tags, int from)
    {
        static bool Finite(string tag) => tag is "VBD" or "VBZ" or "VBP" or "MD";
        if (from >= tokens.Count) return -1;
        if (Finite(tags[from])) return from;
        if (tokens[from].Text != ",") return -1;
        for (var j = from + 1; j < tokens.Count && j <= from + MaxAsideTokens; j++)
        {
            if (tokens[j].Text is "." or ";" or ":") return -1;
            if (tokens[j].Text == ",") return j + 1 < tokens.Count && Finite(tags[j + 1]) ? j + 1 : -1;
        }

        return -1;
    }

    private static bool RestrictsNoun(List<TextSpan> tokens, IReadOnlyList<string> tags, int k, List<(string Word, string Tag, int End)> tail) =>
        tokens[k].Text is "that" or "who" && tail.Count > 0 && tail[^1].Tag is "NN" or "NNS" && k + 1 < tokens.Count
        && (tags[k + 1] is "VBD" or "VBZ" or "VBP" or "MD" || (tags[k + 1] == "RB" && k + 2 < tokens.Count && tags[k + 2] is "VBD" or "VBZ" or "VBP" or "MD"));

    // Tags the items of a list of things are made of.
    private static readonly HashSet<string> NounItemTags = new(StringComparer.Ordinal) { "DT", "JJ", "NN", "NNS", "CD", "PRP$" };

    // How many words one item of a list of things may take: "a likely fine", "rent and utilities aid".
    private const int MaxItemWords = 4;

    // After the comma at <paramref name="comma"/>: lowercase items of nouns (each ending in a noun) separated by commas, up to "and"
    // or "or", one last item, and the end of the sentence or a comma; the index where the list ends, else -1. A verb, a name or a longer
    // phrase means another clause or phrase.
    private static int NounListEnd(List<TextSpan> tokens, IReadOnlyList<string> tags, int comma)
    {
        var words = 0;
        var closing = false;
        for (var j = comma + 1; j <= tokens.Count && j <= comma + MaxListTokens; j++)
        {
            // The clause's last word, or the sentence's stop, ends the list.
            if (j == tokens.Count || tokens[j].Text is "." or ";" or "!" or "?") return closing && words > 0 && tags[j - 1] is "NN" or "NNS" ? j : -1;
            var w = tokens[j].Text;
            if (w is "and" or "or" or ",")
            {
                // "fishermen, retailers, and owners": a comma before the last "and".
                if (w is "and" or "or" && words == 0 && !closing && tokens[j - 1].Text == "," && j - 1 > comma)
                {
                    closing = true;
                    continue;
                }

                // "raised duties on chips, solar cells and batteries, in a move to ...": a comma after the last item closes the list as
                // the sentence's end does, when no item of things follows it ("of the leak, air and water samples, plumes and ...": the
                // "and" joined words inside an item, and the list goes on).
                if (w == "," && closing && words > 0 && tags[j - 1] is "NN" or "NNS" && j + 1 < tokens.Count && !NounItemTags.Contains(tags[j + 1])) return j;
                if (words == 0 || tags[j - 1] is not ("NN" or "NNS") || closing) return -1;
                closing = w != ",";
                words = 0;
                continue;
            }

            if (!NounItemTags.Contains(tags[j]) || !char.IsLower(w[0]) && tags[j] != "CD" || ++words > MaxItemWords) return -1;
        }

        return -1;
    }

    // After the comma at <paramref name="comma"/>: capitalised names (with "the", "of", "'s", "&" inside them and commas between
    // them) up to an "and" or "or" that a name follows. A lowercase word or a verb first means another phrase or clause.
    private static bool NamesListFollows(List<TextSpan> tokens, IReadOnlyList<string> tags, int comma)
    {
        var names = 0;
        for (var j = comma + 1; j < tokens.Count && j <= comma + MaxListTokens; j++)
        {
            var w = tokens[j].Text;
            if (w is "and" or "or")
            {
                var next = j + 1 < tokens.Count && tokens[j + 1].Text == "the" ? j + 2 : j + 1;
                return names > 0 && next < tokens.Count && char.IsUpper(tokens[next].Text[0]) && !tags[next].StartsWith("VB", StringComparison.Ordinal);
            }

            if (w is "," or "the" or "of" or "'s" or "’s" or "&") continue;
            if (!char.IsUpper(w[0]) || tags[j].StartsWith("VB", StringComparison.Ordinal)) return false;
            names++;
        }

        return false;
    }

    // Tags a noun phrase, with its "of" or other prepositional phrase, is made of.
    private static readonly HashSet<string> NounPhraseTags = new(StringComparer.Ordinal)
    {
        "DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "IN", "HYPH",
    };

    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "why", "how", "whether", "what", "when", "where", "if", "who", "which", "that",
    };

    // A phrase of a few nouns, names and modifiers from <paramref name="from"/> that a comma closes, in the clause or right after
    // it, with no verb before it.
    private static bool FrontedPhraseEnds(List<TextSpan> tokens, IReadOnlyList<string> tags, int from, bool commaAfter)
    {
        for (var j = from; j < tokens.Count && j < from + FrontedPhraseReach; j++)
        {
            if (tokens[j].Text == ",") return j > from;
            if (tags[j].StartsWith("VB", StringComparison.Ordinal) || tags[j] == "MD" || tokens[j].Text is "and" or "or") return false;
        }

        // The clause may end at that comma ("and in Mexico[, where ...]").
        return commaAfter && tokens.Count > from && tokens.Count <= from + FrontedPhraseReach;
    }

    // How many words a fronted phrase after "and" may take before its comma ("and in the rest of the country,").
    private const int FrontedPhraseReach = 8;

    // How far a new clause's subject is read after "and".
    private const int MaxSubjectTokens = 8;

    // At <paramref name="from"/>: a determiner or possessive ("its costs", "the rest", "BP's shares"), a noun phrase and a
    // finite verb: the subject and the verb of a new clause.
    private static bool ClauseFollows(List<TextSpan> tokens, IReadOnlyList<string> tags, int from)
    {
        if (from + 2 >= tokens.Count) return false;
        var opens = tags[from] is "DT" or "PRP$" || (tags[from] == "NNP" && tags[from + 1] == "POS");
        if (!opens || tokens[from].Text.ToLowerInvariant() is "all" or "both" or "each" or "either" or "neither" or "no") return false;
        for (var j = from + 1; j < tokens.Count && j <= from + MaxSubjectTokens; j++)
        {
            if (tags[j] is "VBZ" or "VBP" or "MD") return tags[j - 1].StartsWith("NN", StringComparison.Ordinal) || tags[j - 1] == "CD";
            // "the proceeds funded", but not "the men appointed by him": a past form before "by" is a participle.
            if (tags[j] == "VBD") return tags[j - 1].StartsWith("NN", StringComparison.Ordinal) && !(j + 1 < tokens.Count && tokens[j + 1].Text == "by");
            if (!NounPhraseTags.Contains(tags[j])) return false;
        }

        return false;
    }

    // Words that take "for", a noun phrase and an infinitive as one complement: "calls for the army to act", "the need for
    // residents to file". After others ("$20bn for a fund to pay damages") the infinitive is a purpose.
    private static readonly HashSet<string> ForInfinitiveTakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "call", "calls", "called", "calling", "demand", "demands", "demanded", "push", "pushed", "pushing", "press", "pressed", "appeal",
        "appeals", "appealed", "plea", "pleas", "petition", "petitioned", "lobby", "lobbied", "campaign", "campaigned", "clamour", "clamor",
        "arrange", "arranged", "arrangements", "need", "needs", "pressure", "argue", "argued", "vote", "voted", "wait", "waited",
    };

    // The tail ends on a word of <see cref="ForInfinitiveTakers"/>, "for" and a noun phrase: an infinitive next has that
    // phrase as its subject ("calls for the military to take command").
    // "prayed for God to help them", "waited for them to leave": a name or a personal pronoun after "for" is the infinitive's
    // subject after any verb; a purpose has a thing before its "to" ("$20bn for a fund to pay damages").
    private static bool ForSubject(List<(string Word, string Tag, int End)> tail, string verb)
    {
        var prep = tail.FindLastIndex(t => t.Tag is "IN" or "TO");
        if (prep < 0 || prep >= tail.Count - 1 || !tail[prep].Word.Equals("for", StringComparison.OrdinalIgnoreCase)) return false;
        var phrase = tail.Skip(prep + 1).ToList();
        if (phrase.All(t => t.Tag is "NNP" or "NNPS") || (phrase.Count == 1 && phrase[0].Word.ToLowerInvariant() is "him" or "her" or "them" or "us" or "me")) return true;
        // "called for the Coast Guard and the agency to investigate": noun phrases joined by "and" are one subject of the infinitive.
        return ForInfinitiveTakers.Contains(prep > 0 ? tail[prep - 1].Word : verb) && phrase.All(t => (NounPhraseTags.Contains(t.Tag) && t.Tag != "IN") || t.Word == "and");
    }

    // How far a list of names is looked for after a comma.
    private const int MaxListTokens = 14;

    private static bool PurposeOpens(List<TextSpan> tokens, int k) =>
        (k + 1 < tokens.Count && tokens[k + 1].Text == "order" && k + 2 < tokens.Count && tokens[k + 2].Text == "to")
        || (k + 2 < tokens.Count && tokens[k + 1].Text is "a" or "an" && tokens[k + 2].Text is "bid" or "effort" or "attempt" or "move" or "push" or "drive");

    // The index of the last "to" infinitive's verb in the tail ("agreed to replace him"), else -1.
    // "to refer", "to repeatedly refer": the last infinitive's verb, a split infinitive's adverbs passed over (the tagger often
    // takes the verb after them for a present, "refer/VBP").
    private static int LastInfinitive(List<(string Word, string Tag, int End)> tail)
    {
        var v = tail.FindLastIndex(x => x.Tag is "VB" or "VBP");
        var k = v - 1;
        while (k >= 0 && tail[k].Tag == "RB") k--;
        return v >= 1 && k >= 0 && tail[k].Word == "to" ? v : -1;
    }

    // Words a converted sum or measure in brackets is written with, besides numbers ("15cm" is one) and currency names: currency
    // signs (a pound sign may come through as "#") and units of amount.
    private static readonly HashSet<string> SumWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "$", "£", "€", "¥", "#", "US$", "m", "bn", "million", "billion", "trillion", ";", ",", "or",
    };

    // How many tokens a converted sum or measure in brackets may take: "(£4.5m; 5.3bn euros)".
    private const int MaxSumTokens = 8;

    // At the opening bracket <paramref name="open"/>: only a sum (a number, the words of <see cref="SumWords"/>, currency names) up to the
    // closing bracket; the closing bracket's index, else -1.
    private static int ConvertedSumEnd(List<TextSpan> tokens, int open)
    {
        var number = false;
        for (var j = open + 1; j < tokens.Count && j <= open + MaxSumTokens; j++)
        {
            var w = tokens[j].Text;
            if (w == ")") return number ? j : -1;
            if (char.IsDigit(w[0])) number = true;
            else if (!SumWords.Contains(w) && !CurrencyNames.Contains(w)) return -1;
        }

        return -1;
    }

    private static bool IsAmount(string word) =>
        word.Any(char.IsDigit) || word.ToLowerInvariant() is "million" or "billion" or "trillion" or "bn" or "m";

    private static bool IsNumberPart(string word) => word.Length > 0 && (char.IsDigit(word[^1]) || word[^1] == ',') && word.Any(char.IsDigit);

    private static ResolvedMention? AppositiveName(List<TextSpan> tokens, int comma, IReadOnlyList<ResolvedMention> mentions)
    {
        if (comma + 1 >= tokens.Count) return null;
        var name = mentions.FirstOrDefault(m => m.Mention.Start == tokens[comma + 1].Start && !m.Mention.IsDemonym);
        if (name is null) return null;
        var after = tokens.FindIndex(comma + 1, t => t.Start >= name.Mention.End);
        return after < 0 || tokens[after].Text is "," or "." ? name : null;
    }

    // How many words a superlative may stand before the preposition of its reach ("the first good news in").
    private const int SuperlativeWords = 5;

    /// <summary>
    /// Whether the title so far ends on the preposition that gives a superlative its reach: "the worst flooding in", "the first
    /// good news in", "its highest level since", "the biggest loss for".
    /// </summary>
    internal static bool SuperlativeReach(List<(string Word, string Tag, int End)> tail)
    {
        if (tail.Count < 3 || tail[^1].Word.ToLowerInvariant() is not ("in" or "since" or "for" or "over")) return false;
        for (var j = tail.Count - 2; j >= Math.Max(1, tail.Count - 1 - SuperlativeWords); j--)
        {
            var (word, tag, _) = tail[j];
            if (tag.StartsWith("VB", StringComparison.Ordinal) || tag == "IN") return false;
            if ((tag is "JJS" or "RBS" || word.ToLowerInvariant() is "first" or "last" or "only") && tail[j - 1].Tag is "DT" or "PRP$" or "POS") return true;
        }

        return false;
    }
}
