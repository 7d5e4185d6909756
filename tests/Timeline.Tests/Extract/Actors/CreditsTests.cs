using Timeline.Extract.Actors;

namespace Timeline.Tests.Extract.Actors;

/// <summary>Names in a story's credits take no part in it: bylines, credit lines, the agency in a wire dateline.</summary>
public sealed class CreditsTests
{
    [Theory]
    [InlineData("OSLO (Reuters) - Maersk cut 500 jobs on Monday.", "Reuters")]
    [InlineData("Intro line.\nBERGEN, Norway (AP) — Maersk cut 500 jobs.", "AP")]
    [InlineData("(Reporting by Ida Berg; Editing by Lars Holm)", "Lars Holm")]
    [InlineData("By Ida Berg\nMaersk cut jobs.", "Ida Berg")]
    public void A_credit_is_not_the_story(string body, string name) =>
        Assert.True(Credits.IsCredit(body, body.IndexOf(name, StringComparison.Ordinal)));

    [Theory]
    [InlineData("OSLO (Reuters) - Maersk cut 500 jobs on Monday.", "Maersk")]
    [InlineData("Maersk told a reporter (Reuters) that it cut jobs.", "Reuters")]
    public void A_name_in_the_story_or_in_brackets_elsewhere_is_no_credit(string body, string name) =>
        Assert.False(Credits.IsCredit(body, body.IndexOf(name, StringComparison.Ordinal)));
}
