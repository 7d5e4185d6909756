using Microsoft.Recognizers.Text;

namespace Timeline.Extract.Time.Shapes;

/// <summary>
/// A fast engine for the commonest shapes of time expression in news windows (dates, months, years, weekdays, "last
/// week", "two years ago"; <see cref="ShapeMatcher"/>), giving exactly what the recogniser gives for a window that holds
/// only such shapes among ordinary words. Any other window, or any doubt, gives null: the recogniser reads it. A word is
/// ordinary when the recogniser's patterns do not use it (<see cref="ShapeWords.Recognised"/>), when it is one of the few
/// checked words that change nothing (<see cref="ShapeWords.Plain"/>), or when it is a modifier standing two tokens or
/// more from every shape (<see cref="ShapeWords.Modifiers"/>). Thread-safe: it holds nothing between calls.
/// </summary>
internal sealed class ShapeReader
{
    /// <summary>Tokens kept between a modifier and a shape.</summary>
    private const int ModifierGap = 2;

    public List<ModelResult>? Read(string window, DateTime reference)
    {
        var tokens = ShapeTokenizer.Split(window);
        var matcher = new ShapeMatcher(window, tokens, reference);
        var shapes = new List<Shape>(2);
        var modifiers = new List<int>();
        for (var i = 0; i < tokens.Count;)
        {
            if (matcher.At(i) is { } shape)
            {
                if (ReferenceEquals(shape, Shape.Doubt)) return null;
                shapes.Add(shape);
                i = shape.Last + 1;
                continue;
            }

            switch (Judge(window, tokens[i]))
            {
                case Verdict.Modifier:
                    modifiers.Add(i);
                    break;
                case Verdict.Doubt:
                    return null;
            }

            i++;
        }

        return Apart(window, tokens, shapes, modifiers) ? [.. shapes.Select(s => Result(window, tokens, s))] : null;
    }

    private enum Verdict
    {
        Plain,
        Modifier,
        Doubt,
    }

    // A token that is not part of a shape: a word of the patterns, a number or an unusual mark leaves the window to the recogniser.
    private static Verdict Judge(string window, ShapeToken token)
    {
        if (token.Kind == ShapeTokenKind.Number) return Verdict.Doubt;
        if (token.Kind == ShapeTokenKind.Mark)
        {
            return window[token.Start] is ',' or '.' or '"' or '\u201C' or '\u201D' or '(' or ')' or ';' or ':' or '!' or '?' or '\'' or '\u2019'
                ? Verdict.Plain
                : Verdict.Doubt;
        }

        var word = Base(window, token);
        var verdict = Verdict.Plain;
        if (ShapeWords.Recognised.Contains(word) && !ShapeWords.Plain.Contains(word))
        {
            if (!ShapeWords.Modifiers.Contains(word)) return Verdict.Doubt;
            verdict = Verdict.Modifier;
        }

        // A plural or an adverb of a word of the patterns ("Mondays", "weekly") is one too.
        if (word.Length > 1 && word.EndsWith('s') && ShapeWords.Recognised.Contains(word[..^1])) return Verdict.Doubt;
        if (word.Length > 2 && word.EndsWith("ly", StringComparison.Ordinal) && ShapeWords.Recognised.Contains(word[..^2])) return Verdict.Doubt;
        return verdict;
    }

    // Shapes side by side can make one expression ("Thursday, June 3", "Monday to Friday"), and a modifier beside one
    // changes it ("after the April 20 blast"): the window is the fast engine's only when neither happens.
    private static bool Apart(string window, List<ShapeToken> tokens, List<Shape> shapes, List<int> modifiers)
    {
        foreach (var m in modifiers)
        {
            if (shapes.Exists(s => s.First - ModifierGap <= m && m <= s.Last + ModifierGap)) return false;
        }

        for (var k = 1; k < shapes.Count; k++)
        {
            var between = false;
            for (var t = shapes[k - 1].Last + 1; t < shapes[k].First && !between; t++)
            {
                between = tokens[t].Kind == ShapeTokenKind.Word && !ShapeWords.Recognised.Contains(Base(window, tokens[t]));
            }

            if (!between) return false;
        }

        return true;
    }

    // The word without a possessive "'s".
    private static string Base(string window, ShapeToken token)
    {
        var length = token.Length;
        if (length > 2 && window[token.End - 1] is 's' or 'S' && ShapeTokenizer.IsApostrophe(window[token.End - 2])) length -= 2;
        return window.Substring(token.Start, length).ToLowerInvariant();
    }

    private static ModelResult Result(string window, List<ShapeToken> tokens, Shape shape)
    {
        var start = tokens[shape.First].Start;
        var end = tokens[shape.Last].End;
        return new ModelResult
        {
            Text = window[start..end].ToLowerInvariant(),
            Start = start,
            End = end - 1,
            TypeName = "datetimeV2." + shape.Kind,
            Resolution = new SortedDictionary<string, object> { ["values"] = shape.Values },
        };
    }
}
