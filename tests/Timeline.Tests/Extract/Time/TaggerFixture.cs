using Timeline.Extract.Time;

namespace Timeline.Tests.Extract.Time;

/// <summary>One temporal tagger for a whole test class: building the recogniser model is costly.</summary>
public sealed class TaggerFixture
{
    public TemporalTagger Tagger { get; } = new();
}
