namespace Timeline.Model;

/// <summary>How precisely a date is known, coarsest first.</summary>
public enum DatePrecision
{
    Unknown,
    Century,
    Decade,
    Year,
    Season,
    Quarter,
    Month,
    Week,
    Day,
    Time,
}
