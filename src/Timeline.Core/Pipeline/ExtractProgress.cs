namespace Timeline.Pipeline;

/// <summary>Progress of an extraction: how many articles are done, out of how many.</summary>
public sealed record ExtractProgress(int Done, int Total, string Article);
