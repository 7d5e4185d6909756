using Timeline.Extract;
using Timeline.Model;

namespace Timeline.Tests.Extract;

public sealed class ActorDuplicatesTests
{
    private static readonly HashSet<string> NoEdits = [];

    private static Actor Org(string name, params string[] aliases) => new() { Id = Slug(name), Name = name, Kind = ActorKind.Organisation, Aliases = [.. aliases] };

    private static Actor Person(string name) => new() { Id = Slug(name), Name = name, Kind = ActorKind.Person };

    private static string Slug(string name) => name.ToLowerInvariant().Replace(' ', '-');

    private static Dictionary<string, int> Sentences(params (string Id, int Count)[] counts) => counts.ToDictionary(c => c.Id, c => c.Count);

    [Fact]
    public void An_acronym_joins_the_name_an_article_spelled_it_out_as()
    {
        var (registry, renamed) = ActorDuplicates.Merge([Org("GM"), Org("General Motors", "GM"), Org("Ford")], Sentences(), NoEdits);

        Assert.Equal(["general-motors", "ford"], registry.Select(a => a.Id));
        Assert.Equal("general-motors", renamed["gm"]);
    }

    [Fact]
    public void An_acronym_that_fits_two_entries_of_one_actor_joins_that_actor()
    {
        var (registry, renamed) = ActorDuplicates.Merge(
            [Org("HVRC"), Org("Halvor Vell Response Corp", "HVRC"), Org("Halvor Vell Response", "HVRC", "Halvor Vell Response Corporation")],
            Sentences(("halvor-vell-response", 2), ("halvor-vell-response-corp", 2)), NoEdits);

        var firm = Assert.Single(registry);
        Assert.Equal("Halvor Vell Response", firm.Name);
        Assert.Equal("halvor-vell-response", renamed["hvrc"]);
    }

    [Fact]
    public void An_acronym_joins_the_one_name_whose_initials_it_is()
    {
        var (registry, _) = ActorDuplicates.Merge([Org("EPA"), Org("Environmental Protection Agency")], Sentences(), NoEdits);

        var agency = Assert.Single(registry);
        Assert.Equal(["EPA"], agency.Aliases);
    }

    [Theory]
    [InlineData("VS", "Vell Shipping")]
    [InlineData("T.B.", "The Bergens")]
    [InlineData("GM", "Government of Malta")]
    public void Two_initials_join_a_name_only_where_an_article_wrote_them_for_it(string initials, string name)
    {
        var (bare, _) = ActorDuplicates.Merge([Org(initials), Org(name)], Sentences(), NoEdits);
        var (spelled, renamed) = ActorDuplicates.Merge([Org(initials), Org(name, initials)], Sentences(), NoEdits);

        Assert.Equal(2, bare.Count);
        Assert.Single(spelled);
        Assert.Equal(Slug(name), renamed[Slug(initials)]);
    }

    [Fact]
    public void A_family_name_joins_the_one_person_who_bears_it_and_stays_apart_when_two_do()
    {
        var (alone, _) = ActorDuplicates.Merge([Person("Kessler"), Person("Anna Kessler")], Sentences(), NoEdits);
        var (shared, renamed) = ActorDuplicates.Merge([Person("Kessler"), Person("Anna Kessler"), Person("Tom Kessler")], Sentences(("anna-kessler", 2), ("tom-kessler", 2)), NoEdits);

        Assert.Equal(["anna-kessler"], alone.Select(a => a.Id));
        Assert.Equal(3, shared.Count);
        Assert.Empty(renamed);
    }

    [Fact]
    public void Of_two_spellings_the_one_named_far_more_often_takes_the_family_name()
    {
        var (registry, _) = ActorDuplicates.Merge([Person("Kessler"), Person("Anna Kessler"), Person("Ana Kessler")], Sentences(("anna-kessler", 9), ("ana-kessler", 1)), NoEdits);

        Assert.DoesNotContain(registry, a => a.Id == "kessler");
    }

    [Fact]
    public void A_name_with_the_article_or_a_title_in_front_joins_the_bare_name()
    {
        var (registry, _) = ActorDuplicates.Merge([Org("The Coast Guard"), Org("Coast Guard"), Person("Chief Financial Officer Lena Roth"), Person("Lena Roth")], Sentences(), NoEdits);

        Assert.Equal(["coast-guard", "lena-roth"], registry.Select(a => a.Id));
    }

    [Fact]
    public void An_entry_edited_by_hand_is_not_folded_away()
    {
        var (registry, _) = ActorDuplicates.Merge([Org("GM"), Org("General Motors", "GM")], Sentences(), new HashSet<string> { "gm" });

        Assert.Equal(2, registry.Count);
    }

    [Fact]
    public void Events_follow_the_folded_ids()
    {
        var e = new TimelineEvent { Id = "e", Title = "GM recalls cars", Date = new EventDate { Value = "2024-01-01", Precision = DatePrecision.Day }, Actors = ["gm", "general-motors", "ford"], Place = "gm" };

        var renamed = ActorDuplicates.Rename(e, new Dictionary<string, string> { ["gm"] = "general-motors" });

        Assert.Equal(["general-motors", "ford"], renamed.Actors);
        Assert.Equal("general-motors", renamed.Place);
    }

    private static Actor Place(string name) => new() { Id = Slug(name), Name = name, Kind = ActorKind.Place };

    [Fact]
    public void A_company_with_its_legal_form_or_its_country_joins_the_bare_name()
    {
        var (registry, _) = ActorDuplicates.Merge([Org("Halvor Co"), Org("Halvor"), Org("Tessel Holdings Plc"), Org("Tessel Holdings"), Org("U.S. Marine Survey"), Org("Marine Survey"), Org("Orrin Inc")],
            Sentences(), NoEdits);

        Assert.Equal(["halvor", "tessel-holdings", "marine-survey", "orrin-inc"], registry.Select(a => a.Id));
        Assert.Contains("U.S. Marine Survey", registry[2].Aliases);
    }

    [Fact]
    public void A_middle_initial_a_familiar_given_name_or_a_title_does_not_make_another_person()
    {
        var (registry, _) = ActorDuplicates.Merge([Person("Michael R. Brandow"), Person("Michael Brandow"), Person("Bob Dunmore"), Person("Robert Dunmore"),
            Person("President Varga"), Person("Ilona Varga"), Person("Bob Kessel")], Sentences(), NoEdits);

        Assert.Equal(["michael-brandow", "robert-dunmore", "ilona-varga", "bob-kessel"], registry.Select(a => a.Id));
    }

    [Fact]
    public void The_same_letters_in_another_case_or_with_dots_join_the_entry_named_more_often()
    {
        var (registry, renamed) = ActorDuplicates.Merge([Org("Bq") with { Id = "bq-1" }, Org("BQ") with { Id = "bq-2" }, Org("B.Q.'s") with { Id = "bq-3" }],
            Sentences(("bq-1", 1), ("bq-2", 7)), NoEdits);

        Assert.Equal(["bq-2"], registry.Select(a => a.Id));
        Assert.Equal("bq-2", renamed["bq-1"]);
        Assert.Equal(["B.Q.'s", "Bq"], registry[0].Aliases);
    }

    [Fact]
    public void A_family_name_taken_for_a_place_joins_the_one_person_who_bears_it_and_chains_of_folds_end_at_the_entry_that_stays()
    {
        var (registry, renamed) = ActorDuplicates.Merge([Place("Quellan"), Person("Sarah Quellan"), Person("Brandow"), Person("Michael R. Brandow"), Person("Michael Brandow"),
            Person("Bob R. Dunmore"), Person("Bob Dunmore"), Person("Robert Dunmore")], Sentences(), NoEdits);

        Assert.Equal(["sarah-quellan", "michael-brandow", "robert-dunmore"], registry.Select(a => a.Id));
        Assert.Equal("michael-brandow", renamed["brandow"]);
        Assert.Equal("robert-dunmore", renamed["bob-r.-dunmore"]);
        Assert.Equal(["Bob Dunmore", "Bob R. Dunmore"], registry[2].Aliases);
    }

    [Fact]
    public void A_family_name_read_as_a_known_town_or_a_firm_joins_the_one_person_the_articles_call_so_far_more_often()
    {
        Actor Called(string name, string alias) => Person(name) with { Aliases = [alias] };
        var (registry, renamed) = ActorDuplicates.Merge([Place("Preston"), Called("Kim Preston", "Preston"), Org("Marrick"), Called("Tova Marrick", "Marrick")],
            Sentences(("preston", 2), ("kim-preston", 40), ("marrick", 1), ("tova-marrick", 12)), NoEdits);
        var (town, _) = ActorDuplicates.Merge([Place("Preston"), Called("Kim Preston", "Preston")], Sentences(("preston", 20), ("kim-preston", 40)), NoEdits);
        var (seldom, _) = ActorDuplicates.Merge([Org("Marrick"), Called("Tova Marrick", "Marrick")], Sentences(("marrick", 1), ("tova-marrick", 4)), NoEdits);
        var (two, _) = ActorDuplicates.Merge([Org("Marrick"), Called("Tova Marrick", "Marrick"), Called("Ian Marrick", "Marrick")],
            Sentences(("marrick", 1), ("tova-marrick", 12), ("ian-marrick", 12)), NoEdits);

        Assert.Equal(["kim-preston", "tova-marrick"], registry.Select(a => a.Id));
        Assert.Equal("kim-preston", renamed["preston"]);
        Assert.Equal(2, town.Count);
        Assert.Equal(2, seldom.Count);
        Assert.Equal(3, two.Count);
    }

    [Fact]
    public void A_title_or_an_employer_in_front_of_a_person_whatever_kind_it_made_the_span_joins_the_person()
    {
        var (registry, _) = ActorDuplicates.Merge([Org("Coast Guard Commandant Tavin Oller"), Person("Adm Oller"), Person("Tavin Oller"), Org("Harrow Mining Chief Executive Ola Brun"),
            Person("Ola Brun"), Org("Harrow Mining")], Sentences(), NoEdits);

        Assert.Equal(["tavin-oller", "ola-brun", "harrow-mining"], registry.Select(a => a.Id));
    }

    [Fact]
    public void A_name_that_lost_its_accented_letters_joins_the_name_that_kept_them()
    {
        var (registry, renamed) = ActorDuplicates.Merge([Person("Felipe Caldern"), Person("Felipe Calderón"), Person("Felipe Calder")], Sentences(("felipe-caldern", 5)), NoEdits);

        Assert.Equal("felipe-calderón", renamed["felipe-caldern"]);
        Assert.Equal(["felipe-calderón", "felipe-calder"], registry.Select(a => a.Id));
    }

    [Fact]
    public void A_name_short_of_the_accented_vowels_a_page_lost_joins_the_plain_spelling_named_more_often()
    {
        var (registry, renamed) = ActorDuplicates.Merge(
            [Person("Felina Vallnera"), Person("Felina Vallanera"), Person("Jos Luis Crvada"), Person("Jose Luis Corvada")],
            Sentences(("felina-vallnera", 1), ("felina-vallanera", 4), ("jos-luis-crvada", 2), ("jose-luis-corvada", 2)), NoEdits);

        Assert.Equal("felina-vallanera", renamed["felina-vallnera"]);
        Assert.Equal("jose-luis-corvada", renamed["jos-luis-crvada"]);
        Assert.Equal(["felina-vallanera", "jose-luis-corvada"], registry.Select(a => a.Id));
    }

    [Fact]
    public void A_name_short_of_a_lost_vowel_joins_a_spelling_the_name_lists_know_however_often_each_is_written()
    {
        var (_, renamed) = ActorDuplicates.Merge([Person("Ida Mendza"), Person("Ida Mendoza")], Sentences(("ida-mendza", 5), ("ida-mendoza", 2)), NoEdits);

        Assert.Equal("ida-mendoza", renamed["ida-mendza"]);
    }

    [Theory]
    [InlineData("Mika Steel", "Mika Steele")] // the vowel a name ends with
    [InlineData("Ola Parson", "Ola Pearson")] // a family name of its own
    [InlineData("Ida Brnt", "Ida Brant")] // a short word
    public void A_name_one_vowel_short_of_another_stays_apart_when_it_may_be_another_name(string shorter, string longer)
    {
        var (registry, renamed) = ActorDuplicates.Merge([Person(shorter), Person(longer)], Sentences((Slug(longer), 9), (Slug(shorter), 1)), NoEdits);

        Assert.Empty(renamed);
        Assert.Equal(2, registry.Count);
    }

    [Fact]
    public void A_name_one_vowel_short_stays_apart_when_the_articles_write_it_more_often_than_the_fuller_spelling()
    {
        var (_, renamed) = ActorDuplicates.Merge([Person("Felina Vallnera"), Person("Felina Vallanera")], Sentences(("felina-vallnera", 4), ("felina-vallanera", 3)), NoEdits);

        Assert.Empty(renamed);
    }

    [Fact]
    public void A_newspapers_word_alone_joins_the_one_paper_it_ends()
    {
        var (registry, renamed) = ActorDuplicates.Merge([Org("Post"), Org("Washington Post"), Org("Herald"), Org("Morning Herald"), Org("Kestrel Herald")],
            Sentences(("morning-herald", 3), ("kestrel-herald", 3)), NoEdits);

        Assert.Equal("washington-post", renamed["post"]);
        Assert.Contains(registry, a => a.Id == "herald");
    }

    [Fact]
    public void A_bodys_word_alone_is_no_short_form_of_a_longer_name()
    {
        var (registry, _) = ActorDuplicates.Merge([Org("Congress"), Org("Republican Congress"), Org("Board"), Org("Kestrel Board")], Sentences(), NoEdits);

        Assert.Equal(4, registry.Count);
    }

    [Fact]
    public void Letters_stay_apart_from_a_longer_name_they_open_with_a_word_that_says_more()
    {
        var (registry, _) = ActorDuplicates.Merge([Org("ZRX"), Org("ZRX Interview"), Org("KLM"), Org("KLM Drugs")], Sentences(("zrx-interview", 3), ("klm-drugs", 3)), NoEdits);

        Assert.Equal(4, registry.Count);
    }

    [Fact]
    public void A_name_without_a_head_that_adds_nothing_joins_the_one_longer_name_it_opens()
    {
        var (registry, renamed) = ActorDuplicates.Merge(
            [Org("KRX"), Org("KRX News"), Org("QEG"), Org("QEG Live"), Org("Harlow"), Org("Harlow Ratings"), Org("Tessel"), Org("Tessel Group Inc"), Place("Quillan"), Place("Quillan Islands")],
            Sentences(("krx", 9), ("krx-news", 2)), NoEdits);

        Assert.Equal("krx-news", renamed["krx"]);
        Assert.Equal("qeg-live", renamed["qeg"]);
        Assert.Equal("harlow-ratings", renamed["harlow"]);
        Assert.Equal("tessel-group-inc", renamed["tessel"]);
        Assert.Equal("quillan-islands", renamed["quillan"]);
        Assert.Equal(5, registry.Count);
    }

    [Fact]
    public void A_short_name_stays_apart_from_longer_names_when_two_open_with_it_or_the_kind_or_the_head_differs()
    {
        var (registry, renamed) = ActorDuplicates.Merge(
            [Org("KRX"), Org("KRX News"), Org("KRX Sports"), Org("Vell Oil"), Org("Vell Oil News"), Place("New York"), Org("New York Times"),
             Place("Mobile"), Place("Mobile Bay"), Place("Quillan"), Place("Quillan River"), Person("Harlow"), Org("Harlow Group")],
            Sentences(), NoEdits);

        Assert.Empty(renamed);
        Assert.Equal(13, registry.Count);
    }

    [Fact]
    public void A_firms_short_name_joins_its_one_full_name_with_a_company_head_and_legal_form()
    {
        var (registry, renamed) = ActorDuplicates.Merge(
            [Org("Corran"), Org("Corran Petroleum Corp."), Org("Tessel"), Org("Tessel International Inc"), Person("Tessel Ward"), Org("Baosteel"), Org("Baosteel Resources")],
            Sentences(), NoEdits);

        Assert.Equal("corran-petroleum-corp.", renamed["corran"]);
        Assert.Equal("tessel-international-inc", renamed["tessel"]);
        Assert.Equal("baosteel-resources", renamed["baosteel"]);
        Assert.Equal(4, registry.Count);
    }

    [Theory]
    [InlineData("Vell Motor Corp")]
    [InlineData("Vell Motors Inc")]
    [InlineData("Vell Aerospace Ltd")]
    [InlineData("Vell Airlines Ltd")]
    public void A_carmakers_or_planemakers_short_name_joins_its_full_name(string full)
    {
        var (registry, renamed) = ActorDuplicates.Merge([Org("Vell"), Org(full)], Sentences(("vell", 5), (Slug(full), 1)), NoEdits);

        Assert.Equal("vell", renamed[Slug(full)]);
        Assert.Equal([full], Assert.Single(registry).Aliases);
    }

    [Fact]
    public void A_firms_full_name_joins_the_short_name_the_articles_write_more_often()
    {
        var (registry, renamed) = ActorDuplicates.Merge([Org("Corran"), Org("Corran Petroleum Corp.")], Sentences(("corran", 5), ("corran-petroleum-corp.", 1)), NoEdits);

        var (spelled, _) = ActorDuplicates.Merge([Org("Vell"), Org("Vell Ltd"), Org("Vell Oil"), Org("Vell Oil Co")], Sentences(("vell", 9), ("vell-oil-co", 3), ("vell-oil", 1)), NoEdits);

        Assert.Equal("corran", renamed["corran-petroleum-corp."]);
        Assert.Equal(["Corran Petroleum Corp."], Assert.Single(registry).Aliases);
        Assert.Equal("vell", Assert.Single(spelled).Id);
    }

    [Fact]
    public void A_short_name_stays_apart_from_a_field_after_it_or_a_firm_named_like_a_person_of_the_registry()
    {
        var (registry, renamed) = ActorDuplicates.Merge(
            [Org("Senate"), Org("Senate Energy"), Org("Corran"), Org("Corran Oil Co"), Person("Mia Corran"), Org("Vell"), Org("Vell Oil Co"), Org("Vell Gas Co")],
            Sentences(), NoEdits);

        Assert.Empty(renamed);
        Assert.Equal(8, registry.Count);
    }

    [Fact]
    public void A_firms_name_written_without_its_spaces_joins_the_name_with_them_and_a_legal_form()
    {
        var (registry, renamed) = ActorDuplicates.Merge([Org("VantorMobex"), Org("Vantor Mobex Corp")], Sentences(("vantor-mobex-corp", 3), ("vantormobex", 1)), NoEdits);

        Assert.Equal("vantor-mobex-corp", renamed["vantormobex"]);
        Assert.Equal(["VantorMobex"], Assert.Single(registry).Aliases);
    }

    [Fact]
    public void A_bodys_name_that_one_entry_has_as_an_alias_joins_that_entry()
    {
        var (one, renamed) = ActorDuplicates.Merge([Org("Harbours"), Org("Department of Harbours", "Harbours")], Sentences(), NoEdits);
        var (other, _) = ActorDuplicates.Merge([Org("Lodge"), Org("Grand Lodge", "Lodge"), Org("Senate"), Org("Senate Committee", "Senate")], Sentences(), NoEdits);

        Assert.Equal("department-of-harbours", renamed["harbours"]);
        Assert.Single(one);
        Assert.Equal(4, other.Count);
    }

    [Fact]
    public void A_persons_full_name_with_a_place_or_a_body_glued_after_it_joins_the_person()
    {
        var (registry, renamed) = ActorDuplicates.Merge(
            [Person("Tavin Oller"), Person("Tavin Oller Louisiana") with { Aliases = ["Louisiana"] }, Person("Ola Brun"), Person("Ola Brun Greenvale"), Org("Greenvale")], Sentences(), NoEdits);

        Assert.Equal("tavin-oller", renamed["tavin-oller-louisiana"]);
        Assert.Equal("ola-brun", renamed["ola-brun-greenvale"]);
        Assert.Equal(3, registry.Count);
        Assert.Empty(registry[0].Aliases);
    }

    [Fact]
    public void A_family_name_after_a_persons_name_is_no_glued_place()
    {
        var (registry, renamed) = ActorDuplicates.Merge(
            [Person("Ada Joseph"), Person("Ada Joseph Jackson"), Place("Jackson"), Person("Mira Jackson"), Person("Ola Brun"), Person("Ola Brun Junior")], Sentences(("mira-jackson", 5)), NoEdits);

        Assert.Empty(renamed);
        Assert.Equal(6, registry.Count);
    }

    [Fact]
    public void A_papers_name_with_the_first_name_of_its_headline_glued_after_it_joins_the_paper_but_two_firms_side_by_side_do_not()
    {
        var (registry, renamed) = ActorDuplicates.Merge(
            [Org("Kestrel Chronicle"), Org("Kestrel Chronicle Tessel"), Org("Tessel"), Org("Vell Mining"), Org("Vell Mining Tessel")], Sentences(), NoEdits);

        Assert.Equal("kestrel-chronicle", renamed["kestrel-chronicle-tessel"]);
        Assert.Single(renamed);
        Assert.Equal(4, registry.Count);
    }

    [Fact]
    public void A_given_name_spelled_with_another_vowel_or_c_for_k_joins_the_spelling_named_more_often()
    {
        var (registry, renamed) = ActorDuplicates.Merge(
            [Person("Allan Metzel"), Person("Allen Metzel"), Person("Carl-Henric Vanberg"), Person("Carl-Henrik Vanberg"),
             Person("Marie Ostrow"), Person("Mario Ostrow"), Person("Jane Tarn"), Person("June Tarn"), Person("Karen Vell"), Person("Karel Vell")],
            Sentences(("allan-metzel", 3), ("allen-metzel", 1)), NoEdits);

        Assert.Equal("allan-metzel", renamed["allen-metzel"]);
        Assert.Equal("carl-henric-vanberg", renamed["carl-henrik-vanberg"]);
        Assert.Equal(2, renamed.Count);
        Assert.Equal(8, registry.Count);
    }

    [Fact]
    public void A_family_name_spelled_with_another_vowel_joins_the_spelling_named_more_often()
    {
        var (registry, renamed) = ActorDuplicates.Merge(
            [Person("Tom Fryar"), Person("Tom Fryer"), Person("Ann Holm-Vettar"), Person("Ann Holm Vetter"),
             Person("Ida Berg"), Person("Ida Borg"), Person("Lars Amund"), Person("Lars Emund")],
            Sentences(("tom-fryer", 3), ("tom-fryar", 1), ("ann-holm-vetter", 2), ("ann-holm-vettar", 1)), NoEdits);

        Assert.Equal("tom-fryer", renamed["tom-fryar"]);
        Assert.Equal("ann-holm-vetter", renamed["ann-holm-vettar"]);
        Assert.Equal(2, renamed.Count);
        Assert.Equal(6, registry.Count);
    }

    [Fact]
    public void A_family_name_with_and_without_a_last_s_joins_the_spelling_named_more_often()
    {
        var (registry, renamed) = ActorDuplicates.Merge(
            [Person("Lars Mathew"), Person("Lars Mathews"), Person("Ida Holms"), Person("Ida Holm"), Person("Ann Vells"), Person("Eva Vell")],
            Sentences(("lars-mathews", 3), ("lars-mathew", 1)), NoEdits);

        Assert.Equal("lars-mathews", renamed["lars-mathew"]);
        Assert.Single(renamed);
        Assert.Equal(5, registry.Count);
    }

    [Fact]
    public void An_organisations_name_cut_before_its_listed_last_words_joins_the_full_name()
    {
        var (registry, renamed) = ActorDuplicates.Merge(
            [Org("Bureau of Tides Management"), Org("Bureau of Tides Management, Regulation and Enforcement"), Org("Office of Vell"), Org("Office of Vell, Tarn")],
            Sentences(("bureau-of-tides-management,-regulation-and-enforcement", 4), ("bureau-of-tides-management", 2)), NoEdits);

        Assert.Equal("bureau-of-tides-management,-regulation-and-enforcement", renamed["bureau-of-tides-management"]);
        Assert.Single(renamed);
        Assert.Equal(3, registry.Count);
    }

    [Fact]
    public void Two_familiar_forms_of_one_given_name_are_one_person_but_two_middle_initials_are_two()
    {
        var (registry, renamed) = ActorDuplicates.Merge(
            [Person("Bill Nunning"), Person("Billy Nunning"), Person("George W. Tarn"), Person("George H. W. Tarn")], Sentences(("billy-nunning", 3)), NoEdits);

        Assert.Equal("billy-nunning", renamed["bill-nunning"]);
        Assert.Single(renamed);
        Assert.Equal(3, registry.Count);
    }

    [Fact]
    public void A_given_name_with_or_without_its_last_h_is_one_person()
    {
        var (registry, renamed) = ActorDuplicates.Merge([Person("Sara Pallin"), Person("Sarah Pallin"), Person("Jon Pallin"), Person("John Pallin")], Sentences(("sarah-pallin", 9)), NoEdits);

        Assert.Equal("sarah-pallin", renamed["sara-pallin"]);
        Assert.Single(renamed);
        Assert.Equal(3, registry.Count);
    }

    [Fact]
    public void A_name_with_one_consonant_written_once_or_twice_is_one_person_but_a_vowel_doubled_or_two_letters_apart_are_two()
    {
        var (registry, renamed) = ActorDuplicates.Merge(
            [Person("Andrula Pettis"), Person("Andrulla Pettis"), Person("Vera Carrol"), Person("Vera Carroll"), Person("Lena Dorn"), Person("Leena Dorn"),
             Person("Mathew Quill"), Person("Matthiew Quill")],
            Sentences(("andrulla-pettis", 3), ("andrula-pettis", 1), ("vera-carrol", 2), ("vera-carroll", 1)), NoEdits);

        Assert.Equal("andrulla-pettis", renamed["andrula-pettis"]);
        Assert.Equal("vera-carrol", renamed["vera-carroll"]);
        Assert.Equal(2, renamed.Count);
        Assert.Equal(6, registry.Count);
    }

    [Fact]
    public void Of_two_spellings_of_a_public_figure_the_one_the_gazetteer_knows_stays_however_often_the_other_is_written()
    {
        var (registry, renamed) = ActorDuplicates.Merge([Person("Hilary Clinton"), Person("Hillary Clinton"), Person("Angela Merkell"), Person("Angela Merkel")],
            Sentences(("hilary-clinton", 9), ("hillary-clinton", 1), ("angela-merkell", 4), ("angela-merkel", 2)), NoEdits);

        Assert.Equal("hillary-clinton", renamed["hilary-clinton"]);
        Assert.Equal("angela-merkel", renamed["angela-merkell"]);
        Assert.Equal(2, renamed.Count);
        Assert.Equal(["Hillary Clinton", "Angela Merkel"], registry.Select(a => a.Name));
    }

    [Fact]
    public void A_family_name_with_an_office_is_the_one_bearer_who_holds_it_and_without_one_stays_apart()
    {
        var (registry, renamed) = ActorDuplicates.Merge(
            [Person("Lars Holm") with { Role = "Prime Minister" }, Person("Ida Holm"), Person("Holm") with { Role = "Prime Minister" },
             Person("Jonas Dahl"), Person("Eva Dahl"), Person("Dahl")],
            Sentences(("lars-holm", 3), ("ida-holm", 2), ("holm", 4), ("jonas-dahl", 3), ("eva-dahl", 2), ("dahl", 4)), NoEdits);

        Assert.Equal("lars-holm", renamed["holm"]);
        Assert.Single(renamed); // "Dahl" with no office could be either Dahl
        Assert.Equal(5, registry.Count);
    }

    [Theory]
    [InlineData("Prince", false)]
    [InlineData("Queen", false)]
    [InlineData("Sheikh", false)]
    [InlineData("Minister", true)]
    public void A_royal_called_by_the_given_name_is_no_bearer_of_that_family_name(string title, bool folds)
    {
        var (_, renamed) = ActorDuplicates.Merge([Person("Lars Holm") with { Role = "Minister" }, Person("Holm") with { Role = title }],
            Sentences(("lars-holm", 3), ("holm", 2)), NoEdits);

        Assert.Equal(folds, renamed.ContainsKey("holm"));
    }

    [Fact]
    public void A_given_name_of_five_letters_or_more_with_or_without_a_last_s_is_one_person_but_a_short_one_is_not()
    {
        var (registry, renamed) = ActorDuplicates.Merge([Person("Nicola Strand"), Person("Nicolas Strand"), Person("Jame Orrin"), Person("James Orrin")],
            Sentences(("nicola-strand", 6), ("nicolas-strand", 1)), NoEdits);

        Assert.Equal("nicola-strand", renamed["nicolas-strand"]);
        Assert.Single(renamed);
        Assert.Equal(3, registry.Count);
    }

    [Fact]
    public void An_agency_named_with_another_agency_head_is_the_same_agency_but_a_council_is_no_commission()
    {
        var (registry, renamed) = ActorDuplicates.Merge(
            [Org("National Tides and Weather Administration"), Org("National Tides and Weather Agency"), Org("Nordic Shipping Safety Council"), Org("Nordic Shipping Safety Commission"),
             Org("Federal Ferry Safety Agency"), Org("Federal Ferry Safety Administration")],
            Sentences(("national-tides-and-weather-administration", 4), ("national-tides-and-weather-agency", 3), ("nordic-shipping-safety-council", 5),
                ("federal-ferry-safety-agency", 1), ("federal-ferry-safety-administration", 1)), NoEdits);

        Assert.Equal("national-tides-and-weather-administration", renamed["national-tides-and-weather-agency"]);
        Assert.Single(renamed); // written once each way, "Agency" or "Administration" could be the name
        Assert.Equal(5, registry.Count);
    }

    [Fact]
    public void A_countrys_letters_read_as_a_body_or_a_place_join_the_country()
    {
        Actor Country(string name) => new() { Id = Slug(name), Name = name, Kind = ActorKind.Country };
        var (registry, renamed) = ActorDuplicates.Merge([Org("UK"), Place("U.S."), Country("United Kingdom"), Country("United States"), Org("American")], Sentences(), NoEdits);

        Assert.Equal("united-kingdom", renamed["uk"]);
        Assert.Equal("united-states", renamed["u.s."]);
        Assert.Equal(2, renamed.Count);
        Assert.Equal(3, registry.Count);
    }

    [Fact]
    public void An_institution_named_with_its_head_last_joins_the_name_with_its_head_first_and_the()
    {
        var (_, renamed) = ActorDuplicates.Merge([Org("Tides Department"), Org("Department of the Tides")], Sentences(), NoEdits);

        Assert.Equal("department-of-the-tides", renamed["tides-department"]);
    }

    [Fact]
    public void A_name_with_or_without_the_after_of_is_one_and_the_inverted_name_follows_it()
    {
        var (registry, renamed) = ActorDuplicates.Merge([Org("Tides Department"), Org("Department of Tides"), Org("Department of the Tides")],
            Sentences(("department-of-the-tides", 5), ("department-of-tides", 2)), NoEdits);

        Assert.Equal("department-of-the-tides", renamed["department-of-tides"]);
        Assert.Equal("department-of-the-tides", renamed["tides-department"]);
        Assert.Equal(["department-of-the-tides"], registry.Select(a => a.Id));
    }

    [Fact]
    public void A_nickname_of_the_given_name_with_the_same_family_name_is_the_same_person()
    {
        var (registry, renamed) = ActorDuplicates.Merge(
            [Person("Jackie Savell"), Person("Jacqueline Savell"), Person("Kenny Orr"), Person("Kenneth Orr"), Person("Jackie Orr")],
            Sentences(("jacqueline-savell", 4), ("jackie-savell", 1), ("kenny-orr", 5), ("kenneth-orr", 1), ("jackie-orr", 2)), NoEdits);

        Assert.Equal("jacqueline-savell", renamed["jackie-savell"]);
        Assert.Equal("kenny-orr", renamed["kenneth-orr"]);
        Assert.Equal(2, renamed.Count);
        Assert.Equal(3, registry.Count);
    }

    [Fact]
    public void A_persons_full_name_with_a_word_glued_before_it_folds_into_the_person_but_is_no_alias()
    {
        var (registry, renamed) = ActorDuplicates.Merge([Person("Bob Dunmore"), Person("Americas Bob Dunmore"), Person("Dunmore")], Sentences(("bob-dunmore", 5)), NoEdits);

        var person = Assert.Single(registry);
        Assert.Equal("bob-dunmore", renamed["americas-bob-dunmore"]);
        Assert.Equal(["Dunmore"], person.Aliases);
    }

    [Fact]
    public void An_organisations_name_cut_short_before_its_head_word_or_its_last_and_word_joins_the_full_name()
    {
        var (registry, renamed) = ActorDuplicates.Merge(
            [Org("Harbour Security"), Org("Harbour Security Department"), Org("Tarn Bay"), Org("Tarn Bay Oceanographic Institution"),
             Org("U.S. Centers for Water Control"), Org("Centers for Water Control and Prevention"), Org("University of Vell"), Org("University of Vell Law School"),
             Org("House of Delegates"), Org("House of Delegates and Senate"), Org("Tarn Keys"), Org("Tarn Keys News Bureau"), Org("Vell Oil"), Org("Vell Oil News")],
            Sentences(("centers-for-water-control-and-prevention", 4), ("u.s.-centers-for-water-control", 1), ("house-of-delegates", 9), ("house-of-delegates-and-senate", 1)), NoEdits);

        Assert.Equal("harbour-security-department", renamed["harbour-security"]);
        Assert.Equal("tarn-bay-oceanographic-institution", renamed["tarn-bay"]);
        Assert.Equal("centers-for-water-control-and-prevention", renamed["u.s.-centers-for-water-control"]);
        Assert.Equal(3, renamed.Count);
        Assert.Equal(11, registry.Count);
    }

    [Fact]
    public void A_family_name_after_a_middle_initial_joins_the_one_person_who_bears_it()
    {
        var (registry, renamed) = ActorDuplicates.Merge([Person("K. Marlowe"), Person("Ada Marlowe"), Person("Ben Ostrow")], Sentences(), NoEdits);

        Assert.Equal(["ada-marlowe", "ben-ostrow"], registry.Select(a => a.Id));
        Assert.Equal("ada-marlowe", renamed["k.-marlowe"]);
    }

    [Fact]
    public void An_organisations_name_with_one_words_ending_written_otherwise_joins_the_spelling_named_more_often()
    {
        var (registry, renamed) = ActorDuplicates.Merge(
            [Org("National Tidal and Atmosphere Bureau"), Org("National Tidal and Atmospheric Bureau"), Org("National Trade and Agriculture Bureau")],
            Sentences(("national-tidal-and-atmospheric-bureau", 5), ("national-tidal-and-atmosphere-bureau", 1)), NoEdits);

        Assert.Equal(["national-tidal-and-atmospheric-bureau", "national-trade-and-agriculture-bureau"], registry.Select(a => a.Id));
        Assert.Equal("national-tidal-and-atmospheric-bureau", renamed["national-tidal-and-atmosphere-bureau"]);
    }

    [Theory]
    [InlineData("Nordic Centres for Tide Control", "Nordic Centers for Tide Control")]
    [InlineData("Fjord Harbour Organisation", "Fjord Harbour Organization")]
    [InlineData("Ministry of Defence Procurement", "Ministry of Defense Procurement")]
    public void An_organisations_name_in_british_spelling_joins_the_american_one_named_more_often(string british, string american)
    {
        var (ids, other) = (Org(british).Id, Org(american).Id);
        var (registry, renamed) = ActorDuplicates.Merge([Org(british), Org(american)], Sentences((other, 5), (ids, 1)), NoEdits);

        Assert.Equal([other], registry.Select(a => a.Id));
        Assert.Equal(other, renamed[ids]);
    }

    [Fact]
    public void A_fragment_of_a_longer_name_does_not_join_its_other_spelling()
    {
        var (_, renamed) = ActorDuplicates.Merge(
            [Org("World Organization for Tide Control"), Org("Organisation for Tide Control"), Org("Organization for Tide Control")],
            Sentences(("organisation-for-tide-control", 5), ("organization-for-tide-control", 1)), NoEdits);

        Assert.NotEqual("organisation-for-tide-control", renamed.GetValueOrDefault("organization-for-tide-control"));
    }

    [Fact]
    public void An_institution_named_with_its_head_last_joins_the_name_with_its_head_first()
    {
        var (registry, renamed) = ActorDuplicates.Merge([Org("Tides Department"), Org("U.S. Tides Department"), Org("Department of Tides"), Org("Harbour Department")], Sentences(), NoEdits);

        Assert.Equal(["department-of-tides", "harbour-department"], registry.Select(a => a.Id));
        Assert.Equal(("department-of-tides", "department-of-tides"), (renamed["tides-department"], renamed["u.s.-tides-department"]));
    }

    [Fact]
    public void FieldAloneIsTheOneDepartmentOfThatField()
    {
        // Given a department named in full and, in other articles, by its field alone; and a field two bodies share.
        var (registry, renamed) = ActorDuplicates.Merge(
            [Org("Coastal Safety"), Org("Department of Coastal Safety"), Org("Harbours"), Org("Ministry of the Harbours"), Org("Forestry"),
             Org("Department of Forestry"), Org("Ministry of Forestry"), Org("Tidal Council"), Org("Office of Tidal Council")],
            Sentences(), NoEdits);

        // Then the field alone folds into the one body headed by it; a shared field or a name that is a body by itself stays.
        Assert.Equal(("department-of-coastal-safety", "ministry-of-the-harbours"), (renamed["coastal-safety"], renamed["harbours"]));
        Assert.Contains(registry, a => a.Id == "forestry");
        Assert.Contains(registry, a => a.Id == "tidal-council");
        Assert.Contains("Coastal Safety", registry.Single(a => a.Id == "department-of-coastal-safety").Aliases);
    }

    [Fact]
    public void FamilyNameAloneIsNotTheOneWhoGoesByHerMiddleName()
    {
        // Given a bare family name, a man of that family name, and a woman of two family names whom the articles call by the first of them.
        var (registry, renamed) = ActorDuplicates.Merge(
            [Person("Marlow"), Person("Peter J. Marlow"), Person("Anne Cobb Marlow") with { Aliases = ["Cobb"] }, Person("Ostrow"), Person("Ben Ostrow"),
             Person("Ada Ostrow")],
            Sentences(("peter-j.-marlow", 2), ("anne-cobb-marlow", 1)), NoEdits);

        // Then the bare name is the man's; two people called by one family name still leave it to neither.
        Assert.Equal("peter-j.-marlow", renamed["marlow"]);
        Assert.Contains(registry, a => a.Id == "anne-cobb-marlow");
        Assert.Contains(registry, a => a.Id == "ostrow");
    }

    [Fact]
    public void A_committee_named_without_the_field_its_full_name_adds_with_and_is_that_committee()
    {
        var (registry, renamed) = ActorDuplicates.Merge(
            [Org("Assembly Fisheries Committee"), Org("Assembly Fisheries and Forestry Committee"), Org("Assembly Mining Committee"), Org("Assembly Mining and Tourism")],
            Sentences(), NoEdits);
        var (others, none) = ActorDuplicates.Merge([Org("Assembly Fisheries Committee"), Org("Assembly Fisheries Subcommittee on Trout"), Org("Assembly Fisheries and Forestry of Moldavia Board")],
            Sentences(), NoEdits);

        Assert.Equal(2, registry.Count);
        Assert.Equal("assembly-fisheries-and-forestry-committee", renamed["assembly-fisheries-committee"]);
        Assert.Equal("assembly-mining-and-tourism", renamed["assembly-mining-committee"]);
        Assert.Equal(3, others.Count);
        Assert.Empty(none);
    }

    [Fact]
    public void The_initials_of_a_committee_named_short_are_no_acronym_of_it()
    {
        var (registry, renamed) = ActorDuplicates.Merge([Org("AFC"), Org("Assembly Fisheries Committee"), Org("Assembly Fisheries and Forestry Committee")], Sentences(), NoEdits);
        var (spelled, _) = ActorDuplicates.Merge([Org("AFC"), Org("Assembly Fisheries Committee", "AFC"), Org("Assembly Fisheries and Forestry Committee")], Sentences(), NoEdits);

        Assert.Contains(registry, a => a.Id == "afc");
        Assert.False(renamed.ContainsKey("afc"));
        Assert.Equal(["AFC", "Assembly Fisheries Committee"], Assert.Single(spelled).Aliases);
    }

    [Fact]
    public void A_region_after_its_countrys_initials_is_the_region_but_not_after_a_countrys_adjective()
    {
        var (initials, renamed) = ActorDuplicates.Merge([Place("UK Fen Coast"), Place("Fen Coast")], Sentences(("fen-coast", 3), ("uk-fen-coast", 1)), NoEdits);
        var (adjective, _) = ActorDuplicates.Merge([Place("British Fen Coast"), Place("Fen Coast")], Sentences(("fen-coast", 3), ("british-fen-coast", 1)), NoEdits);

        Assert.Equal(["fen-coast"], initials.Select(a => a.Id));
        Assert.Equal("fen-coast", renamed["uk-fen-coast"]);
        Assert.Equal(2, adjective.Count);
    }

    [Fact]
    public void A_bodys_name_after_its_owners_is_the_body()
    {
        var (registry, renamed) = ActorDuplicates.Merge([Org("Halvor"), Org("Halvor World Service"), Org("World Service")],
            Sentences(("halvor-world-service", 4), ("world-service", 1), ("halvor", 9)), NoEdits);

        Assert.Equal(["halvor", "halvor-world-service"], registry.Select(a => a.Id));
        Assert.Equal("halvor-world-service", renamed["world-service"]);
    }

    [Fact]
    public void A_bodys_name_with_its_head_before_of_after_its_owners_is_the_body()
    {
        var (registry, renamed) = ActorDuplicates.Merge([Org("Vell Army"), Org("Vell Army Corps of Engineers"), Org("Corps of Engineers"), Org("Vell Army Bank of Ships")],
            Sentences(("vell-army-corps-of-engineers", 4), ("corps-of-engineers", 1)), NoEdits);

        Assert.Equal("vell-army-corps-of-engineers", renamed["corps-of-engineers"]);
        Assert.Single(renamed);
        Assert.Equal(3, registry.Count);
    }

    [Fact]
    public void A_bodys_name_after_a_place_or_after_two_owners_or_a_rigs_after_its_owners_stays_apart()
    {
        var (place, _) = ActorDuplicates.Merge([Place("Wessex"), Org("Wessex Home Guard"), Org("Home Guard")], Sentences(), NoEdits);
        var (two, _) = ActorDuplicates.Merge([Org("Halvor"), Org("Kestrel"), Org("Halvor Safety Board"), Org("Kestrel Safety Board"), Org("Safety Board")], Sentences(), NoEdits);
        var (rig, _) = ActorDuplicates.Merge([Org("Halvor"), Org("Halvor Deep Driller"), Org("Deep Driller")], Sentences(), NoEdits);

        Assert.Equal(3, place.Count);
        Assert.Equal(5, two.Count);
        Assert.Equal(3, rig.Count);
    }

    [Fact]
    public void A_bodys_name_after_a_nations_body_the_registry_does_not_list_is_the_body()
    {
        var (registry, renamed) = ActorDuplicates.Merge([Org("UK Army Corps of Signals"), Org("Army Corps of Signals"), Org("Corps of Signals")],
            Sentences(("uk-army-corps-of-signals", 3), ("army-corps-of-signals", 1), ("corps-of-signals", 5)), NoEdits);

        var corps = Assert.Single(registry);
        Assert.Equal("Corps of Signals", corps.Name);
        Assert.Equal("corps-of-signals", renamed["uk-army-corps-of-signals"]);
    }

    [Fact]
    public void A_bodys_name_after_its_owners_and_a_comma_or_a_possessive_is_the_body()
    {
        var (registry, renamed) = ActorDuplicates.Merge(
            [Org("Fisheries Department"), Org("Fisheries, Ship Safety Service"), Org("Fisheries's Ship Safety Service"), Org("Ship Safety Service"), Org("UK Ship Safety Service")],
            Sentences(("ship-safety-service", 6), ("fisheries,-ship-safety-service", 1), ("fisheries's-ship-safety-service", 1)), NoEdits);

        Assert.Equal("ship-safety-service", renamed["fisheries,-ship-safety-service"]);
        Assert.Equal("ship-safety-service", renamed["fisheries's-ship-safety-service"]);
        Assert.Equal(["fisheries-department", "ship-safety-service"], registry.Select(a => a.Id));
    }

    [Fact]
    public void A_bodys_name_after_a_place_and_a_comma_stays_apart()
    {
        var (registry, renamed) = ActorDuplicates.Merge([Place("Aarhus"), Org("Aarhus, Home Guard"), Org("Home Guard")], Sentences(("home-guard", 4)), NoEdits);

        Assert.Equal(3, registry.Count);
        Assert.Empty(renamed);
    }
}
