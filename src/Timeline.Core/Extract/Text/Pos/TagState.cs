namespace Timeline.Extract.Text.Pos;

/// <summary>The tokens of one sentence and their tags while the tagger's passes rewrite them.</summary>
internal sealed class TagState
{
    public TagState(IReadOnlyList<string> tokens)
    {
        Tokens = tokens;
        Lower = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++) Lower[i] = tokens[i].ToLowerInvariant();
        Tags = new string[tokens.Count];
        Blocked = new bool[tokens.Count];
    }

    public IReadOnlyList<string> Tokens { get; }

    public string[] Lower { get; }

    public string[] Tags { get; }

    /// <summary>Tokens whose tag no later pass may change.</summary>
    public bool[] Blocked { get; }

    public int Count => Tags.Length;

    /// <summary>The tag at i, or null outside the sentence (JavaScript's undefined, which equals only undefined).</summary>
    public string? TagAt(int i) => i >= 0 && i < Tags.Length ? Tags[i] : null;

    /// <summary>The tag at i, or "" outside the sentence (en-pos writes <c>tags[i] || ""</c>).</summary>
    public string TagOrEmpty(int i) => TagAt(i) ?? "";

    /// <summary>The lowercased token at i, or "" outside the sentence.</summary>
    public string LowerOrEmpty(int i) => i >= 0 && i < Lower.Length ? Lower[i] : "";

    /// <summary>The token as written at i, or "" outside the sentence.</summary>
    public string TokenOrEmpty(int i) => i >= 0 && i < Tokens.Count ? Tokens[i] : "";
}
