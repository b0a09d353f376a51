using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using WhoSaid.Pipeline;
using WhoSaid.Text;

namespace WhoSaid.Tokens;

/// <summary>Splits news text into tokens: words (with "U.S.", "Sen." and initials kept whole), numbers, quotation
/// marks and punctuation. Tokens plus the white space between them reproduce the text exactly.</summary>
public sealed class Tokenizer : IPipelineComponent
{
    // the clitics after an apostrophe ("I've", "we'll", "they're", "she'd", "I'm"); "n't" is handled apart
    private static readonly string[] s_clitics = ["ve", "ll", "re", "d", "m"];

    private static readonly SearchValues<char> s_quoteChars = SearchValues.Create("\"“”‘’«»„‚‹›'`");

    // Words that take a period without ending a sentence, lower case, without the period.
    internal static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "sen", "rep", "reps", "sens", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj",
        "prof", "st", "jr", "sr", "inc", "corp", "co", "ltd", "llc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "vs", "etc", "no", "nos", "ave", "blvd", "mt", "ft", "pres", "supt", "rev", "hon", "dept", "univ",
        "approx", "est", "fig", "ph", "msgr", "atty", "gens", "messrs", "mmes", "esq", "cf", "al", "govt", "assn", "bros", "rd",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // US state abbreviations in AP style, which take a period only when capitalised ("Richmond, Va.", "Rand Paul (R-Ky.)")
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_states = new[]
    {
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass",
        "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Vt", "Va", "Wash", "Wis", "Wyo",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> s_gluePrefixes = new[] { "mac", "van", "von", "della", "des", "del", "san" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_abbreviations =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_gluePrefixLookup =
        s_gluePrefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Name => "tokenizer";

    public Annotations Requires => Annotations.None;

    public Annotations Provides => Annotations.Tokens;

    public Document Process(Document document, CancellationToken cancellationToken) =>
        document with { Tokens = Tokenize(document.Text, cancellationToken), Has = document.Has | Annotations.Tokens };

    public static ImmutableArray<Token> Tokenize(string text, CancellationToken cancellationToken = default)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>(Math.Max(16, text.Length / 5));
        var i = 0;
        while (i < text.Length)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || IsFormatChar(c))
            {
                i++;
                continue;
            }

            if (IsWordChar(c))
            {
                i = ReadWord(text, i, tokens);
                continue;
            }

            // a year cut to two digits after an apostrophe: "in ‘08", "the class of '92"
            if (c is '\'' or '‘' or '’' && i + 2 < text.Length && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
                && (i + 3 >= text.Length || !char.IsLetterOrDigit(text[i + 3])) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                tokens.Add(new Token(i, 3, TokenKind.Number, TokenFlags.None));
                i += 3;
                continue;
            }

            if (s_quoteChars.Contains(c))
            {
                // A straight or curly apostrophe inside a word was taken by ReadWord; here it is a mark.
                // Two apostrophes or backticks ('' ``) are one double mark, as in older news style; three after a word
                // close a single quotation and then the double one around it ("one of us" followed by three marks).
                var length = c is '\'' or '`' or '’' && i + 1 < text.Length && text[i + 1] == c ? 2 : 1;
                if (length == 2 && i + 2 < text.Length && text[i + 2] == c && i > 0 && !char.IsWhiteSpace(text[i - 1]))
                {
                    length = 1;
                }

                tokens.Add(new Token(i, length, TokenKind.QuotationMark, TokenFlags.None));
                i += length;
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                tokens.Add(new Token(i, 2, TokenKind.Symbol, TokenFlags.None));
                i += 2;
                continue;
            }

            var start = i;
            if (c == '.' || c == '-' || c == '—' || c == '–')
            {
                // "...", "--" and runs of dashes are one token
                while (i + 1 < text.Length && text[i + 1] == c)
                {
                    i++;
                }
            }

            var kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            tokens.Add(new Token(start, i - start + 1, kind, TokenFlags.None));
            i++;
        }

        return tokens.DrainToImmutable();
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    /// <summary>An invisible formatting character (zero-width space, joiner and non-joiner, word joiner, byte order mark,
    /// soft hyphen): part of no token.</summary>
    private static bool IsFormatChar(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    private static int ReadWord(string text, int start, ImmutableArray<Token>.Builder tokens)
    {
        var i = start;
        var digits = char.IsDigit(text[i]);

        // Initialisms: U.S., U.K., a.m., D.C.
        if (char.IsLetter(text[i]) && i + 3 < text.Length + 1 && i + 1 < text.Length && text[i + 1] == '.'
            && i + 2 < text.Length && char.IsLetter(text[i + 2]) && i + 3 < text.Length && text[i + 3] == '.')
        {
            var j = i;
            while (j + 1 < text.Length && char.IsLetter(text[j]) && text[j + 1] == '.')
            {
                j += 2;
            }

            tokens.Add(new Token(start, j - start, TokenKind.Word, Shape(text.AsSpan(start, j - start)) | TokenFlags.Abbreviation));
            return j;
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                i++;
            }
            else if ((c == '-' || c == '&' || c == '/' && digits || IsFormatChar(c)) && i + 1 < text.Length && IsWordChar(text[i + 1]) && i > start)
            {
                i++; // (an invisible joiner or soft hyphen inside a word stays in it: "infor\u00ADmation")
            }
            else if (c is >= '\u0080' and <= '\u00BF' && i > start && (text[i - 1] is 'Ã' or 'Â' || text[i - 1] is '\u0303' or '\u0302' && i - 1 > start && text[i - 2] == 'A'))
            {
                i++; // UTF-8 read as Latin-1 ("FranÃ§ois", "PeÃ±a"), also twice and decomposed ("FranA\u0303\u0083A\u0302§ois"): the
                     // second byte of a letter stays in its word
            }
            else if ((c == ',' || c == '.' || c == ':') && digits && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else if (IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start && char.IsLetter(text[i - 1]))
            {
                // possessive 's and the clitics of contractions become tokens of their own, as in Universal
                // Dependencies, whose tokens the taggers learned from: "I" "'ve", "do" "n't", "ca" "n't"; names keep
                // theirs (O'Brien)
                if ((text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])) || CliticLength(text, i) > 0)
                {
                    break;
                }

                if (NotClitic(text, i - 1) && i - 1 > start)
                {
                    i--;
                    break;
                }

                i++;
            }
            else
            {
                break;
            }
        }

        var length = i - start;
        if (digits && length > 0)
        {
            tokens.Add(new Token(start, length, TokenKind.Number, TokenFlags.None));
            return i;
        }

        // a party and a state: "D-N.J.", "R-S.C."
        if (i + 2 < text.Length && text[i] == '.' && length >= 3 && text[i - 2] == '-' && char.IsUpper(text[i - 1])
            && char.IsUpper(text[i + 1]) && text[i + 2] == '.')
        {
            var j = i;
            while (j + 2 < text.Length && text[j] == '.' && char.IsUpper(text[j + 1]) && text[j + 2] == '.')
            {
                j += 2;
            }

            tokens.Add(new Token(start, j + 1 - start, TokenKind.Word, Shape(text.AsSpan(start, j + 1 - start)) | TokenFlags.Abbreviation));
            return j + 1;
        }

        // "Sen." and "J." keep their period; "No." only before a number ("voted no." ends a sentence); so do states,
        // alone or after a party ("Va.", "R-Ky.")
        var word = text.AsSpan(start, length);
        var state = word[(word.LastIndexOf('-') + 1)..];
        if (i < text.Length && text[i] == '.' && (s_abbreviations.Contains(word) && !IsNumberAbbreviationWithoutNumber(text, start, length, i)
            || length == 1 && char.IsUpper(text[start]) || s_states.Contains(state)))
        {
            tokens.Add(new Token(start, length + 1, TokenKind.Word, Shape(word) | TokenFlags.Abbreviation));
            return i + 1;
        }

        // a web address: "GunBroker.com", "Politico.com" (one word, not a sentence end and a glued name)
        if (TopLevelDomainLength(text, i) is var domain and > 0 && !digits)
        {
            tokens.Add(new Token(start, length + domain, TokenKind.Word, Shape(text.AsSpan(start, length + domain))));
            return i + domain;
        }

        AddSplittingGlue(text, start, length, tokens);

        // (over invisible characters between the word and its clitic: "Xtra\u200D's")
        var visible = i;
        while (visible < text.Length && IsFormatChar(text[visible]))
        {
            visible++;
        }

        if (visible > i && visible + 1 < text.Length && IsApostrophe(text[visible]))
        {
            i = visible;
        }

        if (i < text.Length && IsApostrophe(text[i]) && i + 1 < text.Length && (text[i + 1] == 's' || text[i + 1] == 'S')
            && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])))
        {
            tokens.Add(new Token(i, 2, TokenKind.Word, TokenFlags.None));
            return i + 2;
        }

        if (i < text.Length && IsApostrophe(text[i]) && CliticLength(text, i) is var clitic and > 0)
        {
            tokens.Add(new Token(i, clitic, TokenKind.Word, TokenFlags.None));
            return i + clitic;
        }

        if (i > start && NotClitic(text, i))
        {
            tokens.Add(new Token(i, 3, TokenKind.Word, TokenFlags.None));
            return i + 3;
        }

        return i;
    }

    private static readonly string[] s_topLevelDomains = ["com", "org", "net", "gov", "edu", "io", "co.uk", "uk", "us"];

    /// <summary>Whether a word is a web address as this tokenizer keeps it whole: "GunBroker.com", "Politico.com".</summary>
    public static bool IsWebAddress(ReadOnlySpan<char> word)
    {
        foreach (var tld in s_topLevelDomains)
        {
            if (word.Length > tld.Length + 1 && word[^(tld.Length + 1)] == '.' && word.EndsWith(tld, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The length of ".com" and the like at <paramref name="i"/> when a word ends right after it, or 0.</summary>
    private static int TopLevelDomainLength(string text, int i)
    {
        if (i >= text.Length || text[i] != '.')
        {
            return 0;
        }

        foreach (var tld in s_topLevelDomains)
        {
            var end = i + 1 + tld.Length;
            if (end <= text.Length && string.CompareOrdinal(text, i + 1, tld, 0, tld.Length) == 0 && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return 1 + tld.Length;
            }
        }

        return 0;
    }

    /// <summary>Whether a token is a contraction's clitic as this tokenizer splits it off: "'ve", "'ll", "'re", "'d", "'m",
    /// "n't" (straight or curly apostrophe, any case).</summary>
    public static bool IsClitic(ReadOnlySpan<char> token)
    {
        if (token.Length == 3 && token[0] is 'n' or 'N' && IsApostrophe(token[1]) && token[2] is 't' or 'T')
        {
            return true;
        }

        if (token.Length < 2 || !IsApostrophe(token[0]))
        {
            return false;
        }

        foreach (var clitic in s_clitics)
        {
            if (token[1..].Equals(clitic, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The length of the clitic at the apostrophe <paramref name="i"/> ("'ve", "'ll", "'re", "'d", "'m"), or 0.</summary>
    private static int CliticLength(string text, int i)
    {
        if (!IsApostrophe(text[i]) || i == 0 || !char.IsLetter(text[i - 1]))
        {
            return 0;
        }

        var rest = text.AsSpan(i + 1);
        foreach (var clitic in s_clitics)
        {
            if (rest.StartsWith(clitic, StringComparison.OrdinalIgnoreCase) && (rest.Length == clitic.Length || !char.IsLetter(rest[clitic.Length])))
            {
                return clitic.Length + 1;
            }
        }

        return 0;
    }

    /// <summary>Whether "n't" starts at <paramref name="n"/> and ends a word: "do|n't", "ca|n't".</summary>
    private static bool NotClitic(string text, int n) =>
        n > 0 && n + 2 < text.Length && (text[n] == 'n' || text[n] == 'N') && IsApostrophe(text[n + 1]) && (text[n + 2] == 't' || text[n + 2] == 'T')
        && char.IsLetter(text[n - 1]) && (n + 3 >= text.Length || !char.IsLetter(text[n + 3]));

    private static bool IsNumberAbbreviationWithoutNumber(string text, int start, int length, int period)
    {
        var word = text.AsSpan(start, length);
        if (!word.Equals("no", StringComparison.OrdinalIgnoreCase) && !word.Equals("nos", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var k = period + 1;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        return k >= text.Length || !char.IsDigit(text[k]);
    }

    /// <summary>Adds a word, split where scraped link text was glued to it: "MnuchinSteven" is "Mnuchin" + "Steven".</summary>
    private static void AddSplittingGlue(string text, int start, int length, ImmutableArray<Token>.Builder tokens)
    {
        var word = text.AsSpan(start, length);
        var from = 0;
        for (var k = 3; k + 2 < word.Length + 1 && k < word.Length - 1; k++)
        {
            if (char.IsLower(word[k - 1]) && char.IsUpper(word[k]) && char.IsLower(word[k + 1])
                && char.IsUpper(word[from]) && k - from >= 3 && !s_gluePrefixLookup.Contains(word[from..k]))
            {
                tokens.Add(new Token(start + from, k - from, TokenKind.Word, Shape(word[from..k]) | (from > 0 ? TokenFlags.Glued : 0)));
                from = k;
            }
        }

        tokens.Add(new Token(start + from, length - from, TokenKind.Word, Shape(word[from..]) | (from > 0 ? TokenFlags.Glued : 0)));
    }

    private static TokenFlags Shape(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !char.IsUpper(word[0]))
        {
            return TokenFlags.None;
        }

        var letters = 0;
        foreach (var ch in word)
        {
            if (char.IsLower(ch))
            {
                return TokenFlags.Capitalized;
            }

            if (char.IsLetter(ch))
            {
                letters++;
            }
        }

        return letters >= 2 ? TokenFlags.Capitalized | TokenFlags.AllCaps : TokenFlags.Capitalized;
    }
}
