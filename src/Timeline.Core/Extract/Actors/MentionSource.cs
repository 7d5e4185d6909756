namespace Timeline.Extract.Actors;

/// <summary>What found a mention, so the entity model knows which ones it may overrule.</summary>
internal enum MentionSource
{
    /// <summary>A capitalised run classified by its shape: the model decides its span and type.</summary>
    Rule,

    /// <summary>A built-in gazetteer name: kept unless the model types the same span otherwise or finds a longer name around it.</summary>
    Gazetteer,

    /// <summary>A name from a hand edit of the registry: always kept.</summary>
    HandEdit,

    /// <summary>A person after a role noun ("Defense Minister Li Shangfu"): always kept.</summary>
    Role,
}
