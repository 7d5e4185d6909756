using Microsoft.Playwright;

namespace Timeline.Tests.Browser;

/// <summary>Records what a page does that a static site must not: console errors and requests leaving file://.</summary>
public sealed class PageWatch
{
    private readonly List<string> _errors = [];
    private readonly List<string> _requests = [];

    public PageWatch(IBrowserContext context, IPage page)
    {
        context.Request += (_, request) => _requests.Add(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => _errors.Add(error);
    }

    public IReadOnlyList<string> Errors => _errors;

    public IReadOnlyList<string> Requests => _requests;

    public IEnumerable<string> NonFileRequests => _requests.Where(u => !u.StartsWith("file://", StringComparison.Ordinal));
}
