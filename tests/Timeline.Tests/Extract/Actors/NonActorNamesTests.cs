using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

public sealed class NonActorNamesTests
{
    private static List<(string Name, ActorKind Kind)> Kept(string body, params (string Name, ActorKind Kind)[] actors) => EvidenceCheck.Kept(body, actors);

    [Fact]
    public void Occasions_operations_and_storms_are_no_actors()
    {
        const string body = "Guests arrived for the Harbour Press Dinner. Engineers began Operation Deep Plug. The Kestrel Spill spread. "
            + "Tropical Storm Wenna weakened. Halvor Shipping paid.";

        var kept = Kept(body, ("Harbour Press Dinner", ActorKind.Organisation), ("Operation Deep Plug", ActorKind.Organisation),
            ("Kestrel Spill", ActorKind.Organisation), ("Tropical Storm Wenna", ActorKind.Organisation), ("Halvor Shipping", ActorKind.Organisation));

        Assert.Equal([("Halvor Shipping", ActorKind.Organisation)], kept);
    }

    [Fact]
    public void A_bill_a_plan_or_a_document_is_no_actor_but_the_body_that_wrote_it_is()
    {
        const string body = "The Vell Relief Bill passed. The Harbour Contingency Plan was revised. Crews read the Kestrel Safety Data Sheets. "
            + "The Sixth Amendment applies. The Harbour Relief Board met.";

        var kept = Kept(body, ("Vell Relief Bill", ActorKind.Organisation), ("Harbour Contingency Plan", ActorKind.Organisation),
            ("Kestrel Safety Data Sheets", ActorKind.Organisation), ("Sixth Amendment", ActorKind.Organisation), ("Harbour Relief Board", ActorKind.Organisation));

        Assert.Equal([("Harbour Relief Board", ActorKind.Organisation)], kept);
    }

    [Fact]
    public void A_headlines_subject_and_its_capitalised_verb_are_no_actor_but_a_name_ending_in_a_noun_is()
    {
        const string body = "Vellmark Reacts To Spill. Halvor Slams Rivals. The Orm Works paid. Vell Sears spoke.";

        var kept = Kept(body, ("Vellmark Reacts", ActorKind.Organisation), ("Halvor Slams", ActorKind.Organisation), ("Orm Works", ActorKind.Organisation),
            ("Vell Sears", ActorKind.Organisation));

        Assert.Equal([("Orm Works", ActorKind.Organisation), ("Vell Sears", ActorKind.Organisation)], kept);
    }

    [Fact]
    public void The_head_of_a_name_alone_is_no_actor_but_a_body_it_names_alone_is()
    {
        const string body = "Students at Marrow University protested. The University said it would pay. Boats left Kestrel Bay. "
            + "Oil reached the Bay on Monday. Halvor Ltd sold a rig; Ltd shares fell. The Trust said it would help. Congress voted. The Senate agreed.";

        var kept = Kept(body, ("University", ActorKind.Organisation), ("Bay", ActorKind.Place), ("Ltd", ActorKind.Organisation),
            ("Trust", ActorKind.Organisation), ("Congress", ActorKind.Organisation), ("Senate", ActorKind.Organisation));

        Assert.Equal([("Congress", ActorKind.Organisation), ("Senate", ActorKind.Organisation)], kept);
    }

    [Fact]
    public void A_states_abbreviation_is_no_actor()
    {
        const string body = "Fishermen in Empire, La. waited. Sen. Kim Dale, D-Fla. , spoke. Halvor Shipping paid.";

        Assert.Equal([("Halvor Shipping", ActorKind.Organisation)], Kept(body, ("La", ActorKind.Place), ("Fla", ActorKind.Place), ("Halvor Shipping", ActorKind.Organisation)));
    }

    [Fact]
    public void An_influenza_subtype_is_no_actor_but_a_group_named_by_a_number_is()
    {
        const string body = "The H1N1 strain spread to Vell. H5N1 killed birds. The G20 met in Aarhus.";

        Assert.Equal([("G20", ActorKind.Organisation)], Kept(body, ("H1N1", ActorKind.Organisation), ("H5N1", ActorKind.Organisation), ("G20", ActorKind.Organisation)));
    }

    [Theory]
    [InlineData("Vell Ratings cut Maersk's credit rating to BBB on Tuesday.", "BBB", true)]
    [InlineData("Vell Ratings downgraded Maersk to Baa2 from A3.", "Baa2", true)]
    [InlineData("Maersk lost its AA rating. The AA said it would help drivers.", "AA", false)]
    [InlineData("The AA said it would help drivers stranded by the storm.", "AA", false)]
    [InlineData("Vell Ratings cut Maersk's credit rating to BBB on Tuesday.", "Vell", false)]
    public void A_grade_of_a_rating_scale_is_no_actor_where_every_use_speaks_of_ratings(string body, string name, bool notAnActor)
    {
        var actor = new Actor { Id = name, Name = name, Kind = ActorKind.Organisation };

        Assert.Equal(notAnActor, NonActorNames.IsNotAnActor(Gazetteer.Default, body, actor));
    }

    [Theory]
    [InlineData("V380", true)]
    [InlineData("Vellair V380", true)]
    [InlineData("Vellair 787-9", true)]
    [InlineData("Vellair 737", true)]
    [InlineData("V320neo", true)]
    [InlineData("G20", false)]
    [InlineData("3M", false)]
    [InlineData("Vellair", false)]
    public void A_numbered_model_is_no_actor_but_a_group_named_by_a_number_is(string name, bool notAnActor)
    {
        var actor = new Actor { Id = name, Name = name, Kind = ActorKind.Organisation };

        Assert.Equal(notAnActor, NonActorNames.IsNotAnActor(Gazetteer.Default, "The " + name + " flew.", actor));
    }

    [Fact]
    public void Initials_written_in_the_plural_are_a_things_not_an_organisations()
    {
        const string body = "Two ROVs dived to the well. The ROV cut the pipe. The KMRA said the ROV worked.";

        Assert.Equal([("KMRA", ActorKind.Organisation)], Kept(body, ("ROV", ActorKind.Organisation), ("KMRA", ActorKind.Organisation)));
    }

    [Fact]
    public void A_company_s_initials_with_one_missing_apostrophe_stay_an_organisation()
    {
        const string body = "KMRA paid. KMRA said it would pay. KMRA's chief resigned. KMRA cut jobs. I blame KMRAs bosses. KMRA sold a rig.";

        Assert.Equal([("KMRA", ActorKind.Organisation)], Kept(body, ("KMRA", ActorKind.Organisation)));
    }

    [Fact]
    public void Two_bare_capitals_enter_the_registry_only_through_an_event()
    {
        var hd = new Actor { Id = "hd", Name = "HD", Kind = ActorKind.Organisation };
        var bp = new Actor { Id = "kq", Name = "KQ", Kind = ActorKind.Organisation };
        var eu = new Actor { Id = "eu", Name = "European Union", Kind = ActorKind.Organisation };
        var support = new List<ActorSupport>
        {
            new() { ActorId = "hd", Sentences = 3, InEvent = false },
            new() { ActorId = "kq", Sentences = 3, InEvent = true },
            new() { ActorId = "eu", Sentences = 2, InEvent = false },
        };

        var kept = Timeline.Extract.ActorRegistry.Supported([hd, bp, eu], [support]);

        Assert.Equal(["kq", "eu"], kept.Select(a => a.Id));
    }

    [Fact]
    public void A_given_name_a_middle_initial_and_a_family_name_are_a_person()
    {
        const string body = "Thad W. Allenby said the work would go on. Thad W. Allenby left.";

        Assert.Equal([("Thad W. Allenby", ActorKind.Person)], Kept(body, ("Thad W. Allenby", ActorKind.Organisation)));
    }

    [Fact]
    public void Delta_refuge_and_marsh_head_a_places_name()
    {
        const string body = "Oil reached the Ruddock Delta. The Ruddock Delta is wide. Birds left Kell Island Refuge. Kell Island Refuge closed.";

        Assert.Equal([("Ruddock Delta", ActorKind.Place), ("Kell Island Refuge", ActorKind.Place)],
            Kept(body, ("Ruddock Delta", ActorKind.Organisation), ("Kell Island Refuge", ActorKind.Organisation)));
    }

    [Fact]
    public void A_bare_title_and_given_names_strung_together_are_no_actors()
    {
        const string body = "The president asked Interior Secretary Kim Dale to act. The Interior Secretary agreed. "
            + "Her sisters were Mabel Gwendolin Irene Martin Rose Owen. Halvor Shipping paid.";

        var kept = Kept(body, ("Interior Secretary", ActorKind.Organisation), ("Mabel Gwendolin Irene Martin Rose Owen", ActorKind.Person),
            ("Halvor Shipping", ActorKind.Organisation));

        Assert.Equal([("Halvor Shipping", ActorKind.Organisation)], kept);
    }

    [Fact]
    public void Names_joined_by_an_ampersand_are_a_firm_not_a_person()
    {
        const string body = "Analysts at Raymond Tovey & Associates said prices would rise. Raymond Tovey & Associates cut its forecast.";

        Assert.Equal([("Raymond Tovey & Associates", ActorKind.Organisation)], Kept(body, ("Raymond Tovey & Associates", ActorKind.Person)));
    }

    [Fact]
    public void A_plans_step_and_a_common_noun_of_a_given_name_are_no_actors()
    {
        const string body = "They moved to Plan D. Phase 2 began. Fans of Michael Jackson hold signs. Friends of the Earth objected. Knights of Columbus met. Halvor Shipping paid.";

        var kept = Kept(body, ("Plan D", ActorKind.Organisation), ("Phase 2", ActorKind.Organisation), ("Fans of Michael", ActorKind.Organisation),
            ("Friends of the Earth", ActorKind.Organisation), ("Knights of Columbus", ActorKind.Organisation), ("Halvor Shipping", ActorKind.Organisation));

        Assert.Equal([("Friends of the Earth", ActorKind.Organisation), ("Knights of Columbus", ActorKind.Organisation), ("Halvor Shipping", ActorKind.Organisation)], kept);
    }

    [Fact]
    public void A_name_made_into_a_modifier_is_no_actor_but_a_hyphenated_name_is()
    {
        const string body = "Experts feared a Kestrel Spill-style disaster. The Halvor-led coalition met. Vell-era rules lapsed. Orm-Vell Shipping paid.";

        var kept = Kept(body, ("Kestrel Spill-style", ActorKind.Organisation), ("Halvor-led", ActorKind.Organisation), ("Vell-era", ActorKind.Organisation),
            ("Orm-Vell Shipping", ActorKind.Organisation));

        Assert.Equal([("Orm-Vell Shipping", ActorKind.Organisation)], kept);
    }
}
