using WhoSaid.Tests.Support;
using Xunit;

namespace WhoSaid.Tests;

/// <summary>Pairing of quotation marks: every style, nesting, multi-paragraph quotes, stray marks.</summary>
public class QuotationMarkTests
{
    [Theory]
    [InlineData("English curly", "The sign read “Closed for repairs” all week.", "Closed for repairs")]
    [InlineData("straight double", "The sign read \"Closed for repairs\" all week.", "Closed for repairs")]
    [InlineData("single curly", "The sign read ‘Closed for repairs’ all week.", "Closed for repairs")]
    [InlineData("guillemets", "Le panneau disait «Fermé pour travaux» toute la semaine.", "Fermé pour travaux")]
    [InlineData("guillemets spaced", "Le panneau disait « Fermé pour travaux » toute la semaine.", " Fermé pour travaux ")]
    [InlineData("German low-high", "Auf dem Schild stand „Wegen Reparatur geschlossen“ die ganze Woche.", "Wegen Reparatur geschlossen")]
    [InlineData("straight single", "The sign read 'Closed for repairs' all week.", "Closed for repairs")]
    [InlineData("single guillemets", "Das Schild: ‹Geschlossen› seit Montag.", "Geschlossen")]
    [InlineData("closing mark used to open", "Letters.\n\n”The ferry is our lifeline, not a luxury.” ― Wilma Kastner", "The ferry is our lifeline, not a luxury.")]
    [InlineData("opening mark used to close", "“The ferry is late again,“ said Wilma Kastner.", "The ferry is late again,")]
    [InlineData("closing mark used to open before an ellipsis", "Letters.\n\n” … the ferry is our lifeline,” Wilma Kastner wrote.", " … the ferry is our lifeline,")]
    public void Quotation_mark_style_pairs_into_one_span(string style, string text, string inner)
    {
        var doc = Newsroom.Split(text);

        var span = Assert.Single(doc.QuotedSpans);
        Assert.True(span.IsClosed, style);
        Assert.Equal(0, span.Level);
        Assert.Equal(inner, doc.Substring(span.Inner));
    }

    [Theory]
    [InlineData("“He told me ‘never again’ and left,” she said.", "He told me ‘never again’ and left,", "never again")]
    [InlineData("\"He told me 'never again' and left,\" she said.", "He told me 'never again' and left,", "never again")]
    [InlineData("«Il a dit “jamais” puis il est parti», dit-elle.", "Il a dit “jamais” puis il est parti", "jamais")]
    [InlineData("„Er sagte ‚niemals‘ und ging“, sagte sie.", "Er sagte ‚niemals‘ und ging", "niemals")]
    public void Nested_quotation_is_an_inner_span_one_level_down(string text, string outer, string inner)
    {
        var doc = Newsroom.Split(text);

        Assert.Equal(2, doc.QuotedSpans.Length);
        var o = Assert.Single(doc.QuotedSpans, s => s.Level == 0);
        var i = Assert.Single(doc.QuotedSpans, s => s.Level == 1);
        Assert.Equal(outer, doc.Substring(o.Inner));
        Assert.Equal(inner, doc.Substring(i.Inner));
        Assert.True(o.Inner.Contains(i.Inner));
    }

    [Fact]
    public void Apostrophes_do_not_open_or_close_quotations()
    {
        var doc = Newsroom.Split("The Clintons’ old house, the ’90s sitcom and O’Malley’s pub don’t count as quotes.");

        Assert.Empty(doc.QuotedSpans);
    }

    [Fact]
    public void Quote_over_three_paragraphs_is_one_span_with_one_piece_a_paragraph()
    {
        const string text = "The coach spoke after the match.\n\n"
            + "“We were slow in the first half.\n\n"
            + "“We fixed it at the break.\n\n"
            + "“Now we go to the final,” said Ilse Marchetti.";
        var doc = Newsroom.Split(text);

        var span = Assert.Single(doc.QuotedSpans);
        Assert.True(span.IsClosed);
        Assert.Equal(
            ["We were slow in the first half.", "We fixed it at the break.", "Now we go to the final,"],
            span.Pieces.Select(doc.Substring).ToArray());
        Assert.All(span.Pieces, p => Assert.Single(doc.Paragraphs, para => para.Span.Contains(p)));
    }

    [Fact]
    public void Straight_quotes_over_two_paragraphs_continue_the_same_quote()
    {
        const string text = "\"The dam is old.\n\"We will rebuild it,\" the engineer said.";
        var doc = Newsroom.Split(text);

        var span = Assert.Single(doc.QuotedSpans);
        Assert.Equal(["The dam is old.", "We will rebuild it,"], span.Pieces.Select(doc.Substring).ToArray());
    }

    [Fact]
    public void Unclosed_quote_ends_with_its_paragraph_when_the_next_does_not_reopen()
    {
        const string text = "“This never closes, she said.\nThe next paragraph is plain reporting.";
        var doc = Newsroom.Split(text);

        var span = Assert.Single(doc.QuotedSpans);
        Assert.False(span.IsClosed);
        Assert.Equal("This never closes, she said.", doc.Substring(span.Inner));
    }

    [Theory]
    [InlineData("”")]
    [InlineData("“")]
    [InlineData("\"")]
    [InlineData("''''")]
    [InlineData("”backwards“ marks ”everywhere“")]
    [InlineData("«««")]
    [InlineData("»»» «")]
    [InlineData("„„„ “““ ‚‚ ‘‘")]
    [InlineData("She said “yes and then\n\n\n“no and then\n”")]
    [InlineData("“one ‘two “three ‘four")]
    [InlineData("a”b“c\"d'e‘f’g«h»i„j")]
    [InlineData("\"\"\"\"\"\"\"")]
    [InlineData("“\n“\n“\n“")]
    [InlineData("word “ ” word ‘ ’ word « » word")]
    public void Stray_and_unbalanced_marks_never_throw(string text)
    {
        var split = Newsroom.Split(text);
        var doc = Newsroom.Annotate(text);

        Assert.All(split.QuotedSpans, s => Assert.All(s.Pieces, p => Assert.InRange(p.End, p.Start, text.Length)));
        Assert.All(doc.Quotes, q => Assert.All(q.Content, c => Assert.InRange(c.End, c.Start, text.Length)));
    }

    [Fact]
    public void Empty_quotation_marks_make_no_quote()
    {
        var doc = Newsroom.Annotate("The notice on the door was blank: “”. Nobody “ ” knew why.");

        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void Second_opening_straight_quote_closes_an_unclosed_one()
    {
        var doc = Newsroom.Split("Berg said: \"I lost three years. He added: \"They wanted to break me.\"");

        Assert.Equal(2, doc.QuotedSpans.Length);
        Assert.False(doc.QuotedSpans[0].IsClosed);
        Assert.Equal("I lost three years.", doc.Substring(doc.QuotedSpans[0].Inner));
        Assert.True(doc.QuotedSpans[1].IsClosed);
        Assert.Equal("They wanted to break me.", doc.Substring(doc.QuotedSpans[1].Inner));
    }

    [Fact]
    public void An_unclosed_quote_ends_with_the_sentence_before_the_next_quotes_attribution()
    {
        // (copy that lost a paragraph break: the first quote ended with its paragraph, and the narration after it is not quoted)
        var doc = Newsroom.Split("Brook added: \"We have done it before. Quill is likely to steer the ferry. Pilot Ada Marsh said: \"The tide is an option.\"");

        Assert.Equal(2, doc.QuotedSpans.Length);
        Assert.Equal("We have done it before. Quill is likely to steer the ferry.", doc.Substring(doc.QuotedSpans[0].Inner));
        Assert.Equal("The tide is an option.", doc.Substring(doc.QuotedSpans[1].Inner));
    }

    [Fact]
    public void A_straight_quote_opened_after_a_comma_still_closes_the_open_one_before_it()
    {
        // (a quotation inside a straight-quoted one, as in "So if somebody walks in and says, "I'd like …"": no colon, no cut)
        var doc = Newsroom.Split("Brook said: \"We will go. So if somebody walks in and says, \"I want a ticket,\" we sell one.\"");

        Assert.Equal("We will go. So if somebody walks in and says,", doc.Substring(doc.QuotedSpans[0].Inner));
    }
}
