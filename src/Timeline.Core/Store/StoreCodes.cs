namespace Timeline.Store;

/// <summary>Diagnostic codes of the store stage (TL03xx); docs/yaml-format.md explains each one.</summary>
public static class StoreCodes
{
    /// <summary>The file is not valid YAML.</summary>
    public const string Syntax = "TL0301";

    /// <summary>A field the format does not know (often a typo).</summary>
    public const string UnknownField = "TL0302";

    /// <summary>Two events, or two actors, share an id.</summary>
    public const string DuplicateId = "TL0303";

    /// <summary>A value of the wrong kind, a missing required field, or an empty file.</summary>
    public const string InvalidValue = "TL0304";

    /// <summary>The <c>article.id</c> of an events file differs from its file name.</summary>
    public const string ArticleIdMismatch = "TL0305";

    /// <summary>An article id that cannot be used as a file name.</summary>
    public const string BadArticleId = "TL0306";

    /// <summary>A date that cannot be read: not yyyy-MM-dd where a day is needed, or not one of the short forms.</summary>
    public const string BadDate = "TL0307";

    /// <summary>An event names an actor or place that is not in actors.yaml.</summary>
    public const string UnknownActor = "TL0308";

    /// <summary>A <c>before</c>/<c>after</c> date names an anchor event that does not exist.</summary>
    public const string UnknownAnchor = "TL0309";

    /// <summary>A hand-edited item was kept; the extractor proposes a change that was not applied.</summary>
    public const string EditedByHand = "TL0310";

    /// <summary>An extracted event whose article is unknown, so there is no file to store it in.</summary>
    public const string NoArticle = "TL0311";

    /// <summary>A store file could not be read, or writing failed (then nothing was changed).</summary>
    public const string FileAccess = "TL0312";

    public const string Locked = "TL0314";

    /// <summary>summary.yaml lists the same day twice.</summary>
    public const string DuplicateKeyDate = "TL0320";

    /// <summary>Two entries of summary.yaml share an id.</summary>
    public const string DuplicateKeyEntry = "TL0321";

    /// <summary>A key entry names an article, event or actor the timeline does not have (the site shows it without that link).</summary>
    public const string UnknownSummaryReference = "TL0322";
}
