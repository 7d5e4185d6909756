namespace Timeline.Evaluation.Events;

/// <summary>How many events have one value of a field (a type, a status, a precision).</summary>
public sealed record NamedCount(string Name, int Count);
