using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Evaluation.Anchoring;

/// <summary>A TimeML document as the pipeline reads an article: TEXT as the body, the DCT as the publication date.</summary>
public static class TimeMlArticle
{
    /// <summary><paramref name="name"/> is the document's path relative to its corpus folder, as in the reports.</summary>
    public static Article From(TimeMlDocument document, string name)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(name);
        var id = Slug.Make(Path.GetFileNameWithoutExtension(name), int.MaxValue);
        return new Article
        {
            Id = id.Length > 0 ? id : "article",
            Path = document.Path,
            // The DOCID is never a sentence of TEXT, so no sentence is taken for a repeated headline.
            Title = document.DocId ?? name,
            Date = document.Dct,
            Body = document.Text,
        };
    }
}
