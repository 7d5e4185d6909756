using Timeline.Diagnostics;
using Timeline.Model;

namespace Timeline.Store;

/// <summary>Refreshes an events file's <c>article:</c> block from the extraction unless a person edited it.</summary>
internal static class ArticleRefresh
{
    public static StoredArticle Merge(EventFileState state, ArticleInfo fresh, DiagnosticBag diagnostics)
    {
        var old = state.Article;
        if (old.Fingerprint is not { } fingerprint)
        {
            return old; // Written by a person.
        }

        if (Fingerprints.Of(old.ToModel()) == fingerprint)
        {
            return StoredArticle.From(fresh, old.Note);
        }

        if (Fingerprints.Of(fresh) != fingerprint)
        {
            diagnostics.Add(new Diagnostic
            {
                Code = StoreCodes.EditedByHand,
                Path = state.Bucket.Path,
                Severity = Severity.Info,
                Message = $"article {old.Id} was edited by hand; the extractor now proposes a change that was not applied",
            });
        }

        return old;
    }
}
