using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Timeline.Model;

namespace Timeline.Store;

/// <summary>
/// The id of a key entry, made from where it was read so the same sentence keeps it across runs:
/// <c>article@offset</c>, else the article or event id, else a hash of the text.
/// </summary>
public static class SummaryKeys
{
    public static string Of(KeyEntry entry) => entry switch
    {
        { Article: { Length: > 0 } article, Offset: { } offset } => string.Create(CultureInfo.InvariantCulture, $"{article}@{offset}"),
        { Article: { Length: > 0 } article } => article,
        { Event: { Length: > 0 } e } => e,
        _ => "text-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(entry.Text)))[..12],
    };
}
