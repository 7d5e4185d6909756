using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Definitions;
using Microsoft.Recognizers.Definitions.English;
using Timeline.Extract.Time.Shapes;

namespace Timeline.Tests.Extract.Time.Shapes;

/// <summary>The fast engine's list of the recogniser's words is the library's own: an upgrade that adds a word fails here.</summary>
public sealed partial class ShapeWordsTests
{
    [Fact]
    public void Every_word_of_the_recognisers_english_patterns_is_known()
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in new[] { typeof(DateTimeDefinitions), typeof(NumbersDefinitions), typeof(BaseDateTime) })
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                foreach (var text in Texts(field.GetValue(null)))
                {
                    foreach (Match m in Letters().Matches(text)) words.Add(m.Value.ToLowerInvariant());
                }
            }
        }

        Assert.DoesNotContain(words, w => !ShapeWords.Recognised.Contains(w));
        Assert.True(words.Count > 500);
    }

    private static IEnumerable<string> Texts(object? value) => value switch
    {
        string s => [s],
        IEnumerable<string> list => list,
        System.Collections.IDictionary map => map.Keys.Cast<object>().Concat(map.Values.Cast<object>()).Select(o => o?.ToString() ?? ""),
        _ => [],
    };

    [GeneratedRegex("[A-Za-z]+")]
    private static partial Regex Letters();
}
