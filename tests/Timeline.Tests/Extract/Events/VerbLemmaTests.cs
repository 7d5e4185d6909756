using Timeline.Extract.Events;

namespace Timeline.Tests.Extract.Events;

/// <summary>Regular verb forms reduce to one stem, so two forms of a verb compare equal.</summary>
public sealed class VerbLemmaTests
{
    [Theory]
    [InlineData("stopped", "stop")]
    [InlineData("planning", "plan")]
    [InlineData("carried", "carry")]
    [InlineData("carries", "carry")]
    [InlineData("closed", "clos")]
    [InlineData("signed", "sign")]
    [InlineData("pushes", "push")]
    [InlineData("visits", "visit")]
    [InlineData("Visited", "visit")]
    public void Reduces_a_regular_form_to_its_stem(string form, string stem)
    {
        Assert.Equal(stem, VerbLemma.Of(form));
    }

    [Theory]
    [InlineData("called", "call")]
    [InlineData("passed", "pass")]
    [InlineData("buzzing", "buzz")]
    public void Keeps_a_doubled_l_s_or_z_that_belongs_to_the_stem(string form, string stem)
    {
        Assert.Equal(stem, VerbLemma.Of(form));
    }

    [Theory]
    [InlineData("met")]
    [InlineData("sued")]
    [InlineData("ran")]
    public void Leaves_a_word_of_four_letters_or_fewer_as_it_is(string form)
    {
        Assert.Equal(form, VerbLemma.Of(form));
    }

    [Fact]
    public void Does_not_strip_a_double_s()
    {
        Assert.Equal("press", VerbLemma.Of("press"));
    }

    [Fact]
    public void Candidates_add_the_stem_with_a_final_e()
    {
        Assert.Equal(["closed", "clos", "close"], VerbLemma.Candidates("Closed"));
    }

    [Theory]
    [InlineData("paid", "pay")]
    [InlineData("Sold", "sell")]
    [InlineData("spent", "spend")]
    [InlineData("closed", null)]
    public void A_past_no_suffix_gives_has_its_base_listed(string form, string? base_)
    {
        Assert.Equal(base_, VerbLemma.IrregularBase(form));
    }
}
