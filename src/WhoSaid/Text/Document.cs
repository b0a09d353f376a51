using System.Collections.Immutable;
using WhoSaid.Attribution;
using WhoSaid.Coreference;
using WhoSaid.Pipeline;
using WhoSaid.Sentences;
using WhoSaid.Tagging;
using WhoSaid.Tokens;

namespace WhoSaid.Text;

/// <summary>One article: its text, never rewritten, and every annotation as rows of offsets into it.
/// Immutable: each pipeline stage returns a new document that shares the rows it did not change.</summary>
public sealed record Document
{
    public Document(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
    }

    public string Id { get; }

    public string Text { get; }

    /// <summary>The annotations this document carries.</summary>
    public Annotations Has { get; init; }

    public ImmutableArray<Token> Tokens { get; init; } = [];

    public ImmutableArray<Sentence> Sentences { get; init; } = [];

    /// <summary>Part-of-speech and entity tags, one row per token (empty until a tagger runs).</summary>
    public ImmutableArray<TokenTag> Tags { get; init; } = [];

    public ImmutableArray<Paragraph> Paragraphs { get; init; } = [];

    public ImmutableArray<QuotedSpan> QuotedSpans { get; init; } = [];

    public ImmutableArray<Quote> Quotes { get; init; } = [];

    public ImmutableArray<Entity> Entities { get; init; } = [];

    public ReadOnlySpan<char> this[TextSpan span] => Text.AsSpan(span.Start, span.Length);

    public ReadOnlySpan<char> this[Token token] => Text.AsSpan(token.Start, token.Length);

    public string Substring(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The entity that said <paramref name="quote"/>, or null.</summary>
    public Entity? SpeakerOf(Quote quote) => quote.Entity >= 0 && quote.Entity < Entities.Length ? Entities[quote.Entity] : null;
}
