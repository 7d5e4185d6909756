using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Evaluation.Actors;

/// <summary>
/// Runs the actor recogniser and resolver over a CoNLL document and turns the actors it finds into
/// CoNLL entities: people PER, organisations ORG, countries and places LOC. Demonyms and groups are
/// MISC in CoNLL and are not scored, so they are left out.
/// </summary>
public sealed class ActorNerTagger(ActorRecognizer recognizer)
{
    public List<EntitySpan> Tag(ConllDocument document)
    {
        var text = ConllText.Of(document);
        var perSentence = text.Sentences
            .Select(s => recognizer.Recognize(text.Text[s.Start..s.End], s.Start))
            .ToList();
        var resolved = ActorResolver.Resolve(perSentence);
        var kinds = resolved.Actors.ToDictionary(a => a.Id, a => a.Kind, StringComparer.Ordinal);
        var spans = new List<EntitySpan>();
        foreach (var m in resolved.Mentions)
        {
            if (m.Mention.IsDemonym || TypeOf(kinds[m.ActorId]) is not { } type) continue;
            var sentence = document.Sentences[m.Sentence];
            // CoNLL leaves a lower-case article out of the entity ("the [United Nations]").
            var start = m.Mention.Text.StartsWith("the ", StringComparison.Ordinal) ? m.Mention.Start + 4 : m.Mention.Start;
            if (text.Tokens(m.Sentence, start, m.Mention.End, sentence.Tokens) is { } range)
            {
                spans.Add(new EntitySpan { Sentence = m.Sentence, Start = range.Start, End = range.End, Type = type });
            }
        }

        return spans;
    }

    public static string? TypeOf(ActorKind kind) => kind switch
    {
        ActorKind.Person => "PER",
        ActorKind.Organisation => "ORG",
        ActorKind.Country or ActorKind.Place => "LOC",
        _ => null,
    };
}
