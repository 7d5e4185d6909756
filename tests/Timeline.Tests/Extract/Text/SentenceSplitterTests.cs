using Timeline.Extract.Text;

namespace Timeline.Tests.Extract.Text;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void A_glued_time_stamp_and_photo_credit_are_sentences_of_their_own()
    {
        var sentences = SentenceSplitter.Split(
            "Harbour reopens after storm Ferries return to Bergen Tuesday 4 March 2025 18.05 GMT A ferry docks in Bergen Photograph: Ola Dahl/NTB The port of Bergen reopened on Tuesday.");

        Assert.Equal(["Harbour reopens after storm Ferries return to Bergen", "Tuesday 4 March 2025 18.05 GMT", "A ferry docks in Bergen",
            "Photograph: Ola Dahl/NTB", "The port of Bergen reopened on Tuesday."], sentences.Select(s => s.Text));
    }

    [Fact]
    public void A_caption_run_into_the_text_ends_before_a_capitalised_pronoun_and_its_verb()
    {
        var sentences = SentenceSplitter.Split("Dr Lars Holm chose not to testify in his own defence There was no sign of Dr Holm on Friday.");

        Assert.Equal(["Dr Lars Holm chose not to testify in his own defence", "There was no sign of Dr Holm on Friday."], sentences.Select(s => s.Text));
    }

    [Theory]
    [InlineData("Maersk said It Was Not Me was its best-selling song.")] // a title's capitals, no pronoun's
    [InlineData("The song, It Is Time, sold well in Oslo.")]
    [InlineData("Lars Holm said he would sail on Friday.")]
    public void A_pronoun_inside_a_sentence_or_a_title_cuts_nothing(string text)
    {
        Assert.Single(SentenceSplitter.Split(text));
    }

    [Theory]
    [InlineData("A ferry docks in Bergen Photograph: Reuters The port reopened.", "Photograph: Reuters")]
    [InlineData("A ferry docks Photograph: Ola Dahl\\/AFP\\/Getty Images Norway reopened the port.", "Photograph: Ola Dahl\\/AFP\\/Getty Images")]
    [InlineData("A ferry docks Photograph: Ola Dahl/NTB Images of the storm spread online.", "Photograph: Ola Dahl/NTB")]
    public void A_credit_ends_at_its_agency_or_before_a_closed_class_word(string text, string credit)
    {
        Assert.Contains(credit, SentenceSplitter.Split(text).Select(s => s.Text));
    }

    [Fact]
    public void A_credit_whose_end_is_unclear_is_not_split_off()
    {
        var sentences = SentenceSplitter.Split("A ferry docks in Bergen Photograph: Reuters Norway reopened the port.");

        Assert.Single(sentences);
    }

    [Theory]
    [InlineData("The tide will turn soon\" End Quote Ann Kerr Harbour master The port of Bergen reopened on Tuesday.")]
    [InlineData("Start Quote The tide will turn soon End Quote Ann Kerr Harbour master, Bergen \"We waited a week,\" a skipper said. The port of Bergen reopened on Tuesday.")]
    [InlineData("The tide will turn soon\" End Quote Ann Kerr Harbour master Meanwhile, the port of Bergen reopened on Tuesday.")]
    [InlineData("The tide will turn soon\" End Quote Ann Kerr Harbour master Twelve ferries waited until the port of Bergen reopened on Tuesday.")]
    public void A_pull_quote_and_its_caption_are_not_read(string text)
    {
        var sentences = SentenceSplitter.Split(text).Select(s => s.Text).ToList();

        Assert.DoesNotContain(sentences, s => s.Contains("Quote", StringComparison.Ordinal) || s.Contains("Kerr", StringComparison.Ordinal) || s.Contains("tide", StringComparison.Ordinal));
        Assert.EndsWith("port of Bergen reopened on Tuesday.", sentences[^1]);
    }

    [Fact]
    public void A_caption_that_ends_its_paragraph_is_all_caption()
    {
        var sentences = SentenceSplitter.Split("The port of Bergen reopened on Tuesday.\n\nThe tide will turn soon\" End Quote Ann Kerr Harbour master");

        Assert.Equal(["The port of Bergen reopened on Tuesday."], sentences.Select(s => s.Text));
    }

    [Fact]
    public void A_caption_whose_end_is_unclear_stays_with_the_text_but_its_quote_does_not()
    {
        var sentences = SentenceSplitter.Split("The tide will turn soon\" End Quote Ann Kerr Harbour master Norway reopened the port of Bergen on Tuesday.");

        Assert.Equal(["Ann Kerr Harbour master Norway reopened the port of Bergen on Tuesday."], sentences.Select(s => s.Text));
    }

    [Fact]
    public void An_end_quote_in_running_text_is_left_alone()
    {
        var sentences = SentenceSplitter.Split("The band played End Quote Blues at the Bergen festival on Tuesday.");

        Assert.Single(sentences);
    }

    [Fact]
    public void Keeps_a_title_abbreviation_inside_its_sentence()
    {
        var sentences = SentenceSplitter.Split("Mr. Okafor arrived in Accra on Monday. He left the next day.");

        Assert.Equal(["Mr. Okafor arrived in Accra on Monday.", "He left the next day."], sentences.Select(s => s.Text));
    }

    [Fact]
    public void Keeps_a_dotted_country_abbreviation_before_a_noun_inside_its_sentence()
    {
        var sentences = SentenceSplitter.Split("U.S. officials said the talks went well. Nobody in Ottawa objected.");

        Assert.Equal(["U.S. officials said the talks went well.", "Nobody in Ottawa objected."], sentences.Select(s => s.Text));
    }

    [Fact]
    public void Does_not_end_a_sentence_after_a_middle_initial()
    {
        var sentences = SentenceSplitter.Split("John F. Kennedy visited Berlin in 1963. Crowds gathered.");

        Assert.Equal(2, sentences.Count);
        Assert.StartsWith("John F. Kennedy visited Berlin", sentences[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ends_sentences_at_question_and_exclamation_marks_and_closing_quotes()
    {
        var sentences = SentenceSplitter.Split("Will the deal hold? \"It must!\" The minister left.");

        Assert.Equal(["Will the deal hold?", "\"It must!\"", "The minister left."], sentences.Select(s => s.Text));
    }

    [Fact]
    public void Numbers_paragraphs_and_sentences_in_order()
    {
        var sentences = SentenceSplitter.Split("First one. Second one.\n\nThird one.\n\n\nFourth one.");

        Assert.Equal([0, 0, 1, 2], sentences.Select(s => s.Paragraph));
        Assert.Equal([0, 1, 2, 3], sentences.Select(s => s.Index));
    }

    [Fact]
    public void Keeps_a_single_line_break_inside_a_paragraph()
    {
        var sentences = SentenceSplitter.Split("The talks began\nin Nairobi. They ended.");

        Assert.Equal(0, sentences[1].Paragraph);
        Assert.Equal("The talks began\nin Nairobi.", sentences[0].Text);
    }

    [Fact]
    public void Gives_offsets_that_point_into_the_text()
    {
        const string text = "  Dr. Mensah spoke first.\n\n  Then the U.S. envoy replied. It was late.  ";

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(3, sentences.Count);
        foreach (var s in sentences)
        {
            Assert.Equal(s.Text, text.Substring(s.Start, s.Text.Length));
            Assert.Equal(s.Start + s.Text.Length, s.End);
        }
    }

    [Theory]
    [InlineData("May 12, 2025 12:28 UTC", "The Harbour Authority has closed the port.")]
    [InlineData("Wednesday, May 14, 2025; 12:54 PM", "Maersk said it would cut prices.")]
    [InlineData("Mar. 4, 2025 6:05 p.m. EST", "The Harbour Authority has closed the port.")]
    public void A_month_first_time_stamp_glued_before_the_text_is_a_sentence_of_its_own(string stamp, string text)
    {
        Assert.Equal([stamp, text], SentenceSplitter.Split($"{stamp} {text}").Select(s => s.Text));
    }

    [Theory]
    [InlineData("On May 12, 2025 12 ferries left the port.")]
    [InlineData("The port closed on May 12, 2025 at 12:28 and reopened at dusk.")]
    [InlineData("Posted by: fjordfan | May 12, 2025 7:38 PM | Report abuse The port closed.")]
    public void A_date_written_in_a_sentence_is_no_time_stamp(string text)
    {
        Assert.Single(SentenceSplitter.Split(text));
    }

    [Theory]
    [InlineData("Coast Guard Adm. Lars Holm said the port would reopen.")]
    [InlineData("Navy Cmdr. Ida Berg said the port would reopen.")]
    [InlineData("Army Maj. Lars Holm said the port would reopen.")]
    [InlineData("Det. Supt. Ida Berg said the port would reopen.")]
    [InlineData("Sens. Ida Berg and Lars Holm said the port would reopen.")]
    public void Does_not_end_a_sentence_at_a_rank_or_a_title_before_a_name(string text)
    {
        Assert.Single(SentenceSplitter.Split(text + " It was late."), s => s.Text == text);
    }

    [Fact]
    public void Gives_nothing_for_blank_text()
    {
        Assert.Empty(SentenceSplitter.Split(" \n\n  \n"));
    }

    [Fact]
    public void A_bullet_read_as_cents_starts_a_sentence_of_its_own()
    {
        var sentences = SentenceSplitter.Split("cents Harbour reopens in Bergen cents Storm eases over Aarhus Tuesday 4 March 2025 18.05 GMT The port reopened.");

        Assert.Contains("Harbour reopens in Bergen", sentences.Select(s => s.Text));
        Assert.Contains("Storm eases over Aarhus", sentences.Select(s => s.Text));
    }

    [Theory]
    [InlineData("Maersk cut its dividend to 84 cents A share was worth less.")]
    [InlineData("The fare rose by a few cents Ida Berg said.")]
    public void Cents_after_a_number_or_a_quantity_are_the_coin(string text)
    {
        Assert.Single(SentenceSplitter.Split(text));
    }
}
