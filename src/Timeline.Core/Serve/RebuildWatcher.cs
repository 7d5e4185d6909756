using Timeline.Pipeline;

namespace Timeline.Serve;

/// <summary>
/// Watches what a build reads (the articles, the YAML a person edits, the site settings, the templates) and runs
/// the rebuild once changes have settled. The build's own writes to the output folder do not start another.
/// </summary>
public sealed class RebuildWatcher : IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan OwnWrites = TimeSpan.FromMilliseconds(500);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly string _output;
    private readonly Action _rebuild;
    private readonly Lock _lock = new();
    private readonly Timer _timer;
    private DateTime _lastChange;
    private DateTime _quietUntil;
    private bool _pending;
    private bool _building;

    public RebuildWatcher(BuildOptions options, Action rebuild)
    {
        _rebuild = rebuild;
        _output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.Output));
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.Input)));
        Watch(options.Input, "*", recursive: true);
        Watch(options.Output, "*", recursive: true);
        var config = options.Config ?? (parent is null ? null : Path.Combine(parent, "timeline.yaml"));
        if (config is not null) Watch(Path.GetDirectoryName(Path.GetFullPath(config))!, Path.GetFileName(config), recursive: false);
        var templates = options.Templates ?? (parent is null ? null : Path.Combine(parent, "templates"));
        if (templates is not null) Watch(templates, "*", recursive: true);
        _timer = new Timer(_ => Tick(), null, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(100));
    }

    public void Dispose()
    {
        _timer.Dispose();
        foreach (var watcher in _watchers) watcher.Dispose();
    }

    private void Watch(string folder, string filter, bool recursive)
    {
        if (!Directory.Exists(folder)) return;
        var watcher = new FileSystemWatcher(folder, filter)
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => Changed(e.FullPath);
        watcher.Created += (_, e) => Changed(e.FullPath);
        watcher.Deleted += (_, e) => Changed(e.FullPath);
        watcher.Renamed += (_, e) => Changed(e.FullPath);
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void Changed(string path)
    {
        var full = Path.GetFullPath(path);
        lock (_lock)
        {
            if (IsUnder(full, _output))
            {
                // The site and the cache are the build's output; its YAML too while it runs and just after.
                if (IsUnder(full, Path.Combine(_output, "site")) || IsUnder(full, Path.Combine(_output, ".cache"))) return;
                if (_building || DateTime.UtcNow < _quietUntil) return;
            }

            _pending = true;
            _lastChange = DateTime.UtcNow;
        }
    }

    private void Tick()
    {
        lock (_lock)
        {
            if (!_pending || _building || DateTime.UtcNow - _lastChange < Settle) return;
            _pending = false;
            _building = true;
        }

        try
        {
            _rebuild();
        }
        finally
        {
            lock (_lock)
            {
                _building = false;
                _quietUntil = DateTime.UtcNow + OwnWrites;
            }
        }
    }

    private static bool IsUnder(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
