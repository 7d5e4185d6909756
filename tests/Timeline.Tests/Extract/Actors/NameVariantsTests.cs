using Timeline.Extract.Actors;

namespace Timeline.Tests.Extract.Actors;

public sealed class NameVariantsTests
{
    [Theory]
    [InlineData("Halvor Co", "Halvor")]
    [InlineData("Tessel & Co", "Tessel")]
    [InlineData("Tessel & Co Ltd", "Tessel")]
    [InlineData("Tessel &", null)]
    [InlineData("Marks & Tessel", null)]
    public void A_legal_form_and_the_ampersand_before_it_are_dropped(string name, string? plain) =>
        Assert.Equal(plain, NameVariants.WithoutLegalForm(name));

    [Theory]
    [InlineData("Jackie Savell", "Jacqueline Savell")]
    [InlineData("Kenny Orr", "Kenneth Orr")]
    [InlineData("Bob Orr", "Robert Orr")]
    [InlineData("Jacqueline Savell", null)]
    public void A_familiar_given_name_has_its_formal_name(string name, string? formal) =>
        Assert.Equal(formal, NameVariants.Formal(name));
}
