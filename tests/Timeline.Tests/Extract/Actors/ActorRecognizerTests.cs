using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

public sealed class ActorRecognizerTests
{
    private static readonly ActorRecognizer Recognizer = new(Gazetteer.Default);

    [Fact]
    public void Reads_role_and_country_of_a_person_introduced_by_a_possessive()
    {
        var mentions = Recognizer.Recognize("China’s Defense Minister Li Shangfu arrived in Minsk.", 0);

        var person = Assert.Single(mentions, m => m.Kind == ActorKind.Person);
        Assert.Equal("Li Shangfu", person.Name);
        Assert.Equal("Defense Minister", person.Role);
        Assert.Equal("China", person.Country);
        Assert.False(person.IsPartial);
    }

    [Fact]
    public void Reads_the_country_of_a_person_introduced_by_a_demonym()
    {
        var mentions = Recognizer.Recognize("Belarusian leader Alexander Lukashenko greeted him.", 0);

        var person = Assert.Single(mentions, m => m.Kind == ActorKind.Person);
        Assert.Equal("Alexander Lukashenko", person.Name);
        Assert.Equal("Leader", person.Role);
        Assert.Equal("Belarus", person.Country);
        Assert.Contains(mentions, m => m is { Kind: ActorKind.Country, IsDemonym: true, Name: "Belarus" });
    }

    [Theory]
    [InlineData("Governor Bobby Jindal of Louisiana met the envoy.", "Bobby Jindal", "Louisiana")]
    [InlineData("Plaintiffs' attorney Russ Herman of Louisiana pressed for a single court.", "Russ Herman", "Louisiana")]
    [InlineData("The attorney, Lela Hollabaugh of Nashville, Tenn., pointed out the delays.", "Lela Hollabaugh", "Nashville")]
    [InlineData("Senator Ida Berg of Vellmark State voted against the bill.", "Ida Berg", null)]
    [InlineData("Bobby Jindal of Louisiana met the envoy.", "Bobby Jindal", "Louisiana")]
    public void Ends_a_role_holders_name_before_of_and_where_the_office_is(string sentence, string person, string? place)
    {
        var mentions = Recognizer.Recognize(sentence, 0);

        Assert.Contains(mentions, m => m.Kind == ActorKind.Person && m.Name == person);
        Assert.DoesNotContain(mentions, m => m.Text.Contains(" of", StringComparison.Ordinal));
        if (place is not null) Assert.Contains(mentions, m => m.Kind == ActorKind.Place && m.Name == place);
    }

    [Theory]
    [InlineData("The Los Angeles County Coroner's Office said the cause was unknown.", "Los Angeles County Coroner's Office")]
    [InlineData("The Vell County Sheriff's Department closed the road.", "Vell County Sheriff's Department")]
    public void Keeps_an_office_words_body_whole(string sentence, string body)
    {
        var mentions = Recognizer.Recognize(sentence, 0);

        Assert.Contains(mentions, m => m.Kind == ActorKind.Organisation && m.Text == body);
    }

    [Theory]
    [InlineData("Environmental Protection Agency Administrator Michael Regan toured Vell on Thursday.", "Environmental Protection Agency", "Michael Regan")]
    [InlineData("Vell Police Commissioner Ida Berg resigned.", "Vell Police", "Ida Berg")]
    [InlineData("Halvor County Sheriff Tom Lund said the road was closed.", "Halvor County", "Tom Lund")]
    public void Parts_a_body_from_the_person_a_capitalised_office_word_introduces(string sentence, string body, string person)
    {
        var mentions = Recognizer.Recognize(sentence, 0);

        Assert.Contains(mentions, m => m.Kind == ActorKind.Person && m.Name == person);
        Assert.DoesNotContain(mentions, m => m.Name.Contains(person, StringComparison.Ordinal) && m.Kind != ActorKind.Person);
        Assert.DoesNotContain(mentions, m => m.Text.Contains(body, StringComparison.Ordinal) && m.Text.Contains(person, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("South African health officials opened an inquiry in Vell.", "South African", "South Africa")]
    [InlineData("Sri Lankan troops reached Halvor on Monday.", "Sri Lankan", "Sri Lanka")]
    [InlineData("Papua New Guinean miners struck at Fjord.", "Papua New Guinean", "Papua New Guinea")]
    public void Reads_a_demonym_of_two_or_three_words_whole_as_its_country(string sentence, string text, string country)
    {
        var mentions = Recognizer.Recognize(sentence, 0);

        var demonym = Assert.Single(mentions, m => m.Start == 0);
        Assert.Equal(text, demonym.Text);
        Assert.Equal(country, demonym.Name);
        Assert.Equal(ActorKind.Country, demonym.Kind);
        Assert.True(demonym.IsDemonym);
    }

    [Theory]
    [InlineData("Uruguayan club Liverpool fielded a reserve side on Sunday.", "Liverpool")]
    [InlineData("Danish club Aarhus signed Lars Holm on Monday.", "Aarhus")]
    [InlineData("Premier League side Norway lost to Vell.", "Norway")]
    public void Reads_a_place_name_after_a_club_or_a_band_and_its_qualifier_as_that_body(string sentence, string name)
    {
        var mentions = Recognizer.Recognize(sentence, 0);

        var club = Assert.Single(mentions, m => m.Text == name);
        Assert.Equal(ActorKind.Organisation, club.Kind);
        Assert.Equal(name, club.Name);
    }

    [Theory]
    [InlineData("The team Norway sent to Vell arrived on Monday.", "Norway")]
    [InlineData("Fans of the club in Aarhus protested.", "Aarhus")]
    public void Leaves_a_place_after_a_determined_club_or_a_preposition_as_the_place(string sentence, string name)
    {
        var mentions = Recognizer.Recognize(sentence, 0);

        Assert.Contains(mentions, m => m.Text == name && m.Kind is ActorKind.Country or ActorKind.Place);
    }

    [Theory]
    [InlineData("Lars Holm, the Danish prime minister, arrived in Aarhus.", "Prime Minister", "Denmark")]
    [InlineData("Lars Holm, Denmark's prime minister, arrived in Aarhus.", "Prime Minister", "Denmark")]
    [InlineData("Lars Holm, the prime minister, arrived in Aarhus.", "Prime Minister", null)]
    [InlineData("The rally was led by Ida Berg, the foreign minister.", "Foreign Minister", null)]
    public void Reads_the_office_an_appositive_gives_a_person(string sentence, string role, string? country)
    {
        var mentions = Recognizer.Recognize(sentence, 0);

        var person = Assert.Single(mentions, m => m.Kind == ActorKind.Person);
        Assert.Equal(role, person.Role);
        Assert.Equal(country, person.Country);
    }

    [Theory]
    [InlineData("Lars Holm, the prime minister's son, arrived in Aarhus.")]
    [InlineData("Lars Holm, the former prime minister, arrived in Aarhus.")]
    [InlineData("Lars Holm, the prime minister of the club, arrived in Aarhus.")]
    [InlineData("Lars Holm, a Danish prime minister, arrived in Aarhus.")]
    public void Reads_no_office_from_an_appositive_about_someone_else_or_another_time(string sentence)
    {
        var mentions = Recognizer.Recognize(sentence, 0);

        var person = Assert.Single(mentions, m => m.Kind == ActorKind.Person);
        Assert.Null(person.Role);
    }

    [Theory]
    [InlineData("Former Aarhus Mayor Lars Holm was sworn in as minister.", "Former Mayor")]
    [InlineData("The former Governor Lars Holm spoke on Monday.", "Former Governor")]
    public void Reads_an_office_held_no_longer_as_a_former_role(string sentence, string role)
    {
        var person = Assert.Single(Recognizer.Recognize(sentence, 0), m => m.Kind == ActorKind.Person);

        Assert.Equal("Lars Holm", person.Name);
        Assert.Equal(role, person.Role);
    }

    [Theory]
    [InlineData("Former President, Vell Oil; Founder and CEO, Citizens for Cheap Energy.", "Vell Oil")]
    [InlineData("Chairman, Halvor Shipping Group.", "Halvor Shipping Group")]
    [InlineData("Director, Aarhus Relief Commission.", "Aarhus Relief Commission")]
    public void Reads_a_body_after_an_office_and_its_comma_as_where_the_office_is_held(string sentence, string body)
    {
        var mentions = Recognizer.Recognize(sentence, 0);

        Assert.Contains(mentions, m => m.Name == body && m.Kind == ActorKind.Organisation && m.Role is null);
        Assert.DoesNotContain(mentions, m => m.Kind == ActorKind.Person && m.Name.StartsWith(body.Split(' ')[0], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The cartel's president Angola might well ask why it pays to belong.", "Angola")]
    [InlineData("The EU president Sweden said the summit would go ahead.", "Sweden")]
    [InlineData("Talks were chaired by the president, Norway.", "Norway")]
    public void Reads_a_country_after_an_office_as_the_country_holding_it(string sentence, string country)
    {
        var mentions = Recognizer.Recognize(sentence, 0);

        Assert.Contains(mentions, m => m.Name == country && m.Kind == ActorKind.Country && m.Role is null);
        Assert.DoesNotContain(mentions, m => m.Kind == ActorKind.Person);
    }

    [Theory]
    [InlineData("The trip by the president, Ida Berg and daughter Sasha was cast as a mission.")]
    [InlineData("Gifts came from the mayor, Ida Berg or her deputy.")]
    public void Reads_no_office_for_the_next_item_of_a_list(string sentence)
    {
        var person = Assert.Single(Recognizer.Recognize(sentence, 0), m => m.Kind == ActorKind.Person && m.Name == "Ida Berg");

        Assert.Null(person.Role);
    }

    [Theory]
    [InlineData("The trip was planned by the mayor, Ida Berg, and her staff.")]
    [InlineData("The trip was planned by the mayor, Ida Berg.")]
    public void Reads_the_office_of_a_name_set_off_by_commas(string sentence)
    {
        var person = Assert.Single(Recognizer.Recognize(sentence, 0), m => m.Kind == ActorKind.Person && m.Name == "Ida Berg");

        Assert.Equal("Mayor", person.Role);
    }

    [Theory]
    [InlineData("The president sent officials from the US department of justice to Aarhus.", "US department of justice", "US Department of Justice")]
    [InlineData("The US justice department opened an inquiry into Maersk.", "US justice department", "US Justice Department")]
    [InlineData("Maersk leased the blocks from the U.S. department of the interior in May.", "U.S. department of the interior", "U.S. Department of the Interior")]
    public void Reads_a_department_written_in_lower_case_after_the_country(string sentence, string text, string name)
    {
        var mentions = Recognizer.Recognize(sentence, 0);

        var department = Assert.Single(mentions, m => m.Kind == ActorKind.Organisation && m.Text == text);
        Assert.Equal(name, department.Name);
        Assert.DoesNotContain(mentions, m => m.Kind == ActorKind.Country);
    }

    [Theory]
    [InlineData("Maersk expanded its US sales department in May.")]
    [InlineData("The US state of Louisiana sued Maersk.")]
    [InlineData("The US department of health said a man in Aarhus died.")]
    public void Reads_no_department_from_other_lower_case_words_after_the_country(string sentence)
    {
        Assert.DoesNotContain(Recognizer.Recognize(sentence, 0), m => m.Name.Contains("Department", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_a_rank_before_an_office_as_part_of_the_role()
    {
        var person = Assert.Single(Recognizer.Recognize("Acting Assistant Director-General Lars Holm said the count rose.", 0), m => m.Kind == ActorKind.Person);

        Assert.Equal("Lars Holm", person.Name);
        Assert.Equal("Acting Assistant Director-General", person.Role);
    }

    [Theory]
    [InlineData("Her grandfather Lars Holm died of TB in 1911.")]
    [InlineData("His uncle died of T.B. at the age of 27.")]
    [InlineData("Paramedics gave Ida Berg CPR before she was taken to the ICU.")]
    public void Reads_no_organisation_in_a_diseases_or_a_treatments_initials(string sentence)
    {
        var mentions = Recognizer.Recognize(sentence, 0);

        Assert.DoesNotContain(mentions, m => m.Kind == ActorKind.Organisation);
    }

    [Fact]
    public void Gives_mention_offsets_in_the_article()
    {
        const string sentence = "Later, Lukashenko flew to Moscow.";

        var mentions = Recognizer.Recognize(sentence, 500);

        Assert.All(mentions, m => Assert.Equal(m.Text, sentence.Substring(m.Start - 500, m.Text.Length)));
        var moscow = Assert.Single(mentions, m => m.Text == "Moscow");
        Assert.Equal(ActorKind.Place, moscow.Kind);
        Assert.Equal("Russia", moscow.Country);
    }

    [Theory]
    [InlineData("However, the ministers disagreed.")]
    [InlineData("Despite the rain, the ministers walked.")]
    [InlineData("Meanwhile, the President arrived late.")]
    [InlineData("President arrived late, officials said.")]
    public void Never_takes_sentence_starters_or_a_bare_role_for_an_actor(string sentence)
    {
        Assert.Empty(Recognizer.Recognize(sentence, 0));
    }

    [Theory]
    [InlineData("Rig-owner Halvorsen Drilling denied the claim.", "Halvorsen Drilling")]
    [InlineData("Shares of Texas-based Orm Capital Partners fell sharply.", "Orm Capital Partners")]
    [InlineData("Navy-backed Kestrel Group won the contract.", "Kestrel Group")]
    public void Leaves_a_descriptive_compound_before_a_name_out_of_it(string sentence, string name)
    {
        Assert.Contains(name, Recognizer.Recognize(sentence, 0).Select(m => m.Name));
    }

    [Theory]
    [InlineData("The minister spent his holidays on the Varda Isles that summer.", "Varda Isles")]
    [InlineData("Fishermen on the Tolvan Archipelago lost their nets.", "Tolvan Archipelago")]
    [InlineData("Oil reached Barataria Lagoon by Friday.", "Barataria Lagoon")]
    public void Reads_a_name_headed_by_isles_archipelago_or_lagoon_as_a_place(string sentence, string name)
    {
        var place = Assert.Single(Recognizer.Recognize(sentence, 0), m => m.Name == name);

        Assert.Equal(ActorKind.Place, place.Kind);
    }

    [Theory]
    [InlineData("Boats sailed into Prince Harald Sound on Monday.", "Prince Harald Sound")]
    [InlineData("Pelicans nest on Queen Vella Island in spring.", "Queen Vella Island")]
    public void Reads_a_title_opening_a_name_with_a_places_head_as_part_of_the_places_name(string sentence, string name)
    {
        var place = Assert.Single(Recognizer.Recognize(sentence, 0), m => m.Name == name);

        Assert.Equal(ActorKind.Place, place.Kind);
    }

    [Theory]
    [InlineData("Sky News After Hurricane Vella the town rebuilt.", "Sky News")]
    [InlineData("Reuters Press She said it would not pay.", "Reuters Press")]
    [InlineData("BBC News After Hurricane Vella the town rebuilt.", "BBC News")]
    public void Ends_a_name_before_a_capitalised_word_no_name_is_built_of(string sentence, string name)
    {
        Assert.Contains(name, Recognizer.Recognize(sentence, 0).Select(m => m.Name));
    }

    [Fact]
    public void Keeps_a_foreign_word_of_a_places_name_that_an_english_function_word_is_spelled_like()
    {
        Assert.Contains("Chiang Mai", Recognizer.Recognize("She flew to Chiang Mai last week.", 0).Select(m => m.Name));
    }

    [Fact]
    public void Keeps_an_adjective_that_can_open_a_word_of_a_firms_name()
    {
        Assert.Contains("Halvor National Offshore Oil Corporation", Recognizer.Recognize("Halvor National Offshore Oil Corporation bid for the field.", 0).Select(m => m.Name));
    }

    [Fact]
    public void Keeps_a_hyphenated_word_that_is_part_of_a_name()
    {
        Assert.Contains("Jean-Pierre Vellard", Recognizer.Recognize("Jean-Pierre Vellard arrived on Monday.", 0).Select(m => m.Name));
    }

    [Fact]
    public void Strips_a_sentence_starter_from_the_front_of_a_name()
    {
        var mentions = Recognizer.Recognize("However Jacinda Ardern declined.", 0);

        Assert.Equal(["Jacinda Ardern"], mentions.Select(m => m.Name));
    }

    [Fact]
    public void Reads_a_full_name_after_an_honorific_without_taking_the_honorific_for_a_role()
    {
        var mentions = Recognizer.Recognize("Mr. Sergei Shoigu arrived.", 0);

        var person = Assert.Single(mentions);
        Assert.Equal(("Sergei Shoigu", null, false), (person.Name, person.Role, person.IsPartial));
    }

    [Fact]
    public void Marks_a_lone_capitalised_word_as_a_partial_name()
    {
        var mentions = Recognizer.Recognize("The talks ended when Ardern left.", 0);

        var partial = Assert.Single(mentions);
        Assert.True(partial.IsPartial);
        Assert.Equal("Ardern", partial.Name);
    }

    [Fact]
    public void Recognises_an_organisation_from_its_words()
    {
        var mentions = Recognizer.Recognize("The Zambian Electoral Commission published results.", 0);

        Assert.Contains(mentions, m => m.Kind == ActorKind.Organisation && m.Text.EndsWith("Electoral Commission", StringComparison.Ordinal));
    }

    [Fact]
    public void Takes_the_west_and_western_powers_for_the_same_group()
    {
        var mentions = Recognizer.Recognize("The West and Western powers hesitated.", 0);

        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, m => Assert.Equal((ActorKind.Group, "the West"), (m.Kind, m.Name)));
    }

    [Theory]
    [InlineData("Agency Director General Ingrid Dahl told a news conference in Oslo.")]
    [InlineData("Surgeon General Ingrid Dahl told a news conference in Oslo.")]
    [InlineData("Agency Director General Dr Ingrid Dahl told a news conference in Oslo.")]
    public void A_two_word_title_ending_in_general_is_no_part_of_the_name(string sentence)
    {
        var person = Assert.Single(Recognizer.Recognize(sentence, 0), m => m.Kind == ActorKind.Person);
        Assert.Equal("Ingrid Dahl", person.Name);
    }

    [Fact]
    public void A_person_named_with_where_the_person_works_or_lives_is_the_name_before_of()
    {
        var mentions = Recognizer.Recognize("Kate Sheppard of Mother Jones reported it, and Mary Evans of Welshpool agreed with Tim Probert of Halliburton.", 0);

        var people = mentions.Where(m => m.Kind == ActorKind.Person).Select(m => m.Text).ToList();
        Assert.Equal(["Kate Sheppard", "Mary Evans", "Tim Probert"], people);
        Assert.DoesNotContain(mentions, m => m.Text.Contains(" of ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_time_zone_before_a_name_is_not_part_of_it()
    {
        var mentions = Recognizer.Recognize("Activists climbed the rig at 12.30pm BST, and at 1.10pm BST Nick Clegg spoke.", 0);

        Assert.DoesNotContain(mentions, m => m.Text.StartsWith("BST", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Text == "Nick Clegg");
    }

    [Fact]
    public void A_title_after_a_known_body_introduces_a_person_and_is_not_part_of_the_bodys_name()
    {
        var parker = Recognizer.Recognize("Booming operations were all stopped, said Coast Guard Petty Officer Kelly Parker.", 0);
        var suttles = Recognizer.Recognize("The rate looks the same, BP Chief Operating Officer Doug Suttles said after the briefing.", 0);

        Assert.Contains(parker, m => m is { Name: "Kelly Parker", Kind: ActorKind.Person, Role: "Petty Officer" });
        Assert.Contains(suttles, m => m is { Name: "Doug Suttles", Kind: ActorKind.Person, Role: "Chief Operating Officer" });
        Assert.Contains(suttles, m => m is { Text: "BP", Kind: ActorKind.Organisation });
    }

    [Fact]
    public void An_admirals_title_written_short_is_a_title_and_a_firms_capitals_are_not()
    {
        var mentions = Recognizer.Recognize("The tarballs are easier to manage, Rear Adm Peter Neffenger said in testimony.", 0);

        Assert.Contains(mentions, m => m is { Name: "Peter Neffenger", Kind: ActorKind.Person, Role: "Rear Admiral" });
        Assert.DoesNotContain(Recognizer.Recognize("The grain trader ADM Halvor Tesk bought the mill.", 0), m => m.Role == "Admiral");
    }

    [Fact]
    public void A_one_word_title_after_a_given_name_with_no_name_after_it_is_the_family_name()
    {
        var mentions = Recognizer.Recognize("Alabama Attorney General Troy King said the state would sue.", 0);

        Assert.Contains(mentions, m => m is { Name: "Troy King", Kind: ActorKind.Person, Role: "Attorney General" });
        Assert.Contains(mentions, m => m is { Name: "Alabama" });
        // A one-word title with no name after it does not cut the name it is part of.
        Assert.DoesNotContain(Recognizer.Recognize("Tuan Nguyen of the Mary Queen of Vietnam Community Development Corporation said so.", 0), m => m.Text == "Mary");
    }

    [Fact]
    public void A_links_imperative_or_a_greeting_before_a_name_is_not_part_of_it()
    {
        var read = Recognizer.Recognize("Read Howard Kurtz's tweets", 0);
        var hi = Recognizer.Recognize("Hi Greg Tovin, thanks for writing.", 0);
        Assert.Contains(Recognizer.Recognize("Read RL Miller's post", 0), m => m.Text == "RL Miller");

        Assert.Contains(read, m => m is { Text: "Howard Kurtz", Start: 5 });
        Assert.DoesNotContain(read, m => m.Text.StartsWith("Read", StringComparison.Ordinal));
        Assert.DoesNotContain(hi, m => m.Text.StartsWith("Hi", StringComparison.Ordinal));
    }

    [Fact]
    public void A_verb_written_in_capitals_is_no_bodys_initials_but_the_initials_before_a_noun_are()
    {
        var emphasis = Recognizer.Recognize("How much truth IS there in the advice given to parents?", 0);
        var shouted = Recognizer.Recognize("OUR SON IS PROOF THAT IT CAN KILL.", 0);
        var pronoun = Recognizer.Recognize("If this IS what happens, the schools will close.", 0);
        var group = Recognizer.Recognize("Witnesses said IS fighters seized the town.", 0);
        var longWord = Recognizer.Recognize("Posted by a reader: the answer ACTUALLY IS simple, they said.", 0);

        Assert.DoesNotContain(emphasis, m => m.Name == "Islamic State");
        Assert.DoesNotContain(shouted, m => m.Name == "Islamic State");
        Assert.DoesNotContain(pronoun, m => m.Name == "Islamic State");
        Assert.DoesNotContain(longWord, m => m.Name == "Islamic State");
        Assert.Contains(group, m => m.Name == "Islamic State");
    }

    [Fact]
    public void A_line_in_another_language_or_cut_up_letters_yields_no_names_but_an_english_one_does()
    {
        var foreign = Recognizer.Recognize("Theo Bo Ytế, trong khi ta co mot tr ng hop nhi khi Vn Ch xac nhan ngay.", 0);
        var english = Recognizer.Recognize("Health officials in Kestrel said Anna Brandow would travel home with her family tomorrow.", 0);

        Assert.Empty(foreign);
        Assert.Contains(english, m => m.Name == "Anna Brandow");
    }

    [Fact]
    public void Two_known_firms_written_one_after_the_other_are_one_firm()
    {
        var joined = Recognizer.Recognize("Analysts expect Exxon Mobil to raise its dividend.", 0);
        var listed = Recognizer.Recognize("Analysts expect Exxon, Mobil and Boeing to raise their dividends.", 0);

        Assert.Equal("Exxon Mobil", Assert.Single(joined, m => m.Kind == ActorKind.Organisation).Name);
        Assert.Equal(3, listed.Count(m => m.Kind == ActorKind.Organisation));
    }

    [Fact]
    public void A_country_before_a_landform_in_lower_case_names_the_landform()
    {
        var mentions = Recognizer.Recognize("Fishermen in the Niger delta say the catch has fallen.", 0);
        var country = Recognizer.Recognize("Fishermen in Niger say the catch has fallen.", 0);

        var delta = Assert.Single(mentions);
        Assert.Equal(ActorKind.Place, delta.Kind);
        Assert.Equal("Niger Delta", delta.Name);
        Assert.Equal(ActorKind.Country, Assert.Single(country).Kind);
    }

    [Fact]
    public void A_captions_name_ends_before_the_ordinary_word_that_opens_the_text_after_it()
    {
        var caption = Recognizer.Recognize("End Quote Tom Bright Fisherman The harbour has been closed since May.", 0);
        var byline = Recognizer.Recognize("Ann Kerr Business editor, Daily News The bank has lost a third of its value.", 0);
        var body = Recognizer.Recognize("Lawyers for the Tom Bright Project and the city met on Monday.", 0)
            .Concat(Recognizer.Recognize("Anna Lee, who owns Tom Bright Cafe in Leeds, said trade was slow.", 0));

        Assert.Contains(caption, m => m is { Kind: ActorKind.Person, Name: "Tom Bright" });
        Assert.Contains(byline, m => m is { Kind: ActorKind.Person, Name: "Ann Kerr" });
        Assert.DoesNotContain(body, m => m.Name == "Tom Bright");
    }

    [Theory]
    [InlineData("President Halvor al-Vell met the envoy.", "Halvor al-Vell")]
    [InlineData("Egypt named Ahmed el-Fjord as envoy.", "Ahmed el-Fjord")]
    public void An_arabic_family_name_keeps_its_article_joined_by_a_hyphen(string sentence, string name) =>
        Assert.Contains(Recognizer.Recognize(sentence, 0), m => m.Kind == Timeline.Model.ActorKind.Person && m.Name == name);

    [Theory]
    [InlineData("The Free Norwegian Army attacked a checkpoint.", "Free Norwegian Army")]
    [InlineData("The Free Danes Party won two seats.", "Free Danes Party")]
    public void A_country_inside_a_bodys_name_before_its_organisation_word_is_part_of_it(string sentence, string name)
    {
        var mentions = Recognizer.Recognize(sentence, 0);

        Assert.Contains(mentions, m => m.Kind == ActorKind.Organisation && m.Name == name);
        Assert.DoesNotContain(mentions, m => m.Kind == ActorKind.Person);
    }

    [Theory]
    [InlineData("Prince Michael reminisced about the beach.", "Prince Michael", "Prince")]
    [InlineData("Queen Rania visited the hospital.", "Queen Rania", "Queen")]
    [InlineData("Minister Holm visited the hospital.", "Holm", "Minister")]
    public void A_royal_is_named_by_the_title_with_the_given_name_and_an_office_holder_by_the_family_name(string sentence, string name, string role)
    {
        var person = Assert.Single(Recognizer.Recognize(sentence, 0), m => m.Kind == ActorKind.Person);

        Assert.Equal(name, person.Name);
        Assert.Equal(role, person.Role);
    }
}
