namespace Timeline.Model;

/// <summary>What sort of actor a name refers to.</summary>
public enum ActorKind
{
    Person,
    Organisation,
    Country,
    Place,
    Group,
}
