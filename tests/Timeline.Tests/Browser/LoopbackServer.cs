using System.Net;
using System.Net.Sockets;

namespace Timeline.Tests.Browser;

/// <summary>A static file server on 127.0.0.1 for the tests: URL prefixes mapped to folders, nothing else reachable.</summary>
public sealed class LoopbackServer : IDisposable
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".woff"] = "font/woff",
        [".woff2"] = "font/woff2",
        [".ttf"] = "font/ttf",
    };

    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, string> _mounts;
    private readonly Task _loop;

    /// <param name="mounts">URL prefix (e.g. <c>/site/</c>) to folder.</param>
    public LoopbackServer(Dictionary<string, string> mounts)
    {
        _mounts = mounts;
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public string BaseUrl { get; }

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed under a pending request; nothing to clean up.
        }
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var response = context.Response;
            var file = Resolve(Uri.UnescapeDataString(context.Request.Url!.AbsolutePath));
            if (file is null)
            {
                response.StatusCode = 404;
                continue;
            }

            response.ContentType = Types.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            var bytes = await File.ReadAllBytesAsync(file);
            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes);
        }
    }

    private string? Resolve(string path)
    {
        foreach (var (prefix, folder) in _mounts)
        {
            if (!path.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var root = Path.GetFullPath(folder);
            var full = Path.GetFullPath(Path.Combine(root, path[prefix.Length..]));
            if (full.StartsWith(root, StringComparison.Ordinal) && File.Exists(full))
            {
                return full;
            }
        }

        return null;
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
