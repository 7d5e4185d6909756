namespace Timeline.Model;

/// <summary>Whether an event happened on its date, or only before or after it.</summary>
public enum DateRelation
{
    On,
    Before,
    After,
}
