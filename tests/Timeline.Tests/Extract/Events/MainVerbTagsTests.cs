using Timeline.Extract.Events;
using Timeline.Extract.Text;
using Timeline.Extract.Text.Pos;

namespace Timeline.Tests.Extract.Events;

/// <summary>A sentence's only verb after its subject is its finite verb, whatever form the tagger took it for.</summary>
public sealed class MainVerbTagsTests
{
    // The sentence's words and the tagger's tags, with the tag of the word given forced where a test starts from a misreading.
    private static (List<string> Words, List<string> Tags) Tagged(string sentence, string? forced = null, string? tag = null)
    {
        var words = Tokenizer.Tokenize(sentence).Select(t => t.Text).ToList();
        var tags = PosTagger.Default.Tag(words).ToList();
        if (forced is not null && tag is not null) tags[words.IndexOf(forced)] = tag;
        return (words, tags);
    }

    private static string TagOf(string sentence, string verb, bool endsSentence = true)
    {
        var (words, tags) = Tagged(sentence);
        MainVerbTags.Repair(words, tags, endsSentence);
        return tags[words.IndexOf(verb)];
    }

    [Theory]
    [InlineData("Komatsu Brothers filed for bankruptcy on Monday .", "filed")]
    [InlineData("Komatsu Brothers sold its shipyard on Monday .", "sold")]
    [InlineData("Ida Berg said Komatsu Brothers filed for bankruptcy on Monday .", "filed")]
    [InlineData("The Fed cut rates on Tuesday .", "cut")]
    [InlineData("Maersk shut the terminal at Aarhus .", "shut")]
    [InlineData("Komatsu Brothers filed for bankruptcy , and Maersk is a creditor .", "filed")]
    [InlineData("Iceland nationalised its biggest banks on Tuesday .", "nationalised")]
    [InlineData("Lars Holm , the Maersk chairman , cut the dividend on Sunday .", "cut")]
    [InlineData("Lars Holm , the Fjord chairman , met with Ida Berg and Tove Lind on Sunday .", "met")]
    [InlineData("Lars Holm , chairman of the Nordic Council , cut the dividend on Sunday .", "cut")]
    [InlineData("Vell warplanes bombed Lars Holm 's compound in Aarhus on Monday .", "bombed")]
    [InlineData("Vell warplanes bombed Lars Holm 's compound in Aarhus on Monday , Norwegian officials said .", "bombed")]
    [InlineData("The Bank of Vell cut interest rates on Wednesday .", "cut")]
    [InlineData("The Fed cut rates by half a percentage point on Tuesday .", "cut")]
    [InlineData("Maersk cut its profit forecast by more than half last month .", "cut")]
    [InlineData("Komatsu Motors , the largest carmaker in Vell for most of the century , filed for bankruptcy on Monday .", "filed")]
    [InlineData("Komatsu Motors , the Danish maker of ships and trains , formally launched its new ferry on Sunday .", "launched")]
    [InlineData("Fjord Airways grounded its fleet of six jets on Thursday after one of the engines blew apart .", "grounded")]
    [InlineData("Fjord Airways grounded its fleet of six jets because an engine had failed .", "grounded")]
    [InlineData("Maersk recalled 400 cars that had faulty brakes .", "recalled")]
    [InlineData("The Vell transport minister , Ida Berg , ordered tests of all Maersk diesel models sold in Norway .", "ordered")]
    [InlineData("On Friday , Maersk cut its dividend .", "cut")]
    [InlineData("Earlier this week , the Bank of Vell cut interest rates .", "cut")]
    [InlineData("In a statement to the exchange , Maersk shut the terminal at Aarhus .", "shut")]
    public void The_only_verb_after_the_subject_is_past_tense(string sentence, string verb)
    {
        Assert.Equal("VBD", TagOf(sentence, verb));
    }

    [Theory]
    [InlineData("Komatsu Brothers founded in 1901 is the oldest yard in Aarhus .", "founded")]
    [InlineData("The Nordic banks cut rates on Tuesday .", "cut")]
    [InlineData("The Fed cut by the Vell courts in 1990 reopened on Tuesday .", "cut")]
    [InlineData("Lars Holm , the Maersk chairman , cut off from his staff , resigned on Sunday .", "cut")]
    [InlineData("Komatsu Brothers founded in Aarhus after the war is the oldest yard in Vell .", "founded")]
    [InlineData("On Friday , the Nordic banks cut rates .", "cut")]
    [InlineData("As expected , the Nordic banks cut rates .", "cut")]
    public void A_participle_or_plain_form_stays_where_the_sentence_has_another_reading(string sentence, string verb)
    {
        Assert.NotEqual("VBD", TagOf(sentence, verb));
    }

    [Theory]
    [InlineData("On Friday , Maersk cut its dividend .", 3)]
    [InlineData("Yesterday , Maersk shut the terminal .", 2)]
    [InlineData("Earlier this week , the Fed cut rates .", 4)]
    [InlineData("Lars Holm , the Maersk chairman , cut the dividend .", 0)]
    [InlineData("After the vote was held , Maersk cut the dividend .", 0)]
    [InlineData("Maersk cut its dividend on Friday , citing the spill .", 0)]
    public void A_fronted_phrase_with_no_verb_ends_at_its_comma(string sentence, int subject)
    {
        var (words, tags) = Tagged(sentence);
        Assert.Equal(subject, MainVerbTags.AfterFrontedPhrase(words, tags));
    }

    [Fact]
    public void A_headline_keeps_its_participle()
    {
        Assert.Equal("VBN", TagOf("Komatsu Brothers filed for bankruptcy", "filed", endsSentence: false));
    }

    [Theory]
    [InlineData("Ida Berg ordered tests of all Maersk models sold in Norway .", "ordered", "sold", true)]
    [InlineData("Komatsu recalled 2.3 million cars built in 2009 .", "recalled", "built", true)]
    [InlineData("Maersk reported profits rose in 2009 .", "reported", "rose", false)]
    [InlineData("Maersk said that the ships of the line sailed in May .", "said", "sailed", false)]
    [InlineData("Prices rose as demand fell in May .", "rose", "fell", false)]
    public void A_past_form_after_a_noun_of_the_verbs_object_is_a_participle(string sentence, string verb, string participle, bool reduced)
    {
        var (words, tags) = Tagged(sentence, participle, "VBD");

        Assert.Equal(reduced, MainVerbTags.IsReducedRelative(words, tags, words.IndexOf(verb), words.IndexOf(participle)));
    }

    [Theory]
    [InlineData("The Nordic Council stripped Lars Holm of his titles and banned him from the sport for life .", "banned", "VBD")]
    [InlineData("Lars Holm cancelled his trip to Aarhus and fired his aide on Monday .", "fired", "VBD")]
    [InlineData("Lars Holm cancelled his trip to Aarhus and returned to Oslo on Monday .", "returned", "VBN")]
    [InlineData("Lars Holm moved to Aarhus and trained as a doctor .", "trained", "VBN")]
    [InlineData("Lars Holm was arrested and charged with fraud on Monday .", "charged", "VBN")]
    [InlineData("Maersk had bought the yard and sold it in May .", "sold", "VBN")]
    [InlineData("Maersk closed the yard and fined by the council .", "fined", "VBN")]
    [InlineData("Maersk officials said they sympathized and planned to do more .", "planned", "VBN")]
    public void A_participle_joined_to_a_plain_past_tense_is_one(string sentence, string verb, string tag)
    {
        var (words, tags) = Tagged(sentence, verb, "VBN");
        MainVerbTags.RepairCoordinated(words, tags);

        Assert.Equal(tag, tags[words.IndexOf(verb)]);
    }

    [Theory]
    [InlineData("The bank had cut rates to 8.5 % in 2022 .", "cut", "VBN")]
    [InlineData("Maersk has already set a deadline for the sale .", "set", "VBN")]
    [InlineData("The storm had hit the coast by Monday .", "hit", "VBN")]
    [InlineData("Lars Holm had a cut on his hand .", "cut", "NN")]
    [InlineData("The bank has rates of 8.5 % .", "rates", "NNS")]
    public void A_participle_right_after_have_is_one_whatever_the_tagger_read(string sentence, string word, string tag)
    {
        var (words, tags) = Tagged(sentence);

        MainVerbTags.RepairPerfect(words, tags);

        Assert.Equal(tag, tags[words.IndexOf(word)]);
    }

    [Fact]
    public void A_word_the_lexicon_does_not_know_after_have_is_left_as_the_tagger_read_it()
    {
        var (words, tags) = Tagged("The bank had intitially reached out to experts .");
        var read = tags[3];

        MainVerbTags.RepairPerfect(words, tags);

        Assert.NotEqual("VBN", read);
        Assert.Equal(read, tags[3]);
    }

    [Theory]
    [InlineData("Lars Holm , the team 's principal , called it a comeback .", "called", "VBD")]
    [InlineData("The minister , furious , sacked him on Monday .", "sacked", "VBD")]
    [InlineData("Lars Holm had called it a comeback .", "called", "VBN")]
    [InlineData("He 's called it a comeback .", "called", "VBN")]
    [InlineData("Lars Holm was given it by the board .", "given", "VBN")]
    [InlineData("Having sold it , Maersk left .", "sold", "VBN")]
    [InlineData("Maersk had taken the claims seriously and investigated them .", "investigated", "VBN")]
    public void A_participle_before_an_object_pronoun_is_past_tense_unless_an_auxiliary_precedes_it(string sentence, string word, string tag)
    {
        var (words, tags) = Tagged(sentence, word, "VBN");

        MainVerbTags.RepairActiveWithObject(words, tags);

        Assert.Equal(tag, tags[words.IndexOf(word)]);
    }
}
