using Timeline.Extract.Actors;
using Timeline.Extract.Text;
using Timeline.Extract.Text.Pos;
using Timeline.Extract.Time;
using Timeline.Model;

namespace Timeline.Extract.Events;

/// <summary>
/// Reads events from an article: a clause tells one when an actor it names (or a pronoun, an earlier event,
/// "both sides" it resolves) did, does or will do something the lexicon knows as an event, stated as fact or
/// plan. Opinions, bare statements, negated, hypothetical and habitual clauses, statistics, questions and
/// quotations are passed over. Each event gets its own date, actors, place, a headline built from the
/// clause and a confidence. Pure: text and earlier stages' records in, events out.
/// </summary>
public sealed class EventExtractor(TriggerLexicon lexicon)
{
    private readonly TriggerFinder _finder = new(lexicon);
    private readonly SubjectFinder _subjects = new(lexicon);

    public List<TimelineEvent> Extract(
        Article article, IReadOnlyList<Sentence> sentences, IReadOnlyList<Timex3> times, ArticleActors actors, CancellationToken cancellation = default)
    {
        var byId = actors.Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var bySentence = actors.Mentions.GroupBy(m => m.Sentence).ToDictionary(g => g.Key, g => g.ToList());
        var events = new List<ExtractedEvent>();
        var lead = new LeadDates(sentences.Count > 0 ? sentences[0].Paragraph : 0);
        var chronology = ChronologyArticle.Is(sentences);
        var opinion = OpinionPiece.Is(sentences);
        var retrospective = RetrospectiveArticle.Is(article.Body, sentences, times, article.Date);
        var colleagues = WriterColleagues.Find(sentences);
        var storyFirm = SubjectFinder.StoryFirm(actors.Mentions, byId);
        var nationalities = FirmNationality.Introduced(article.Body, actors.Mentions, byId);
        var happenings = DatedHappenings.Find(article.Body, times, article.Date);
        var lastParagraph = sentences.Count > 0 ? sentences[^1].Paragraph : 0;
        Sentence? before = null;
        int? recallPoint = null;
        var quotesPassed = 0;
        var recent = new Queue<int>();
        // Who each clause was about, told or not, in text order: "he" and "it" go on with the last one.
        var subjects = new List<(int Sentence, string Actor)>();
        foreach (var sentence in sentences)
        {
            cancellation.ThrowIfCancellationRequested();
            // A press release's closing "About <Company>" block describes the company; no happening is told from its heading on.
            if (!lead.InLead(sentence.Paragraph) && CompanyBoilerplate.IsHeading(sentence.Text)) break;
            // A closing note on the writer ("Ida Berg is based in Aarhus ...") and the career it goes on with tell no happening.
            if (!lead.InLead(sentence.Paragraph) && lastParagraph - sentence.Paragraph < AuthorNote.LastParagraphs && AuthorNote.Opens(sentence.Text)) break;
            var storyFrom = before is { } b && b.Paragraph == sentence.Paragraph ? b.Start : sentence.Start;
            var recallFrom = recallPoint ?? sentence.Start;
            // A quotation between them does not move the story's time: "In 2006 the council fined it. "The tool failed," it said.
            // A year earlier, ..." still counts from 2006.
            var quoted = OpensQuotation(sentence.Text) && recallPoint is not null && quotesPassed < MaxQuotesPassed;
            quotesPassed = quoted ? quotesPassed + 1 : 0;
            recallPoint = quoted ? recallPoint : sentence.Start;
            // A paragraph opening right after a one-paragraph-back sentence that is not a quotation may go on at its time.
            var carryFrom = before is { } p && p.Paragraph == sentence.Paragraph - 1 && !OpensQuotation(p.Text) ? p.Start : -1;
            var prior = before;
            before = sentence;
            // Where the sentences that may set the story's era begin.
            // A feature that opens in an earlier era keeps to it for as long as no newer time ends it, however many sentences on.
            var eraFrom = retrospective ? sentences[0].Start : recent.Count > 0 ? recent.Peek() : sentence.Start;
            recent.Enqueue(sentence.Start);
            if (recent.Count > BackgroundEra.Sentences) recent.Dequeue();
            if (!HappeningScreen.MayTellEvent(sentence.Text)) continue;
            // "The report makes five findings: • Maersk cut corners": an item of a counted list of findings is someone's finding.
            if (CountedClaimsList.Holds(article.Body, sentences, sentence)) continue;
            var previous = bySentence.GetValueOrDefault(sentence.Index - 1) ?? [];
            var own = bySentence.GetValueOrDefault(sentence.Index) ?? [];
            foreach (var clause in ClauseSplitter.Split(sentence))
            {
                var reading = new ClauseInput(article, sentence, clause, times, own, previous, byId, storyFrom, recallFrom, lead, carryFrom, eraFrom, chronology, opinion, colleagues, storyFirm, nationalities, happenings, retrospective,
                    prior is null || prior.Paragraph < sentence.Paragraph - 1 ? null : OpeningPronoun(prior.Text));
                if (Read(reading, events, subjects) is { } e) events.Add(e);
            }
        }

        // "Nick Clegg has warned of ... megaphone diplomacy" above "Nick Clegg today warned that ...": the lead's day for the verb
        // dates the standfirst's telling of the same news, which had no time of its own. Where the lead's clause is an event too, the
        // two merge as restatements, and the merged one keeps the lead's time as written.
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] is { DatedByText: false, Event.Status: EventStatus.Happened } e && lead.InLead(e.Paragraph) && e.Event.Actors.Count > 0 && lead.Retold(e.Lemma, e.Sentence, e.Event.Actors[0]) is { } day
                && !events.Exists(o => o.Lemma == e.Lemma && o.Sentence > e.Sentence))
            {
                events[i] = e with { Event = e.Event with { Date = day }, DatedByText = true };
            }
        }

        return [.. RestatementMerger.Merge(events).Select(e => e.Event)];
    }

    private sealed record ClauseInput(Article Article, Sentence Sentence, TextSpan Clause, IReadOnlyList<Timex3> Times,
        List<ResolvedMention> Mentions, List<ResolvedMention> PreviousMentions, Dictionary<string, Actor> Actors, int StoryFrom, int RecallFrom, LeadDates Lead, int CarryFrom, int EraFrom, bool Chronology, bool Opinion, HashSet<string> Colleagues, string? StoryFirm,
        IReadOnlyDictionary<string, string> FirmNationalities, DatedHappenings Happenings, bool Retrospective, string? PreviousOpener);

    private ExtractedEvent? Read(ClauseInput input, List<ExtractedEvent> earlier, List<(int Sentence, string Actor)> subjects)
    {
        var (article, sentence, clause, byId) = (input.Article, input.Sentence, input.Clause, input.Actors);
        // "BP, which owns the well, agreed to pay": the clause is read without the relative clause that interrupts it.
        var (tokens, inserted) = RelativeInsertion.Without(Tokenizer.Tokenize(clause.Text, clause.Start));
        if (inserted.Count > 0) input = input with { Times = [.. input.Times.Where(t => !inserted.Exists(r => t.Start >= r.Start && t.End <= r.End))] };
        if (tokens.Count == 0 || HappeningScreen.IsBackground(clause.Text)) return null;
        var mentions = input.Mentions.Where(m => m.Mention.Start >= clause.Start && m.Mention.End <= clause.End).ToList();
        var inName = tokens.Select(t => mentions.Exists(m => !m.Mention.IsDemonym && t.Start >= m.Mention.Start && t.Start < m.Mention.End)).ToArray();
        var words = tokens.Select(t => t.Text).ToList();
        bool TimeAt(int k) => input.Times.Any(t => t.Start <= tokens[k].Start && tokens[k].Start < t.End);
        // A word of a time expression is never a verb, whatever the tagger says ("BP will tomorrow/VB unveil").
        var tags = PosTagger.Default.Tag(words).Select((t, k) => t.StartsWith("VB", StringComparison.Ordinal) && TimeAt(k) ? "NN" : t).ToList();
        MainVerbTags.Repair(words, tags, sentence.Text.TrimEnd().TrimEnd('"', '”').EndsWith('.'));
        MainVerbTags.RepairCoordinated(words, tags);
        MainVerbTags.RepairPerfect(words, tags);
        MainVerbTags.RepairActiveWithObject(words, tags);
        // "When Holm took office, he inherited a debt": the verb of an opening "when" clause is background; the main clause tells.
        var mainFrom = OpeningWhen.Length(clause.Text) is var opening and > 0 ? Math.Max(0, tokens.FindIndex(t => t.Start >= clause.Start + opening)) : 0;
        var passOver = inName.Select((n, k) => n || k < mainFrom).ToArray();
        var found = _finder.Find(tokens, k => passOver[k]);
        // "Holm's forces retook the port": a form the lexicon also knows as a verb ("forces") that the tagger reads as a noun of
        // the subject, before any verb of the clause, is not the clause's verb; the search goes on past it.
        for (var passed = 0; found is { IsStatement: false } noun && noun.Token == noun.Verb && tags[noun.Verb].StartsWith("NN", StringComparison.Ordinal)
            && !tags.Take(noun.Token).Any(t => t.StartsWith("VB", StringComparison.Ordinal) || t == "MD") && passed < 3; passed++)
        {
            passOver[noun.Token] = true;
            found = _finder.Find(tokens, k => passOver[k]);
        }

        // "Lehman filed for bankruptcy, after talks to rescue the bank collapsed": an infinitive right after a noun is that noun's
        // complement ("talks to rescue", "efforts to stop"), not the clause's verb; the finite verb before it is. So is one after a
        // name or a time, the purpose of what the clause tells ("returned to Egypt on Thursday to join the protests"), and one after
        // a quoted noun ("invoked a "systemic risk exception" to protect depositors").
        if (found is { IsStatement: false } infinitive && infinitive.Token == infinitive.Verb && infinitive.Token >= 2 && tags[infinitive.Token] == "VB"
            && words[infinitive.Token - 1].Equals("to", StringComparison.OrdinalIgnoreCase) && NounEndsBefore(words, tags, infinitive.Token - 1) is var nounEnd and >= 0
            && AnyVerb(words, tags, passOver, -1, nounEnd, TimeAt) is { } finite) found = finite;
        // "Qantas grounded its fleet after an engine blew apart": a verb the lexicon knows in a clause of its own, after the
        // main clause's finite verb, is not the sentence's happening; the main clause's verb is, whether the lexicon knows it or not.
        // Not where the main verb has nothing after it but a time ("He watched as the slick closed in", "Obama emerged after the
        // meeting"): a verb of looking on or turning up frames the happening that the clause after it tells.
        if (found is { IsStatement: false } inner && inner.Token == inner.Verb && MainVerbBefore(words, tags, passOver, mainFrom, inner.Token, TimeAt) is { } main) found = main;
        // "Dobrindt ordered tests of all Vell models sold in Norway": a verb the lexicon knows in a participle that says which of
        // the object's nouns is not the happening; the finite verb whose object holds it is.
        if (found is { IsStatement: false } participle && participle.Token == participle.Verb
            && AnyVerb(words, tags, passOver, mainFrom - 1, participle.Token - 1, TimeAt) is { } owner && tags[owner.Verb] is "VBD" or "VBZ" or "VBP"
            && MainVerbTags.IsReducedRelative(words, tags, owner.Verb, participle.Token)) found = owner;
        // "The House passed the bill by 237 votes to 170": a verb that acts by its object ("passed the bill") is the clause's verb
        // as a verb of the lexicon would be; a noun after it ("votes") is not the happening.
        if (found is { IsStatement: false } nounAfter && tags[nounAfter.Token].StartsWith("NN", StringComparison.Ordinal))
        {
            var k = Enumerable.Range(mainFrom, Math.Max(0, nounAfter.Token - mainFrom)).FirstOrDefault(j => !passOver[j] && tags[j] is "VBD" or "VBZ" or "VBP" or "VBN" && ActingObject.Holds(words, tags, j), -1);
            if (k >= 0 && AnyVerb(words, tags, passOver, k - 1, k + 1, TimeAt) is { } acting) found = acting;
        }

        // "The court ruled that the Constitution guarantees ...": a decision with what it decides after it is the happening; a verb
        // inside what it decides is its content, not the clause's happening.
        if (found is { } decided && Ruling.Find(words, tags, passOver, mainFrom, decided.Token, TimeAt) is var ruling and >= 0
            && AnyVerb(words, tags, passOver, ruling - 1, ruling + 1, TimeAt) is { } ruled) found = ruled;
        // "A jury found Holm guilty of fraud": a verdict is the happening, though the lexicon knows no "find"; a word of the charge
        // after it ("guilty of murder") is what it is about, and a saying after it ("..., prosecutors said") reports it.
        if (Verdict.Find(words, tags, passOver, mainFrom, found?.Token ?? words.Count) is var verdict and >= 0
            && AnyVerb(words, tags, passOver, verdict - 1, verdict + 1, TimeAt) is { } judged) found = judged;
        // "declared a state of emergency", "declared war on Iraq": a declaration with a noun as its object is an act, not a statement.
        if (found is { IsStatement: true } declared && ActingObject.Holds(words, tags, declared.Token)) found = declared with { IsStatement = false };
        // "Cameron announced on Friday that he would resign": a verb of making something known with a "that" clause after it, past
        // a time, reports what the clause says, as "said" does; "announced a plan" stays the act.
        if (found is { IsStatement: false } disclosed && disclosed.Token == disclosed.Verb && Disclosures.Contains(disclosed.Word.Lemma)
            && ThatFollows(words, tags, disclosed.Token + 1, TimeAt)) found = disclosed with { IsStatement = true };
        if (found is null or { IsStatement: true })
        {
            var statement = found;
            found = AnyVerb(words, tags, passOver, statement?.Token ?? -1, words.Count, TimeAt);
            // "BP paid $1bn into the fund, the company said": the saying comes after the clause it reports, so the happening's
            // verb stands before the comma that opens the attribution.
            if (found is null && statement is { } s && PostposedAttribution.CommaBefore(words, tags, s.Token) is var comma and > 0)
                found = AnyVerb(words, tags, passOver, -1, comma, TimeAt);
        }

        if (found is not { } trigger) return null;
        var triggerToken = tokens[trigger.Token];
        if (HappeningScreen.InQuotation(sentence.Text, triggerToken.Start - sentence.Start)) return null;
        var verb = AuxiliaryOf(words, tags, trigger.Verb, trigger.Token);
        if (verb != trigger.Verb) tags[verb] = "VBN";
        if (!tags[verb].StartsWith("VB", StringComparison.Ordinal)) return null;
        if (Misconduct.IsCharge(words, verb)) return null;
        // "Holm deserved all the criticism", "the attack warranted a response": an event noun after a verb of deserving is a
        // judgement of what ought to happen, not a happening.
        if (trigger.Token != trigger.Verb && VerbLemma.Candidates(words[verb].ToLowerInvariant()).Any(l => l is "deserve" or "merit" or "warrant")) return null;

        var report = ReportedSpeech.Find(words, tags, lexicon, verb);
        // "Farmers allege that BP dumped waste": a claim is reported, not a happening.
        if (report is { IsClaim: true }) return null;
        var regionStart = report is { } r && r.Index < verb ? r.ComplementStart : mainFrom;
        // "said on Monday it would pay", "said today it had": the day of the saying stands before the reported clause.
        // "said that on Thursday, BP ordered": a time set off by its comma opens the reported clause itself.
        if (regionStart > 0 && TimePhrase.Skip(regionStart, verb, k => words[k], TimeAt) is var afterTime && afterTime < verb && words[afterTime] != ",") regionStart = afterTime;
        var regionEnd = report is { } r2 && r2.Index > verb ? Math.Min(r2.SpeakerStart, r2.Index) : tokens.Count;
        if (regionEnd <= verb) regionEnd = tokens.Count;
        var group = VerbGroupReader.Read(words, tags, verb, report is { IsPast: true }, TimeAt);
        if (group.Negated || NegatedObject.Follows(words, tags, group.Verb) || group.Mood is VerbMood.Present or VerbMood.Hypothetical or VerbMood.NonFinite) return null;
        // "Cooper testified that Holm had given him the drug", "prosecutors said Holm abandoned him": one side's account in a case.
        if (report is { IsCaseArgument: true } && group.Mood is not VerbMood.Planned) return null;
        // "Dr Murray said Michael took the medicine himself, but the jury decided that he'd given the dose": an account the same
        // sentence goes on to say a jury or a court found against is a side's, overruled.
        if (report is not null && CaseArgument.Overruled(sentence.Text, clause.End - sentence.Start)) return null;
        if (group.Start < regionStart) return null;
        if (group.Mood is VerbMood.Planned && ContingentPlan.Holds(words, regionStart, group.Start, group.Verb, regionEnd)) return null;
        if (group.Mood is VerbMood.Planned && report is { } rated && rated.Index < verb && ForecastFrame.Holds(words, rated.Index, rated.ComplementStart)) return null;
        if (ForecastFrame.WarnsOfPossibility(words, tags, group.Verb, regionEnd)) return null;
        if (group is { Mood: VerbMood.Planned, Passive: true } && ForecastFrame.ForeseesAttitude(words, group.Verb)) return null;
        if (HabitualAdverb.Marks(words, regionStart, group.Verb) || HabitualAdverb.Counts(words, group.Verb, regionEnd)
            || HabitualAdverb.RepeatsUpToNow(words, group.Start, group.Verb)) return null;
        if (JudgingAdverb.Marks(words, group.Start, group.Verb)) return null;
        // In reported speech, a time outside the reported clause dates the saying, not the event ("said on Tuesday that she would visit").
        var (from, to) = (tokens[regionStart].Start, tokens[regionEnd - 1].Start + tokens[regionEnd - 1].Length);
        var ownTimes = report is null ? input.Times : [.. input.Times.Where(t => t.End <= clause.Start || t.Start >= clause.End || (t.Start >= from && t.End <= to))];
        var lemma = trigger.Word.Lemma;
        var told = trigger.IsPast && !trigger.IsPerfect && group.Mood is not VerbMood.Planned;
        // Whoever the lead's clause names, its verb and day date what later paragraphs retell.
        if (told && input.Lead.InLead(sentence.Paragraph)) input.Lead.Note(lemma, EventDating.Own(clause.Text, clause.Start, triggerToken.Start, ownTimes, article.Date), sentence.Index, article.Date);

        // The subject of an opening "when" clause is whom the main clause's "he" or "it" may stand for ("When Holm took office, he
        // ..."); a name after its verb is not ("When the doctor took money from Holm, he ...").
        var mainStart = mainFrom > 0 && tags.Take(mainFrom).ToList().FindIndex(t => t.StartsWith("VB", StringComparison.Ordinal)) is var whenVerb and > 0
            ? tokens[whenVerb].Start : clause.Start;
        var context = new SubjectContext
        {
            // "the Holm government may fall. He said ...": a leader's name before a noun of their rule is no one "he" stands for.
            RecentPersons = Persons(input.PreviousMentions.Concat(input.Mentions.Where(m => m.Mention.Start < mainStart))
                .Where(m => !LeaderAsModifier.Modifies(article.Body, m.Mention.End)), byId).ToList(),
            RecentOrganisations = Of(ActorKind.Organisation, input.PreviousMentions, byId).Concat(Of(ActorKind.Organisation, input.Mentions.Where(m => m.Mention.Start < mainStart), byId)).ToList(),
            EarlierEvents = [.. earlier.Select(e => (e.Lemma, e.Event.Actors))],
            RecentCountries = Of(ActorKind.Country, input.PreviousMentions, byId).Concat(Of(ActorKind.Country, input.Mentions.Where(m => m.Mention.Start < mainStart), byId)).ToList(),
            // A clause whose happening is not told ("The firm is still counting the cost.") still says who "It" in the next one is.
            PreviousSubject = subjects.Count > 0 && sentence.Index - subjects[^1].Sentence <= 1 ? subjects[^1].Actor : null,
            UnresolvedOpener = input.PreviousOpener is { } opener && !(subjects.Count > 0 && subjects[^1].Sentence == sentence.Index - 1)
                ? (opener, Persons(input.PreviousMentions, byId).ToList()) : null,
            StoryFirm = input.StoryFirm,
            FirmNationalities = input.FirmNationalities,
        };
        // The speaker is read in the same context ("He said he would ..." continues with whoever acted before); when the words
        // before the reporting verb are more than a noun phrase ("Yesterday, Maersk's chairman Lars Holm said"), the name right before it.
        var speaker = report is { } sp
            // "Prosecutors say Murray gave Jackson the dose": unnamed agents of the law who speak are no source a reader can follow.
            ? (_subjects.Find(tokens, tags, sp.SpeakerStart, sp.SpeakerEnd, mentions, byId, context, TimeAt) is { Kind: not SubjectKind.Authority } namedSpeaker ? namedSpeaker : null)
                ?? SpeakerName.Nearest(tokens, tags, sp.SpeakerStart, sp.SpeakerEnd, mentions, byId, TimeAt)
                ?? (SpeakerName.OpenedPronoun(tokens, tags, sp.SpeakerStart, sp.SpeakerEnd) is var opened and >= 0
                    ? _subjects.Find(tokens, tags, opened, opened + 1, mentions, byId, context, TimeAt)
                    : null)
            : null;
        // "It is undergoing tests, a Coast Guard spokeswoman said", "He will step down, Maersk said": a speaker named after the
        // clause is what its "it" stands for only when that speaker is the body itself ("It will cut 500 jobs, the company said").
        if (report is { } preposed && preposed.Index < verb) context = context with { Speaker = speaker, Reported = preposed.SpeakerEnd > preposed.SpeakerStart };
        else if (speaker is { Kind: SubjectKind.Named or SubjectKind.Pronoun, ActorIds: [{ } speakingBody] } && byId[speakingBody].Kind != ActorKind.Person) context = context with { Speaker = speaker };

        if (_subjects.Find(tokens, tags, regionStart, group.Start, mentions, byId, context, TimeAt) is not { } subject) return null;
        // "How long Holm will spend behind bars is up to the judge", "said how much it would pay": a clause a question word opens
        // asks, or is the subject or object of another verb; it states no happening.
        if (subject.Token > regionStart && QuestionWords.Contains(words[regionStart])) return null;
        // "It is to be held at the California Theater": the happening just told, not the body before it, and no one's act.
        if (subject.Kind == SubjectKind.Pronoun && HappeningPassive.Holds(words, regionStart, group, lemma)) return null;
        // "The storm is expected to hit Aarhus": what a disaster will do is a forecast; "the quake measured 7.0" no impact.
        if (subject.Kind == SubjectKind.Hazard && (group.Mood != VerbMood.Happened || group.Passive || !Hazard.Strikes(words[group.Verb], trigger.Token != trigger.Verb ? lemma : null))) return null;
        if (subject.ActorIds.Count > 0) subjects.Add((sentence.Index, subject.ActorIds[0]));
        if (told && input.Lead.InLead(sentence.Paragraph)) input.Lead.NoteSubject(lemma, sentence.Index, subject.ActorIds);
        // "Ida has just arrived at the hearing": the writer's colleague at work is the blog talking about itself.
        if (subject.ActorIds.Count > 0 && subject.ActorIds.TrueForAll(id => input.Colleagues.Contains(byId[id].Name))) return null;
        // "Ida Berg declared that parliament will pass the bill": one person's pledge of what another will do is no plan of theirs.
        if (group.Mood is VerbMood.Planned && report is { } pledged && pledged.Index < verb
            && OthersPledge.Holds(words[pledged.Index], speaker?.ActorIds, subject.Kind == SubjectKind.Pronoun ? null : subject.ActorIds)) return null;
        var personActs = subject.ActorIds.Count > 0 && byId[subject.ActorIds[0]].Kind == ActorKind.Person;
        if (StatedView.IsView(words, group.Verb, personActs, k => k < inName.Length && inName[k])) return null;
        if (DescribedState.Holds(words, group.Verb, regionEnd)) return null;
        if (EnduringVerb.Holds(words, group.Verb)) return null;
        // The clause's own time is looked for only where the rest of the pattern holds: most clauses are no career.
        if (CareerPerfect.Holds(words, group.Verb, group.PresentPerfect)
            && EventDating.Own(clause.Text, clause.Start, triggerToken.Start, ownTimes, article.Date) is null) return null;
        if (AnnouncementFormula.Holds(words, group.Verb, regionEnd)) return null;
        if (report is null && WriterAside.IsAside(words, tags, k => HappeningScreen.InQuotation(sentence.Text, tokens[k].Start - sentence.Start))) return null;
        if (WriterAside.AddressesReader(sentence.Text)) return null;
        if (Statistics.IsStatistic(words, tags, trigger.Word.Lemma, group.Verb, regionEnd)) return null;
        if (CumulativeOutlay.Holds(words, group.Verb, regionEnd)) return null;

        var body = tokens.Take(regionEnd).ToList();
        // "its third-quarter results", "the Clean Water Act of 1990", "the 1990 law", "on the morning of his death", "spent the day": the
        // period of a figure, the year of a name, a year that says which noun, a part of a day a happening names and a stretch of time
        // a verb takes as its object are words of the headline, not times it leaves out.
        var headlineTimes = input.Times.Where(t => !OwnTimeFilter.NamesFigurePeriod(sentence.Text, sentence.Start, t)
            && !OwnTimeFilter.InTitleOfName(sentence.Text, sentence.Start, t) && !OwnTimeFilter.ModifiesNoun(sentence.Text, sentence.Start, t)
            && !OwnTimeFilter.InCompoundWord(sentence.Text, sentence.Start, t) && !OwnTimeFilter.NamedByHappening(sentence.Text, sentence.Start, t)
            && !OwnTimeFilter.ObjectOfVerb(article.Body, tokens[group.Verb].Start + tokens[group.Verb].Length, t)).ToList();
        if (HeadlineBuilder.Build(body, tags, subject, group, headlineTimes, mentions, byId, sentence.Text[Math.Min(sentence.Text.Length, clause.Start - sentence.Start + clause.Text.Length)..]) is not { } headline) return null;
        // "hailed the news": an object picked up from the sentence before does not stand alone; "a hearing [on the issue]" is
        // told without its shell phrase, "the quarry" by the name the article gave it ("the Torrey Canyon quarry"), "the inquiry"
        // with what the article said it was into.
        var earlierText = article.Body[..Math.Min(sentence.Start, article.Body.Length)];
        var named = LocalReference.Named(LocalReference.WithoutShellEnd(headline.Title, tokens[group.Verb].Text), earlierText);
        // "copied the map" after "a map of the slick's spread": told as it was introduced, the object no longer points back.
        var introduced = IntroducedPhrase.Fuller(named, tokens[group.Verb].Text, earlierText, article.Body);
        if (introduced == named && LocalReference.PointsBack(named, tokens[group.Verb].Text, article.Body)) return null;
        named = introduced;
        headline = headline with { Title = named };
        // "BP axed him": the one person the sentences name besides the subject, else the title does not stand alone.
        var titleWords = headline.Title.Split(' ');
        string? referent = null;
        if (ObjectPronoun.Find(titleWords, tokens[group.Verb].Text) is var pronoun and >= 0)
        {
            // "stripped Lance Holm of his titles and banned him for life": a person the clause names before the verb, past its subject, is one too.
            if ((referent = ObjectPronoun.Referent(context.RecentPersons.Concat(Persons(mentions.Where(m => m.Mention.End <= tokens[group.Start].Start), byId)),
                subject.ActorIds, Tokenizer.Tokenize(sentence.Text).Select(t => t.Text),
                id => !GivenNameSex.Contradicts(titleWords[pronoun], byId[id].Name))) is null) return null;
            titleWords[pronoun] = byId[referent].Name;
            headline = headline with { Title = string.Join(' ', titleWords) };
            if (HeadlineRules.Check(headline.Title).Count > 0) return null;
        }

        // "urged them to wait", "compared it to a hose": a thing or a group only an earlier sentence named.
        if (ObjectPronoun.ThingPointsBack(titleWords, tokens[group.Verb].Text)) return null;
        // "Mexican officials have denied it came from pigs": a thing only an earlier sentence named, which the title cannot show.
        if (ObjectPronoun.ClauseSubjectPointsBack(titleWords, tokens[group.Verb].Text,
            subject.ActorIds is [{ } alone] && byId[alone].Kind == ActorKind.Person && subject.Kind is SubjectKind.Named or SubjectKind.Pronoun, subject.Display)) return null;

        // "Hayward has taken the company into tar sands": which company is meant is in another sentence; a company's own
        // title ("A BP spokesman denied the company needed a plan") reads well as it is.
        var subjectWords = subject.Display.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (ObjectCompany.Find(titleWords, subjectWords) >= 0 && !subject.ActorIds.Exists(id => byId[id].Kind == ActorKind.Organisation)) return null;

        // "BP had turned down his offer": a person pronoun cannot stand for a company, a country or a body; nor for a group or a
        // body the subject names by a common noun ("Saudi authorities are tracking down people who had contact with her"), though
        // "BP's chief executive defended his decision" is one person.
        // Nor can it stand for the unnamed agents of the law in the plural ("Police have interviewed his personal physician").
        if ((((subject.Kind != SubjectKind.Common || ObjectPronoun.NoPersonHead(subject.Display)) && subject.ActorIds.Count > 0
                && byId[subject.ActorIds[0]].Kind is ActorKind.Organisation or ActorKind.Country or ActorKind.Place)
            || (subject.Kind == SubjectKind.Authority && ObjectPronoun.NoPersonHead(subject.Display)))
            && ObjectPronoun.Stranded(titleWords, subjectWords, PersonWords(context.RecentPersons.Concat(Persons(mentions, byId)), byId))) return null;

        // "He was photographed at the race" opening the paragraph after one that named him with its day goes on at that day.
        // So does the paragraph after the lede that names again an actor the lede named with its day ("the WHO moved closer on
        // Monday to declaring a pandemic.\n\nThe WHO raised its alert level"): the inverted pyramid's second paragraph tells the
        // lede's news in detail; later paragraphs that name an actor again turn to other times as often as not.
        // A perfect ("He has often referred to", "it had anticipated") tells no happening of that day.
        var carry = input.CarryFrom >= 0 && (subject.Kind == SubjectKind.Pronoun || (subject.Kind == SubjectKind.Named && input.Lead.InLead(sentence.Paragraph))) && subject.ActorIds.Count > 0 && !group.PresentPerfect && !group.PastPerfect
            && subject.ActorIds.TrueForAll(id => input.PreviousMentions.Exists(m => m.ActorId == id)) ? input.CarryFrom : -1;
        var link = new NarrativeLink(sentence.Paragraph, sentence.Index, subject.ActorIds, input.StoryFrom, input.RecallFrom, subject.Kind == SubjectKind.Pronoun, carry);
        var (date, byText) = EventDating.Date(clause.Text, clause.Start, triggerToken.Start, trigger, ownTimes, article.Date, earlier, link, input.Happenings, article.Body, article.Stamped);
        // "Mitchell Wiener, 55, died after being admitted ...": the lead told this verb's happening with its day ("died on Sunday").
        if (!byText && told && input.Lead.For(lemma, sentence.Index) is { } retold) (date, byText) = (retold, true);
        // "Svanberg said yesterday that Hayward had been relieved": what was reported had happened by the day it was said.
        if (!byText && report is { } saying && group.Mood is not VerbMood.Planned
            && EventDating.SaidBy(clause.Text, clause.Start, tokens[saying.Index].Start, input.Times.Except(ownTimes), article.Date) is { } bound) date = bound;
        // "The State Department sent letters two weeks after the accident": the text dates the happening from another one,
        // which this clause does not date; "on or before the article date" would hide the time the text gives.
        // "The earthquake destroyed the palace", "Hurricane Ada flooded Aarhus": a disaster the reader already knows, by a definite
        // phrase or its name, retold with no time of its own is the story's background, not its news of the day.
        if (!byText && subject.Kind == SubjectKind.Hazard && Hazard.Known(words[subject.Token], tags[subject.Token])) return null;
        if (!byText && CountedFromHappening.In(clause.Text, clause.Start, triggerToken.Start, at => input.Times.Any(t => t.Start <= at && at < t.End))) return null;
        // "BP had leased the rig", "Egypt had culled thousands of birds": outside reported speech, the past perfect tells what
        // came before the story's own time, its background; with no time of its own it cannot be placed on the timeline.
        if (group.PastPerfect && report is null && !byText) return null;
        // "He covered the telecommunications sector for three years": a career or a lasting state, not a dated happening.
        if (!byText && group.Mood is not VerbMood.Planned && HappeningScreen.SpansYears(clause.Text)) return null;
        // "BP was criticised for not sharing its data": a reproach in the passive with no one who made it and no time of its own.
        if (!byText && group.Passive && UnnamedJudge.Holds(lemma, words, tags, group.Verb, words.Count)) return null;
        // "BP was leasing the rig", "He was cleaning his car", "Libya was stalling on a deal": told by the writer, a past
        // progressive sets the scene or the background of another happening; reported ("said it was raising the alert
        // level"), it is the speaker's news of what is under way. So is its passive ("was being treated with a drug").
        if (report is null && words.Skip(group.Start).Take(group.Verb - group.Start).Any(w => w is "was" or "were")
            && (tags[group.Verb] == "VBG" || words.Skip(group.Start).Take(group.Verb - group.Start).Contains("being", StringComparer.OrdinalIgnoreCase))) return null;
        var auxiliaries = words.Skip(group.Start).Take(group.Verb - group.Start).Select(w => w.ToLowerInvariant()).ToList();
        // "Jackson died on 25 June" in a 9 June article: a past verb tells the 25 June before, not the one to come, unless the
        // time belongs to a verb to come ("would pay on July 30", "was called to testify on June 17").
        var verbEnd = tokens[group.Verb].Start + tokens[group.Verb].Length - clause.Start;
        var toCome = group.ReportedFuture || auxiliaries.Exists(w => w is "will" or "would" or "shall" or "'ll" or "to")
            || TenseDates.TimesVerbToCome(clause.Text, verbEnd, date.Text ?? "");
        if (told && byText && !toCome && article.Date is { } writtenAt) date = TenseDates.Back(date, writtenAt);
        // "Lars Holm has been summoned for talks on Wednesday", "has pleaded not guilty to the killing in June 2009": a present
        // perfect takes no time gone by; the time is another happening's.
        if (byText && !toCome && group is { Mood: VerbMood.Happened, PresentPerfect: true } && TenseDates.PastTimeOfPerfect(date, article.Date, TenseDates.ModifiesVerb(clause.Text, tokens[group.Start].Start - clause.Start, verbEnd, date.Text))) (date, byText) = (EventDating.Reported(article.Date), false);
        var status = group.Mood switch
        {
            VerbMood.Planned => EventStatus.Planned,
            VerbMood.Ongoing => EventStatus.Ongoing,
            _ when date.Planned || (article.Date is { } ad && date.Start > ad && date.Relation == DateRelation.On) => EventStatus.Planned,
            _ => EventStatus.Happened,
        };
        // "The firm will pay up", "The agency is failing us": in a letter or a column, what the writer says is under way or to come,
        // with no time of its own, is the writer's view or prediction, not a happening or someone's plan.
        if (input.Opinion && report is null && !byText && status is EventStatus.Planned or EventStatus.Ongoing) return null;
        if (status == EventStatus.Planned && !date.Planned) date = date with { Planned = true };
        // "ordered rig owners to re-examine their safety equipment after the April 20 explosion": what happened after a day happened
        // by the article's day too; the span ends there, not in an open future.
        if (status == EventStatus.Happened && date is { Relation: DateRelation.After, End: null, Start: { } after } && article.Date is { } by && after <= by) date = date with { End = by };
        // "In 1971 the yard built its first ferry. ... He ordered a second one": told in the past with no time of its own after sentences set in
        // an earlier era, the happening belongs to that era; "on or before the article date" would place it among the news.
        if (!byText && told && report is null && status == EventStatus.Happened
            && BackgroundEra.Holds(article.Body, input.Times, input.EraFrom, clause.Start, article.Date, clause.Text,
                earlier.LastOrDefault(e => e.DatedByText && (input.Retrospective || sentence.Index - e.Sentence <= BackgroundEra.Sentences))?.Event.Date, input.Retrospective)) return null;
        // "Wes Holm, now at the Aarhus Institute, took samples": what the person has become since says the act was done before.
        if (!byText && told && report is null && status == EventStatus.Happened && personActs && subject.Kind == SubjectKind.Named
            && subject.Token + 1 < group.Start && NowAppositive.Sets(sentence.Text[(tokens[subject.Token].End - sentence.Start)..(tokens[group.Start].Start - sentence.Start)])) return null;
        // "Feinberg previously oversaw the 9/11 fund": what was done before the story is the record of whom it is about.
        if (!byText && status == EventStatus.Happened && PriorAdverb.Marks(words, regionStart, group.Start, group.Verb)) return null;
        if (status == EventStatus.Planned && byText && article.Date is { } writtenOn)
        {
            date = TenseDates.Forward(date, writtenOn, pastPlan: auxiliaries.Exists(w => w is "was" or "were" or "had"));
        }

        // "He was to be paid $150,000 a month", "Maersk was to pay him 2 million kroner": told by the writer with no time of its
        // own, a plan seen from the past says what had been arranged, or what came later, on no day the text gives; it is no plan
        // still to come after the article. Reported ("said it was to sell fields") it is the speaker's plan, and with a time
        // ("was to depart on June 13") a dated one.
        // "was due to hold talks", "was preparing to deploy" say what was set or under way on the story's day: only "was to" is read so.
        if (status == EventStatus.Planned && !byText && report is null && auxiliaries.FindIndex(w => w is "was" or "were") is var was and >= 0
            && was + 1 < auxiliaries.Count && auxiliaries[was + 1] == "to") return null;
        // A plan the text gives no date for lies after the article, on no day the text names.
        if (status == EventStatus.Planned && !byText && article.Date is { } published)
        {
            // "The firm plans to cap the well" as an entry of a chronology is a plan of that entry's day, which the text does not give.
            if (input.Chronology) return null;
            date = report is { } planSaid && planSaid.Index < verb
                && EventDating.PlannedAfterSaying(clause.Text, clause.Start, tokens[planSaid.Index].Start, input.Times.Except(ownTimes), article.Date) is { } afterSaying
                ? afterSaying
                : date with { Relation = DateRelation.After, Start = published, End = null, Approximate = true };
        }

        // The first token past the title, or -1 when the title runs to the clause's end.
        var pastTitle = tokens.FindIndex(t => t.Start >= headline.End);
        // "urged the Egyptian government", "summoned the Danish ambassador": a demonym before an organ of the state is that state.
        var objects = mentions.Where(m => m.Mention.Start > tokens[group.Verb].Start && m.Mention.Start < headline.End
            && byId[m.ActorId].Kind is not (ActorKind.Place or ActorKind.NotAnActor) && !EventParticipants.Locative(clause, m, byId[m.ActorId])
            && !EventParticipants.InFeatureName(clause, m.Mention.Start)
            && (m.Mention.IsDemonym
                ? byId[m.ActorId].Kind == ActorKind.Country && SubjectFinder.NamesState(tokens, tags, m.Mention.End)
                : !(byId[m.ActorId].Kind == ActorKind.Country && (MotionEndpoint.Is(clause, m.Mention.Start) || EventParticipants.Attributive(tokens, tags, m.Mention.End)
                    || EventParticipants.QualifiesName(tokens, m.Mention.End, mentions, byId) || EventParticipants.TopicOfEstimate(clause, m.Mention.Start))))).Select(m => m.ActorId)
            // "Ida Berg presented the prime minister with a gift": the one person the article names with that office.
            .Concat(RoleHolder.Within(words, group.Verb + 1, pastTitle >= 0 ? pastTitle : tokens.Count, byId));
        // "He has outspent Bush": a pronoun never stands for a name its own clause goes on to give, so it was read wrong.
        if (subject.Kind == SubjectKind.Pronoun && objects.Any(subject.ActorIds.Contains)) return null;
        // "A spokeswoman for Maersk said ...": a speaker the text names only by the body they speak for gives that body as the source.
        var speakerIds = speaker?.ActorIds ?? (report is { } unnamed && SpokespersonBody.Find(tokens, tags, unnamed.SpeakerStart, unnamed.SpeakerEnd, mentions, byId) is { } spokenFor ? [spokenFor] : null);
        // "Maersk spokeswoman Ida Berg said Holm had resigned": a named spokesperson only carries the word of the body they speak for.
        if (report is { } carried && speakerIds is [{ } one] && byId[one].Kind == ActorKind.Person && carried.SpeakerEnd > carried.SpeakerStart
            && SpokespersonBody.ForMessenger(tokens, carried.SpeakerStart, carried.SpeakerEnd, mentions, byId) is { } bodies) speakerIds = bodies;
        var speakers = report is { } said && !NewsSource.IsMedia(words, said.SpeakerStart, said.SpeakerEnd, speakerIds?.Select(id => byId[id].Name)) ? speakerIds ?? [] : [];
        if (UnattributedClaim.Holds(report, verb, speakerIds, subject.Kind, words, k => k < inName.Length && inName[k])) return null;
        // "The White House ordered the company to pay": the company the text named last is the one acted on.
        // A title cannot show "the company": it names the firm ("The White House ordered BP to pay").
        if (SubjectFinder.CompanyInTitle(tokens, tags, group.Verb + 1, pastTitle >= 0 ? pastTitle : tokens.Count, context, mentions, byId) is { } company)
        {
            objects = objects.Append(company);
            // "A BP spokesman denied the company needed a plan": the subject's own company reads well as it is.
            if (!subject.ActorIds.Contains(company) && ObjectCompany.Name(headline.Title, subjectWords, byId[company].Name) is { } titled
                && HeadlineRules.Check(titled).Count == 0) headline = headline with { Title = titled };
        }
        var actorIds = subject.ActorIds.Concat(referent is null ? [] : [referent]).Concat(objects)
            .Concat(OtherParty.Find(clause, tokens[group.Verb].Start, headline.End, lemma, mentions, byId))
            // "strengthened its fleet by buying ships from Fjord Shipping": whom the means names; a passive's "by" brings its agent.
            .Concat(group.Passive ? [] : MeansClause.Participants(tokens, tags, group.Verb,
                pastTitle >= 0 ? TimePhrase.Skip(pastTitle, tokens.Count, k => words[k], TimeAt) : tokens.Count - 1, mentions, byId))
            .Concat(group.Passive ? EventParticipants.PassiveAgent(clause, tokens, tags, group.Verb, mentions, byId) : []).Concat(speakers).Distinct(StringComparer.Ordinal).ToList();
        // "read a statement on behalf of the Jackson family", "heard evidence from Jackson choreographer Kenny Ortega": a person the
        // sentence names only as the family's name, or only before another person's title, takes no part.
        bool Modifier(ResolvedMention m) => KinGroup.Names(article.Body, m.Mention.End) || NameBeforeTitle.Modifies(tokens, tags, m, mentions, byId);
        var kinOnly = mentions.Where(m => byId[m.ActorId].Kind == ActorKind.Person && Modifier(m)).Select(m => m.ActorId)
            .Where(id => !mentions.Exists(o => o.ActorId == id && !Modifier(o))).ToHashSet(StringComparer.Ordinal);
        actorIds.RemoveAll(kinOnly.Contains);
        // "Tokyo prosecutors arrested Ghosn": unnamed agents of the law acting on a person or a body the clause names, in the active voice;
        // "Police arrested three men" names no one to follow; "convicted Holm and sentenced him" names him.
        if (subject.Kind == SubjectKind.Authority
            && (group.Passive || (referent is null && !objects.Any(id => byId[id].Kind is ActorKind.Person or ActorKind.Organisation or ActorKind.Group)))) return null;
        // "A magnitude 7.0 earthquake struck Haiti", "A car bomb exploded in central Baghdad": the places it struck take part; with
        // none named, the happening has no one a reader can follow.
        if (subject.Kind == SubjectKind.Hazard)
        {
            actorIds = [.. mentions.Where(m => m.Mention.Start > tokens[group.Verb].Start && m.Mention.Start < headline.End && !m.Mention.IsDemonym
                && byId[m.ActorId].Kind is ActorKind.Country or ActorKind.Place).Select(m => m.ActorId).Distinct(StringComparer.Ordinal)];
            if (actorIds.Count == 0) return null;
        }

        var type = TypeSense.Refine(EventTyping.TypeOf(trigger, subject, trigger.Word.TypedByDictionary ? EventParticipants.HasDirectTarget(clause, tokens, tags, verb, mentions, byId) : objects.Any(), tags[verb]),
            words, trigger.Token, k => k < tokens.Count && mentions.Exists(m => m.Mention.Start == tokens[k].Start && byId[m.ActorId].Kind == ActorKind.Person),
            k => k < tokens.Count && mentions.Exists(m => m.Mention.Start == tokens[k].Start && !m.Mention.IsDemonym && byId[m.ActorId].Kind is not (ActorKind.Place or ActorKind.NotAnActor)));
        var title = headline.Title;
        var e = new TimelineEvent
        {
            Id = MakeId(subject, mentions.Where(m => m.Mention.Start > tokens[group.Verb].Start && m.Mention.Start < headline.End && !m.Mention.IsDemonym)
                .Select(m => m.ActorId).FirstOrDefault(a => !subject.ActorIds.Contains(a)), lemma, byId, title),
            Title = title,
            Summary = sentence.Text,
            Date = date,
            Actors = actorIds,
            Place = EventParticipants.PlaceOf(clause.Text, clause.Start, triggerToken.Start, mentions, byId, lemma),
            Type = type,
            Status = status,
            Confidence = EventConfidence.Of(subject.Kind, byText, date, trigger, type, report is not null),
            Sources =
            [
                new EventSource
                {
                    Article = article.Id, Offset = sentence.Start, Length = sentence.Text.Length,
                    TriggerOffset = triggerToken.Start, TriggerLength = triggerToken.Length, Trigger = triggerToken.Text,
                },
            ],
        };
        return new ExtractedEvent
        {
            Event = e, Lemma = lemma, Paragraph = sentence.Paragraph, Sentence = sentence.Index, DatedByText = byText && date.Text is not null,
        };
    }

    // A clause whose verb the lexicon does not know still tells a happening when an actor does something:
    // its first finite verb of action ("resigned", "was rescued", "has closed"), past any reporting verb.
    private TriggerMatch? AnyVerb(List<string> words, IReadOnlyList<string> tags, bool[] inName, int report, int end, Func<int, bool> inTime)
    {
        for (var k = report + 1; k < end; k++)
        {
            if (inName[k] || !tags[k].StartsWith("VB", StringComparison.Ordinal) || (lexicon.IsState(words[k]) && !ActingObject.Holds(words, tags, k) && !Ruling.Holds(words, tags, k, inTime) && !Verdict.Holds(words, tags, k))) continue;
            if (!words[k].All(char.IsLetter) || words[k].Length < 3) continue;
            // "will tomorrow unveil", "has this week unveiled": the auxiliary stands before the time.
            var p = k - 1;
            while (p > 0 && (inTime(p) || (TimePhrase.Opens(words[p]) && p + 1 < k && inTime(p + 1)))) p--;
            var finite = tags[k] is "VBD" or "VBZ" or "VBP" || (tags[k] is "VBN" or "VBG" or "VB" && p >= 0 && (lexicon.IsState(words[p]) || tags[p] is "MD" or "TO" or "RB"));
            if (!finite) continue;
            // "will be fine", "is sound": after a form of "be" a verb is its participle or its -ing form; a plain form there is
            // the predicate's adjective, whatever the tagger says.
            if (p >= 0 && tags[k] is "VB" or "VBZ" or "VBP" && VerbGroupReader.IsBe(words[p])) continue;
            var word = new TriggerWord
            {
                Lemma = VerbLemma.Of(words[k]), IsVerb = true, IsPast = tags[k] is "VBD" or "VBN", IsPresent = tags[k] is "VBZ" or "VBP" or "VBG",
            };
            var perfect = p >= 0 && words[p].ToLowerInvariant() is "has" or "have";
            return new TriggerMatch
            {
                Token = k, Verb = k, Word = word, IsPast = word.IsPast, IsPresent = word.IsPresent, IsPerfect = perfect, IsDefiniteNoun = false, IsStatement = false,
            };
        }

        return null;
    }

    // The main clause's finite verb before the adverbial clause that holds the trigger, when something other than a time follows it.
    private TriggerMatch? MainVerbBefore(List<string> words, IReadOnlyList<string> tags, bool[] passOver, int mainFrom, int trigger, Func<int, bool> inTime)
    {
        if (SubordinateOpener(words, tags, mainFrom, trigger) is not (> 0 and var opener)) return null;
        if (AnyVerb(words, tags, passOver, mainFrom - 1, opener, inTime) is not { } main || !(tags[main.Verb] is "VBD" or "VBZ" or "VBP" || AfterModal(tags, main.Verb))) return null;
        var told = Enumerable.Range(main.Verb + 1, opener - main.Verb - 1)
            .Any(k => !inTime(k) && !tags[k].StartsWith("RB", StringComparison.Ordinal) && !TimePhrase.Opens(words[k]));
        return told ? main : null;
    }

    // "said it would recall the cars because a sensor may fail": a plain form after a modal, past adverbs, is as finite as a past form.
    private static bool AfterModal(IReadOnlyList<string> tags, int verb)
    {
        var k = verb - 1;
        while (k >= 0 && tags[k].StartsWith("RB", StringComparison.Ordinal)) k--;
        return tags[verb] == "VB" && k >= 0 && tags[k] == "MD";
    }

    // The last word before the trigger that opens an adverbial clause holding it ("after an engine blew apart", "unless rigs have
    // safeguards to prevent ..."), or -1.
    private static int SubordinateOpener(List<string> words, IReadOnlyList<string> tags, int from, int trigger)
    {
        for (var k = trigger - 1; k > from; k--)
        {
            if (ClauseOpeners.IsAdverbial(words[k])) return k;
            if (ClauseOpeners.IsTemporal(words[k])) return Enumerable.Range(k + 1, trigger - k).Any(j => tags[j] is "VBD" or "VBZ" or "VBP" or "MD") ? k : -1;
        }

        return -1;
    }

    // The noun that ends right before token <paramref name="at"/>, past a closing quotation mark ("a "systemic risk exception" to"); -1 if none.
    private static int NounEndsBefore(List<string> words, IReadOnlyList<string> tags, int at)
    {
        var k = at - 1;
        if (k >= 1 && words[k] is "\"" or "”" or "’" or "'") k--;
        return k >= 0 && tags[k] is "NN" or "NNS" or "NNP" or "NNPS" ? k : -1;
    }

    // Verbs of making known that report a "that" clause (ReportedSpeech reads them so): "announced that", "revealed that".
    private static readonly HashSet<string> Disclosures = new(StringComparer.Ordinal) { "announce", "reveal", "disclose" };

    // Whether "that" opens what follows the word at <paramref name="from"/>, past times, the prepositions before them and adverbs.
    private static bool ThatFollows(List<string> words, IReadOnlyList<string> tags, int from, Func<int, bool> inTime)
    {
        for (var k = from; ; )
        {
            var next = TimePhrase.Skip(k, words.Count, i => words[i], inTime);
            if (next < words.Count && tags[next].StartsWith("RB", StringComparison.Ordinal)) next++;
            if (next == k) return k < words.Count && words[k].Equals("that", StringComparison.OrdinalIgnoreCase);
            k = next;
        }
    }

    // How many quotation sentences in a row "a year earlier" may look past for the time it counts from.
    private const int MaxQuotesPassed = 2;

    private static bool OpensQuotation(string sentence) => sentence.TrimStart() is [ '"' or '“' or '‘' or '\'', ..];

    // Words that open a question, direct or embedded.
    private static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase) { "how", "why", "whether", "what" };

    private static readonly HashSet<string> ObjectDeterminers = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "his", "her", "its", "their", "this", "that", "our" };

    // "The White House had cast the trip as ...": a noun trigger's verb found as "had" (the lexicon does not know "cast") is the
    // auxiliary of the participle after it, which is the clause's verb; "had talks" keeps "had".
    private static int AuxiliaryOf(List<string> words, IReadOnlyList<string> tags, int verb, int trigger)
    {
        if (verb >= trigger || words[verb].ToLowerInvariant() is not ("had" or "has" or "have")) return verb;
        var k = verb + 1;
        while (k < trigger && (tags[k].StartsWith("RB", StringComparison.Ordinal) || words[k].Equals("been", StringComparison.OrdinalIgnoreCase))) k++;
        // The tagger may read the participle as a past form, or as a noun when a determiner follows ("had cast/NN the trip").
        return k < trigger && (tags[k] is "VBN" or "VBD" || (tags[k] == "NN" && k + 1 < trigger && ObjectDeterminers.Contains(words[k + 1]))) ? k : verb;
    }

    // The words of the persons' names, bare of a possessive: "Holm's" is a word of Lars Holm's name.
    private static Func<string, bool> PersonWords(IEnumerable<string> persons, Dictionary<string, Actor> byId)
    {
        var names = new HashSet<string>(persons.SelectMany(id => byId[id].Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)), StringComparer.Ordinal);
        return word => names.Contains(word.Split('\'', '’')[0].TrimEnd(',', '.', ';', ':'));
    }

    // "He also stood in ...", "But she said ...": the pronoun a sentence opens with as its subject, or null.
    private static string? OpeningPronoun(string text)
    {
        var words = text.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        var first = words.Length > 1 && words[0] is "But" or "And" ? words[1] : words.Length > 0 ? words[0] : "";
        return first is "He" or "She" ? first.ToLowerInvariant() : null;
    }

    private static IEnumerable<string> Persons(IEnumerable<ResolvedMention> mentions, Dictionary<string, Actor> byId) => Of(ActorKind.Person, mentions, byId);

    private static IEnumerable<string> Of(ActorKind kind, IEnumerable<ResolvedMention> mentions, Dictionary<string, Actor> byId) =>
        mentions.Where(m => byId[m.ActorId].Kind == kind && !m.Mention.IsDemonym).Select(m => m.ActorId);

    // Who did what to whom: "li-shangfu-meet-sergei-shoigu", "petteri-orpo-open-vaalimaa".
    private static string MakeId(EventSubject subject, string? whom, string lemma, Dictionary<string, Actor> byId, string title)
    {
        if (subject.ActorIds.Count == 0) return Slug.Make(title, 48);
        var who = byId[subject.ActorIds[0]];
        return Slug.Make($"{who.Name} {lemma} {(whom is null ? "" : byId[whom].Name)}", 48);
    }
}
