namespace Timeline.Model;

/// <summary>What sort of actor a name refers to.</summary>
public enum ActorKind
{
    Person,
    Organisation,
    Country,
    Place,
    Group,

    /// <summary>Set by hand in actors.yaml: the name was recognised but names no actor; later builds leave it out.</summary>
    NotAnActor,
}
