using WhoSaid.Pipeline;
using WhoSaid.Sentences;
using WhoSaid.Text;

namespace WhoSaid.Tokens;

/// <summary>Marks scraping debris so that it never becomes a name, cue or quote. The model case is a related-links
/// widget glued into a name: "Steven MnuchinSteven Terner MnuchinTrump says he'll decide … MORE also said". A run starts
/// where a capitalised word is glued to the one before it and ends at the widget's "MORE" (or, without one, at the
/// last glued word close by).</summary>
public sealed class DebrisDetector : IPipelineComponent
{
    /// <summary>How far after the glued word the widget's closing "MORE" may be.</summary>
    public int MaxRunTokens { get; init; } = 80;

    public string Name => "debris";

    public Annotations Requires => Annotations.Tokens | Annotations.Paragraphs;

    public Annotations Provides => Annotations.Debris;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        var tokens = document.Tokens;
        var builder = default(System.Collections.Immutable.ImmutableArray<Token>.Builder);
        foreach (var paragraph in document.Paragraphs)
        {
            if (IsEditorsNote(document, paragraph))
            {
                builder ??= tokens.ToBuilder();
                for (var k = paragraph.First; k < paragraph.End; k++)
                {
                    builder[k] = builder[k].With(TokenFlags.Debris);
                }

                continue;
            }

            for (var i = paragraph.First; i < paragraph.End; i++)
            {
                if (!tokens[i].Has(TokenFlags.Glued))
                {
                    continue;
                }

                var end = FindRunEnd(document, i, paragraph.End);
                if (end < 0)
                {
                    continue;
                }

                builder ??= tokens.ToBuilder();
                for (var k = i; k <= end; k++)
                {
                    builder[k] = builder[k].With(TokenFlags.Debris);
                }

                i = end;
            }
        }

        return document with { Tokens = builder?.DrainToImmutable() ?? tokens, Has = document.Has | Provides };
    }

    private int FindRunEnd(Document document, int start, int limit)
    {
        var tokens = document.Tokens;
        var lastGlued = start;
        for (var k = start + 1; k < limit && k - start <= MaxRunTokens; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Word && document[t].SequenceEqual("MORE"))
            {
                return k;
            }

            // (humps within one word are a brand, not a widget: "RealClearPolitics", "WikiLeaks")
            if (t.Has(TokenFlags.Glued) && k - lastGlued <= 8 && !IsSameWord(document, start, k))
            {
                lastGlued = k;
            }

            // a sentence end closes the widget: widgets carry headlines without periods
            if (t.Kind == TokenKind.Punctuation && document.Text[t.Start] is '.' or '!' or '?')
            {
                break;
            }
        }

        return lastGlued > start ? lastGlued : -1;
    }

    /// <summary>"Editor's note: Donald Trump is a serial liar … who has repeatedly pledged to ban all Muslims …": the
    /// publication's standing note under its articles, not news (PolNeAR's annotators leave it out too).</summary>
    private static bool IsEditorsNote(Document document, Paragraph paragraph)
    {
        // (a short paragraph: an article that runs on in the same paragraph after a note is still the article)
        var text = document.Text.AsSpan(paragraph.Span.Start, paragraph.Span.Length).TrimStart();
        return text.Length <= 600 && text.StartsWith("Editor's note:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Editor’s note:", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether tokens <paramref name="a"/> to <paramref name="b"/> are pieces of one word, with no space between.</summary>
    private static bool IsSameWord(Document document, int a, int b)
    {
        for (var k = a + 1; k <= b; k++)
        {
            if (document.Tokens[k].Start != document.Tokens[k - 1].End)
            {
                return false;
            }
        }

        return true;
    }
}
