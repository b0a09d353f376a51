using System.Collections.Immutable;
using WhoSaid.Pipeline;
using WhoSaid.Text;
using WhoSaid.Tokens;

namespace WhoSaid.Attribution;

/// <summary>Pairs quotation marks of every common style (“…” "…" ‘…’ «…» „…“ ‹…›), nested, and follows the news
/// convention that a quote running over several paragraphs reopens each one with a mark and closes only at its end.
/// Stray and unbalanced marks never throw: an unclosed quote ends with its paragraph.</summary>
public sealed class QuotationMarkFinder : IPipelineComponent
{
    private enum Role
    {
        None,
        Open,
        Close,
    }

    private readonly record struct OpenMark(int Token, bool IsDouble, char Char);

    /// <summary>Deepest nesting of quotation marks followed; marks opened deeper are ignored.</summary>
    public const int MaxDepth = 6;

    public string Name => "quotation-marks";

    public Annotations Requires => Annotations.Tokens | Annotations.Paragraphs;

    public Annotations Provides => Annotations.QuotationMarks;

    public Document Process(Document document, CancellationToken cancellationToken) =>
        document with { QuotedSpans = Find(document, cancellationToken), Has = document.Has | Provides };

    internal static ImmutableArray<QuotedSpan> Find(Document document, CancellationToken cancellationToken = default)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var result = ImmutableArray.CreateBuilder<QuotedSpan>();
        var stack = new List<OpenMark>();
        var pieces = new List<TextSpan>(); // pieces of the outermost open quote, for multi-paragraph quotes
        var pieceStart = -1;

        for (var p = 0; p < document.Paragraphs.Length; p++)
        {
            if ((p & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var paragraph = document.Paragraphs[p];
            for (var i = paragraph.First; i < paragraph.End; i++)
            {
                var token = tokens[i];
                if (token.Kind != TokenKind.QuotationMark)
                {
                    continue;
                }

                var c = MarkChar(text, token);
                var isDouble = IsDoubleChar(c);
                var role = RoleOf(text, token, c, stack, isDouble);
                if (role == Role.Open)
                {
                    // a paragraph that reopens the still-open outer quote continues it
                    if (stack.Count == 1 && i == paragraph.First && pieces.Count > 0 && stack[0].IsDouble == isDouble && (stack[0].Char == '"') == (c == '"'))
                    {
                        pieceStart = token.End;
                        continue;
                    }

                    // straight double quotes do not nest: a second opening one means the first was never closed
                    // ("…said: "I've lost three years. He added: "The authorities …"); it ends before this mark
                    if (c == '"' && stack.Count > 0 && stack[^1].Char == '"')
                    {
                        var top = stack.Count - 1;
                        var end = i > 0 ? tokens[i - 1].End : token.Start;
                        if (i > 1 && text[tokens[i - 1].Start] == ':' && tokens[i - 2].Kind == TokenKind.Word)
                        {
                            // (opened inside a sentence, after its own attribution: the quote before it ended with an earlier
                            // sentence, whose paragraph break the copy lost: "Cole added: "… one or two seconds. Freddie
                            // Ljungberg is likely to be used … Gunners boss Arsene Wenger said: "Freddie is an option …")
                            for (var b = i - 2; b > stack[top].Token + 1; b--)
                            {
                                if (IsTerminal(text, tokens[b]))
                                {
                                    end = tokens[b].End;
                                    break;
                                }
                            }
                        }
                        if (top == 0)
                        {
                            pieces.Add(TextSpan.FromBounds(pieceStart, end));
                            result.Add(Make(tokens, stack[0], -1, 0, [.. pieces]));
                            pieces.Clear();
                        }
                        else
                        {
                            result.Add(Make(tokens, stack[top], -1, top, [TextSpan.FromBounds(tokens[stack[top].Token].End, end)]));
                        }

                        stack.RemoveAt(top);
                    }

                    if (stack.Count == 0)
                    {
                        pieces.Clear();
                        pieceStart = token.End;
                    }

                    if (stack.Count >= MaxDepth)
                    {
                        continue; // news nests two or three levels; deeper runs of marks are noise
                    }

                    stack.Add(new OpenMark(i, isDouble, c));
                    continue;
                }

                if (role != Role.Close)
                {
                    continue;
                }

                // close the innermost compatible mark; marks opened inside it and never closed end here too
                var k = stack.Count - 1;
                while (k >= 0 && stack[k].IsDouble != isDouble)
                {
                    k--;
                }

                if (k < 0)
                {
                    continue;
                }

                for (var j = stack.Count - 1; j > k; j--)
                {
                    result.Add(Make(tokens, stack[j], -1, j, [TextSpan.FromBounds(tokens[stack[j].Token].End, token.Start)]));
                }

                stack.RemoveRange(k + 1, stack.Count - k - 1);
                if (k == 0)
                {
                    pieces.Add(TextSpan.FromBounds(pieceStart, token.Start));
                    result.Add(Make(tokens, stack[0], i, 0, [.. pieces]));
                    pieces.Clear();
                }
                else
                {
                    result.Add(Make(tokens, stack[k], i, k, [TextSpan.FromBounds(tokens[stack[k].Token].End, token.Start)]));
                }

                stack.RemoveAt(k);
            }

            // End of paragraph: inner marks close here; the outer double quote continues when the next paragraph reopens it.
            var paragraphEnd = paragraph.Count > 0 ? tokens[paragraph.End - 1].End : paragraph.Span.End;
            for (var j = stack.Count - 1; j > 0; j--)
            {
                result.Add(Make(tokens, stack[j], -1, j, [TextSpan.FromBounds(tokens[stack[j].Token].End, paragraphEnd)]));
            }

            if (stack.Count > 1)
            {
                stack.RemoveRange(1, stack.Count - 1);
            }

            if (stack.Count == 1)
            {
                pieces.Add(TextSpan.FromBounds(pieceStart, paragraphEnd));
                var next = p + 1 < document.Paragraphs.Length ? document.Paragraphs[p + 1] : default;
                var reopens = next.Count > 0 && tokens[next.First].Kind == TokenKind.QuotationMark
                    && IsDoubleChar(MarkChar(text, tokens[next.First])) == stack[0].IsDouble
                    && (MarkChar(text, tokens[next.First]) == '"') == (stack[0].Char == '"')
                    && RoleOf(text, tokens[next.First], MarkChar(text, tokens[next.First]), stack, stack[0].IsDouble) == Role.Open;
                if (!reopens)
                {
                    result.Add(Make(tokens, stack[0], -1, 0, [.. pieces]));
                    pieces.Clear();
                    stack.Clear();
                }
            }
        }

        result.Sort((a, b) => tokens[a.OpenToken].Start.CompareTo(tokens[b.OpenToken].Start));
        return result.DrainToImmutable();
    }

    /// <summary>The mark's character, with a doubled '' or `` read as a straight double mark.</summary>
    private static char MarkChar(string text, Token token) => token.Length == 2 ? text[token.Start] == '`' ? '“' : '"' : text[token.Start];

    private static bool IsDoubleChar(char c) => c is '"' or '“' or '”' or '«' or '»' or '„' or '`';

    private static QuotedSpan Make(ImmutableArray<Token> tokens, OpenMark open, int close, int level, ImmutableArray<TextSpan> pieces) =>
        new(open.Token, close, level, pieces.Where(p => p.Length > 0).DefaultIfEmpty(TextSpan.FromBounds(tokens[open.Token].End, tokens[open.Token].End)).ToImmutableArray());

    private static Role RoleOf(string text, Token token, char c, List<OpenMark> stack, bool isDouble)
    {
        var before = token.Start > 0 ? text[token.Start - 1] : ' ';
        var after = token.End < text.Length ? text[token.End] : ' ';
        var spaceBefore = char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or '/' || IsOpeningMarkChar(before);
        var spaceAfter = char.IsWhiteSpace(after) || char.IsPunctuation(after) && after is not '(' and not '[' and not '¿' and not '¡';
        switch (c)
        {
            case '“':
                // German „…“ closes with “; and an opening mark used to close, as careless copy has it ("“It's unusual,“
                // said Noble"): with a double quote open, right after a word or punctuation and before a space
                return stack.Count > 0 && stack[^1].Char == '„' || stack.Exists(o => o.IsDouble) && !spaceBefore && !char.IsLetterOrDigit(after) ? Role.Close : Role.Open;
            case '„' or '«' or '‹' or '‚':
                return Role.Open;
            case '”':
                // a closing mark used to open, as scraped pages have it ("¶”What is most infuriating …” ― Nell Grey"): with
                // no double quote open, space before it and a word after it
                // (also before an ellipsis that opens the quotation: "¶” … he delivered a mix …,” Barabak wrote")
                return !stack.Exists(o => o.IsDouble) && spaceBefore
                    && (char.IsLetterOrDigit(after) || after == '…' || after == ' ' && token.End + 1 < text.Length && text[token.End + 1] == '…') ? Role.Open : Role.Close;
            case '»' or '›':
                return Role.Close;
            case '‘':
                return stack.Count > 0 && stack[^1].Char == '‚' ? Role.Close : Role.Open;
            case '’' or '\'':
                {
                    // an apostrophe unless it can close an open single quote or open one: the Clintons’ campaign, ’90s
                    var singleOpen = stack.Exists(o => !o.IsDouble);
                    if (singleOpen && !char.IsLetterOrDigit(after))
                    {
                        return Role.Close;
                    }

                    return c == '\'' && spaceBefore && !spaceAfter && char.IsLetter(after) && !singleOpen ? Role.Open : Role.None;
                }

            default: // '"' and '`'
                {
                    var open = stack.Exists(o => o.IsDouble);
                    if (spaceBefore && !spaceAfter)
                    {
                        return Role.Open;
                    }

                    if (!spaceBefore && spaceAfter)
                    {
                        return open ? Role.Close : Role.None;
                    }

                    return open ? Role.Close : Role.Open;
                }
        }
    }

    private static bool IsTerminal(string text, Token token) => token.Kind == TokenKind.Punctuation && text[token.Start] is '.' or '!' or '?';

    private static bool IsOpeningMarkChar(char c) => c is '“' or '‘' or '«' or '„' or '"';
}
