using Timeline.Extract.Actors;
using Timeline.Model;

namespace Timeline.Tests.Extract.Actors;

public sealed class ActorEvidenceTests
{
    private static List<string> Kept(string body, params (string Name, ActorKind Kind, string? Role)[] actors) =>
        [.. EvidenceCheck.Kept(body, actors.Select(a => new Actor { Id = a.Name, Name = a.Name, Kind = a.Kind, Role = a.Role })).Select(a => a.Name)];

    [Fact]
    public void A_name_mostly_written_as_a_drug_or_a_rig_is_a_product_and_an_owner_named_before_its_rig_is_not()
    {
        const string body = "Doctors gave the drug Zelorin to every patient. The antiviral Zelorin was flown in. Stocks of Zelorin ran short. "
            + "Workers fled the Kestrel Star rig. The Kestrel Star oil rig sank. Halvorsen said the Halvorsen rig was safe. Halvorsen owns it. Halvorsen declined to comment.";

        var kept = Kept(body, ("Zelorin", ActorKind.Organisation, null), ("Kestrel Star", ActorKind.Organisation, null), ("Halvorsen", ActorKind.Organisation, null));

        Assert.Equal(["Halvorsen"], kept);
    }

    [Fact]
    public void A_storm_is_no_actor_by_its_given_name_or_with_its_storm_word()
    {
        const string body = "Tropical Storm Vella slowed the ships. Vella brought rain, and it moved west. Storm Vella reached the coast. Kari Storm said the ships waited.";

        var kept = Kept(body, ("Vella", ActorKind.Person, null), ("Storm Vella", ActorKind.Person, null), ("Kari Storm", ActorKind.Person, null));

        Assert.Equal(["Kari Storm"], kept);
    }

    [Theory]
    [InlineData("Wendell chief executive Kari Vell said sales fell. Wendell closed two plants.")]
    [InlineData("Investors bought a 20 percent stake in Wendell. Wendell closed two plants.")]
    public void A_given_name_alone_the_article_writes_as_a_firms_is_the_firm(string body)
    {
        var kept = EvidenceCheck.Kept(body, [new Actor { Id = "w", Name = "Wendell", Kind = ActorKind.Person }]);

        Assert.Equal(ActorKind.Organisation, Assert.Single(kept).Kind);
    }

    [Theory]
    [InlineData("Wendell closed two plants. Wendell said sales fell.")]
    [InlineData("Wendell spokesman Kari Vell said sales fell. Wendell closed two plants.")]
    [InlineData("Wendell chief executive said sales fell. Wendell closed two plants.")]
    public void A_given_name_alone_with_no_firms_context_says_not_whose(string body)
    {
        var kept = EvidenceCheck.Kept(body, [new Actor { Id = "w", Name = "Wendell", Kind = ActorKind.Person }]);

        Assert.Empty(kept);
    }

    [Fact]
    public void A_name_with_a_generation_after_it_is_a_persons()
    {
        var kept = EvidenceCheck.Kept("Halvor Lund Jr. runs a boat. Lund said the catch was poor.", [new Actor { Id = "h", Name = "Halvor Lund Jr.", Kind = ActorKind.Organisation }]);

        Assert.Equal(ActorKind.Person, Assert.Single(kept).Kind);
    }

    [Theory]
    [InlineData("Slum-dweller Talib bin Hamid lost everything when the river rose. Talib bin Hamid now sells fruit.", "Talib bin Hamid", ActorKind.Organisation)]
    [InlineData("Siti binti Aziz runs a stall in the market. Siti binti Aziz said prices rose.", "Siti binti Aziz", ActorKind.Place)]
    public void A_name_with_a_fathers_name_after_bin_is_a_persons(string body, string name, ActorKind read)
    {
        var kept = EvidenceCheck.Kept(body, [new Actor { Id = "t", Name = name, Kind = read }]);

        Assert.Equal(ActorKind.Person, Assert.Single(kept).Kind);
    }

    [Fact]
    public void Bin_as_a_word_of_a_firms_name_makes_no_person()
    {
        var kept = EvidenceCheck.Kept("Vell Bin Holdings said sales rose. Vell Bin Holdings owns ten shops.", [new Actor { Id = "v", Name = "Vell Bin Holdings", Kind = ActorKind.Organisation }]);

        Assert.Equal(ActorKind.Organisation, Assert.Single(kept).Kind);
    }

    [Fact]
    public void A_maker_and_a_model_number_make_a_product()
    {
        Assert.Empty(Kept("Airlines ordered the Boeing 787 this year.", ("Boeing 787", ActorKind.Organisation, null)));
    }

    [Fact]
    public void A_name_an_apposition_calls_a_programme_is_a_work_and_a_film_company_is_not()
    {
        const string body = "Ida Berg toured the coast with a crew from Harbour Lights, a documentary programme hosted by Lars Holm. "
            + "Halvor Films, a film company based in Aarhus, made it. Vell Trust, a programme funder, paid for it.";

        var kept = Kept(body, ("Harbour Lights", ActorKind.Organisation, null), ("Halvor Films", ActorKind.Organisation, null), ("Vell Trust", ActorKind.Organisation, null));

        Assert.Equal(["Halvor Films", "Vell Trust"], kept);
    }

    [Fact]
    public void A_name_headed_by_the_kind_of_product_it_is_is_a_product_and_its_maker_is_not()
    {
        const string body = "The Vell Rapid Influenza Test was cleared by regulators. Clinics ordered the Nordic Flu Vaccine. Vell Diagnostics said it would ship soon.";

        var kept = Kept(body, ("Vell Rapid Influenza Test", ActorKind.Organisation, null), ("Nordic Flu Vaccine", ActorKind.Organisation, null),
            ("Vell Diagnostics", ActorKind.Organisation, null));

        Assert.Equal(["Vell Diagnostics"], kept);
    }

    [Fact]
    public void A_person_needs_a_given_name_a_role_an_apposition_or_he_or_she()
    {
        const string body = "Maria Lindqvist opened the port. Haldane, a spokesman for the port, agreed. Osk Varel arrived, and she spoke. Ulvik Stone left. "
            + "Mayor Tor Vessel agreed. Foreign Policy reported it. Shelby County was booked.";

        var kept = Kept(body, ("Maria Lindqvist", ActorKind.Person, null), ("Haldane", ActorKind.Person, null), ("Osk Varel", ActorKind.Person, null),
            ("Ulvik Stone", ActorKind.Person, null), ("Tor Vessel", ActorKind.Person, "Mayor"), ("Foreign Policy", ActorKind.Person, null), ("Shelby County", ActorKind.Person, null));

        Assert.Equal(["Maria Lindqvist", "Haldane", "Osk Varel", "Tor Vessel"], kept);
    }

    [Fact]
    public void Spans_that_are_no_name_are_dropped()
    {
        const string body = "Senator Rex Dalby of Ohio spoke. SAN ESTEBAN was quiet. Tim left. Ohio voted.";

        var kept = Kept(body, ("Rex Dalby of", ActorKind.Person, "Senator"), ("SAN ESTEBAN", ActorKind.Organisation, null), ("Tim", ActorKind.Person, null), ("Ohio", ActorKind.Place, null));

        Assert.Equal(["Ohio"], kept);
    }

    [Fact]
    public void A_time_stamp_read_as_a_name_is_dropped()
    {
        const string body = "Thu Oct 14 2010 09:12 EDT. Haldane Shipping said the port reopened. June Carter sang. The Sun reported it.";

        var kept = Kept(body, ("Thu Oct", ActorKind.Organisation, null), ("EDT", ActorKind.Organisation, null), ("Haldane Shipping", ActorKind.Organisation, null),
            ("June Carter", ActorKind.Person, null), ("Sun", ActorKind.Organisation, null));

        Assert.Equal(["Haldane Shipping", "June Carter", "Sun"], kept);
    }

    private static List<(string Name, ActorKind Kind)> KeptKinds(string body, params (string Name, ActorKind Kind, string? Role)[] actors) =>
        [.. EvidenceCheck.Kept(body, actors.Select(a => new Actor { Id = a.Name, Name = a.Name, Kind = a.Kind, Role = a.Role }), oneSentence: true).Select(a => (a.Name, a.Kind))];

    [Fact]
    public void Names_in_the_credits_are_no_actors_but_the_same_name_in_the_story_is()
    {
        const string body = "Marta Quell said the port would reopen.\nPhotograph: Jae R. Tovin/AP\n"
            + "(Reporting by Sela Morrow and Ivo Brandt in Houston; Editing by Marta Quell)\nBy Dane Ostrow\nBy Friday, Colm Reddan had left.";

        var kept = Kept(body, ("Marta Quell", ActorKind.Person, null), ("Jae R. Tovin", ActorKind.Person, null), ("Sela Morrow", ActorKind.Person, null),
            ("Ivo Brandt", ActorKind.Person, null), ("Dane Ostrow", ActorKind.Person, null), ("Colm Reddan", ActorKind.Person, null));

        Assert.Equal(["Marta Quell", "Colm Reddan"], kept);
    }

    [Fact]
    public void Common_words_capitalised_at_a_start_or_in_a_heading_are_no_actor_when_the_article_writes_them_in_lower_case()
    {
        const string body = "Committee members met. The committee asked for more. Oil prices rose as oil flowed. Response Plan drafted. "
            + "The response plan was late. Coast Guard boats left. Haldane Shipping agreed.";

        var kept = Kept(body, ("Committee", ActorKind.Organisation, null), ("Oil", ActorKind.Organisation, null), ("Response Plan", ActorKind.Organisation, null),
            ("Coast Guard", ActorKind.Organisation, null), ("Haldane Shipping", ActorKind.Organisation, null));

        Assert.Equal(["Coast Guard", "Haldane Shipping"], kept);
    }

    [Fact]
    public void The_front_of_a_title_is_no_actor_but_a_name_also_met_alone_is()
    {
        const string body = "Senate Majority Leader Orrin Vale spoke. Lorwick Attorney General Ada Fenn sued. Harrow Mining Chief Executive Tom Pell left. "
            + "Harrow Mining shares fell.";

        var kept = Kept(body, ("Senate Majority", ActorKind.Organisation, null), ("Lorwick Attorney", ActorKind.Organisation, null), ("Harrow Mining", ActorKind.Organisation, null));

        Assert.Equal(["Harrow Mining"], kept);
    }

    [Fact]
    public void A_firm_named_as_a_person_is_an_organisation_by_its_last_word_or_by_the_people_working_at_it()
    {
        const string body = "Tervane Limited chief executive Olaf Brun spoke. Said Osk Rell, an analyst at Hargrove Lanmoor. He said so. Pell Strategies agreed. "
            + "Ivar Haldane arrived and he spoke.";

        var kept = KeptKinds(body, ("Tervane Limited", ActorKind.Person, "Chief Executive"), ("Hargrove Lanmoor", ActorKind.Person, null),
            ("Pell Strategies", ActorKind.Person, null), ("Ivar Haldane", ActorKind.Person, null));

        Assert.Equal([("Tervane Limited", ActorKind.Organisation), ("Hargrove Lanmoor", ActorKind.Organisation), ("Pell Strategies", ActorKind.Organisation), ("Ivar Haldane", ActorKind.Person)], kept);
    }

    [Fact]
    public void A_short_name_glued_onto_the_words_before_it_or_a_title_left_without_its_name_is_no_actor()
    {
        const string body = "Boycott QX, said the posters. Hanna Lind QX spoke. Coast Guard Rear Adm said it. Elizabeth II visited. Halvor SA sold its stake. "
            + "Tessel Bank NV agreed. Marl Works QX rose.";

        var kept = Kept(body, ("Boycott QX", ActorKind.Organisation, null), ("Hanna Lind QX", ActorKind.Person, null), ("Coast Guard Rear Adm", ActorKind.Organisation, null),
            ("Elizabeth II", ActorKind.Person, "Queen"), ("Halvor SA", ActorKind.Organisation, null), ("Tessel Bank NV", ActorKind.Organisation, null), ("Marl Works QX", ActorKind.Organisation, null));

        Assert.Equal(["Elizabeth II", "Halvor SA", "Tessel Bank NV"], kept);
    }

    [Fact]
    public void A_head_word_run_on_into_a_firms_initials_or_initials_before_a_sea_are_no_actor()
    {
        const string body = "Radio Nine News QX has agreed to pay. The QX Gulf leak grew. Crews reached the US Gulf. Kestrel Bank AG fell.";

        var kept = Kept(body, ("News QX", ActorKind.Organisation, null), ("QX Gulf", ActorKind.Place, null), ("US Gulf", ActorKind.Place, null),
            ("Kestrel Bank AG", ActorKind.Organisation, null));

        Assert.Equal(["US Gulf", "Kestrel Bank AG"], kept);
    }

    [Fact]
    public void A_speaker_label_a_shouted_word_or_a_dateline_glued_to_a_given_name_is_no_actor_but_an_acronym_is()
    {
        const string body = "ROBERT: We knew. The WATER was black. NOAA said so. London Robert Vane said it, and he left. OPEC met. SOURCE Tellbury Ltd. NOAA Fisheries agreed.";

        var kept = Kept(body, ("ROBERT", ActorKind.Organisation, null), ("WATER", ActorKind.Organisation, null), ("NOAA", ActorKind.Organisation, null),
            ("London Robert", ActorKind.Person, null), ("OPEC", ActorKind.Organisation, null), ("SOURCE Tellbury", ActorKind.Organisation, null),
            ("NOAA Fisheries", ActorKind.Organisation, null));

        Assert.Equal(["NOAA", "OPEC", "NOAA Fisheries"], kept);
    }

    [Fact]
    public void A_name_ending_in_a_trades_word_is_a_firm_though_it_opens_with_a_given_name()
    {
        const string body = "Devon Energy sold its wells. Cameron International made the valve. Lena Marsh said she would buy them.";

        var kept = KeptKinds(body, ("Devon Energy", ActorKind.Person, null), ("Cameron International", ActorKind.Person, null), ("Lena Marsh", ActorKind.Person, null));

        Assert.Equal([("Devon Energy", ActorKind.Organisation), ("Cameron International", ActorKind.Organisation), ("Lena Marsh", ActorKind.Person)], kept);
    }

    [Fact]
    public void One_party_member_described_by_state_or_house_is_no_actor_but_the_partys_members_as_a_body_are()
    {
        const string body = "Iowa Democrat Bruce Braley asked for hearings. Senate Republican Vane Tolley objected. House Democrats agreed.";

        var kept = Kept(body, ("Iowa Democrat", ActorKind.Organisation, null), ("Senate Republican", ActorKind.Organisation, null), ("House Democrats", ActorKind.Organisation, null));

        Assert.Equal(["House Democrats"], kept);
    }

    [Fact]
    public void A_name_written_after_the_time_and_again_is_a_things_though_he_follows_it()
    {
        const string body = "Workers on the Vantor Horizon fled before it sank. He said the Vantor Horizon costs would rise. Vantor Horizon was built in 2001. "
            + "Orsk Horizon said he would stay.";

        var kept = Kept(body, ("Vantor Horizon", ActorKind.Person, null), ("Orsk Horizon", ActorKind.Person, null));

        Assert.Equal(["Orsk Horizon"], kept);
    }

    [Fact]
    public void A_name_ending_in_a_places_head_is_a_place_and_one_ending_as_a_firms_is_a_firm()
    {
        const string body = "Oil reached Grand Isle and Tarn Point. Mount Vell was closed. Planes left Andrews Air Force Base. Lake Vell Basin Foundation warned. "
            + "Vell Strategies and Orm Capital advised. Halvern Co said so. The Coast Guard left.";

        var kept = KeptKinds(body, ("Grand Isle", ActorKind.Organisation, null), ("Tarn Point", ActorKind.Organisation, null), ("Mount Vell", ActorKind.Organisation, null),
            ("Andrews Air Force Base", ActorKind.Organisation, null), ("Lake Vell Basin Foundation", ActorKind.Organisation, null), ("Vell Strategies", ActorKind.Place, null),
            ("Orm Capital", ActorKind.Place, null), ("Halvern Co", ActorKind.Person, null), ("Coast Guard", ActorKind.Organisation, null));

        Assert.Equal(
            [("Grand Isle", ActorKind.Place), ("Tarn Point", ActorKind.Place), ("Mount Vell", ActorKind.Place), ("Andrews Air Force Base", ActorKind.Place),
             ("Lake Vell Basin Foundation", ActorKind.Organisation), ("Vell Strategies", ActorKind.Organisation), ("Orm Capital", ActorKind.Organisation),
             ("Halvern Co", ActorKind.Organisation), ("Coast Guard", ActorKind.Organisation)],
            kept);
    }

    [Fact]
    public void A_name_whose_chairman_or_shareholders_the_article_writes_is_a_firm()
    {
        const string body = "Vellsund's chairman, Tor Mikkelsen, said he was surprised. Vellsund declined to comment. Kestrand's shareholders voted, and he agreed.";

        var kept = KeptKinds(body, ("Vellsund", ActorKind.Person, null), ("Tor Mikkelsen", ActorKind.Person, null), ("Kestrand", ActorKind.Person, null));

        Assert.Equal([("Vellsund", ActorKind.Organisation), ("Tor Mikkelsen", ActorKind.Person), ("Kestrand", ActorKind.Organisation)], kept);
    }

    [Fact]
    public void A_name_given_as_an_example_of_banks_or_firms_is_a_firm()
    {
        const string body = "Big banks, such as Tarrow Stanley, said costs could rise, and he agreed. Firms like Orm Hallet paid, he said.";

        var kept = KeptKinds(body, ("Tarrow Stanley", ActorKind.Person, null), ("Orm Hallet", ActorKind.Person, null));

        Assert.Equal([("Tarrow Stanley", ActorKind.Organisation), ("Orm Hallet", ActorKind.Organisation)], kept);
    }

    [Fact]
    public void A_channel_a_shelf_and_a_pass_are_places()
    {
        const string body = "Tankers crossed the Vell Barbara Channel. Leases on the Outer Kestrel Shelf were sold. Boats used Orm Island Pass.";

        var kept = KeptKinds(body, ("Vell Barbara Channel", ActorKind.Organisation, null), ("Outer Kestrel Shelf", ActorKind.Organisation, null),
            ("Orm Island Pass", ActorKind.Organisation, null));

        Assert.Equal([("Vell Barbara Channel", ActorKind.Place), ("Outer Kestrel Shelf", ActorKind.Place), ("Orm Island Pass", ActorKind.Place)], kept);
    }

    [Fact]
    public void A_hotel_a_cathedral_and_a_state_house_are_buildings_and_a_church_or_city_hall_may_act()
    {
        const string body = "Ministers met at the Vell Park Hotel. Choirs sang in Orm Cathedral. Lars Holm spoke at the Vermont State House. "
            + "The Kestrel Church said it would help. Vell City Hall said the roads were shut.";

        var kept = KeptKinds(body, ("Vell Park Hotel", ActorKind.Organisation, null), ("Orm Cathedral", ActorKind.Organisation, null),
            ("Vermont State House", ActorKind.Organisation, null), ("Kestrel Church", ActorKind.Organisation, null), ("Vell City Hall", ActorKind.Organisation, null));

        Assert.Equal([("Vell Park Hotel", ActorKind.Place), ("Orm Cathedral", ActorKind.Place), ("Vermont State House", ActorKind.Place),
            ("Kestrel Church", ActorKind.Organisation), ("Vell City Hall", ActorKind.Organisation)], kept);
    }

    [Fact]
    public void A_place_read_from_the_first_words_of_a_bodys_name_is_the_body_its_head_word_names()
    {
        const string body = "Ocean Vell Solutions sent its machines. The Gulf Coast Relief Facility paid claims. The Harbour Safety Commission met. "
            + "Boats left Kestrel Bay.";

        var kept = KeptKinds(body, ("Ocean Vell Solutions", ActorKind.Place, null), ("Gulf Coast Relief Facility", ActorKind.Place, null),
            ("Harbour Safety Commission", ActorKind.Place, null), ("Kestrel Bay", ActorKind.Place, null));

        Assert.Equal(
            [("Ocean Vell Solutions", ActorKind.Organisation), ("Gulf Coast Relief Facility", ActorKind.Organisation),
             ("Harbour Safety Commission", ActorKind.Organisation), ("Kestrel Bay", ActorKind.Place)],
            kept);
    }

    [Fact]
    public void A_ship_named_with_its_kind_before_or_after_is_a_product()
    {
        const string body = "Oil was piped to the drillship Orvel Quest. The Orvel Quest took more. A third tanker, Marra Star, arrived. Crews readied the Marra Star containment vessel. "
            + "Gas went to a floating rig called Q7100. Brenholt said it would pay. Brenholt owns the Q7100 rig. Brenholt agreed.";

        var kept = Kept(body, ("Orvel Quest", ActorKind.Organisation, null), ("Marra Star", ActorKind.Organisation, null), ("Q7100", ActorKind.Organisation, null), ("Brenholt", ActorKind.Organisation, null));

        Assert.Equal(["Brenholt"], kept);
    }

    [Fact]
    public void A_name_measured_in_doses_said_to_be_used_or_called_a_treatment_is_a_product()
    {
        const string body = "Talvik has bought Vellamin for its hospitals. Talvik holds 10 million doses of Vellamin. "
            + "Fjordex said it would raise output. Doctors asked for more of Fjordex, which is used to treat flu. Fjordex rose 2%. "
            + "Sales of the Kalmex flu treatment doubled. Kalmex will be a good alternative, said Talvik. Kalmex was ordered. "
            + "Holmgaard said it was ready. Holmgaard, which is owned by Talvik, agreed.";

        var kept = Kept(body, ("Vellamin", ActorKind.Organisation, null), ("Fjordex", ActorKind.Organisation, null), ("Holmgaard", ActorKind.Organisation, null),
            ("Talvik", ActorKind.Organisation, null), ("Kalmex", ActorKind.Organisation, null));

        Assert.Equal(["Holmgaard", "Talvik"], kept);
    }

    [Fact]
    public void A_work_or_a_material_named_with_its_kind_before_it_is_a_product()
    {
        const string body = "Viewers of the sitcom Harbour Lights laughed. Halvor Films made the documentary Coastlines about the spill. "
            + "Crews spread a substance called Greenfix on the sand. Greenfix soaked up the oil. Halvor Films said it would air soon. "
            + "Critics recalled the Lars Holm movie character. Lars Holm said he was proud.";

        var kept = Kept(body, ("Harbour Lights", ActorKind.Organisation, null), ("Coastlines", ActorKind.Organisation, null), ("Greenfix", ActorKind.Organisation, null),
            ("Halvor Films", ActorKind.Organisation, null), ("Lars Holm", ActorKind.Person, null));

        Assert.Equal(["Halvor Films", "Lars Holm"], kept);
    }

    [Fact]
    public void A_name_ending_in_the_article_of_the_next_heading_is_misread()
    {
        const string body = "A statement from the Harbour Guard The crews left. The Harbour Guard said so.";

        var kept = Kept(body, ("Harbour Guard The", ActorKind.Organisation, null), ("Harbour Guard", ActorKind.Organisation, null));

        Assert.Equal(["Harbour Guard"], kept);
    }

    [Fact]
    public void A_name_an_article_writes_as_a_firms_is_a_firm_though_it_opens_with_a_given_name()
    {
        const string body = "Analysts at Morgan Stanley put the cost at $3bn. Morgan Stanley said the shares were cheap. Peter Hitchens, an analyst at "
            + "stockbroker Panmure Gordon, said he was calm. Panmure Gordon cut its rating. Seymour Pierce analyst Alan Sinclair agreed. Seymour Pierce said so. "
            + "Lena Marsh said she would buy them. Lena Marsh left.";

        var kept = KeptKinds(body, ("Morgan Stanley", ActorKind.Person, null), ("Panmure Gordon", ActorKind.Person, null), ("Seymour Pierce", ActorKind.Person, null),
            ("Peter Hitchens", ActorKind.Person, null), ("Alan Sinclair", ActorKind.Person, null), ("Lena Marsh", ActorKind.Person, null));

        Assert.Equal([("Morgan Stanley", ActorKind.Organisation), ("Panmure Gordon", ActorKind.Organisation), ("Seymour Pierce", ActorKind.Organisation),
            ("Peter Hitchens", ActorKind.Person), ("Alan Sinclair", ActorKind.Person), ("Lena Marsh", ActorKind.Person)], kept);
    }

    [Fact]
    public void A_name_with_its_officials_or_executives_after_it_is_a_firms()
    {
        const string body = "Morvan Stanley officials came to the hearing. Later, Morvan Stanley denied it. Halvor Berg executives met the minister. "
            + "Halvor Berg declined to comment. Lena Marsh said she would go. Lena Marsh left.";

        var kept = KeptKinds(body, ("Morvan Stanley", ActorKind.Person, null), ("Halvor Berg", ActorKind.Person, null), ("Lena Marsh", ActorKind.Person, null));

        Assert.Equal([("Morvan Stanley", ActorKind.Organisation), ("Halvor Berg", ActorKind.Organisation), ("Lena Marsh", ActorKind.Person)], kept);
    }

    [Fact]
    public void A_seafood_sellers_or_a_designers_name_is_a_firms()
    {
        const string body = "Pensacola's legendary Joe Patti Seafood, named after his father, was quiet. The boat was made by Farr Yacht Design.";

        var kept = KeptKinds(body, ("Joe Patti Seafood", ActorKind.Person, null), ("Farr Yacht Design", ActorKind.Person, null));

        Assert.Equal([("Joe Patti Seafood", ActorKind.Organisation), ("Farr Yacht Design", ActorKind.Organisation)], kept);
    }

    [Fact]
    public void A_contraction_read_into_a_name_makes_no_actor()
    {
        const string body = "Hope I'm right. X. We're not sure. It Doesn T Bp matter. Greg Tovin said he agreed.";

        var kept = Kept(body, ("Hope I'm", ActorKind.Person, null), ("X. We're", ActorKind.Person, null), ("Doesn T Bp", ActorKind.Person, null),
            ("Greg Tovin", ActorKind.Person, null));

        Assert.Equal(["Greg Tovin"], kept);
    }
}
