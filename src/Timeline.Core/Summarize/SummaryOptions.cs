namespace Timeline.Summarize;

/// <summary>How long the key-events summary is, which days it may pick, and the weights of its evidence.</summary>
public sealed record SummaryOptions
{
    public static SummaryOptions Default { get; } = new();

    /// <summary>Number of key dates; null for one per eight articles, at least 1 and at most 60.</summary>
    public int? Dates { get; init; }

    /// <summary>Sentences per key date.</summary>
    public int SentencesPerDate { get; init; } = 2;

    /// <summary>The first day the summary may pick; null for no bound.</summary>
    public DateOnly? From { get; init; }

    /// <summary>The last day the summary may pick; null for no bound.</summary>
    public DateOnly? To { get; init; }

    /// <summary>What an article published on a day adds to it, against 1 for a sentence of another day naming it.</summary>
    public double PublicationWeight { get; init; } = 1.0;

    /// <summary>What a sentence naming the day its article was published on adds ("on Tuesday" in Tuesday's paper).</summary>
    public double SameDayWeight { get; init; } = 1.0;

    /// <summary>What a sentence naming a day after its article's publication adds: announced, not yet happened.</summary>
    public double FutureWeight { get; init; } = 0.6;

    /// <summary>Per article and day, 1 + this x ln(sentences naming the day): repeats in one article add little.</summary>
    public double RepeatWeight { get; init; } = 0.5;

    /// <summary>The number of dates for a corpus of <paramref name="articles"/> articles.</summary>
    public int DatesFor(int articles) => Dates ?? Math.Clamp(articles / 8, 1, 60);

    /// <summary>True when <paramref name="day"/> is inside the bounds.</summary>
    public bool Allows(DateOnly day) => (From is not { } from || day >= from) && (To is not { } to || day <= to);
}
