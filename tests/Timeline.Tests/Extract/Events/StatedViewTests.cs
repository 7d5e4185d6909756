using Timeline.Extract.Events;
using Timeline.Extract.Text;

namespace Timeline.Tests.Extract.Events;

/// <summary>A verb that states where someone stands is a view, not a happening; a deal, a vote or a welcome given stays.</summary>
public sealed class StatedViewTests(ExtractorFixture fixture) : IClassFixture<ExtractorFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 15);

    private static bool IsView(string clause, string verb, bool person = true, params string[] actors)
    {
        var words = Tokenizer.Tokenize(clause).Select(t => t.Text).ToList();
        return StatedView.IsView(words, words.IndexOf(verb), person, k => k < words.Count && actors.Contains(words[k]));
    }

    [Theory]
    [InlineData("Lars Holm agreed with Ida Berg about the risk", "agreed")]
    [InlineData("Lars Holm agreed that the risk was low", "agreed")]
    [InlineData("Lars Holm agreed , saying the risk was low", "agreed")]
    [InlineData("The health agency concurred , saying the risk was low", "concurred")]
    [InlineData("The health agency concurred with the panel 's finding", "concurred")]
    [InlineData("Lars Holm backed tough measures", "backed")]
    [InlineData("Lars Holm defended his handling of the crisis", "defended")]
    [InlineData("Lars Holm defended the decision to close the port", "defended")]
    [InlineData("Lars Holm welcomed the recommendation", "welcomed")]
    [InlineData("Lars Holm struck an optimistic note", "struck")]
    [InlineData("Lars Holm voiced concern that the port was unsafe", "voiced")]
    [InlineData("Lars Holm expressed his sadness at the damage", "expressed")]
    [InlineData("Lars Holm assumed he had avoided the virus", "assumed")]
    [InlineData("Lars Holm recognised Maersk was too small to compete", "recognised")]
    [InlineData("Lars Holm acknowledged that the risk was low", "acknowledged")]
    [InlineData("Lars Holm accepted the port is too small", "accepted")]
    [InlineData("Lars Holm sounded a note of caution", "sounded")]
    [InlineData("Lars Holm held out hope of a deal", "held")]
    [InlineData("Lars Holm fired straight back", "fired")]
    [InlineData("Lars Holm hit back at his critics", "hit")]
    [InlineData("Maersk reassured travellers it was ready", "reassured")]
    [InlineData("The palace cast the visit as a gesture of goodwill", "cast")]
    [InlineData("Lars Holm portrayed the strike as a threat to the port", "portrayed")]
    [InlineData("The union described the closure as a betrayal", "described")]
    [InlineData("Critics labelled the ferry deal as reckless", "labelled")]
    [InlineData("Lars Holm painted a bleak picture of the fishing industry", "painted")]
    [InlineData("The report cast doubt on the safety of the ferry", "cast")]
    [InlineData("Lars Holm had heard from five fishermen about the spill", "heard")]
    [InlineData("Lars Holm had the full support of the Maersk board", "had")]
    [InlineData("Lars Holm learned that the ferry was unsafe", "learned")]
    [InlineData("Lars Holm would end up paying $2m to the fishermen", "end")]
    [InlineData("Maersk has faced mounting criticism over the spill", "faced")]
    [InlineData("Maersk came under fire over a video", "came")]
    [InlineData("Maersk caught flak for a memo", "caught")]
    [InlineData("Lars Holm drew condemnation from the union", "drew")]
    [InlineData("Lars Holm faced calls to resign", "faced")]
    [InlineData("Lars Holm was vilified in Denmark", "vilified")]
    [InlineData("Maersk has been widely criticised over the spill", "criticised")]
    [InlineData("Maersk has taken the bulk of local and national criticism", "taken")]
    [InlineData("Maersk has borne the brunt of public anger over the spill", "borne")]
    [InlineData("Lars Holm weathered fierce criticism from the union", "weathered")]
    [InlineData("Lars Holm shouldered the blame for the delay", "shouldered")]
    [InlineData("Lars Holm is sticking to his line on the ferry", "sticking")]
    [InlineData("Maersk stuck to its 2025 profit forecast", "stuck")]
    [InlineData("The union stood by its account of the strike", "stood")]
    [InlineData("Maersk had begun the task of rebuilding trust among regulators", "begun")]
    [InlineData("Maersk began the long process of restoring its reputation", "began")]
    [InlineData("Maersk is rebuilding confidence among investors", "rebuilding")]
    [InlineData("Ida Berg offered reassurance that the port was ready", "offered")]
    [InlineData("Lars Holm gave assurances about the ferry route", "gave")]
    [InlineData("The mayor put a positive spin on the ferry timetable", "put")]
    [InlineData("Lars Holm threw an upbeat spin on the news", "threw")]
    [InlineData("Lars Holm said Norway would avoid a quarrel with Vell", "avoid")]
    [InlineData("Maersk and Komatsu have largely avoided major accidents", "avoided")]
    [InlineData("Maersk resisted pressure from the union to cut the dividend", "resisted")]
    [InlineData("Ida Berg , a senior analyst at the agency , dismissed the trial as little more than a stunt", "dismissed")]
    [InlineData("Lars Holm derided the ferry plan as naive", "derided")]
    [InlineData("Lars Holm called the closure a \"reckless gamble\"", "called")]
    [InlineData("Ida Berg called the decision a mistake", "called")]
    [InlineData("Lars Holm has labeled the leak Norway 's worst disaster", "labeled")]
    [InlineData("The union called the offer insulting", "called")]
    [InlineData("Maersk called Vell 's claim \"baseless\"", "called")]
    [InlineData("Lars Holm has been dubbed \"the ferry king\" by the press", "dubbed")]
    [InlineData("Lars Holm was widely dubbed a traitor", "dubbed")]
    [InlineData("The union branded the plan a betrayal", "branded")]
    [InlineData("Lars Holm called the leak the worst disaster in a decade", "called")]
    [InlineData("Maersk said Lars Holm was referring to the old harbour", "referring")]
    [InlineData("Lars Holm has referred to Maersk by its former name", "referred")]
    [InlineData("The drug was referred to by Lars Holm as his tonic", "referred")]
    public void A_stated_position_is_a_view(string clause, string verb)
    {
        Assert.True(IsView(clause, verb));
    }

    [Theory]
    [InlineData("Maersk agreed to pay the costs", "agreed", true)]
    [InlineData("Maersk agreed with the union on a pay deal", "agreed", true)]
    [InlineData("The Senate backed the bill", "backed", false)]
    [InlineData("Lars Holm backed away from the plan", "backed", true)]
    [InlineData("The army defended the town", "defended", false)]
    [InlineData("A storm struck the coast", "struck", false)]
    [InlineData("The army assumed control of the port", "assumed", false)]
    [InlineData("The army fired back at the rebels", "fired", false)]
    [InlineData("Maersk fired three managers", "fired", true)]
    [InlineData("Lars Holm held out for a better price", "held", true)]
    [InlineData("The fishermen cast their nets off Bornholm", "cast", true)]
    [InlineData("Lars Holm painted the ferry red", "painted", true)]
    [InlineData("Maersk described the route to the inspectors", "described", false)]
    [InlineData("Lars Holm heard the appeal of the fishermen", "heard", true)]
    [InlineData("Lars Holm had talks with the fishermen", "had", true)]
    [InlineData("Maersk ended up paying $2m to the fishermen", "ended", false)]
    [InlineData("Lars Holm was criticised by the union on Monday", "criticised", true)]
    [InlineData("Maersk will be blaming the weather", "blaming", false)]
    [InlineData("Maersk took questions from reporters", "took", false)]
    [InlineData("The rebels came under the control of the army", "came", false)]
    [InlineData("Maersk drew up a plan to cut pressure in the pipe", "drew", false)]
    [InlineData("Maersk took the stage and questions from reporters", "took", false)]
    [InlineData("The town bore the brunt of the storm", "bore", false)]
    [InlineData("Oil stuck to the feathers of the birds", "stuck", false)]
    [InlineData("Lars Holm stood by the door of the ferry", "stood", true)]
    [InlineData("Maersk began the task of rebuilding the harbour wall", "began", false)]
    [InlineData("Maersk restored power to the port", "restored", false)]
    [InlineData("Norway recognised the new government of Vell", "recognised", false)]
    [InlineData("Lars Holm accepted the recommendation of the panel", "accepted", true)]
    [InlineData("Maersk offered a reward for information", "offered", false)]
    [InlineData("Lars Holm put the ferry up for sale", "put", true)]
    [InlineData("Lars Holm was wrongly convicted of fraud", "convicted", true)]
    [InlineData("Maersk successfully tested the new pump", "tested", false)]
    [InlineData("The garrison resisted the attack for three days", "resisted", false)]
    [InlineData("Lars Holm acknowledged the crowd , waving", "acknowledged", true)]
    [InlineData("Maersk accepted responsibility and has paid the fishermen", "accepted", false)]
    [InlineData("Maersk dismissed Lars Holm as chief executive", "dismissed", false)]
    [InlineData("The Komatsu board dismissed three managers as part of a restructuring", "dismissed", false)]
    [InlineData("The court dismissed the case as a precaution", "dismissed", false)]
    [InlineData("The judge dismissed the case against Ida Berg", "dismissed", true)]
    [InlineData("Lars Holm called for an inquiry into the leak", "called", true)]
    [InlineData("Lars Holm called on Maersk to pay the fishermen", "called", true)]
    [InlineData("Maersk called off the sale of the ferry", "called", false)]
    [InlineData("Lars Holm called an emergency meeting of the board", "called", true)]
    [InlineData("Lars Holm called the fishermen over to the quay", "called", true)]
    [InlineData("Ida Berg was called to testify before the committee", "called", true)]
    [InlineData("Lars Holm called the governors on Monday", "called", true)]
    [InlineData("Lars Holm called the governors the next day", "called", true)]
    [InlineData("Lars Holm referred the case to prosecutors", "referred", true)]
    [InlineData("Ida Berg was referred to a specialist in Oslo", "referred", true)]
    public void A_deal_a_vote_a_retreat_or_a_defence_is_no_view(string clause, string verb, bool person)
    {
        Assert.False(IsView(clause, verb, person));
    }

    [Fact]
    public void A_welcome_given_to_someone_is_no_view()
    {
        Assert.False(IsView("Lars Holm welcomed Ida Berg to Oslo", "welcomed", true, "Ida"));
    }

    [Theory]
    [InlineData("Lars Holm, the health minister, agreed with Ida Berg about the risk on Monday.")]
    [InlineData("Lars Holm, the health minister, defended his handling of the crisis in an interview on Monday.")]
    [InlineData("Lars Holm, the health minister, welcomed a recommendation by the Nordic Council on Monday.")]
    [InlineData("Lars Holm, the health minister, called the closure of the port a \"reckless gamble\" on Monday.")]
    public void A_view_gives_no_event(string sentence)
    {
        Assert.DoesNotContain(fixture.Extract(sentence, Published).Events, e => e.Sources[0].Trigger is "agreed" or "defended" or "welcomed" or "called");
    }

    [Fact]
    public void A_visit_characterised_in_the_past_perfect_gives_no_event()
    {
        // "trip" is the noun the lexicon knows; "had cast" is the clause's verb, not "had".
        Assert.Empty(fixture.Extract("The White House had cast the trip to Bornholm by Lars Holm as a solidarity mission.", Published).Events);
        Assert.Empty(fixture.Extract("The White House cast the trip to Bornholm by Lars Holm as a solidarity mission on Monday.", Published).Events);
    }
    [Theory]
    [InlineData("Lars Holm has strongly defended himself against the charge", "defended", true)]
    [InlineData("Lars Holm has denied any wrongdoing", "denied", true)]
    [InlineData("Maersk has strongly denied playing any part in the talks", "denied", true)]
    [InlineData("Lars Holm has repeatedly and strenuously denied the claims", "denied", true)]
    [InlineData("Lars Holm denied the report on Tuesday", "denied", false)]
    [InlineData("Ida Berg was denied entry to the port", "denied", false)]
    [InlineData("The army has defended the town for a week", "defended", false)]
    [InlineData("Ida Berg warned against complacency", "warned", true)]
    [InlineData("Ida Berg cautioned against the idea that the outbreak was mild", "cautioned", true)]
    [InlineData("The government is urging against jumping to conclusions", "urging", true)]
    [InlineData("Ida Berg advised against travel to the island", "advised", true)]
    [InlineData("Ida Berg warned the virus could become a pandemic", "warned", true)]
    [InlineData("Ida Berg warned that the port was unsafe", "warned", true)]
    [InlineData("Lars Holm warned there was no certainty of success", "warned", true)]
    [InlineData("Maersk warned that it would cut 500 jobs", "warned", false)]
    [InlineData("Maersk warned it will close the Aarhus yard", "warned", false)]
    [InlineData("Ida Berg urged people to stay at home", "urged", false)]
    [InlineData("Ida Berg warned people not to travel", "warned", false)]
    [InlineData("The ministry warned countries to be on alert", "warned", false)]
    [InlineData("Lars Holm warned Maersk it faces heavy fines", "warned", false)]
    [InlineData("Lars Holm declined to comment", "declined", true)]
    [InlineData("Ida Berg refused to criticise her predecessor", "refused", true)]
    [InlineData("Lars Holm refused to give a specific timescale for the repair", "refused", true)]
    [InlineData("Ida Berg declined to put an estimate on the number of deaths", "declined", true)]
    [InlineData("Lars Holm refused to offer a view", "refused", true)]
    [InlineData("Maersk refused to pay", "refused", false)]
    [InlineData("Maersk refused to share data from its cameras", "refused", false)]
    [InlineData("Maersk declined to renew the contract", "declined", false)]
    [InlineData("Maersk refused to make any effort to estimate the flow", "refused", false)]
    public void A_standing_denial_advice_against_and_a_refusal_to_say_are_views_a_call_to_act_or_a_refusal_to_act_is_not(string clause, string verb, bool view)
    {
        Assert.Equal(view, IsView(clause, verb));
    }

    [Fact]
    public void A_denial_in_the_present_perfect_gives_no_event_one_made_on_a_day_does()
    {
        const string lead = "Maersk halted drilling at its Aarhus field on Tuesday after a leak, the company said.\n\n";
        var standing = fixture.Extract(lead + "Prime Minister Lars Holm has strenuously denied the charges against Jonas Dahl.", Published).Events;
        var made = fixture.Extract(lead + "Prime Minister Lars Holm denied the charges against Jonas Dahl on Wednesday.", Published).Events;

        Assert.DoesNotContain(standing, e => e.Sources[0].Trigger == "denied");
        Assert.Contains(made, e => e.Sources[0].Trigger == "denied");
    }
}
