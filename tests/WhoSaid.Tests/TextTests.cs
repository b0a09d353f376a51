using WhoSaid.Tests.Support;
using WhoSaid.Tokens;
using Xunit;

namespace WhoSaid.Tests;

/// <summary>Tokens and sentences of hand-written news text, with the text stages only (no lexicons).</summary>
public class TextTests
{
    // Keyed by name: xunit serialises theory data, which would mangle lone surrogates.
    private static readonly Dictionary<string, string> s_roundTrip = new()
    {
        ["plain sentence"] = "The council met on Tuesday.",
        ["spaces and tabs"] = "  Leading spaces,\ttabs\tand trailing spaces.  ",
        ["line breaks"] = "Line one.\r\nLine two.\n\n\nLine three after blank lines.",
        ["curly and nested quotes"] = "“Curly quotes,” said Ona Pell, “and ‘nested’ ones.”",
        ["dashes and ellipses"] = "Em—dashes – en dashes -- and ... ellipses… all here!?",
        ["numbers"] = "Numbers: 1,200.50 and 3:45 p.m. and 24/7 and $40 million (approx.)",
        ["emoji and lone surrogates"] = "Emoji 🌉 and flags 🇳🇴 and a lone \uD800 surrogate and a \uDC00 low one.",
        ["invisible characters"] = "Zero\u200Bwidth and BOM\uFEFF and NBSP\u00A0inside and control\u0001char.",
        ["joiners and soft hyphens"] = "The Daily Courier\u200D's editor, a non\u200Cjoiner and infor\u00ADmation\u2060.",
        ["apostrophes"] = "O'Brien's dog, the Clintons’ campaign, ’90s music, rock 'n' roll.",
        ["glued names"] = "Glued names: Steven MnuchinSteven Terner MnuchinTrump MORE said.",
        ["empty"] = "",
    };

    public static TheoryData<string> RoundTripCases => new(s_roundTrip.Keys);

    [Theory]
    [MemberData(nameof(RoundTripCases))]
    public void Tokens_plus_gaps_reproduce_the_text(string name)
    {
        var text = s_roundTrip[name];
        var doc = Newsroom.Split(text);

        var rebuilt = new System.Text.StringBuilder();
        var position = 0;
        foreach (var token in doc.Tokens)
        {
            Assert.True(token.Start >= position, $"token at {token.Start} overlaps the one before (ends at {position})");
            Assert.True(token.Length > 0, $"empty token at {token.Start}");
            var gap = text[position..token.Start];
            Assert.True(gap.All(IsSkippable), $"gap before token at {token.Start} holds text: \"{gap}\"");
            rebuilt.Append(gap).Append(doc.TextOf(token));
            position = token.End;
        }

        rebuilt.Append(text[position..]);
        Assert.Equal(text, rebuilt.ToString());
        Assert.True(text[position..].All(IsSkippable));
    }

    private static bool IsSkippable(char c) => char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format;

    [Fact]
    public void An_invisible_joiner_before_a_possessive_is_no_quotation_mark()
    {
        var doc = Newsroom.Split("The Daily Courier\u200D's editor, Ada Brook, said the pier was safe.");

        Assert.DoesNotContain(doc.Tokens, t => t.Kind == TokenKind.QuotationMark);
        Assert.Contains(doc.Tokens, t => doc.TextOf(t) == "'s");
    }

    [Fact]
    public void A_soft_hyphen_inside_a_word_stays_in_it()
    {
        var doc = Newsroom.Split("The infor\u00ADmation was wrong.");

        Assert.Contains(doc.Tokens, t => doc.TextOf(t) == "infor\u00ADmation");
    }

    [Theory]
    [InlineData("The U.S. Navy sent two ships.", "U.S.")]
    [InlineData("Sen. Ada Brookfield voted no.", "Sen.")]
    [InlineData("The vote is on Jan. 5 in the town hall.", "Jan.")]
    [InlineData("The report was written by J. Harlan Voss.", "J.")]
    [InlineData("Dr. Mara Quill arrived at noon.", "Dr.")]
    [InlineData("Talks with the U.K. resumed.", "U.K.")]
    [InlineData("The meeting ended at 5 p.m. sharp.", "p.m.")]
    [InlineData("Nell Harrow of Richmond, Va., spoke first.", "Va.")]
    [InlineData("Sen. Ada Brookfield (R-Ky.) voted no.", "R-Ky.")]
    [InlineData("Rep. Ivy Dunmore (D-N.J.) voted yes.", "D-N.J.")]
    public void Abbreviation_keeps_its_period_as_one_token(string text, string abbreviation)
    {
        var doc = Newsroom.Split(text);

        var token = Assert.Single(doc.Tokens, t => doc.TextOf(t) == abbreviation);
        Assert.Equal(TokenKind.Word, token.Kind);
        Assert.True(token.Has(TokenFlags.Abbreviation), $"\"{abbreviation}\" is not flagged as an abbreviation");
    }

    [Theory]
    [InlineData("The listing on FerryTickets.com was removed.", "FerryTickets.com")]
    [InlineData("Readers of Harbourwatch.org wrote in.", "Harbourwatch.org")]
    public void Web_address_is_one_word_and_ends_no_sentence(string text, string address)
    {
        var doc = Newsroom.Split(text);

        var token = Assert.Single(doc.Tokens, t => doc.TextOf(t) == address);
        Assert.Equal(TokenKind.Word, token.Kind);
        Assert.Single(doc.Sentences);
    }

    [Fact]
    public void Possessive_s_and_clitics_are_tokens_of_their_own_as_in_Universal_Dependencies_and_names_stay_whole()
    {
        var doc = Newsroom.Split("The mayor's plan won't pass, O'Brien said. I've said we'll go; they’re sure I'm right.");

        Assert.Equal(["The", "mayor", "'s", "plan", "wo", "n't", "pass", ",", "O'Brien", "said", ".", "I", "'ve", "said", "we", "'ll", "go", ";",
            "they", "’re", "sure", "I", "'m", "right", "."], doc.TokenTexts());
    }

    [Fact]
    public void A_name_garbled_from_UTF8_read_as_Latin1_stays_one_word()
    {
        var doc = Newsroom.Split("President FranÃ§ois Hollande and PeÃ±a Nieto met.");

        Assert.Equal(["President", "FranÃ§ois", "Hollande", "and", "PeÃ±a", "Nieto", "met", "."], doc.TokenTexts());
    }

    [Fact]
    public void A_year_cut_to_two_digits_is_a_number_not_a_quotation_mark()
    {
        var doc = Newsroom.Split("Okafor said in ‘08 that the class of '92 was the best.");

        Assert.Equal(["Okafor", "said", "in", "‘08", "that", "the", "class", "of", "'92", "was", "the", "best", "."], doc.TokenTexts());
    }

    [Fact]
    public void A_name_garbled_twice_and_decomposed_stays_one_word()
    {
        // "François" encoded as UTF-8, read as Latin-1 twice, then Unicode-decomposed (Ã as A and a combining tilde)
        const string name = "FranA\u0303\u0083A\u0302\u00A7ois";
        var doc = Newsroom.Split("President " + name + " Hollande said it.");

        Assert.Equal(["President", name, "Hollande", "said", "it", "."], doc.TokenTexts());
    }

    [Fact]
    public void Quotation_marks_are_tokens_of_their_own()
    {
        var doc = Newsroom.Split("“Yes,” she said.");

        Assert.Equal(["“", "Yes", ",", "”", "she", "said", "."], doc.TokenTexts());
        Assert.Equal(TokenKind.QuotationMark, doc.Tokens[0].Kind);
        Assert.Equal(TokenKind.QuotationMark, doc.Tokens[3].Kind);
    }

    [Fact]
    public void Capitalised_word_glued_to_a_name_is_split_and_flagged()
    {
        var doc = Newsroom.Split("Mayor Ida MorrowIda Morrow said.");

        Assert.Equal(["Mayor", "Ida", "Morrow", "Ida", "Morrow", "said", "."], doc.TokenTexts());
        Assert.True(doc.Tokens[3].Has(TokenFlags.Glued));
        Assert.False(doc.Tokens[2].Has(TokenFlags.Glued));
    }

    [Theory]
    [InlineData("McDonald and MacArthur and DeVries spoke.")]
    [InlineData("The iPhone and eBay were mentioned.")]
    public void Ordinary_mixed_case_names_are_not_glued(string text)
    {
        var doc = Newsroom.Split(text);

        Assert.DoesNotContain(doc.Tokens, t => t.Has(TokenFlags.Glued) && doc.TextOf(t) is "Donald" or "Arthur" or "Vries" or "Phone" or "Bay");
    }

    // Sentences: each case lists the sentences the text must split into.
    public static TheoryData<string, string[]> SentenceCases => new()
    {
        { "Sen. Ada Brookfield voted against it. The bill failed.", ["Sen. Ada Brookfield voted against it.", "The bill failed."] },
        { "Sen. Ada Brookfield voted no. The bill failed.", ["Sen. Ada Brookfield voted no.", "The bill failed."] },
        { "Gov. Lorne Paski and Rep. Ivy Dunmore met on Jan. 12 in the capital.", ["Gov. Lorne Paski and Rep. Ivy Dunmore met on Jan. 12 in the capital."] },
        { "The report by J. Harlan Voss was late. Nobody read it.", ["The report by J. Harlan Voss was late.", "Nobody read it."] },
        { "Dr. Mara Quill treated him. He recovered.", ["Dr. Mara Quill treated him.", "He recovered."] },
        { "The U.S. Navy sent two ships to the strait.", ["The U.S. Navy sent two ships to the strait."] },
        { "She moved to the U.S. The move was hard on her family.", ["She moved to the U.S.", "The move was hard on her family."] },
        { "Exports to the U.S. fell. Imports rose.", ["Exports to the U.S. fell.", "Imports rose."] },
        { "Was it safe? Nobody knew! The inspectors left…", ["Was it safe?", "Nobody knew!", "The inspectors left…"] },
        { "“It is over.” The crowd left.", ["“It is over.”", "The crowd left."] },
        { "The tally (about 400 votes.) was final. It stood.", ["The tally (about 400 votes.) was final.", "It stood."] },
        { "First paragraph has no period\nSecond paragraph starts here.", ["First paragraph has no period", "Second paragraph starts here."] },
        { "Nell Harrow of Richmond, Va., said the ferry was late.", ["Nell Harrow of Richmond, Va., said the ferry was late."] },
        { "She moved to Richmond, Va. The move was hard on her family.", ["She moved to Richmond, Va.", "The move was hard on her family."] },
        { "He fell ill. Then he left.", ["He fell ill.", "Then he left."] },
        { "The ferry ran until 6 a.m. Northfield closed the pier.", ["The ferry ran until 6 a.m.", "Northfield closed the pier."] },
        { "The ferry leaves at 6 a.m. Tuesday and at 9 a.m. EST on Friday.", ["The ferry leaves at 6 a.m. Tuesday and at 9 a.m. EST on Friday."] },
    };

    [Theory]
    [MemberData(nameof(SentenceCases))]
    public void Sentences_split_at_terminal_punctuation_but_not_after_titles(string text, string[] expected)
    {
        var doc = Newsroom.Split(text);

        Assert.Equal(expected, doc.Sentences.Select(s => doc.TextOf(s)).ToArray());
    }

    [Fact]
    public void Title_abbreviation_never_ends_a_sentence_even_before_an_opener()
    {
        var doc = Newsroom.Split("The motion came from Sen. The Honourable Ada Brookfield.");

        Assert.Single(doc.Sentences);
    }

    [Fact]
    public void Quotation_over_several_sentences_is_one_quoted_span()
    {
        const string text = "“We are done. We are going home. Goodbye,” said the coach.";
        var doc = Newsroom.Split(text);

        Assert.True(doc.Sentences.Length >= 3, $"expected the quotation's own sentences, got {doc.Sentences.Length}");
        var span = Assert.Single(doc.QuotedSpans);
        Assert.True(span.IsClosed);
        Assert.Equal("We are done. We are going home. Goodbye,", doc.Substring(span.Inner));
    }

    [Fact]
    public void Paragraphs_split_at_line_breaks_and_carry_their_sentences()
    {
        var doc = Newsroom.Split("Headline without period\n\nFirst sentence. Second sentence.\r\nThird paragraph.");

        Assert.Equal(3, doc.Paragraphs.Length);
        Assert.Equal([1, 2, 1], doc.Paragraphs.Select(p => p.SentenceCount).ToArray());
        Assert.Equal("First sentence. Second sentence.", doc.Substring(doc.Paragraphs[1].Span));
        Assert.All(doc.Sentences, s => Assert.True(doc.Paragraphs[s.Paragraph].Span.Contains(s.Span)));
        Assert.True(doc.Tokens[doc.Paragraphs[2].First].Has(TokenFlags.ParagraphStart));
    }

    [Fact]
    public void Every_token_belongs_to_exactly_one_sentence()
    {
        var doc = Newsroom.Split("One. Two, three! “Four?” she asked.\nFive (six.) Seven");

        var covered = doc.Sentences.SelectMany(s => Enumerable.Range(s.First, s.Count)).ToList();
        Assert.Equal(Enumerable.Range(0, doc.Tokens.Length), covered);
        Assert.All(doc.Sentences, s => Assert.True(doc.Tokens[s.First].Has(TokenFlags.SentenceStart)));
    }
}
