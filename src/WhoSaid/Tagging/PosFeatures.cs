using WhoSaid.Lexicons;
using WhoSaid.Tokens;

namespace WhoSaid.Tagging;

/// <summary>The features of the part-of-speech tagger (after Honnibal's greedy averaged-perceptron tagger): the word,
/// its affixes and shape, the words around it and the two tags predicted before it, and the coarse tags the embedded
/// word_tags lexicon gives the word and its neighbours (retrain when that lexicon changes). The one place they are
/// defined, shared by training and tagging; computed over spans of the text, without allocating.</summary>
public static class PosFeatures
{
    /// <summary>The most features one token can have; the size of the buffer given to <see cref="Extract"/>.</summary>
    public const int MaxFeatures = 56;

    /// <summary>The previous-tag value before the first token of a sentence.</summary>
    public const int NoTag = -1;

    // longest prefix of a word that counts for its shape and for the word features of long tokens (URLs)
    private const int MaxWord = 48;

    private enum T
    {
        Bias,
        Word,
        WordCased,
        Prefix1,
        Prefix2,
        Prefix3,
        Suffix1,
        Suffix2,
        Suffix3,
        Suffix4,
        Shape,
        Capitalized,
        AllCaps,
        HasDigit,
        HasHyphen,
        FirstCapitalized,
        Tag1,
        Tag2,
        Tag12,
        Word1Before,
        Word2Before,
        Word1After,
        Word2After,
        Tag1Word,
        Suffix3Before,
        Suffix3After,
        ShapeBefore,
        ShapeAfter,
        Word1AfterWord,
        Tag1Word1After,
        Prefix1After,
        Tag1Suffix3,
        Word1BeforeWord,
        Guess,
        Guess1After,
        Guess2After,
        Guess12After,
        Tag1Guess1After,
        GuessWord,
        Guess1AfterWord,
        Lexicon,
        LexiconBefore,
        LexiconAfter,
        LexiconAndAfter,
    }

    // the hashes of the sentence boundaries where a neighbour word would be
    private static readonly PosToken s_start = Boundary("<s>");
    private static readonly PosToken s_end = Boundary("</s>");

    /// <summary>Fills <paramref name="info"/> (one slot per token of the sentence <paramref name="tokens"/>, spans into
    /// <paramref name="text"/>) with each token's hashes, so that both passes and every neighbour read them instead of
    /// hashing the word again.</summary>
    public static void Describe(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<PosToken> info)
    {
        var lexicon = LexiconSet.Default;
        for (var j = 0; j < tokens.Length; j++)
        {
            var word = Word(text, tokens[j]);
            ref var t = ref info[j];
            t.Lower = FeatureHash.OfLower((int)T.Word, word);
            t.Cased = FeatureHash.Of((int)T.WordCased, word);
            for (var k = 1; k <= 3 && k <= word.Length; k++)
            {
                t.SetPrefix(k - 1, FeatureHash.OfLower((int)T.Prefix1 + k - 1, word[..k]));
            }

            for (var k = 1; k <= 4 && k <= word.Length; k++)
            {
                t.SetSuffix(k - 1, FeatureHash.OfLower((int)T.Suffix1 + k - 1, word[^k..]));
            }

            t.Prefixes = (byte)Math.Min(3, word.Length);
            t.Suffixes = (byte)Math.Min(4, word.Length);
            t.Shape = ShapeOf(word, out var flags);
            t.Flags = flags;
            t.UpperFirst = word.Length > 0 && char.IsUpper(word[0]);
            t.Long = word.Length > 1;
            t.Plain = FeatureHash.OfLower(0, word);
            t.Suffix3 = word.Length >= 3 ? FeatureHash.OfLower(0, word[^3..]) : t.Lower;
            Neighbour(ref t, word);
            t.Lex = FeatureHash.Of(0, lexicon.TagOf(word) ?? "?");
        }
    }

    private static PosToken Boundary(string mark)
    {
        var t = default(PosToken);
        Neighbour(ref t, mark);
        t.Plain = FeatureHash.OfLower(0, mark);
        t.Lex = FeatureHash.Of(0, mark);
        return t;
    }

    // the token's hashes in the roles of a neighbour word
    private static void Neighbour(ref PosToken t, ReadOnlySpan<char> word)
    {
        t.AsBefore1 = FeatureHash.OfLower((int)T.Word1Before, word);
        t.AsBefore2 = FeatureHash.OfLower((int)T.Word2Before, word);
        t.AsAfter1 = FeatureHash.OfLower((int)T.Word1After, word);
        t.AsAfter2 = FeatureHash.OfLower((int)T.Word2After, word);
        t.Suffix3AsBefore = FeatureHash.OfLower((int)T.Suffix3Before, word[^Math.Min(3, word.Length)..]);
        t.Suffix3AsAfter = FeatureHash.OfLower((int)T.Suffix3After, word[^Math.Min(3, word.Length)..]);
        t.Prefix1AsAfter = FeatureHash.OfLower((int)T.Prefix1After, word[..Math.Min(1, word.Length)]);
    }

    /// <summary>Writes the features of token <paramref name="i"/> of a sentence into <paramref name="features"/>
    /// and returns how many there are. <paramref name="info"/> comes from <see cref="Describe"/> for the sentence;
    /// <paramref name="tag1"/> and <paramref name="tag2"/> are the class indexes predicted for the two tokens before
    /// (<see cref="NoTag"/> at the start). <paramref name="guesses"/> are the classes a first pass predicted for the whole
    /// sentence, so that a second pass sees the tags to the right; empty in the first pass.</summary>
    public static int Extract(ReadOnlySpan<PosToken> info, int i, int tag1, int tag2, ReadOnlySpan<int> guesses, Span<ulong> features)
    {
        var n = 0;
        ref readonly var t = ref info[i];
        var lower = t.Lower;

        features[n++] = FeatureHash.Of((int)T.Bias);
        features[n++] = lower;
        features[n++] = t.Cased;
        for (var k = 0; k < t.Prefixes; k++)
        {
            features[n++] = t.PrefixAt(k);
        }

        for (var k = 0; k < t.Suffixes; k++)
        {
            features[n++] = t.SuffixAt(k);
        }

        var flags = t.Flags;
        features[n++] = FeatureHash.Of((int)T.Shape, t.Shape, 0);
        if ((flags & Flags.Upper) != 0 && t.UpperFirst)
        {
            features[n++] = FeatureHash.Of(i == 0 ? (int)T.FirstCapitalized : (int)T.Capitalized);
        }

        if ((flags & (Flags.Upper | Flags.Lower)) == Flags.Upper && t.Long)
        {
            features[n++] = FeatureHash.Of((int)T.AllCaps);
        }

        if ((flags & Flags.Digit) != 0)
        {
            features[n++] = FeatureHash.Of((int)T.HasDigit);
        }

        if ((flags & Flags.Hyphen) != 0)
        {
            features[n++] = FeatureHash.Of((int)T.HasHyphen);
        }

        var t1 = (ulong)(tag1 + 2);
        var t2 = (ulong)(tag2 + 2);
        features[n++] = FeatureHash.Of((int)T.Tag1, t1, 0);
        features[n++] = FeatureHash.Of((int)T.Tag2, t2, 0);
        features[n++] = FeatureHash.Of((int)T.Tag12, t1, t2);
        features[n++] = FeatureHash.Of((int)T.Tag1Word, t1, lower);
        features[n++] = FeatureHash.Of((int)T.Tag1Suffix3, t1, t.Suffix3);

        ref readonly var before1 = ref i >= 1 ? ref info[i - 1] : ref s_start;
        ref readonly var before2 = ref i >= 2 ? ref info[i - 2] : ref s_start;
        ref readonly var after1 = ref i + 1 < info.Length ? ref info[i + 1] : ref s_end;
        ref readonly var after2 = ref i + 2 < info.Length ? ref info[i + 2] : ref s_end;
        features[n++] = before1.AsBefore1;
        features[n++] = before2.AsBefore2;
        var next = after1.AsAfter1;
        features[n++] = next;
        features[n++] = after2.AsAfter2;
        features[n++] = before1.Suffix3AsBefore;
        features[n++] = after1.Suffix3AsAfter;
        features[n++] = after1.Prefix1AsAfter;
        features[n++] = FeatureHash.Of((int)T.ShapeBefore, i >= 1 ? before1.Shape : 1, 0);
        features[n++] = FeatureHash.Of((int)T.ShapeAfter, i + 1 < info.Length ? after1.Shape : 2, 0);
        features[n++] = FeatureHash.Of((int)T.Word1AfterWord, lower, next);
        features[n++] = FeatureHash.Of((int)T.Tag1Word1After, t1, next);
        features[n++] = FeatureHash.Of((int)T.Word1BeforeWord, before1.Plain, lower);
        var lex = t.Lex;
        var lexAfter = after1.Lex;
        features[n++] = FeatureHash.Of((int)T.Lexicon, lex, 0);
        features[n++] = FeatureHash.Of((int)T.LexiconBefore, before1.Lex, 0);
        features[n++] = FeatureHash.Of((int)T.LexiconAfter, lexAfter, 0);
        features[n++] = FeatureHash.Of((int)T.LexiconAndAfter, lex, lexAfter);
        if (!guesses.IsEmpty)
        {
            var g = (ulong)(guesses[i] + 2);
            var g1 = (ulong)(i + 1 < guesses.Length ? guesses[i + 1] + 2 : 0);
            var g2 = (ulong)(i + 2 < guesses.Length ? guesses[i + 2] + 2 : 0);
            features[n++] = FeatureHash.Of((int)T.Guess, g, 0);
            features[n++] = FeatureHash.Of((int)T.Guess1After, g1, 0);
            features[n++] = FeatureHash.Of((int)T.Guess2After, g2, 0);
            features[n++] = FeatureHash.Of((int)T.Guess12After, g1, g2);
            features[n++] = FeatureHash.Of((int)T.Tag1Guess1After, t1, g1);
            features[n++] = FeatureHash.Of((int)T.GuessWord, g, lower);
            features[n++] = FeatureHash.Of((int)T.Guess1AfterWord, g1, lower);
        }

        return n;
    }

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, Token token)
    {
        var word = text.Slice(token.Start, token.Length);
        return word.Length > MaxWord ? word[..MaxWord] : word;
    }

    [Flags]
    internal enum Flags
    {
        None = 0,
        Upper = 1,
        Lower = 2,
        Digit = 4,
        Hyphen = 8,
    }

    /// <summary>The word's shape, with runs of the same class shortened to two: "Xxxx" for "Washington", "dd.d" for
    /// "3.5", "X.X." for "U.S.", as a hash.</summary>
    internal static ulong ShapeOf(ReadOnlySpan<char> word, out Flags flags)
    {
        flags = Flags.None;
        var h = 14695981039346656037UL;
        var last = '\0';
        var run = 0;
        foreach (var c in word)
        {
            char s;
            if (char.IsUpper(c))
            {
                s = 'X';
                flags |= Flags.Upper;
            }
            else if (char.IsLower(c))
            {
                s = 'x';
                flags |= Flags.Lower;
            }
            else if (char.IsDigit(c))
            {
                s = 'd';
                flags |= Flags.Digit;
            }
            else if (char.IsLetter(c))
            {
                s = 'x';
                flags |= Flags.Lower;
            }
            else
            {
                s = c;
                if (c == '-')
                {
                    flags |= Flags.Hyphen;
                }
            }

            run = s == last ? run + 1 : 1;
            last = s;
            if (run <= 2)
            {
                h = (h ^ s) * 1099511628211UL;
            }
        }

        return h;
    }
}

/// <summary>What the part-of-speech features read of one token, hashed once per sentence by
/// <see cref="PosFeatures.Describe"/>: its own features and its hashes as a neighbour of the tokens around it.</summary>
public struct PosToken
{
    internal ulong Lower, Cased, Shape, Plain, Suffix3, Lex;
    internal ulong AsBefore1, AsBefore2, AsAfter1, AsAfter2, Suffix3AsBefore, Suffix3AsAfter, Prefix1AsAfter;
    internal Affixes Affixes;
    internal byte Prefixes, Suffixes;
    internal PosFeatures.Flags Flags;
    internal bool UpperFirst, Long;

    internal void SetPrefix(int k, ulong hash) => Affixes[k] = hash;

    internal void SetSuffix(int k, ulong hash) => Affixes[3 + k] = hash;

    internal readonly ulong PrefixAt(int k) => Affixes[k];

    internal readonly ulong SuffixAt(int k) => Affixes[3 + k];
}

/// <summary>Three prefix and four suffix hashes, inline.</summary>
[System.Runtime.CompilerServices.InlineArray(7)]
internal struct Affixes
{
    private ulong _element;
}
