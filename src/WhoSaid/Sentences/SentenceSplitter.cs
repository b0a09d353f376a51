using System.Collections.Frozen;
using System.Collections.Immutable;
using WhoSaid.Pipeline;
using WhoSaid.Text;
using WhoSaid.Tokens;

namespace WhoSaid.Sentences;

/// <summary>Paragraphs (split at line breaks) and sentences (split after . ! ? and the closing quotation marks and
/// brackets that follow them). Titles such as "Sen." never end a sentence; "U.S." ends one only when a typical
/// sentence opener follows.</summary>
public sealed class SentenceSplitter : IPipelineComponent
{
    private static readonly FrozenSet<string> s_openers = new[]
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "but", "and", "in", "on",
        "at", "for", "his", "her", "their", "its", "our", "there", "when", "while", "after", "before", "if", "as", "meanwhile",
        "however", "still", "yet", "so", "some", "many", "most", "one", "officials", "mr.", "ms.", "mrs.", "dr.",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Abbreviations that may end a sentence (initialisms, "Inc.", "Jr."); titles and months may not.
    private static readonly FrozenSet<string> s_titleAbbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "sen", "rep", "reps", "sens", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "prof",
        "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "pres", "supt", "rev",
        "hon", "msgr", "atty", "gens", "messrs", "vs", "mt", "ft", "fig", "cf",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_openerLookup = s_openers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_titleLookup = s_titleAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that may follow "a.m." or "p.m." inside a sentence: "10 a.m. Tuesday", "6 p.m. Eastern time".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_timeLookup = new[]
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December", "Eastern", "Central", "Mountain",
        "Pacific", "Greenwich", "Moscow", "Beijing", "London", "local",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Longest sentence in tokens; longer runs are cut.</summary>
    public const int MaxSentenceTokens = 400;

    public string Name => "sentences";

    public Annotations Requires => Annotations.Tokens;

    public Annotations Provides => Annotations.Sentences | Annotations.Paragraphs;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var tokens = document.Tokens.ToBuilder();
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        var paragraphStart = 0;
        var sentenceStart = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var lastOfParagraph = i + 1 == tokens.Count || HasLineBreak(text, tokens[i].End, tokens[i + 1].Start);

            // a run with no sentence end for this long is not prose (tables, lists, garbage): cut it, so that every
            // later stage works on bounded sentences
            var tooLong = i + 1 - sentenceStart >= MaxSentenceTokens;
            var ends = lastOfParagraph || tooLong || EndsSentence(text, tokens, i);
            if (!ends)
            {
                continue;
            }

            sentences.Add(new Sentence(sentenceStart, i + 1 - sentenceStart, paragraphs.Count,
                TextSpan.FromBounds(tokens[sentenceStart].Start, tokens[i].End)));
            tokens[sentenceStart] = tokens[sentenceStart].With(TokenFlags.SentenceStart);
            sentenceStart = i + 1;
            if (lastOfParagraph)
            {
                var firstSentence = paragraphs.Count == 0 ? 0 : paragraphs[^1].FirstSentence + paragraphs[^1].SentenceCount;
                paragraphs.Add(new Paragraph(paragraphStart, i + 1 - paragraphStart, firstSentence, sentences.Count - firstSentence,
                    TextSpan.FromBounds(tokens[paragraphStart].Start, tokens[i].End)));
                tokens[paragraphStart] = tokens[paragraphStart].With(TokenFlags.ParagraphStart);
                paragraphStart = i + 1;
            }
        }

        return document with
        {
            Tokens = tokens.DrainToImmutable(),
            Sentences = sentences.DrainToImmutable(),
            Paragraphs = paragraphs.DrainToImmutable(),
            Has = document.Has | Provides,
        };
    }

    private static bool HasLineBreak(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAny('\n', '\r', '\u2029') >= 0;

    private static bool EndsSentence(string text, ImmutableArray<Token>.Builder tokens, int i)
    {
        var token = tokens[i];
        var next = tokens[i + 1];
        var nextChar = text[next.Start];

        // Closing marks and brackets after the terminal punctuation stay with this sentence.
        if (next.Kind == TokenKind.QuotationMark && next.Start == token.End && !IsOpeningContext(text, next))
        {
            return false;
        }

        if (nextChar is ')' or ']' && next.Start == token.End)
        {
            return false;
        }

        var span = text.AsSpan(token.Start, token.Length);
        bool terminal;
        if (token.Kind == TokenKind.Punctuation)
        {
            terminal = span[0] is '.' or '!' or '?' or '…';
        }
        else if (token.Kind == TokenKind.QuotationMark || span[0] is ')' or ']')
        {
            // a closing mark right after terminal punctuation ends the sentence: ...process.” Treasury
            var j = i - 1;
            while (j >= 0 && i - j < 4 && (tokens[j].Kind == TokenKind.QuotationMark || text[tokens[j].Start] is ')' or ']') && tokens[j].End == tokens[j + 1].Start)
            {
                j--;
            }

            terminal = j >= 0 && j < i && tokens[j].End == tokens[j + 1].Start && tokens[j].Kind == TokenKind.Punctuation
                && text[tokens[j].Start] is '.' or '!' or '?' or '…';
        }
        else if (token.Has(TokenFlags.Abbreviation))
        {
            // "U.S." or "Inc." closing a sentence: only before a typical opener; titles and initials never.
            var bare = span.TrimEnd('.');
            if (s_titleLookup.Contains(bare) || bare.Length == 1)
            {
                return false;
            }

            // (a time of day before a capitalised word that is not a day, month or zone ends one: "… between 3 p.m. and 6
            // a.m. Thailand planned …")
            var word = text.AsSpan(next.Start, next.Length);
            return next.Has(TokenFlags.Capitalized) && (s_openerLookup.Contains(word)
                || bare is "a.m" or "p.m" && !next.Has(TokenFlags.AllCaps) && !s_timeLookup.Contains(word));
        }
        else
        {
            return false;
        }

        if (!terminal)
        {
            return false;
        }

        // The next sentence starts with an upper-case letter, a digit, an opening quote or bracket.
        return char.IsUpper(nextChar) || char.IsDigit(nextChar) || next.Kind == TokenKind.QuotationMark || nextChar is '(' or '[' or '—' or '-'
            || !char.IsLetter(nextChar);
    }

    private static bool IsOpeningContext(string text, Token mark) =>
        text[mark.Start] is '“' or '‘' or '«' or '„' || (mark.End < text.Length && !char.IsWhiteSpace(text[mark.End]) && text[mark.Start] is '"' or '\''
            && (mark.Start == 0 || char.IsWhiteSpace(text[mark.Start - 1])));
}
