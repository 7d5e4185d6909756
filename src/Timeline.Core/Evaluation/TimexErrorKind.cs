namespace Timeline.Evaluation;

/// <summary>What went wrong with a TIMEX3, in the order the error listing shows them.</summary>
public enum TimexErrorKind
{
    Missed,
    Spurious,
    WrongExtent,
    WrongValue,
    WrongType,
}
