using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

public sealed class LostLetterGapsTests
{
    private static readonly ActorRecognizer Recognizer = new(Gazetteer.Default);

    [Theory]
    [InlineData("The council authorised Mayor Ines Vallane n to close the schools.", "Ines Vallane n", "Ines Vallanen")]
    [InlineData("The health secretary, Jos Luis C rvada, said the toll would rise.", "Jos Luis C rvada", "Jos Luis Crvada")]
    public void Joins_the_lower_case_rest_of_a_persons_name_cut_by_a_lost_letter(string sentence, string text, string name)
    {
        var person = Assert.Single(Recognizer.Recognize(sentence, 0), m => m.Kind == ActorKind.Person);

        Assert.Equal((text, name), (person.Text, person.Name));
    }

    [Theory]
    [InlineData("He toured with Lars Holm s band in Aarhus.", "Lars Holm")]
    [InlineData("The register lists Lars Holm b 1851 in Aarhus.", "Lars Holm")]
    [InlineData("The court heard Lars Holm v Vell Shipping on Monday.", "Lars Holm")]
    [InlineData("Lars Holm c and b Ida Berg 40 was the top score.", "Lars Holm")]
    [InlineData("Lars Holm ran home after the match.", "Lars Holm")]
    public void Leaves_a_name_before_a_word_an_apostrophes_letter_or_an_abbreviation_as_it_is(string sentence, string name)
    {
        Assert.Contains(Recognizer.Recognize(sentence, 0), m => m.Name == name && m.Text == name);
    }
}
