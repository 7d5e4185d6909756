namespace Timeline.Extract.Events;

/// <summary>
/// Verbs whose dictionary type fits only one of their senses, told apart by what follows them. Suing brings a lawsuit, an
/// accusation at law (CAMEO 115), not force. Defending someone in words ("defended the chief executive") backs them; only
/// a force that defends gives protection. Sending or delivering helps only a recipient the clause names ("sent tents to
/// Haiti", "sent the agency a grant"); a letter, a bill or a reply sent says something, a person sent is dispatched, and
/// equipment sent "down to the seabed to inspect the well" goes to no one. Directing an agency or a firm "to act" is an
/// order, not cooperation. Introducing a person ("introduced the minister") is a meeting; introducing a report or a bill is
/// not. Signing a bill, a decree or an order ("signed into law a measure") enacts it, and signing a player or an employee hires
/// them; only what parties sign together is an agreement. Protesting to someone complains to them; only a protest with no one addressed may be a demonstration. Pure.
/// </summary>
public static class SenseByComplement
{
    // What is sent or delivered when something is said or shown: "sent a letter", "delivered a bill", "sent a reply".
    private static readonly HashSet<string> Writings = new(StringComparer.OrdinalIgnoreCase)
    {
        "letter", "letters", "note", "notes", "message", "messages", "email", "emails", "e-mail", "memo", "memos", "bill", "bills", "invoice",
        "invoices", "response", "responses", "reply", "replies", "question", "questions", "query", "queries", "request", "requests", "report",
        "reports", "results", "findings", "statement", "warning", "warnings", "notice", "notices", "subpoena", "subpoenas", "invitation",
        "invitations", "bulletin", "word", "photograph", "photographs", "photo", "photos", "picture", "pictures", "video", "videos",
        "document", "documents", "proposal", "proposals", "ultimatum", "signal", "signals", "complaint", "complaints", "demand", "demands",
    };

    // Words that end the phrase of what is sent.
    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        ",", ".", ";", ":", "to", "for", "from", "with", "in", "on", "at", "into", "that", "which", "who", "and", "by", "after", "before",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "these", "those", "another", "some", "two", "three", "several",
    };

    /// <summary>
    /// The type the verb at <paramref name="trigger"/> keeps: <paramref name="type"/>, or the one its complement calls for.
    /// <paramref name="personAt"/> says a person is named from a token, <paramref name="actorAt"/> any actor but a place.
    /// </summary>
    public static string Refine(string type, IReadOnlyList<string> words, int trigger, Func<int, bool> personAt, Func<int, bool> actorAt)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(personAt);
        ArgumentNullException.ThrowIfNull(actorAt);
        var word = words[trigger].ToLowerInvariant();
        var lemmas = VerbLemma.Candidates(word).ToList();
        if (type == "COERCE" && word is "sue" or "sues" or "sued" or "suing") return "ACCUSE";
        if (type == "AID" && lemmas.Contains("defend")) return words.Take(trigger).Any(TypeSense.IsForce) ? type : "SUPPORT";
        if (type == "AID" && (word is "sent" || lemmas.Contains("send") || lemmas.Contains("deliver"))) return Sends(words, trigger, personAt, actorAt) ? type : "other";
        // "protested to a supervisor", "protested to the ambassador": a protest made to someone is a complaint to them (CAMEO 114,
        // ACCUSE), not a demonstration.
        if (type == "PROTEST" && lemmas.Contains("protest") && trigger + 1 < words.Count && words[trigger + 1].Equals("to", StringComparison.OrdinalIgnoreCase)) return "ACCUSE";
        if (type == "COOPERATE" && lemmas.Contains("direct")) return "other";
        // "asked why the rig was registered abroad", "asked her whether it was safe": asking a question requests nothing (CAMEO 02
        // is asking for something or someone to act: "asked for aid", "asked him to resign").
        if (type == "REQUEST" && lemmas.Contains("ask") && AsksQuestion(words, trigger)) return "other";
        if (type == "AGREE" && lemmas.Contains("sign") && (SignsLaw(words, trigger) || SignsPerson(words, trigger, personAt))) return "other";
        if (type == "AGREE" && lemmas.Contains("accept") && AdmitsFault(words, trigger)) return "other";
        if (type == "CONSULT" && lemmas.Contains("introduce"))
        {
            var head = trigger + 1 < words.Count && Determiners.Contains(words[trigger + 1]) ? trigger + 2 : trigger + 1;
            return personAt(head) ? type : "other";
        }

        return type;
    }

    private static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "why", "whether", "if", "how", "what", "when", "where", "who", "which",
    };

    // Whether an interrogative clause follows "asked", right after it or after the one asked ("asked Holm why", "asked the minister
    // whether"); "to", "for" or "that" first makes it a request.
    private static bool AsksQuestion(IReadOnlyList<string> words, int trigger)
    {
        for (var j = trigger + 1; j < words.Count && j <= trigger + 4; j++)
        {
            // "asked the lawyers who have sued to apply": after the one asked, "who" and "which" open a relative clause.
            if (QuestionWords.Contains(words[j])) return j == trigger + 1 || !(words[j].ToLowerInvariant() is "who" or "which");
            if (Stops.Contains(words[j])) return false;
        }

        return false;
    }

    // What is signed into force by one hand, not agreed between parties: "signed the bill", "signed into law a measure", "signed an
    // executive order", "signed a decree".
    private static readonly HashSet<string> Enactments = new(StringComparer.OrdinalIgnoreCase)
    {
        "bill", "bills", "law", "laws", "legislation", "decree", "decrees", "order", "orders", "measure", "measures", "budget", "budgets",
        "act", "ordinance", "ordinances", "proclamation", "petition", "petitions",
    };

    // Whether the signing enacts a law or an order: "into law" after the verb, or such a thing as its object.
    private static bool SignsLaw(IReadOnlyList<string> words, int trigger)
    {
        for (var j = trigger + 1; j < words.Count && j < trigger + 7 && !(Stops.Contains(words[j]) && !(words[j] == "into" || words[j] == "on")); j++)
        {
            if (words[j].Equals("into", StringComparison.OrdinalIgnoreCase) && j + 1 < words.Count && words[j + 1].Equals("law", StringComparison.OrdinalIgnoreCase)) return true;
            if (Enactments.Contains(words[j])) return true;
        }

        return false;
    }

    // "signed England midfielder Ida Berg", "has signed the striker Lars Holm from Vell": a club or a firm that signs a person hires
    // them; no parties agree on anything the text tells. The person is the object, after its determiner and the words that
    // describe them, not the owner of a thing signed ("signed Holm's proposal").
    private static bool SignsPerson(IReadOnlyList<string> words, int trigger, Func<int, bool> personAt)
    {
        for (var j = trigger + 1; j < words.Count && j < trigger + 6 && !Stops.Contains(words[j]); j++)
        {
            if (!personAt(j)) continue;
            while (j + 1 < words.Count && personAt(j + 1)) j++;
            return !(j + 1 < words.Count && words[j + 1] is "'s" or "’s" or "'" or "’");
        }

        return false;
    }

    // What one accepts in owning up to it, not in agreeing to another's offer: "accepted responsibility", "accepted a partial share
    // of the blame", "accepts liability for the spill".
    private static readonly HashSet<string> Faults = new(StringComparer.OrdinalIgnoreCase)
    {
        "blame", "responsibility", "liability", "fault", "culpability", "guilt", "wrongdoing", "criticism", "criticisms", "mistake", "mistakes",
        "failure", "failures", "failings", "shortcomings",
    };

    // Whether what is accepted is a fault owned up to: such a noun heads the object ("accepted full responsibility"), or follows
    // a measure of it ("a partial share of the blame"). Only the object's head counts: "accepted the findings of a report on its
    // failures" accepts findings.
    private static bool AdmitsFault(IReadOnlyList<string> words, int trigger)
    {
        var k = trigger + 1;
        for (var n = 0; n < 3 && k < words.Count && !Faults.Contains(words[k]) && !IsShareOf(words, k) && IsModifier(words[k]); n++) k++;
        if (k >= words.Count) return false;
        if (Faults.Contains(words[k])) return true;
        if (!IsShareOf(words, k) || k + 2 >= words.Count) return false;
        var head = words[k + 2].Equals("the", StringComparison.OrdinalIgnoreCase) ? k + 3 : k + 2;
        return head < words.Count && Faults.Contains(words[head]);
    }

    private static readonly HashSet<string> Shares = new(StringComparer.OrdinalIgnoreCase) { "share", "part", "portion", "measure", "degree", "some", "much" };

    // "a share of", "some of": a measure of what follows its "of".
    private static bool IsShareOf(IReadOnlyList<string> words, int k) =>
        Shares.Contains(words[k]) && k + 1 < words.Count && words[k + 1].Equals("of", StringComparison.OrdinalIgnoreCase);

    // A determiner or a lower-case word before the object's head ("a partial", "full", "some", "its"); "of" ends the head's phrase.
    private static bool IsModifier(string word) =>
        Determiners.Contains(word) || (word.Length > 0 && word.All(c => char.IsLower(c) || c == '-') && !Stops.Contains(word) && word != "of");

    // Whether what is sent reaches a recipient the clause names and is neither words nor a person dispatched.
    private static bool Sends(IReadOnlyList<string> words, int trigger, Func<int, bool> personAt, Func<int, bool> actorAt)
    {
        var k = trigger + 1;
        while (k < words.Count && words[k].ToLowerInvariant() is "out" or "off" or "down" or "over" or "back") k++;
        if (k >= words.Count) return false;
        // "sent the agency a grant": a recipient named first, then what it gets.
        var first = words[k].Equals("the", StringComparison.OrdinalIgnoreCase) ? k + 1 : k;
        var indirect = false;
        if (first < words.Count && actorAt(first))
        {
            var end = first;
            while (end < words.Count && words[end].Length > 0 && (char.IsUpper(words[end][0]) || words[end] is "of" or "and")) end++;
            indirect = end < words.Count && (Determiners.Contains(words[end]) || words[end].All(char.IsDigit) || words[end].StartsWith('$'));
            // "sent Hollis to Lima": a person sent is dispatched, not helped.
            if (!indirect && personAt(first)) return false;
            if (indirect) k = end;
        }

        for (var j = k; j < words.Count && j < k + 7 && !Stops.Contains(words[j]); j++)
        {
            if (Writings.Contains(words[j])) return false;
        }

        if (indirect) return true;
        for (var j = k; j < words.Count && j < trigger + 10; j++)
        {
            if (words[j] is "," or ";" or ":") break;
            if (!words[j].Equals("to", StringComparison.OrdinalIgnoreCase)) continue;
            var to = j + 1 < words.Count && words[j + 1].Equals("the", StringComparison.OrdinalIgnoreCase) ? j + 2 : j + 1;
            return to < words.Count && actorAt(to);
        }

        return false;
    }
}
