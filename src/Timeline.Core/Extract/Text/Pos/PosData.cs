namespace Timeline.Extract.Text.Pos;

/// <summary>Everything the tagger looks words up in; built once from the embedded files, never changed after.</summary>
internal sealed class PosData
{
    public required PosLexicon Lexicon { get; init; }

    /// <summary>humannames' given names, case-sensitive.</summary>
    public required IReadOnlySet<string> GivenNames { get; init; }

    /// <summary>cities-list's cities, case-sensitive.</summary>
    public required IReadOnlySet<string> Cities { get; init; }

    /// <summary>en-inflectors' base-form verbs.</summary>
    public required IReadOnlySet<string> Infinitives { get; init; }

    /// <summary>conjugate(word, "VBP") for the words where en-pos compares it with a known verb.</summary>
    public required IReadOnlyDictionary<string, string> VerbBases { get; init; }

    public required PluralDetector Plurals { get; init; }

    public required IReadOnlyList<BrillRule> BrillRules { get; init; }

    public static PosData Load() => new()
    {
        Lexicon = PosLexicon.Default,
        GivenNames = Set("pos-given-names.txt"),
        Cities = Set("pos-cities.txt"),
        Infinitives = Set("pos-infinitives.txt"),
        VerbBases = PosResources.Rows("pos-verb-bases.tsv").ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal),
        Plurals = PluralDetector.Load(),
        BrillRules = BrillRule.LoadAll(),
    };

    /// <summary>The verb's base form when it is one en-pos asks about, else "".</summary>
    public string VerbBase(string lowerWord) => VerbBases.GetValueOrDefault(lowerWord) ?? "";

    // Plain sets, never written after load: they build several times faster than frozen ones.
    private static HashSet<string> Set(string resource) => new(PosResources.Lines(resource), StringComparer.Ordinal);
}
