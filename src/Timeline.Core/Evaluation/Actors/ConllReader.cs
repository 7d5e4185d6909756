using Timeline.Diagnostics;

namespace Timeline.Evaluation.Actors;

/// <summary>
/// Reads CoNLL NER files: one token a line, its tag in the last column, blank lines between sentences,
/// <c>-DOCSTART-</c> between documents. Both the 2-column (wikigold) and 4-column (CoNLL-2003) layouts work.
/// </summary>
public static class ConllReader
{
    public const string BadLine = "TL0520";

    public static List<ConllDocument> Read(string path, string text, DiagnosticBag diagnostics)
    {
        var documents = new List<ConllDocument>();
        var sentences = new List<ConllSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            var columns = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length == 0 || columns[0] == "-DOCSTART-")
            {
                EndSentence();
                if (columns.Length > 0) EndDocument();
                continue;
            }

            var tag = columns[^1];
            if (columns.Length < 2 || !IsTag(tag))
            {
                diagnostics.Add(Diagnostic.Error(BadLine, path, lineNumber, 1, $"expected a token and an IOB tag (O, B-PER, I-LOC, ...; IOB1 or IOB2), found '{line}'"));
                continue;
            }

            tokens.Add(columns[0]);
            tags.Add(tag);
        }

        EndSentence();
        EndDocument();
        return documents;

        void EndSentence()
        {
            if (tokens.Count == 0) return;
            sentences.Add(new ConllSentence { Tokens = tokens, Tags = tags });
            tokens = [];
            tags = [];
        }

        void EndDocument()
        {
            if (sentences.Count == 0) return;
            documents.Add(new ConllDocument { Sentences = sentences });
            sentences = [];
        }
    }

    /// <summary>Entity spans of a tag sequence. An I- tag after another type (IOB1) starts an entity, as a B- tag does.</summary>
    public static List<EntitySpan> Spans(int sentence, IReadOnlyList<string> tags)
    {
        var spans = new List<EntitySpan>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var tagType = tag.Length > 2 ? tag[2..] : null;
            var continues = tag.StartsWith("I-", StringComparison.Ordinal) && tagType == type;
            if (continues) continue;
            if (type is not null) spans.Add(new EntitySpan { Sentence = sentence, Start = start, End = i, Type = type });
            type = tagType;
            start = i;
        }

        return spans;
    }

    private static bool IsTag(string tag) =>
        tag == "O" || (tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I');
}
