using Timeline.Model;

namespace Timeline.Extract.Actors;

/// <summary>A span of text that names an actor, before it is resolved to an actor of the article.</summary>
public sealed record ActorMention
{
    public required int Start { get; init; }

    public required string Text { get; init; }

    public required ActorKind Kind { get; init; }

    /// <summary>Canonical name when known (gazetteer), else the name as written.</summary>
    public required string Name { get; init; }

    public string? Role { get; init; }

    public string? Country { get; init; }

    /// <summary>A demonym or adjective ("Chinese"): refers to the country without being an actor phrase itself.</summary>
    public bool IsDemonym { get; init; }

    /// <summary>A single capitalised word that may be part of a full name given elsewhere ("Shangfu").</summary>
    public bool IsPartial { get; init; }

    /// <summary>A partial name that is an actor even when no full name is found ("Hayley", a known given name).</summary>
    public bool StandsAlone { get; init; }

    /// <summary>An ordinary English word that only has its capital from starting the sentence ("Obstetricians at the hospital").</summary>
    public bool IsSentenceCapital { get; init; }

    /// <summary>
    /// A given name or a family name many people bear ("Davis", "Valdez"), read as the one leader of the gazetteer so named:
    /// the article must name the leader's country for it to be that leader.
    /// </summary>
    public bool IsCommonFamilyName { get; init; }

    public int End => Start + Text.Length;
}
