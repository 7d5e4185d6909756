using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

/// <summary>The recogniser with its entity model, on sentences written for these tests.</summary>
public sealed class ModelMentionsTests
{
    private static readonly ActorRecognizer Recognizer = new(Gazetteer.Default);

    private static List<ActorMention> Actors(string sentence) =>
        [.. Recognizer.Recognize(sentence, 0).Where(m => !m.IsDemonym)];

    [Fact]
    public void Finds_a_company_named_by_two_words_as_one_organisation()
    {
        var mentions = Actors("General Motors said on Tuesday it would cut output at two plants.");

        var company = Assert.Single(mentions);
        Assert.Equal("General Motors", company.Text);
        Assert.Equal(ActorKind.Organisation, company.Kind);
    }

    [Theory]
    [InlineData("They agreed to act, US Treasury Secretary Henry Paulson said after the meeting.")]
    [InlineData("They agreed to act, British Finance Minister Kari Lund said after the meeting.")]
    public void A_role_before_a_given_and_a_family_name_stays_a_persons_however_sure_the_model_is_of_a_body(string sentence)
    {
        var mentions = Actors(sentence);

        var person = Assert.Single(mentions, m => m.Kind == ActorKind.Person);
        Assert.DoesNotContain(mentions, m => m.Kind == ActorKind.Organisation && m.Text.Contains(person.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Keeps_the_abbreviated_company_word_and_its_dot_in_the_name()
    {
        var mentions = Actors("Ford Motor Co. raised its forecast for the year.");

        var company = Assert.Single(mentions);
        Assert.Equal("Ford Motor Co.", company.Text);
        Assert.Equal(ActorKind.Organisation, company.Kind);
    }

    [Fact]
    public void Finds_a_person_after_a_title_with_the_title_as_role()
    {
        var mentions = Actors("Finance Minister Karl Brandauer told reporters the budget was sound.");

        var person = Assert.Single(mentions);
        Assert.Equal("Karl Brandauer", person.Name);
        Assert.Equal(ActorKind.Person, person.Kind);
        Assert.Equal("Finance Minister", person.Role);
    }

    [Fact]
    public void Tells_a_person_an_organisation_and_a_place_apart_in_one_sentence()
    {
        var mentions = Actors("Peter Halvorsen, a spokesman for Statoil, said in Oslo that talks would resume.");

        Assert.Contains(mentions, m => m is { Text: "Peter Halvorsen", Kind: ActorKind.Person });
        Assert.Contains(mentions, m => m is { Text: "Statoil", Kind: ActorKind.Organisation });
        Assert.Contains(mentions, m => m is { Text: "Oslo", Kind: ActorKind.Place });
    }

    [Fact]
    public void A_common_nouns_letters_before_a_lowercase_noun_are_not_part_of_the_name()
    {
        var mentions = Actors("Gowers headed Lehman Brothers PR team during its collapse.");

        Assert.Contains(mentions, m => m is { Text: "Lehman Brothers", Kind: ActorKind.Organisation });
        Assert.DoesNotContain(mentions, m => m.Text.Contains("PR", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hand_added_name_wins_over_the_model()
    {
        var edited = Gazetteer.Default.With([new GazetteerEntry { Name = "General Motors Company", Kind = ActorKind.Organisation }], ["Motors"]);
        var recognizer = new ActorRecognizer(edited);

        var mentions = recognizer.Recognize("Motors said on Tuesday it would cut output.", 0);

        var company = Assert.Single(mentions);
        Assert.Equal("General Motors Company", company.Name);
    }

    [Fact]
    public void A_country_stays_the_country_the_gazetteer_knows()
    {
        var mentions = Actors("Talks between Germany and Poland ended on Friday.");

        Assert.Equal(["Germany", "Poland"], mentions.Select(m => m.Name));
        Assert.All(mentions, m => Assert.Equal(ActorKind.Country, m.Kind));
    }

    [Theory]
    [InlineData("The Italian carmaker Fiat agreed on Friday to take a stake in a rival.", "Fiat")]
    [InlineData("The US carmaker Chrysler filed for bankruptcy protection on Thursday.", "Chrysler")]
    public void A_name_after_its_trade_is_a_firm_whatever_the_word_alone_looks_like(string sentence, string name)
    {
        var firm = Assert.Single(Actors(sentence), m => m.Text == name);
        Assert.Equal(ActorKind.Organisation, firm.Kind);
    }

    [Fact]
    public void A_person_after_the_noun_of_a_firm_stays_a_person()
    {
        var mentions = Actors("The company Lars Holm founded in Aarhus cut 300 jobs.");

        Assert.DoesNotContain(mentions, m => m.Kind == ActorKind.Organisation && m.Text.Contains("Holm", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dictionary_word_opening_the_sentence_is_a_firm_where_an_apposition_of_its_trade_follows()
    {
        var firm = Assert.Single(Actors("Fiat, the Italian carmaker, agreed on Tuesday to take a stake in a rival."), m => m.Text == "Fiat");
        Assert.Equal(ActorKind.Organisation, firm.Kind);
    }

    [Theory]
    [InlineData("Meanwhile, the company, which lost money, cut 300 jobs.", "Meanwhile")]
    [InlineData("Orchard, the firm said that it would soon close all of its old yards.", "Orchard")]
    public void An_opening_word_without_a_trade_apposition_closed_by_a_comma_is_no_firm(string sentence, string word)
    {
        Assert.DoesNotContain(Actors(sentence), m => m.Text == word && m.Kind == ActorKind.Organisation);
    }

    [Theory]
    [InlineData("The Air Force chose Northrop Grumman and EADS on Friday to build 40 tankers.", "Northrop Grumman")]
    [InlineData("Lockheed Martin won a contract on Friday to build 40 fighters.", "Lockheed Martin")]
    public void A_firm_named_after_its_founders_is_one_organisation(string sentence, string name)
    {
        var firm = Assert.Single(Actors(sentence), m => m.Text.Contains(name.Split(' ')[1], StringComparison.Ordinal));
        Assert.Equal(name, firm.Text);
        Assert.Equal(ActorKind.Organisation, firm.Kind);
    }

    [Fact]
    public void A_person_named_like_a_firm_stays_a_person()
    {
        var person = Assert.Single(Actors("Michael Dell said on Monday that the company would cut 300 jobs."));
        Assert.Equal(ActorKind.Person, person.Kind);
        Assert.Equal("Michael Dell", person.Text);
    }

    [Theory]
    [InlineData("Fjordvik Automobile filed for bankruptcy on Monday.", "Fjordvik Automobile")]
    [InlineData("Vellstrom Aerospace delivered its first jet on Monday.", "Vellstrom Aerospace")]
    public void A_carmakers_or_planemakers_name_is_an_organisation(string sentence, string name)
    {
        var firm = Assert.Single(Actors(sentence), m => m.Text == name);
        Assert.Equal(ActorKind.Organisation, firm.Kind);
    }
}
