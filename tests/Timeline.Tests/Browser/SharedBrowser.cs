namespace Timeline.Tests.Browser;

/// <summary>Browser tests join this collection to share one <see cref="BrowserFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
