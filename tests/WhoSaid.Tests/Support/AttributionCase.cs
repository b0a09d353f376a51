using WhoSaid.Attribution;
using WhoSaid.Coreference;
using WhoSaid.Text;
using WhoSaid.Tokens;
using Xunit;

namespace WhoSaid.Tests.Support;

/// <summary>One attribution pattern: an article written for it and the quote WhoSaid must find in it.
/// <see cref="Content"/> lists the content spans joined with " | "; a null <see cref="Mention"/> or
/// <see cref="Speaker"/> means the quote has none.</summary>
public sealed record AttributionCase(string Text, string Content, string? Mention, string? Speaker)
{
    public QuoteKind? Kind { get; init; }

    public string? Cue { get; init; }

    /// <summary>A quotation with no cue of its own that continues the quote before it (and takes its speaker).</summary>
    public bool IsContinuation { get; init; }

    /// <summary>The speaker's title, checked when set.</summary>
    public string? Title { get; init; }

    public EntityType? Type { get; init; }

    /// <summary>Reporting sources by name, checked when set (an empty array asserts there are none).</summary>
    public string[]? Sources { get; init; }

    /// <summary>How many quotes the whole article has, checked when set.</summary>
    public int? QuoteCount { get; init; }

    /// <summary>Annotates the text and asserts the expected quote, reporting every quote found on failure.</summary>
    public void Check()
    {
        var doc = Newsroom.Annotate(Text);
        var report = $"{Environment.NewLine}text: {Text}{Environment.NewLine}found: {doc.Describe()}";

        var expected = Content.Split(" | ").Select(piece =>
        {
            var at = Text.IndexOf(piece, StringComparison.Ordinal);
            Assert.True(at >= 0, $"the case is wrong: content piece \"{piece}\" is not in the text");
            return new TextSpan(at, piece.Length);
        }).ToList();

        var quote = doc.Quotes.MaxBy(q => Overlap(q, expected));
        if (quote is null || Overlap(quote, expected) == 0)
        {
            Assert.Fail($"no quote overlaps the expected content \"{Content}\".{report}");
        }

        var entity = doc.SpeakerOf(quote);
        Assert.True(Content == doc.ContentOf(quote), $"content: expected \"{Content}\", got \"{doc.ContentOf(quote)}\".{report}");
        Assert.True(Mention == doc.MentionOf(quote), $"speaker mention: expected {Show(Mention)}, got {Show(doc.MentionOf(quote))}.{report}");
        Assert.True(Speaker == entity?.Name, $"speaker: expected {Show(Speaker)}, got {Show(entity?.Name)}.{report}");
        if (Kind is { } kind)
        {
            Assert.True(kind == quote.Kind, $"kind: expected {kind}, got {quote.Kind}.{report}");
        }

        if (Cue is not null)
        {
            var cue = quote.Cue is { } c ? doc.Substring(c) : null;
            Assert.True(Cue == cue, $"cue: expected {Show(Cue)}, got {Show(cue)}.{report}");
        }

        if (IsContinuation)
        {
            Assert.True(quote.Cue is null && quote.Antecedent >= 0 && quote.Antecedent < doc.Quotes.IndexOf(quote),
                $"expected a continuation of an earlier quote, with no cue of its own.{report}");
            Assert.Equal(doc.Quotes[quote.Antecedent].Entity, quote.Entity);
        }

        if (Title is not null)
        {
            Assert.True(Title == entity?.Title, $"title: expected {Show(Title)}, got {Show(entity?.Title)}.{report}");
        }

        if (Type is { } type)
        {
            Assert.True(type == entity?.Type, $"speaker type: expected {type}, got {entity?.Type}.{report}");
        }

        if (Sources is not null)
        {
            var names = quote.Sources.Select(s => s.Name).ToArray();
            Assert.True(Sources.SequenceEqual(names), $"sources: expected [{string.Join(", ", Sources)}], got [{string.Join(", ", names)}].{report}");
            Assert.All(names, n => Assert.NotEqual(n, entity?.Name));
        }

        if (QuoteCount is { } count)
        {
            Assert.True(count == doc.Quotes.Length, $"expected {count} quote(s) in the article.{report}");
        }

        // whatever the pattern: debris is never a speaker or cue
        var debris = doc.Tokens.Where(t => t.Has(TokenFlags.Debris)).Select(t => t.Span).ToList();
        Assert.All(doc.Quotes, q => Assert.DoesNotContain(debris, d => q.SpeakerMention is { } m && m.Overlaps(d) || q.Cue is { } c && c.Overlaps(d)));
    }

    private static string Show(string? s) => s is null ? "none" : $"\"{s}\"";

    private static int Overlap(Quote quote, List<TextSpan> expected) =>
        quote.Content.Sum(c => expected.Sum(e => Math.Max(0, Math.Min(c.End, e.End) - Math.Max(c.Start, e.Start))));
}
