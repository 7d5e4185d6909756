using Timeline.Extract.Actors;
using Timeline.Extract.Text;
using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

public sealed class ActorResolverTests
{
    private static ArticleActors Resolve(string body)
    {
        var recognizer = new ActorRecognizer(Gazetteer.Default);
        var mentions = SentenceSplitter.Split(body).Select(s => recognizer.Recognize(s.Text, s.Start)).ToList();
        return ActorResolver.Resolve(mentions, body);
    }

    private static Actor Get(ArticleActors actors, string id) =>
        actors.Actors.SingleOrDefault(a => a.Id == id) ?? throw new Xunit.Sdk.XunitException($"no actor '{id}' in {string.Join(", ", actors.Actors.Select(a => a.Id))}");

    [Fact]
    public void Resolves_a_later_surname_to_the_full_name_and_keeps_it_as_an_alias()
    {
        var actors = Resolve("Belarusian leader Alexander Lukashenko met reporters. Lukashenko said little.");

        var person = Get(actors, "alexander-lukashenko");
        Assert.Equal("Alexander Lukashenko", person.Name);
        Assert.Equal("Belarus", person.Country);
        Assert.Equal("Leader", person.Role);
        Assert.Equal(["Lukashenko"], person.Aliases);
        Assert.DoesNotContain(actors.Actors, a => a.Id == "lukashenko");
        Assert.All(actors.Mentions.Where(m => m.Mention.Text == "Lukashenko"), m => Assert.Equal("alexander-lukashenko", m.ActorId));
    }

    [Fact]
    public void Resolves_a_surname_two_people_share_to_the_one_the_article_names_most()
    {
        var actors = Resolve("Lars Holm met Ida Berg. Lars Holm signed the treaty. Lars Holm flew home. Later Maria Holm spoke. Holm resigned.");

        Assert.All(actors.Mentions.Where(m => m.Mention.Text == "Holm"), m => Assert.Equal("lars-holm", m.ActorId));
        Assert.Contains(actors.Actors, a => a.Id == "maria-holm");
    }

    [Fact]
    public void Resolves_a_surname_to_the_bearer_named_before_it_not_one_named_later()
    {
        var actors = Resolve("Erik Vang caught the flu last month. Vang, 18, stayed in bed for a week. Vang has recovered. "
            + "\"It was hard,\" said Nils Vang, his father. Nils Vang drove him to school.");

        Assert.All(actors.Mentions.Where(m => m.Mention.Text == "Vang"), m => Assert.Equal("erik-vang", m.ActorId));
        Assert.Contains(actors.Actors, a => a.Id == "nils-vang");
    }

    [Fact]
    public void Resolves_a_family_name_before_any_bearer_to_the_one_named_first()
    {
        var actors = Resolve("Vang died in June at the age of 50. Dr Lars Holm denies the charge. "
            + "The misuse of drugs by Erik Vang was excessive, a lawyer said. In his civil case, Joe Vang accuses Dr Holm of negligence.");

        Assert.Equal("erik-vang", actors.Mentions.First(m => m.Mention.Text == "Vang").ActorId);
        Assert.Contains(actors.Actors, a => a.Id == "joe-vang");
    }

    [Theory]
    [InlineData("Vang")]
    [InlineData("Jackson")] // a town's name too
    public void Resolves_a_family_name_to_the_one_whose_relatives_the_story_names(string family)
    {
        var actors = Resolve($"Erik {family}'s father has sued the clinic. The suit from Joe {family} accuses Dr Lars Holm of negligence. {family} died last year. "
            + $"The clinic said {family} was treated well. Mr {family} was 50.");

        Assert.All(actors.Mentions.Where(m => m.Mention.Text == family), m => Assert.Equal($"erik-{family.ToLowerInvariant()}", m.ActorId));
    }

    [Theory]
    [InlineData("Vang")]
    [InlineData("Jackson")]
    public void Resolves_a_family_name_to_the_one_named_first_though_a_later_one_is_named_by_his_children(string family)
    {
        var actors = Resolve($"Singers will perform at a tribute to Erik {family}. The line-up includes a trio formed by Joe {family}'s three sons. "
            + $"{family} died in June at the age of 50.");

        Assert.Contains(actors.Actors, a => a.Id == $"joe-{family.ToLowerInvariant()}");
        Assert.Equal($"erik-{family.ToLowerInvariant()}", actors.Mentions.Last(m => m.Mention.Text == family).ActorId);
    }

    [Theory]
    [InlineData("Vang's father Joe joined the mourners. Joe Vang spoke briefly.")]
    [InlineData("His father, Joe Vang, joined the mourners.")]
    [InlineData("Joe Vang, the singer's father, joined the mourners.")]
    [InlineData("Joe Vang, his father, joined the mourners.")]
    public void Does_not_resolve_a_family_name_to_a_relative_named_by_their_kinship(string relative)
    {
        var actors = Resolve($"Erik Vang died in June. {relative} Vang was 50.");

        Assert.Contains(actors.Actors, a => a.Id == "joe-vang");
        Assert.Equal("erik-vang", actors.Mentions.Last(m => m.Mention.Text == "Vang").ActorId);
    }

    [Theory]
    [InlineData("Erik Vang died in June. Joe Vang joined the mourners. Vang was 50.", "erik-vang")]
    [InlineData("Erik Vang died in June. Erik Vang was 50. Joe Vang joined the mourners. Joe Vang spoke briefly. Joe Vang left. Vang wept.", "joe-vang")]
    [InlineData("Ida Berg met the family. Erik Vang died in June. Joe Vang joined the mourners. Joe Vang spoke briefly. Vang was 50.", "joe-vang")]
    public void Resolves_a_family_name_to_the_one_named_most_and_at_a_tie_to_the_one_named_first(string text, string id)
    {
        var actors = Resolve(text);

        Assert.Equal(id, actors.Mentions.Last(m => m.Mention.Text == "Vang").ActorId);
    }

    [Theory]
    [InlineData("Vang")]
    [InlineData("Jackson")] // a town's name too
    public void Resolves_a_family_name_to_the_first_person_named_once_where_the_writer_keeps_naming_the_other_bearer_in_full(string family)
    {
        var actors = Resolve($"Relatives of Erik {family} will seek a second autopsy, friends say. The Reverend Joe {family}, who has counselled the family, "
            + $"said they were upset. Earlier Joe {family} said the doctor had questions to answer. {family}, who had a history of illness, collapsed at home.");

        Assert.Contains(actors.Actors, a => a.Id == $"joe-{family.ToLowerInvariant()}");
        Assert.Equal($"erik-{family.ToLowerInvariant()}", actors.Mentions.Last(m => m.Mention.Text == family).ActorId);
    }

    [Theory]
    [InlineData("Erik Vang died in June. Erik Vang was 50. Joe Vang spoke. Joe Vang left. Joe Vang wept. Vang sang.")] // both named in full again
    [InlineData("Ida Berg met the family. Erik Vang died in June. Joe Vang spoke. Joe Vang left. Vang wept.")] // not the first person named
    [InlineData("Erik Vang died in June. Joe Vang spoke. Vang wept.")] // the other named once too: at a tie, the first
    [InlineData("Ida Vang: \"Four years will not bring my son back\" Erik Vang died in June. Erik Vang was 50. Friends said Vang sang well.")] // a caption
    [InlineData("President Vang arrived in June. Erik Vang spoke. Erik Vang left. Vang sang.")] // a title is no bearer
    public void Leaves_a_family_name_to_the_one_named_most_unless_the_story_opens_with_a_bearer_named_once(string text)
    {
        var expected = text.Contains("Joe Vang left", StringComparison.Ordinal) ? "joe-vang" : "erik-vang";

        Assert.Equal(expected, Resolve(text).Mentions.Last(m => m.Mention.Text == "Vang").ActorId);
    }

    [Fact]
    public void At_a_tie_a_name_in_full_beats_a_title_and_family_name()
    {
        var actors = Resolve("President Holm arrived in Oslo. Lars Holm met the mayor. Mr Holm left on Friday.");

        Assert.Equal("lars-holm", actors.Mentions.Last(m => m.Mention.Text.EndsWith("Holm", StringComparison.Ordinal)).ActorId);
    }

    [Fact]
    public void Gives_a_name_the_kind_most_of_its_mentions_are_read_as()
    {
        var place = new ActorMention { Start = 0, Text = "Vellco", Kind = ActorKind.Place, Name = "Vellco" };
        var firm = place with { Kind = ActorKind.Organisation };

        var actors = ActorResolver.Resolve([[place], [firm], [firm], [place with { Start = 40 }, firm with { Start = 60 }]]);
        var tied = ActorResolver.Resolve([[place], [firm], [place], [firm]]);

        Assert.Equal(ActorKind.Organisation, Get(actors, "vellco").Kind);
        Assert.Equal(ActorKind.Place, Get(tied, "vellco").Kind);
    }

    [Fact]
    public void Gives_a_name_most_read_as_a_place_the_country_of_its_place_mentions()
    {
        var firm = new ActorMention { Start = 0, Text = "Vellshire", Kind = ActorKind.Organisation, Name = "Vellshire" };
        var place = firm with { Kind = ActorKind.Place, Country = "Norway" };

        var actor = Get(ActorResolver.Resolve([[firm], [place], [place]]), "vellshire");

        Assert.Equal(ActorKind.Place, actor.Kind);
        Assert.Equal("Norway", actor.Country);
    }

    [Fact]
    public void Does_not_give_a_person_the_country_of_a_town_of_the_same_name()
    {
        var person = new ActorMention { Start = 0, Text = "Vellby", Kind = ActorKind.Person, Name = "Vellby", Role = "President" };
        var town = new ActorMention { Start = 40, Text = "Vellby", Kind = ActorKind.Place, Name = "Vellby", Country = "Norway" };

        var actor = Get(ActorResolver.Resolve([[person], [town]]), "vellby");

        Assert.Equal(ActorKind.Person, actor.Kind);
        Assert.Null(actor.Country);
    }

    [Theory]
    [InlineData("Mr.")]
    [InlineData("Ms.")]
    [InlineData("Dr")]
    public void Resolves_a_surname_after_an_honorific_to_the_full_name(string honorific)
    {
        var actors = Resolve($"Foreign Minister Amara Diallo spoke. {honorific} Diallo left for Paris.");

        var person = Get(actors, "amara-diallo");
        Assert.Equal("Foreign Minister", person.Role);
        Assert.Equal(["Diallo"], person.Aliases);
        Assert.Single(actors.Actors, a => a.Kind == ActorKind.Person);
    }

    [Fact]
    public void Resolves_a_surname_written_before_the_full_name()
    {
        var actors = Resolve("Shangfu was late. China’s Defense Minister Li Shangfu then spoke.");

        Assert.Equal(["Shangfu"], Get(actors, "li-shangfu").Aliases);
    }

    [Fact]
    public void Gives_a_counterpart_the_role_of_the_other_person()
    {
        var actors = Resolve("China’s Defense Minister Li Shangfu met his Russian counterpart, Sergei Shoigu.");

        var shoigu = Get(actors, "sergei-shoigu");
        Assert.Equal("Defense Minister", shoigu.Role);
        Assert.Equal("Russia", shoigu.Country);
        Assert.Equal("China", Get(actors, "li-shangfu").Country);
    }

    [Fact]
    public void Leaves_no_counterpart_role_when_nobody_else_has_a_role()
    {
        var actors = Resolve("The envoy met his counterpart, Amara Diallo.");

        Assert.Null(Get(actors, "amara-diallo").Role);
    }

    [Fact]
    public void Makes_a_city_a_place_in_its_country()
    {
        var actors = Resolve("The delegation landed in Moscow.");

        var moscow = Get(actors, "moscow");
        Assert.Equal(ActorKind.Place, moscow.Kind);
        Assert.Equal("Russia", moscow.Country);
    }

    [Fact]
    public void Makes_the_west_and_western_powers_one_group_actor()
    {
        var actors = Resolve("Moscow blamed the West. Western powers rejected the claim.");

        var west = Get(actors, "the-west");
        Assert.Equal(ActorKind.Group, west.Kind);
        Assert.Equal(["Western powers"], west.Aliases);
        Assert.Single(actors.Actors, a => a.Kind == ActorKind.Group);
    }

    [Fact]
    public void Makes_a_demonym_an_alias_of_its_country()
    {
        var actors = Resolve("Chinese officials arrived. China said nothing.");

        var china = Get(actors, "china");
        Assert.Equal(ActorKind.Country, china.Kind);
        Assert.Contains("Chinese", china.Aliases);
    }

    [Fact]
    public void Drops_an_unknown_single_word_with_no_full_name()
    {
        var actors = Resolve("Zorblat stayed silent. Officials left.");

        Assert.Empty(actors.Actors);
        Assert.Empty(actors.Mentions);
    }

    [Fact]
    public void Keeps_actors_in_order_of_first_mention()
    {
        var actors = Resolve("Kenya and Peru signed. Then Chile joined Kenya.");

        Assert.Equal(["kenya", "peru", "chile"], actors.Actors.Select(a => a.Id));
    }

    [Fact]
    public void Resolves_a_single_word_that_ends_an_organisation_name_to_that_organisation()
    {
        var actors = Resolve("He played for the Bowling Green Falcons in 2005. The Falcons won the title.");

        var team = Get(actors, "bowling-green-falcons");
        Assert.Equal(ActorKind.Organisation, team.Kind);
        Assert.All(actors.Mentions.Where(m => m.Mention.Text == "Falcons"), m => Assert.Equal("bowling-green-falcons", m.ActorId));
    }

    [Fact]
    public void Resolves_a_single_word_to_the_place_it_was_recognised_as_elsewhere()
    {
        var actors = Resolve("The mill stood in Harwick until 1910. Harwick grew around it.");

        Assert.Equal(ActorKind.Place, Get(actors, "harwick").Kind);
        Assert.Equal(2, actors.Mentions.Count(m => m.ActorId == "harwick"));
    }

    [Fact]
    public void Keeps_a_known_given_name_alone_as_a_person_but_drops_an_unknown_single_word()
    {
        var actors = Resolve("Hayley laughed at the joke. Zorbulon was never seen again.");

        Assert.Equal(ActorKind.Person, Get(actors, "hayley").Kind);
        Assert.DoesNotContain(actors.Actors, a => a.Id == "zorbulon");
    }

    [Fact]
    public void Reads_the_word_a_place_is_named_after_as_a_place_of_its_own()
    {
        var actors = Resolve("Trains ran from Bridgton Junction to Bridgton each day.");

        Assert.Equal(ActorKind.Place, Get(actors, "bridgton-junction").Kind);
        Assert.Equal(ActorKind.Place, Get(actors, "bridgton").Kind);
    }

    [Theory]
    [InlineData("Bilka is a Danish chain of hypermarkets. Bilka opened its first store in 1970.", "bilka", ActorKind.Organisation)]
    [InlineData("Nyrstar, a Belgian zinc producer, joined the index. Nyrstar rose.", "nyrstar", ActorKind.Organisation)]
    [InlineData("Wexcombe is a small village in the hills. Wexcombe has one shop.", "wexcombe", ActorKind.Place)]
    public void Takes_the_kind_of_a_name_from_what_the_sentence_says_it_is(string body, string id, ActorKind kind)
    {
        var actors = Resolve(body);

        Assert.Equal(kind, Get(actors, id).Kind);
        Assert.Equal(2, actors.Mentions.Count(m => m.ActorId == id));
    }

    [Fact]
    public void Reads_a_town_that_is_the_family_name_of_a_person_of_the_article_as_that_person()
    {
        var actors = Resolve("The army was led by General Manuel Belgrano that year. Belgrano accepted the post.");

        var person = Get(actors, "manuel-belgrano");
        Assert.Equal(ActorKind.Person, person.Kind);
        Assert.Equal(2, actors.Mentions.Count(m => m.ActorId == "manuel-belgrano"));
        Assert.DoesNotContain(actors.Actors, a => a.Id == "belgrano");
    }

    [Fact]
    public void Keeps_a_word_the_article_defines_as_a_firm_apart_from_a_person_who_shares_it()
    {
        var actors = Resolve("Caloi is a Brazilian bicycle manufacturer. It was founded by Luiz Caloi in 1898. Caloi grew fast.");

        Assert.Equal(ActorKind.Organisation, Get(actors, "caloi").Kind);
        Assert.Equal(ActorKind.Person, Get(actors, "luiz-caloi").Kind);
        Assert.Equal(2, actors.Mentions.Count(m => m.ActorId == "caloi"));
    }

    [Fact]
    public void Reads_a_word_taken_for_a_place_as_the_firm_whose_name_it_opens()
    {
        var actors = Resolve("Holmgaard Motor Co will close its plant. Lars Berg arrived at Holmgaard in 1999. Holmgaard said it would cut jobs.");

        Assert.All(actors.Mentions.Where(m => m.Mention.Text.StartsWith("Holmgaard", StringComparison.Ordinal)), m => Assert.Equal("holmgaard-motor-co", m.ActorId));
        Assert.DoesNotContain(actors.Actors, a => a.Id == "holmgaard");
    }

    [Fact]
    public void Keeps_a_town_apart_from_the_school_named_after_it()
    {
        var actors = Resolve("Holmgaard Academy will close its gym. Lars Berg taught in Holmgaard in 1999.");

        Assert.DoesNotContain(actors.Mentions, m => m.Mention.Text == "Holmgaard" && m.ActorId == "holmgaard-academy");
    }

    [Fact]
    public void Reads_a_family_name_as_the_firm_named_before_the_person_who_bears_it()
    {
        var actors = Resolve("Holmgaard Motors agreed to buy the Vell brand on Monday. Holmgaard will pay cash for it. "
            + "\"It is a fine brand,\" said Erik Holmgaard, chairman of Holmgaard Motors. Holmgaard said it was proud.");

        var mentions = actors.Mentions.Where(m => m.Mention.Text == "Holmgaard").Select(m => m.ActorId).ToList();
        Assert.Equal(["holmgaard-motors", "erik-holmgaard"], mentions);
    }

    [Theory]
    [InlineData("Agnieszka Lipska Baranowska (1819 - 1890) wrote plays.", "agnieszka-lipska-baranowska")]
    [InlineData("Tomasz Wielkopolski (born 4 May 1950) is a writer.", "tomasz-wielkopolski")]
    public void Reads_a_name_followed_by_a_lifes_dates_as_a_person(string body, string id)
    {
        Assert.Equal(ActorKind.Person, Get(Resolve(body), id).Kind);
    }

    [Fact]
    public void Keeps_initials_and_a_family_name_that_is_also_a_town_together()
    {
        var actors = Resolve("The theory was expounded by C. H. Douglas in 1920.");

        Assert.Equal(ActorKind.Person, Get(actors, "c-h-douglas").Kind);
    }

    [Fact]
    public void Never_reads_a_sentence_starting_ordinary_word_as_the_organisation_named_with_it()
    {
        var actors = Resolve("He joined the American College of Obstetricians in 1980. Obstetricians at the hospital refused.");

        Assert.Single(actors.Mentions, m => m.ActorId == "american-college-of-obstetricians");
    }

    [Fact]
    public void Never_reads_a_sentence_starting_adverb_and_an_appositive_as_an_organisation()
    {
        var actors = Resolve("Inexplicably, the hockey club reversed its position.");

        Assert.Empty(actors.Actors);
    }

    [Fact]
    public void Resolves_a_leaders_family_name_alone_to_the_leader()
    {
        var actors = Resolve("Yeltsin's spokesman said the Kremlin chief was resting.");

        var person = Get(actors, "boris-yeltsin");
        Assert.Equal(ActorKind.Person, person.Kind);
        Assert.Equal("Russia", person.Country);
    }

    [Theory]
    [InlineData("Vell unveiled the Yeltsin, a small car for families.")]
    [InlineData("The star of the Aarhus fair was a Yeltsin.")]
    public void Reads_no_leader_in_a_family_name_after_an_article(string body)
    {
        Assert.DoesNotContain(Resolve(body).Actors, a => a.Id == "boris-yeltsin");
    }

    [Theory]
    [InlineData("Senator Kari Lieberman spoke on Monday. Lieberman said the bill would pass.", "kari-lieberman")]
    [InlineData("The pastor Mark Yeltsin opened the hall. Yeltsin said the roof was new.", "mark-yeltsin")]
    public void Gives_a_person_no_country_of_a_namesake_the_gazetteer_knows(string body, string id)
    {
        var actors = Resolve(body);

        var person = Get(actors, id);
        Assert.Equal(ActorKind.Person, person.Kind);
        Assert.Null(person.Country);
    }

    [Fact]
    public void Gives_a_person_named_like_a_town_no_country_of_the_town()
    {
        var actors = Resolve("Lars Obama, a farmer, sold his land. Obama said the price was fair.");

        var person = Get(actors, "lars-obama");
        Assert.Null(person.Country);
    }

    [Fact]
    public void Reads_a_centres_name_whole_across_for_and_and()
    {
        var actors = Resolve("Officials at the Centers for Disease Control and Prevention said the count rose.");

        var agency = Assert.Single(actors.Actors);
        Assert.Equal("Centers for Disease Control and Prevention", agency.Name);
        Assert.Equal(ActorKind.Organisation, agency.Kind);
    }

    [Fact]
    public void Ends_a_bodys_name_before_and_a_persons_name()
    {
        var actors = Resolve("Both worked for the University of Chicago and Obama is proud of it.");

        Assert.Contains(actors.Actors, a => a.Name == "University of Chicago");
    }

    [Fact]
    public void Prefers_the_person_the_article_names_to_a_leader_with_the_same_family_name()
    {
        var actors = Resolve("Hillary Clinton spoke first. Clinton said no.");

        Assert.Equal(2, actors.Mentions.Count(m => m.ActorId == "hillary-clinton"));
        Assert.Single(actors.Actors);
    }

    [Theory]
    [InlineData("Interfax news agency quoted the minister.", "interfax", ActorKind.Organisation)]
    [InlineData("Troops reached the Erez crossing at noon.", "erez", ActorKind.Place)]
    public void Takes_the_kind_of_a_name_from_the_noun_after_it(string body, string id, ActorKind kind)
    {
        Assert.Equal(kind, Get(Resolve(body), id).Kind);
    }

    [Fact]
    public void Never_takes_an_adjective_before_a_noun_for_a_name()
    {
        Assert.Empty(Resolve("He taught at an English school for years.").Actors);
    }

    [Fact]
    public void A_place_named_first_in_a_datelines_capitals_takes_the_spelling_of_the_story()
    {
        var actors = Resolve("BERLIN (Reuters) - Fans came to Berlin on Monday. They left Berlin later.");

        var place = Assert.Single(actors.Actors, a => a.Id == "berlin");
        Assert.Equal(("Berlin", ActorKind.Place), (place.Name, place.Kind));
    }

    [Fact]
    public void Two_names_side_by_side_that_spell_a_name_the_article_gives_whole_are_that_name()
    {
        static ActorMention Org(string text, int start) => new() { Start = start, Text = text, Name = text, Kind = ActorKind.Organisation };
        var first = "Ford sold Land Rover to Tata.";
        var second = "Ford had bought Land Rover in 2000.";
        var at = first.Length + 1 + second.IndexOf("Land", StringComparison.Ordinal);
        var actors = ActorResolver.Resolve([
            [Org("Ford", 0), Org("Land Rover", first.IndexOf("Land", StringComparison.Ordinal)), Org("Tata", first.IndexOf("Tata", StringComparison.Ordinal))],
            [Org("Ford", first.Length + 1), new ActorMention { Start = at, Text = "Land", Name = "Land", Kind = ActorKind.Person, IsPartial = true, StandsAlone = true }, Org("Rover", at + 5)],
        ]);

        Assert.Equal(["ford", "land-rover", "tata"], actors.Actors.Select(a => a.Id));
        var joined = Assert.Single(actors.Mentions, m => m.Sentence == 1 && m.ActorId == "land-rover");
        Assert.Equal((at, "Land Rover"), (joined.Mention.Start, joined.Mention.Text));
    }

    [Fact]
    public void Two_names_side_by_side_stay_two_where_the_article_never_writes_them_as_one_or_both_name_bodies()
    {
        static ActorMention Org(string text, int start) => new() { Start = start, Text = text, Name = text, Kind = ActorKind.Organisation };
        var actors = ActorResolver.Resolve([[Org("Vell", 0), Org("Fjord", 5)]]);
        var bodies = ActorResolver.Resolve([[Org("Vell Fjord", 0)], [Org("Vell", 20), Org("Fjord", 25)]]);

        Assert.Equal(["vell", "fjord"], actors.Actors.Select(a => a.Id));
        Assert.Equal(["vell-fjord", "vell", "fjord"], bodies.Actors.Select(a => a.Id));
    }

    [Theory]
    [InlineData("The White House said the plan was sound. The bill was passed by the House in June.")]
    [InlineData("The White House said the plan was sound. Lars Holm, a member of the House sub-committee on energy, objected.")]
    [InlineData("The Senate Energy Committee met on Monday. The bill was passed by the Senate in June.")]
    [InlineData("The House Energy Committee met on Monday. The bill was passed by the House in June.")]
    [InlineData("The Commons Energy Committee met on Monday. The bill was passed by the Commons in June.")]
    public void Does_not_read_a_chamber_of_a_legislature_as_a_longer_name_that_holds_it(string body)
    {
        var actors = Resolve(body);

        Assert.DoesNotContain(actors.Mentions, m => m.Mention.Text is "House" or "Senate" or "Commons" && m.Mention.Text != actors.Actors.Single(a => a.Id == m.ActorId).Name);
    }

    [Fact]
    public void Reads_a_chamber_before_a_noun_as_the_body_whose_name_it_opens()
    {
        var actors = Resolve("A statement from the Commons Energy and Climate Change Select Committee said Holm would testify. "
            + "Lars Holm appeared before the Commons committee on Tuesday.");

        Assert.Contains(actors.Mentions, m => m.Mention.Text == "Commons" && m.ActorId == "commons-energy-and-climate-change-select-committee");
    }

    [Theory]
    [InlineData("Maersk will close the yard, the Aarhus Tribune reported. Lars Holm sent a letter to Maersk, the Tribune reported.")]
    [InlineData("Lars Holm sent a letter to Maersk, the Tribune reported. Ida Berg told the Aarhus Tribune that she had read it.")]
    public void Reads_a_papers_last_word_alone_as_the_paper_the_article_names_in_full(string body)
    {
        var actors = Resolve(body);

        Assert.Equal("aarhus-tribune", actors.Mentions.Single(m => m.Mention.Text == "Tribune").ActorId);
        Assert.DoesNotContain(actors.Actors, a => a.Id == "tribune");
    }

    [Fact]
    public void Reads_a_papers_last_word_alone_as_the_last_paper_so_named_before_it()
    {
        var actors = Resolve("The Vell Tribune reported the sale. Lars Holm told the Aarhus Tribune that he was glad, the Tribune reported. "
            + "Ida Berg wrote to the Vell Tribune.");

        Assert.Equal("aarhus-tribune", actors.Mentions.Single(m => m.Mention.Text == "Tribune").ActorId);
    }

    [Fact]
    public void Keeps_a_papers_last_word_alone_where_the_article_names_no_paper_so()
    {
        var actors = Resolve("Lars Holm sent a letter to Maersk, the Tribune reported. Ida Berg told the Aarhus Post that she had read it.");

        Assert.Equal("tribune", actors.Mentions.Single(m => m.Mention.Text == "Tribune").ActorId);
    }
}
