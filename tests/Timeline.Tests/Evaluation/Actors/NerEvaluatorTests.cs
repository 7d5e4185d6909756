using Timeline.Diagnostics;
using Timeline.Evaluation.Actors;
using Timeline.Extract.Actors;

namespace Timeline.Tests.Evaluation.Actors;

public sealed class NerEvaluatorTests
{
    private const string Sample = """
        -DOCSTART- O

        China I-LOC
        's O
        Defense O
        Minister O
        Li I-PER
        Shangfu I-PER
        visited O
        Belarus I-LOC
        and O
        the O
        United I-ORG
        Nations I-ORG
        . O

        """;

    [Fact]
    public void Reads_iob1_tags_into_exact_spans_and_a_b_tag_starts_a_new_entity()
    {
        var spans = ConllReader.Spans(0, ["I-PER", "I-PER", "B-PER", "O", "I-LOC"]);

        Assert.Equal([(0, 2, "PER"), (2, 3, "PER"), (4, 5, "LOC")], spans.Select(s => (s.Start, s.End, s.Type)));
    }

    [Fact]
    public void Reports_a_line_without_a_tag_and_reads_the_rest()
    {
        var diagnostics = new DiagnosticBag();
        var documents = ConllReader.Read("bad.conll", "Paris I-LOC\nbroken\nis O\n", diagnostics);

        Assert.Single(diagnostics.ToSortedList(), d => d.Code == ConllReader.BadLine && d.Line == 2);
        Assert.Equal(["Paris", "is"], documents.Single().Sentences.Single().Tokens);
    }

    [Fact]
    public void Scores_people_places_and_organisations_with_exact_spans()
    {
        var documents = ConllReader.Read("sample.conll", Sample, new DiagnosticBag());
        var evaluation = new NerEvaluator(new ActorRecognizer(Gazetteer.Default)).Evaluate(documents);

        Assert.Equal(4, evaluation.Overall.Gold);
        Assert.Equal(4, evaluation.Overall.Correct);
        Assert.Equal(1.0, evaluation.Overall.F1);
        Assert.Equal(2, evaluation.Types.Single(t => t.Type == "LOC").Correct);
    }

    [Fact]
    public void A_span_that_is_one_token_too_long_counts_as_a_miss_and_a_false_alarm()
    {
        var gold = "Li I-PER\nShangfu I-PER\nvisited O\n";
        var documents = ConllReader.Read("x.conll", gold.Replace("Li I-PER\n", "Li O\n", StringComparison.Ordinal), new DiagnosticBag());
        var evaluation = new NerEvaluator(new ActorRecognizer(Gazetteer.Default)).Evaluate(documents);

        Assert.Equal(1, evaluation.Overall.Gold);
        Assert.Equal(0, evaluation.Overall.Correct);
        Assert.Contains(evaluation.Errors, e => e.Contains("missed PER 'Shangfu'", StringComparison.Ordinal));
    }
}
