using System.Reflection;

namespace Timeline.Extract.Events;

/// <summary>Word forms that signal events, loaded once from the embedded <c>triggers.tsv</c>.</summary>
public sealed class TriggerLexicon
{
    private static readonly Lazy<TriggerLexicon> Shared = new(Load);
    private readonly Dictionary<string, TriggerWord> _forms;

    private readonly Dictionary<string, string> _cameo;

    private readonly HashSet<string> _states;

    private TriggerLexicon(Dictionary<string, TriggerWord> forms, Dictionary<string, string> cameo, HashSet<string> states)
    {
        _forms = forms;
        _cameo = cameo;
        _states = states;
    }

    public static TriggerLexicon Default => Shared.Value;

    public TriggerWord? Find(string token) => _forms.GetValueOrDefault(token.ToLowerInvariant());

    /// <summary>A verb of state, thought, saying or generic action ("remain", "believe", "made"): never an event by itself.</summary>
    public bool IsState(string form)
    {
        var w = form.ToLowerInvariant();
        return VerbLemma.Candidates(w).Any(_states.Contains) || _forms.GetValueOrDefault(w) is { IsReport: true };
    }

    /// <summary>The PLOVER type of a verb by its CAMEO verb class (PETRARCH2 dictionary), or null.</summary>
    public string? CameoType(string lemma) => _cameo.GetValueOrDefault(lemma);

    private static TriggerLexicon Load()
    {
        var forms = new Dictionary<string, TriggerWord>(StringComparer.Ordinal);
        var cameoTypes = Lines("cameo-verbs.tsv").Select(l => l.Split('\t')).ToDictionary(c => c[0], c => c[2], StringComparer.Ordinal);
        foreach (var line in Lines("triggers.tsv"))
        {
            var cols = line.Split('\t');
            var (kind, lemma) = (cols[0], cols[1]);
            var irregular = cols.Length > 2 ? cols[2].Split('|', StringSplitOptions.RemoveEmptyEntries) : [];
            var listed = cols.Length > 3 && cols[3].Length > 0 ? cols[3] : "other";
            // Verbs are typed by their CAMEO verb class first; the list's own type covers nouns and the rest. A verb the list calls
            // 'other' ("unveil", "buy", "die", "warn") says nothing of one actor acting on another by itself: its CAMEO class holds, as
            // for the verbs only the dictionary knows, when the clause names whom it is done to ("warned Iran", not "warned that").
            var type = kind == "verb" && cameoTypes.TryGetValue(lemma, out var cameo) ? cameo : listed;
            var byDictionary = kind == "verb" && listed == "other" && type != "other";
            if (kind == "noun")
            {
                Merge(forms, lemma, new TriggerWord { Lemma = lemma, IsNoun = true, Type = type });
                continue;
            }

            foreach (var (form, past, present) in Forms(lemma, irregular))
            {
                Merge(forms, form, new TriggerWord
                {
                    Lemma = lemma, Type = type, IsPast = past, IsPresent = present,
                    IsVerb = kind == "verb", IsLight = kind == "light", IsReport = kind == "report", TypedByDictionary = byDictionary,
                });
            }
        }

        // Every other verb of the CAMEO dictionary is an event verb too, but for the states, thoughts and
        // generic verbs that triggers.tsv lists as 'state': they never tell a happening by themselves.
        var states = Lines("triggers.tsv").Select(l => l.Split('\t')).Where(c => c[0] == "state").Select(c => c[1]).ToHashSet(StringComparer.Ordinal);
        foreach (var cols in Lines("cameo-verbs.tsv").Select(l => l.Split('\t')))
        {
            var lemma = cols[0];
            if (states.Contains(lemma) || forms.TryGetValue(lemma, out var known) && (known.IsVerb || known.IsLight || known.IsReport)) continue;
            var irregular = cols.Length > 3 ? cols[3].Split('|', StringSplitOptions.RemoveEmptyEntries) : [];
            foreach (var (form, past, present) in Forms(lemma, irregular))
            {
                if (states.Contains(form)) continue;
                Merge(forms, form, new TriggerWord { Lemma = lemma, Type = cols[2], IsPast = past, IsPresent = present, IsVerb = true, TypedByDictionary = true });
            }
        }

        return new TriggerLexicon(forms, cameoTypes, states);
    }

    private static List<string> Lines(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing embedded lexicon '{resource}'.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#') lines.Add(line);
        }

        return lines;
    }

    private static void Merge(Dictionary<string, TriggerWord> forms, string form, TriggerWord word)
    {
        if (!forms.TryGetValue(form, out var existing))
        {
            forms[form] = word;
            return;
        }

        forms[form] = existing with
        {
            IsVerb = existing.IsVerb || word.IsVerb,
            IsNoun = existing.IsNoun || word.IsNoun,
            IsLight = existing.IsLight || word.IsLight,
            IsReport = existing.IsReport || word.IsReport,
            IsPast = existing.IsPast || word.IsPast,
            IsPresent = existing.IsPresent || word.IsPresent,
            Type = existing.Type != "other" ? existing.Type : word.Type,
            TypedByDictionary = existing.Type != "other" ? existing.TypedByDictionary : word.TypedByDictionary,
        };
    }

    private static IEnumerable<(string Form, bool Past, bool Present)> Forms(string lemma, string[] irregular)
    {
        yield return (lemma, false, false);
        if (irregular.Length > 0)
        {
            foreach (var f in irregular)
            {
                yield return (f, !f.EndsWith('s') && !f.EndsWith("ing", StringComparison.Ordinal), f.EndsWith('s') || f.EndsWith("ing", StringComparison.Ordinal));
            }

            yield break;
        }

        var stem = lemma.EndsWith('e') ? lemma[..^1] : lemma;
        yield return (lemma.EndsWith('e') ? lemma + "d" : lemma + "ed", true, false);
        yield return (lemma.EndsWith('s') || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal) ? lemma + "es" : lemma + "s", false, true);
        yield return (stem + "ing", false, true);
    }
}
