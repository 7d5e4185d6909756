namespace Timeline.Extract.Actors;

/// <summary>Which word of a person's name a town's or a country's name is, where an article writes it only in people's names.</summary>
internal enum PersonNameWord
{
    /// <summary>"Chad Holm": the first word, which alone names no one.</summary>
    GivenName,

    /// <summary>"Rep. Lars Aarhus", "Ida Jordan", "Aarhus said": the family name, which stands for the person.</summary>
    FamilyName,
}
