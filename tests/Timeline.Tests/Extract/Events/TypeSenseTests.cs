using Timeline.Extract.Events;
using Timeline.Extract.Text;

namespace Timeline.Tests.Extract.Events;

/// <summary>An attack in words criticises, firing someone dismisses them, backing away is no support.</summary>
public sealed class TypeSenseTests
{
    private static string Refine(string type, string clause, string trigger, params string[] persons)
    {
        var words = Tokenizer.Tokenize(clause).Select(t => t.Text).ToList();
        return TypeSense.Refine(type, words, words.IndexOf(trigger), k => k < words.Count && persons.Contains(words[k]));
    }

    [Theory]
    [InlineData("Lars Holm has made personal attacks on Maersk", "attacks")]
    [InlineData("Maersk was attacked over the video", "attacked")]
    [InlineData("the two leaders waged a war of words", "war")]
    public void An_attack_in_words_is_an_accusation(string clause, string trigger)
    {
        Assert.Equal("ACCUSE", Refine("ASSAULT", clause, trigger));
    }

    [Theory]
    [InlineData("Maersk fired the chief executive", "fired")]
    [InlineData("Maersk fired Holm", "fired", "Holm")]
    [InlineData("BP fired chief executive Tony Hayward", "fired", "Tony", "Hayward")]
    [InlineData("Erdogan fired the Turkish central bank governor", "fired")]
    [InlineData("The airline fired 1,200 cabin crew employees on Friday", "fired")]
    [InlineData("The mayor fired the police chief's deputy", "fired")]
    [InlineData("The club fired its head coach Tuesday", "fired")]
    public void Firing_someone_from_a_job_is_no_assault(string clause, string trigger, params string[] persons)
    {
        Assert.Equal("other", Refine("ASSAULT", clause, trigger, persons));
    }

    [Theory]
    [InlineData("Mohamed Morsi was sworn in as Egypt's president", "sworn")]
    [InlineData("Holm swore to fight the ruling", "swore")]
    public void An_oath_accuses_no_one(string clause, string trigger)
    {
        Assert.Equal("other", Refine("ACCUSE", clause, trigger));
    }

    [Fact]
    public void Swearing_at_someone_stays_an_accusation()
    {
        Assert.Equal("ACCUSE", Refine("ACCUSE", "Holm swore at Berg", "swore", "Berg"));
    }

    [Theory]
    [InlineData("Rebels attacked the convoy", "attacked")]
    [InlineData("Troops fired on protesters", "fired")]
    [InlineData("The navy fired a missile", "fired")]
    [InlineData("Police fired tear gas at the governor's supporters", "fired")]
    [InlineData("Gunmen fired shots outside the chief executive's home", "fired")]
    [InlineData("A soldier fired the commander's rifle", "fired")]
    public void Violence_stays_an_assault(string clause, string trigger)
    {
        Assert.Equal("ASSAULT", Refine("ASSAULT", clause, trigger));
    }

    [Fact]
    public void Backing_away_is_no_support()
    {
        Assert.Equal("other", Refine("SUPPORT", "The agency backed away from the report", "backed"));
        Assert.Equal("SUPPORT", Refine("SUPPORT", "The agency backed the report", "backed"));
    }

    [Theory]
    [InlineData("The firm will deploy a small containment dome over the leak", "deploy")]
    [InlineData("The union has mobilized a lobbying campaign in the capital", "mobilized")]
    [InlineData("The churches are deploying extra chaplains along the coast", "deploying")]
    public void Moving_no_force_is_no_mobilisation(string clause, string trigger)
    {
        Assert.Equal("other", Refine("MOBILIZE", clause, trigger));
    }

    [Theory]
    [InlineData("The government deployed 4,000 troops to the border", "deployed")]
    [InlineData("The governor mobilised the National Guard", "mobilised")]
    [InlineData("The army mobilised on Tuesday", "mobilised")]
    public void Moving_a_force_stays_a_mobilisation(string clause, string trigger)
    {
        Assert.Equal("MOBILIZE", Refine("MOBILIZE", clause, trigger));
    }

    [Theory]
    [InlineData("The senator called on Maersk to pay for the damage", "called")]
    [InlineData("The senator called for an inquiry into the leak", "called")]
    public void A_call_on_someone_or_for_something_is_an_appeal(string clause, string trigger)
    {
        Assert.Equal("REQUEST", Refine("CONSULT", clause, trigger));
    }

    [Fact]
    public void Only_a_call_to_a_person_is_a_consultation()
    {
        Assert.Equal("other", Refine("CONSULT", "The analyst called the agency's report flawed", "called"));
        Assert.Equal("CONSULT", Refine("CONSULT", "The president called Holm on Tuesday", "called", "Holm"));
        Assert.Equal("other", Refine("CONSULT", "The mayor called Holm's remarks insensitive", "called", "Holm"));
        Assert.Equal("other", Refine("CONSULT", "The mayor called Lars Holm a liar", "called", "Lars"));
        Assert.Equal("other", Refine("CONSULT", "The mayor called Holm \"weak\"", "called", "Holm"));
    }

    [Fact]
    public void Joining_a_body_is_no_meeting()
    {
        Assert.Equal("other", Refine("CONSULT", "Holm joined Maersk in 1982 as an engineer", "joined"));
        Assert.Equal("CONSULT", Refine("CONSULT", "Holm joined Vestergaard at the talks in Oslo", "joined", "Vestergaard"));
    }

    [Theory]
    [InlineData("Maersk struck a deal with Peru", "struck", "ASSAULT")]
    [InlineData("the two firms struck a three-year supply agreement", "struck", "ASSAULT")]
    [InlineData("Lars Holm and the union hit on a compromise", "hit", "ASSAULT")]
    [InlineData("the rail unions struck a pact with the ministry", "struck", "PROTEST")]
    public void Striking_a_deal_agrees_it(string clause, string trigger, string type)
    {
        Assert.Equal("AGREE", Refine(type, clause, trigger));
    }

    [Theory]
    [InlineData("the minister struck a conciliatory tone", "struck")]
    [InlineData("Maersk struck the right balance", "struck")]
    public void Striking_a_tone_is_no_blow(string clause, string trigger)
    {
        Assert.Equal("other", Refine("ASSAULT", clause, trigger));
    }

    [Theory]
    [InlineData("a federal judge struck down the drilling moratorium", "struck", "ASSAULT")]
    [InlineData("the court strikes down the law", "strikes", "ASSAULT")]
    [InlineData("Holm was struck down by the virus", "struck", "ASSAULT")]
    public void Striking_down_a_rule_is_no_blow(string clause, string trigger, string type)
    {
        Assert.Equal("other", Refine(type, clause, trigger));
    }

    [Theory]
    [InlineData("Rebels struck the convoy near the border", "struck", "ASSAULT")]
    [InlineData("The storm hit the coast", "hit", "ASSAULT")]
    [InlineData("Dock workers struck over pay", "struck", "PROTEST")]
    public void A_blow_or_a_walkout_keeps_its_type(string clause, string trigger, string type)
    {
        Assert.Equal(type, Refine(type, clause, trigger));
    }

    [Theory]
    [InlineData("the ministry issued a warning to Danish travellers", "issued")]
    [InlineData("Maersk issued a strongly worded statement to the port", "issued")]
    [InlineData("Dr Ida Berg has provided an update on the ferry's repairs", "provided")]
    [InlineData("the ministry gave a briefing to reporters", "gave")]
    public void Issuing_a_warning_or_a_statement_is_no_material_help(string clause, string trigger)
    {
        Assert.Equal("other", Refine("COOPERATE", clause, trigger));
    }

    [Fact]
    public void Issuing_permits_or_loans_stays_cooperation()
    {
        Assert.Equal("COOPERATE", Refine("COOPERATE", "the ministry issued drilling permits to Maersk", "issued"));
        Assert.Equal("COOPERATE", Refine("COOPERATE", "Maersk provided ships to the navy", "provided"));
    }
}
