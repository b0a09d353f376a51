using WhoSaid.Tests.Support;
using WhoSaid.Tokens;
using Xunit;

namespace WhoSaid.Tests;

/// <summary>Scraped related-link widgets glued into the article ("…MnuchinSteven Terner Mnuchin… MORE") are debris.</summary>
public class DebrisTests
{
    // The shape of the seed article's widget, with invented names and headlines.
    private const string GluedWidget =
        "Treasury Secretary Gerald QuimbyGerald Ashford QuimbyFenwick says she'll decide on the ferry within a week "
        + "Council pushes judge for quick ruling on harbour lawsuit Five key players in the harbour fight MORE "
        + "also said they were “separate issues.”";

    [Fact]
    public void Glued_name_widget_is_debris_from_the_glued_word_to_MORE()
    {
        var doc = Newsroom.Split(GluedWidget);

        var debris = doc.Tokens.Where(t => t.Has(TokenFlags.Debris)).Select(t => doc.TextOf(t)).ToList();
        Assert.Equal("Gerald", debris[0]);
        Assert.Equal("MORE", debris[^1]);
        Assert.Contains("Fenwick", debris);
        Assert.Contains("says", debris);
        Assert.Equal("Gerald Ashford Quimby Fenwick says she 'll decide on the ferry within a week Council pushes judge for quick ruling on harbour lawsuit Five key players in the harbour fight MORE",
            string.Join(' ', debris));
    }

    [Fact]
    public void Name_before_the_glued_run_and_text_after_MORE_are_not_debris()
    {
        var doc = Newsroom.Split(GluedWidget);

        foreach (var word in new[] { "Treasury", "Secretary", "also", "said", "separate" })
        {
            var token = doc.Tokens.First(t => doc.TextOf(t) == word);
            Assert.False(token.Has(TokenFlags.Debris), $"\"{word}\" is marked as debris");
        }

        var first = doc.Tokens.First(t => doc.TextOf(t) == "Quimby");
        Assert.False(first.Has(TokenFlags.Debris), "the real surname before the widget is marked as debris");
    }

    [Fact]
    public void Debris_never_produces_a_speaker_or_cue()
    {
        var doc = Newsroom.Annotate(GluedWidget);

        var debris = doc.Tokens.Where(t => t.Has(TokenFlags.Debris)).Select(t => t.Span).ToList();
        Assert.All(doc.Quotes, q =>
        {
            Assert.DoesNotContain(debris, d => q.SpeakerMention is { } m && m.Overlaps(d));
            Assert.DoesNotContain(debris, d => q.Cue is { } c && c.Overlaps(d));
            Assert.NotEqual("Fenwick", doc.SpeakerOf(q)?.Name);
        });
        var quote = doc.QuoteContaining("separate issues");
        Assert.Equal("Treasury Secretary Gerald Quimby", doc.MentionOf(quote));
        Assert.Equal("Gerald Quimby", doc.SpeakerOf(quote)?.Name);
        Assert.Equal("they were “separate issues.”", doc.ContentOf(quote));
    }

    [Fact]
    public void Article_without_glue_has_no_debris()
    {
        var doc = Newsroom.Split("Mayor Delia Fenwick said MORE money would go to the harbour. The MORE campaign agreed.");

        Assert.DoesNotContain(doc.Tokens, t => t.Has(TokenFlags.Debris));
    }
}
