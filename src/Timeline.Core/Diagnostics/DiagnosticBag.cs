namespace Timeline.Diagnostics;

/// <summary>Collects diagnostics from a stage so it can go on with the other inputs.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    public bool HasErrors
    {
        get
        {
            lock (_lock)
            {
                return _items.Exists(d => d.Severity == Severity.Error);
            }
        }
    }

    /// <summary>How many diagnostics were added so far.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _items.Count;
            }
        }
    }

    /// <summary>The diagnostics added after the first <paramref name="count"/>, in the order they came.</summary>
    public IReadOnlyList<Diagnostic> Since(int count)
    {
        lock (_lock)
        {
            return _items[count..];
        }
    }

    public void Add(Diagnostic diagnostic)
    {
        lock (_lock)
        {
            _items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Add(d);
        }
    }

    /// <summary>Adds those not already in the bag: a second check of the same files reports each problem once.</summary>
    public void AddMissing(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_lock)
        {
            foreach (var d in diagnostics)
            {
                if (!_items.Contains(d)) _items.Add(d);
            }
        }
    }

    /// <summary>All diagnostics in a stable order: by path, then position, then code.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_lock)
        {
            return [.. _items
                .OrderBy(d => d.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Line)
                .ThenBy(d => d.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)];
        }
    }
}
