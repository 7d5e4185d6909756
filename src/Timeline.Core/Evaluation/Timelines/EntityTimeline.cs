namespace Timeline.Evaluation.Timelines;

/// <summary>The events involving one target entity, dated and ranked.</summary>
public sealed record EntityTimeline
{
    public required string Entity { get; init; }

    /// <summary>File name of the timeline (the gold file's name).</summary>
    public required string Name { get; init; }

    public required List<TimelineEntry> Entries { get; init; }

    /// <summary>The SemEval file format: entity name, then <c>rank TAB date TAB token</c> lines.</summary>
    public string Format()
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(Entity).Append('\n');
        foreach (var e in Entries.OrderBy(e => e.Rank).ThenBy(e => e.Token, StringComparer.Ordinal))
        {
            sb.Append(e.Rank).Append('\t').Append(e.Date).Append('\t').Append(e.Token).Append('\n');
        }

        return sb.ToString();
    }

    public static EntityTimeline Parse(string name, string text)
    {
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var entries = new List<TimelineEntry>();
        foreach (var line in lines.Skip(1))
        {
            var cols = line.Split('\t');
            if (cols.Length < 3 || !int.TryParse(cols[0], out var rank)) continue;
            entries.AddRange(cols.Skip(2).Where(t => t.Length > 0).Select(t => new TimelineEntry { Rank = rank, Date = cols[1], Token = t.Trim() }));
        }

        return new EntityTimeline { Entity = lines.Length > 0 ? lines[0].Trim() : name, Name = name, Entries = entries };
    }
}
