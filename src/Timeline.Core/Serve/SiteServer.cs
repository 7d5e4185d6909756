using System.Net;
using System.Net.Sockets;

namespace Timeline.Serve;

/// <summary>
/// Serves a rendered site folder on 127.0.0.1 for previewing (<c>timeline serve</c>): files only, nothing outside
/// the folder, <c>index.html</c> for a folder, the site's <c>404.html</c> for anything missing.
/// </summary>
public sealed class SiteServer : IDisposable
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".ics"] = "text/calendar; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".woff2"] = "font/woff2",
    };

    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly Task _loop;

    /// <param name="siteFolder">The folder to serve.</param>
    /// <param name="port">The port on 127.0.0.1; 0 picks a free one.</param>
    public SiteServer(string siteFolder, int port = 0)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(siteFolder));
        Address = new Uri($"http://127.0.0.1:{(port == 0 ? FreePort() : port)}/");
        _listener.Prefixes.Add(Address.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Address { get; }

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Closed under a pending request: nothing left to clean up.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                await RespondAsync(context).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or IOException)
            {
                // The browser went away, or the file was being rewritten by a rebuild: the next request will do.
            }
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        using var response = context.Response;
        var file = Resolve(Uri.UnescapeDataString(context.Request.Url!.AbsolutePath));
        if (file is null)
        {
            response.StatusCode = 404;
            file = Path.Combine(_root, "404.html");
            if (!File.Exists(file)) return;
        }

        // A preview: always the latest build.
        response.Headers["Cache-Control"] = "no-store";
        response.ContentType = Types.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
        var bytes = await File.ReadAllBytesAsync(file).ConfigureAwait(false);
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
    }

    private string? Resolve(string path)
    {
        var full = Path.GetFullPath(Path.Combine(_root, path.TrimStart('/')));
        if (full != _root && !full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(full)) full = Path.Combine(full, "index.html");
        return File.Exists(full) ? full : null;
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
