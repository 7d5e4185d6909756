using System.Collections.Concurrent;

namespace Timeline.Extract.Time;

/// <summary>
/// Remembers what the recogniser read in a piece of text for a reference date, so text read again in a run (news
/// repeats datelines, bylines, boilerplate and wire copy) costs a lookup instead of a recogniser call. Thread-safe and
/// bounded: past <see cref="Capacity"/> pieces it starts afresh. The readings are the recogniser's own, so the output
/// is the same whether a piece was remembered or read; callers only read what it returns.
/// </summary>
internal sealed class RecognizerMemo<TReadings>(Func<string, DateTime, TReadings> read, int capacity)
{
    private readonly ConcurrentDictionary<(string Text, DateTime Reference), TReadings> _readings = new();

    /// <summary>Most pieces held at once; a piece is a candidate window of a sentence, some 50 characters.</summary>
    public int Capacity => capacity;

    /// <summary>Pieces held now.</summary>
    public int Count => _readings.Count;

    /// <summary>The recogniser's readings of <paramref name="text"/> against <paramref name="reference"/>, remembered or read now.</summary>
    public TReadings Read(string text, DateTime reference)
    {
        var key = (text, reference);
        if (_readings.TryGetValue(key, out var known)) return known;
        var readings = read(text, reference);
        // Dropping everything when full keeps the bound without the bookkeeping of an eviction order; a run's repeats
        // (the same dateline in article after article) are soon remembered again.
        if (_readings.Count >= capacity) _readings.Clear();
        _readings.TryAdd(key, readings);
        return readings;
    }
}
