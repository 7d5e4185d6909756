using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

/// <summary>How runs of capitalised words become actors: the conventions of CoNLL-style names, one test each.</summary>
public sealed class NameRunTests
{
    private static readonly ActorRecognizer Recognizer = new(Gazetteer.Default);

    private static ActorMention Single(string sentence, string text) =>
        Assert.Single(Recognizer.Recognize(sentence, 0), m => m.Text == text);

    [Theory]
    [InlineData("The deal was approved by the NCAA on Monday.", "NCAA")]
    [InlineData("He joined FC Basel in the summer.", "FC Basel")]
    [InlineData("The interview ran on BBC Radio last night.", "BBC Radio")]
    public void Takes_an_acronym_alone_or_inside_a_name_for_an_organisation(string sentence, string text)
    {
        Assert.Equal(ActorKind.Organisation, Single(sentence, text).Kind);
    }

    [Theory]
    [InlineData("Scientists at the Fjord Conservancy warned of the damage.", "Fjord Conservancy")]
    [InlineData("The Consortium for Fjord Research sent a ship.", "Consortium for Fjord Research")]
    [InlineData("The Harbour Caucus wrote to the minister on Monday.", "Harbour Caucus")]
    public void Takes_a_name_headed_by_a_conservancy_a_consortium_or_a_caucus_for_an_organisation(string sentence, string text)
    {
        Assert.Equal(ActorKind.Organisation, Single(sentence, text).Kind);
    }

    [Theory]
    [InlineData("The Food and Drug Administration approved the pill on Monday.", "Food and Drug Administration")]
    [InlineData("Officials at the Timber and Fisheries Commission met on Monday.", "Timber and Fisheries Commission")]
    [InlineData("The US Food and Drug Administration approved the pill on Monday.", "US Food and Drug Administration")]
    [InlineData("Inspectors from the Health and Safety Executive visited the rig.", "Health and Safety Executive")]
    public void Takes_two_field_nouns_joined_by_and_before_a_bodys_head_for_one_organisation(string sentence, string text)
    {
        Assert.Equal(ActorKind.Organisation, Single(sentence, text).Kind);
    }

    [Theory]
    [InlineData("Ford and General Motors recalled the cars on Monday.", "General Motors")]
    [InlineData("Ida Berg and Timber Commission staff met on Monday.", "Timber Commission")]
    public void Does_not_join_a_name_before_and_or_a_name_past_a_bodys_head_into_one_body(string sentence, string text)
    {
        Assert.Equal(ActorKind.Organisation, Single(sentence, text).Kind);
    }

    [Theory]
    [InlineData("Stalls at the Arts and Crafts Fair opened on Monday.")]
    [InlineData("Tickets for the Rock and Roll Revival sold out.")]
    public void Does_not_join_a_pair_joined_by_and_before_a_word_that_heads_no_body(string sentence)
    {
        Assert.DoesNotContain(Recognizer.Recognize(sentence, 0), m => m.Text.Contains(" and ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The US National Highway Traffic Safety Administration opened an inquiry.", "US National Highway Traffic Safety Administration")]
    [InlineData("The Fjord Harbour Administration closed the port.", "Fjord Harbour Administration")]
    public void Takes_a_name_headed_by_administration_for_an_organisation(string sentence, string text)
    {
        Assert.Equal(ActorKind.Organisation, Single(sentence, text).Kind);
    }

    [Theory]
    [InlineData("The film is out on DVD and on TV next week.")]
    [InlineData("She spent ten years as CEO before the vote.")]
    public void Never_takes_the_acronym_of_a_thing_for_an_actor(string sentence)
    {
        Assert.Empty(Recognizer.Recognize(sentence, 0));
    }

    [Theory]
    [InlineData("The crowd cheered for Michael Jordan all night.", "Michael Jordan")]
    [InlineData("The party was hosted by Paris Hilton in May.", "Paris Hilton")]
    [InlineData("The bill was signed by Barack Obama on Friday.", "Barack Obama")]
    public void Reads_a_given_name_followed_by_a_place_name_as_a_person(string sentence, string text)
    {
        var mentions = Recognizer.Recognize(sentence, 0);

        var person = Assert.Single(mentions);
        Assert.Equal(text, person.Text);
        Assert.Equal(ActorKind.Person, person.Kind);
    }

    [Theory]
    [InlineData("The show includes stars from the US and UK Chris Hunt, head of the tour, admitted it had been hard.", "UK", "Chris Hunt")]
    [InlineData("Fans came from France Ida Berg said on Monday.", "France", "Ida Berg")]
    public void A_country_run_on_into_a_given_name_and_a_family_name_is_the_country_and_a_person(string sentence, string country, string person)
    {
        var mentions = Recognizer.Recognize(sentence, 0);

        Assert.Contains(mentions, m => m.Kind == ActorKind.Country && m.Text == country);
        Assert.Contains(mentions, m => m.Kind == ActorKind.Person && m.Text == person);
    }

    [Theory]
    [InlineData("The UK Independence Party won two seats on Monday.", "UK Independence Party")]
    [InlineData("The US Virgin Islands voted on Monday.", "US Virgin Islands")]
    [InlineData("The Ireland Rugby Football Union met on Monday.", "Ireland Rugby Football Union")]
    public void A_country_s_name_that_opens_a_longer_name_stays_in_it(string sentence, string text)
    {
        Assert.Contains(Recognizer.Recognize(sentence, 0), m => m.Text == text);
    }

    [Theory]
    [InlineData("Relatives of Michael Jackson will seek a second autopsy.", "Michael Jackson")]
    [InlineData("Fans of Paris Hilton queued all night.", "Paris Hilton")]
    [InlineData("Left speechless by his death Supporters of Michael Jordan gathered outside.", "Michael Jordan")]
    public void Reads_a_given_name_and_a_place_name_after_capitalised_words_and_of_as_a_person(string sentence, string text)
    {
        var mentions = Recognizer.Recognize(sentence, 0);

        var person = Assert.Single(mentions, m => m.Kind == ActorKind.Person);
        Assert.Equal(text, person.Text);
        Assert.DoesNotContain(mentions, m => m.Kind != ActorKind.Person && m.Text.EndsWith("of " + text.Split(' ')[0], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Mary L. Vellberg will also tell the panel that the agency erred.", "Mary L. Vellberg")]
    [InlineData("The report was written by Mary J. R. Vellberg last year.", "Mary J. R. Vellberg")]
    public void Reads_a_given_name_that_is_a_place_with_initials_and_a_family_name_as_a_person(string sentence, string text)
    {
        var person = Assert.Single(Recognizer.Recognize(sentence, 0));

        Assert.Equal(text, person.Text);
        Assert.Equal(ActorKind.Person, person.Kind);
    }

    [Theory]
    [InlineData("The fires reached East Texas on Sunday.", "East Texas")]
    [InlineData("Fires spread across Southern California this week.", "Southern California")]
    public void Keeps_a_compass_word_with_the_place_it_qualifies(string sentence, string text)
    {
        var place = Single(sentence, text);
        Assert.Equal(ActorKind.Place, place.Kind);
        Assert.Equal("United States", place.Country);
    }

    [Fact]
    public void Leaves_an_occupation_written_with_a_capital_out_of_the_name()
    {
        var person = Single("The train was driven by Engineer John Greiner that day.", "John Greiner");

        Assert.Equal(ActorKind.Person, person.Kind);
    }

    [Fact]
    public void Keeps_a_capitalised_the_inside_a_sentence_as_part_of_a_name()
    {
        var band = Single("They toured with The Used and others.", "The Used");

        Assert.Equal(ActorKind.Organisation, band.Kind);
    }

    [Theory]
    [InlineData("LONDON (Reuters) - The Vell Savings Bank raised its rates on Thursday.")]
    [InlineData("AARHUS, May 27 (Reuters) - The Vell Savings Bank raised its rates on Thursday.")]
    [InlineData("AARHUS -- The Vell Savings Bank raised its rates on Thursday.")]
    public void Leaves_the_capitalised_the_after_a_wire_dateline_out_of_the_name(string sentence)
    {
        Assert.Equal(ActorKind.Organisation, Single(sentence, "Vell Savings Bank").Kind);
    }

    [Fact]
    public void Reads_a_place_followed_by_a_plural_name_as_a_sports_team()
    {
        Assert.Equal(ActorKind.Organisation, Single("He signed with the Boston Bruins in 1950.", "Boston Bruins").Kind);
    }

    [Fact]
    public void Reads_two_ordinary_words_as_a_band_or_firm_rather_than_a_person()
    {
        Assert.Equal(ActorKind.Organisation, Single("He later joined Killing Joke on bass.", "Killing Joke").Kind);
    }

    [Theory]
    [InlineData("The second single from A Beautiful Lie was released in May.")]
    [InlineData("The band recorded Time Has Taken Its Toll in one night.")]
    [InlineData("The crowd sang \" Wake Up \" twice.")]
    public void Never_takes_the_title_of_a_work_for_an_actor(string sentence)
    {
        Assert.Empty(Recognizer.Recognize(sentence, 0));
    }

    [Theory]
    [InlineData("He served with the 139th in the VI Corps until 1864.", "VI Corps")]
    [InlineData("The album came out on Virgin Records in Europe.", "Virgin Records")]
    public void Reads_a_run_with_an_organisation_word_as_an_organisation(string sentence, string text)
    {
        Assert.Equal(ActorKind.Organisation, Single(sentence, text).Kind);
    }

    [Fact]
    public void Prefers_a_compass_place_to_the_group_the_west()
    {
        var place = Single("The second car of the West Jersey train left the rails.", "West Jersey");

        Assert.Equal(ActorKind.Place, place.Kind);
    }

    [Theory]
    [InlineData("The road runs to St. Johnsbury in the north.", "St. Johnsbury")]
    [InlineData("They settled near the town of Hiram on the river.", "Hiram")]
    public void Reads_a_saints_abbreviation_or_a_place_noun_before_of_as_a_place(string sentence, string text)
    {
        Assert.Equal(ActorKind.Place, Single(sentence, text).Kind);
    }

    [Fact]
    public void Reads_a_city_followed_by_an_ordinary_word_as_its_team()
    {
        Assert.Equal(ActorKind.Organisation, Single("He played for Perth Glory in 2005.", "Perth Glory").Kind);
    }

    [Theory]
    [InlineData("It was attached to the 65th Air Division in 1952.", "65th Air Division")]
    [InlineData("The regiment joined Howe's Brigade that spring.", "Howe's Brigade")]
    [InlineData("It was attached to 101 Logistic Brigade in 2003.", "101 Logistic Brigade")]
    public void Keeps_a_units_number_or_its_commanders_name_in_the_units_name(string sentence, string text)
    {
        Assert.Equal(ActorKind.Organisation, Single(sentence, text).Kind);
    }

    [Fact]
    public void A_count_of_a_hundred_or_more_before_a_unit_is_no_word_of_its_name()
    {
        var mentions = Recognizer.Recognize("In 2003 Lars Holm decided to show off by sending 400 Jutland Guards in tanks to Aarhus.", 0);

        Assert.DoesNotContain(mentions, m => m.Text.StartsWith("400", StringComparison.Ordinal));
    }

    [Fact]
    public void Never_reads_an_organisation_after_a_capitalised_word_as_a_person()
    {
        Assert.Equal(ActorKind.Organisation, Single("It moved to the Seventeenth Air Force in 1985.", "Seventeenth Air Force").Kind);
    }

    [Fact]
    public void Reads_an_unknown_word_and_a_plural_as_a_team()
    {
        Assert.Equal(ActorKind.Organisation, Single("He was drafted by the Fremantle Dockers in 2001.", "Fremantle Dockers").Kind);
    }

    [Fact]
    public void Leaves_a_sentence_starting_title_out_of_an_unknown_name()
    {
        Assert.Equal(ActorKind.Person, Single("Juniors Erique Dozier and others were named.", "Erique Dozier").Kind);
    }

    [Fact]
    public void Keeps_a_compass_word_that_opens_an_organisations_name()
    {
        Assert.Equal(ActorKind.Organisation, Single("He signed for the Western Force in 2006.", "Western Force").Kind);
    }

    [Fact]
    public void Never_takes_a_year_for_part_of_an_organisations_name()
    {
        Assert.Equal(ActorKind.Organisation, Single("In the 1994 NCAA season he scored twice.", "NCAA").Kind);
    }

    [Fact]
    public void Ends_a_name_before_on_so_an_address_stays_apart()
    {
        var mentions = Recognizer.Recognize("They met at Hotel Essex on Collins Avenue that night.", 0);

        Assert.Contains(mentions, m => m is { Text: "Hotel Essex", Kind: ActorKind.Organisation });
        Assert.Contains(mentions, m => m is { Text: "Collins Avenue", Kind: ActorKind.Place });
    }

    [Theory]
    [InlineData("The cup went to Montreal HC that year.", "Montreal HC", ActorKind.Organisation)]
    [InlineData("She moved from NYC to Boston.", "NYC", ActorKind.Place)]
    public void Reads_a_city_with_an_acronym_as_a_club_and_a_citys_abbreviation_as_the_city(string sentence, string text, ActorKind kind)
    {
        Assert.Equal(kind, Single(sentence, text).Kind);
    }

    [Fact]
    public void Keeps_of_the_inside_an_organisations_name()
    {
        Assert.Equal(ActorKind.Organisation, Single("The regiment joined the Army of the Potomac in 1862.", "Army of the Potomac").Kind);
    }

    [Fact]
    public void Reads_towns_in_a_game_result_as_their_teams_and_countries_as_countries()
    {
        var clubs = Recognizer.Recognize("Leeds beat Arsenal 2-0 on Saturday.", 0);
        var nations = Recognizer.Recognize("Japan beat China 2-1 in the final.", 0);

        Assert.All(clubs, m => Assert.Equal(ActorKind.Organisation, m.Kind));
        Assert.Equal(["Leeds", "Arsenal"], clubs.Select(m => m.Text));
        Assert.All(nations, m => Assert.Equal(ActorKind.Country, m.Kind));
    }
}
