namespace Timeline.Extract.Events;

/// <summary>
/// Nouns whose meaning is completed by what follows them: "a plan to shut down the rig", "the inquiry into the causes", "talks
/// with Iran", "a ban on drilling". Cut before that complement, the noun no longer says which one: "BP introduced risks in
/// its plan", "will publish the findings of the inquiry". A purpose clause or an adjunct after other nouns ("met Shoigu in
/// Moscow to reinforce ties") can go; these cannot. The lists are English nominal valency as news uses it. Pure.
/// </summary>
public static class NounComplements
{
    // Nouns that take a "to" infinitive as their content: "the decision to close", "an attempt to cap the well".
    private static readonly HashSet<string> InfinitiveNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "plan", "plans", "attempt", "attempts", "effort", "efforts", "bid", "decision", "decisions", "agreement", "offer", "promise",
        "proposal", "proposals", "move", "order", "orders", "request", "right", "ability", "failure", "refusal", "push", "deal",
        "permission", "approval", "authority", "authorisation", "authorization", "need", "chance", "opportunity", "power", "pressure",
        "call", "calls", "campaign", "licence", "license", "mandate", "pledge", "commitment", "intent", "intention", "willingness", "readiness",
        "vote", "motion", "ruling", "demand", "demands", "deadline", "option", "go-ahead", "mission", "operation", "project",
        "programme", "program", "scheme", "strategy", "measures", "steps", "action", "funding", "money", "contract",
        "threat", "threats", "warning", "warnings", "recommendation", "instruction", "instructions", "invitation", "appeal",
        "way", "ways",
    };

    // Nouns with the prepositions that name what they are about, with, on or against.
    private static readonly Dictionary<string, string[]> PrepositionNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["inquiry"] = ["into", "on"], ["inquiries"] = ["into", "on"], ["investigation"] = ["into", "on"], ["investigations"] = ["into", "on"],
        ["probe"] = ["into", "on"], ["review"] = ["into", "on"], ["report"] = ["into", "on"], ["reports"] = ["into", "on"],
        ["study"] = ["into", "on"], ["research"] = ["into", "on"], ["hearing"] = ["into", "on"], ["hearings"] = ["into", "on"],
        ["ban"] = ["on"], ["bans"] = ["on"], ["moratorium"] = ["on"], ["cap"] = ["on"], ["limit"] = ["on"], ["limits"] = ["on"],
        ["curbs"] = ["on"], ["restrictions"] = ["on"], ["tax"] = ["on"], ["taxes"] = ["on"], ["levy"] = ["on"], ["embargo"] = ["on", "against"],
        ["sanctions"] = ["on", "against"], ["attack"] = ["on", "against"], ["attacks"] = ["on", "against"], ["assault"] = ["on"],
        ["strike"] = ["on", "against"], ["strikes"] = ["on", "against"], ["raid"] = ["on"], ["raids"] = ["on"],
        ["talks"] = ["with", "on", "over"], ["meeting"] = ["with", "on"], ["meetings"] = ["with", "on"], ["negotiations"] = ["with", "on", "over"],
        ["agreement"] = ["with", "on"], ["deal"] = ["with", "on"], ["contract"] = ["with", "for"], ["relationship"] = ["with", "between"],
        ["relations"] = ["with", "between"], ["links"] = ["with", "to", "between"], ["ties"] = ["with", "to", "between"],
        ["associations"] = ["with", "between"], ["dispute"] = ["with", "over"], ["row"] = ["with", "over"], ["war"] = ["with", "on", "against"],
        ["case"] = ["against"], ["lawsuit"] = ["against"], ["suit"] = ["against"], ["charges"] = ["against"], ["complaint"] = ["against"],
        ["allegations"] = ["against"], ["action"] = ["against"], ["campaign"] = ["against", "for"], ["protest"] = ["against", "over"],
        ["protests"] = ["against", "over"], ["vote"] = ["on"], ["decision"] = ["on"], ["ruling"] = ["on"], ["debate"] = ["on", "over"],
        ["plan"] = ["for"], ["plans"] = ["for"], ["demand"] = ["for"], ["demands"] = ["for"], ["request"] = ["for"], ["call"] = ["for"],
        ["calls"] = ["for"], ["support"] = ["for"], ["responsibility"] = ["for"], ["compensation"] = ["for"], ["approval"] = ["for"],
        ["permission"] = ["for"], ["access"] = ["to"], ["response"] = ["to"], ["exposure"] = ["to"], ["threat"] = ["to"], ["visit"] = ["to"],
        ["trip"] = ["to"], ["changes"] = ["to"], ["amendment"] = ["to"], ["amendments"] = ["to"], ["damage"] = ["to"], ["stake"] = ["in"],
        ["increase"] = ["in"], ["rise"] = ["in"], ["fall"] = ["in"], ["drop"] = ["in"], ["cut"] = ["in"], ["cuts"] = ["in", "to"],
        ["investment"] = ["in"], ["role"] = ["in"], ["involvement"] = ["in"], ["search"] = ["for"], ["hunt"] = ["for"], ["bid"] = ["for"],
        ["application"] = ["for"], ["solution"] = ["to"], ["answer"] = ["to"], ["alternative"] = ["to"], ["commitment"] = ["to"],
        ["letter"] = ["to"], ["guidelines"] = ["on", "for"], ["rules"] = ["on", "for"], ["regulations"] = ["on", "for"], ["legislation"] = ["on"],
        ["law"] = ["on"], ["bill"] = ["on", "for"], ["bills"] = ["for"], ["invoice"] = ["for"], ["invoices"] = ["for"], ["policy"] = ["on", "towards", "toward"], ["claims"] = ["against", "for"], ["lawsuits"] = ["against"],
        ["room"] = ["for"], ["space"] = ["for"], ["scope"] = ["for"], ["progress"] = ["in", "on", "towards", "toward"],
    };

    // Nouns of saying, believing and knowing whose content a "that" clause gives: "reports that BP would sell", "the notion
    // that claims are slow", "assurances that the cap would hold". Without that clause the noun names a claim, not what it is.
    private static readonly HashSet<string> ClauseNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "claim", "claims", "report", "reports", "allegation", "allegations", "charge", "charges", "accusation", "accusations",
        "suggestion", "suggestions", "notion", "idea", "speculation", "rumour", "rumours", "rumor", "rumors", "criticism", "criticisms",
        "complaint", "complaints", "fear", "fears", "concern", "concerns", "hope", "hopes", "assurance", "assurances", "reassurance",
        "reassurances", "statement", "prediction", "predictions", "warning", "warnings", "belief", "view", "evidence", "news",
        "indication", "indications", "sign", "signs", "promise", "promises", "guarantee", "guarantees", "confirmation", "denial",
        "admission", "assertion", "assertions", "argument", "arguments", "theory", "conclusion", "finding", "findings", "impression",
        "expectation", "expectations", "possibility", "likelihood", "risk", "fact", "message", "announcement", "insistence",
        "suspicion", "suspicions", "doubts", "perception", "recognition", "acknowledgement", "acknowledgment", "proof",
    };

    /// <summary>Whether a "that" clause after <paramref name="noun"/> says what the noun holds ("reports that ..."), not which one it is.</summary>
    public static bool TakesClause(string noun) => ClauseNouns.Contains(noun);

    /// <summary>Whether "to" and a verb after <paramref name="noun"/> are its content ("the decision to close"), not a purpose.</summary>
    public static bool TakesInfinitive(string noun) => InfinitiveNouns.Contains(noun);

    /// <summary>Whether <paramref name="preposition"/> after <paramref name="noun"/> opens the phrase that says which one it is.</summary>
    public static bool Completes(string noun, string preposition) =>
        PrepositionNouns.TryGetValue(noun, out var prepositions) && prepositions.Contains(preposition, StringComparer.OrdinalIgnoreCase);
}
