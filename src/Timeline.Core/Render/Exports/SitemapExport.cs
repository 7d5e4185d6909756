namespace Timeline.Render.Exports;

/// <summary>
/// <c>sitemap.xml</c> listing every page but the 404 page. The sitemap protocol needs absolute
/// addresses, so there is none without a base URL.
/// </summary>
internal static class SitemapExport
{
    public const string FileName = "sitemap.xml";
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[]? Write(string? baseUrl, IEnumerable<string> pagePaths)
    {
        if (baseUrl is null)
        {
            return null;
        }

        return XmlText.Write(w =>
        {
            w.WriteStartDocument();
            w.WriteStartElement("urlset", Ns);
            foreach (var path in pagePaths.Order(StringComparer.Ordinal))
            {
                w.WriteStartElement("url", Ns);
                w.WriteElementString("loc", Ns, baseUrl + path);
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndDocument();
        });
    }
}
