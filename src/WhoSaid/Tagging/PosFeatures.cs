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

    /// <summary>Writes the features of token <paramref name="i"/> of a sentence into <paramref name="features"/>
    /// and returns how many there are. <paramref name="tokens"/> are the sentence's tokens, spans into
    /// <paramref name="text"/>; <paramref name="tag1"/> and <paramref name="tag2"/> are the class indexes predicted for
    /// the two tokens before (<see cref="NoTag"/> at the start). <paramref name="guesses"/> are the classes a first
    /// pass predicted for the whole sentence, so that a second pass sees the tags to the right; empty in the first
    /// pass.</summary>
    public static int Extract(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int tag1, int tag2, ReadOnlySpan<int> guesses, Span<ulong> features)
    {
        var n = 0;
        var word = Word(text, tokens[i]);
        var lower = FeatureHash.OfLower((int)T.Word, word);

        features[n++] = FeatureHash.Of((int)T.Bias);
        features[n++] = lower;
        features[n++] = FeatureHash.Of((int)T.WordCased, word);
        for (var k = 1; k <= 3 && k <= word.Length; k++)
        {
            features[n++] = FeatureHash.OfLower((int)T.Prefix1 + k - 1, word[..k]);
        }

        for (var k = 1; k <= 4 && k <= word.Length; k++)
        {
            features[n++] = FeatureHash.OfLower((int)T.Suffix1 + k - 1, word[^k..]);
        }

        var shape = ShapeOf(word, out var flags);
        features[n++] = FeatureHash.Of((int)T.Shape, shape, 0);
        if ((flags & Flags.Upper) != 0 && char.IsUpper(word[0]))
        {
            features[n++] = FeatureHash.Of(i == 0 ? (int)T.FirstCapitalized : (int)T.Capitalized);
        }

        if ((flags & (Flags.Upper | Flags.Lower)) == Flags.Upper && word.Length > 1)
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
        features[n++] = FeatureHash.Of((int)T.Tag1Suffix3, t1, word.Length >= 3 ? FeatureHash.OfLower(0, word[^3..]) : lower);

        var before1 = i >= 1 ? Word(text, tokens[i - 1]) : "<s>";
        var before2 = i >= 2 ? Word(text, tokens[i - 2]) : "<s>";
        var after1 = i + 1 < tokens.Length ? Word(text, tokens[i + 1]) : "</s>";
        var after2 = i + 2 < tokens.Length ? Word(text, tokens[i + 2]) : "</s>";
        features[n++] = FeatureHash.OfLower((int)T.Word1Before, before1);
        features[n++] = FeatureHash.OfLower((int)T.Word2Before, before2);
        var next = FeatureHash.OfLower((int)T.Word1After, after1);
        features[n++] = next;
        features[n++] = FeatureHash.OfLower((int)T.Word2After, after2);
        features[n++] = FeatureHash.OfLower((int)T.Suffix3Before, before1[^Math.Min(3, before1.Length)..]);
        features[n++] = FeatureHash.OfLower((int)T.Suffix3After, after1[^Math.Min(3, after1.Length)..]);
        features[n++] = FeatureHash.OfLower((int)T.Prefix1After, after1[..1]);
        features[n++] = FeatureHash.Of((int)T.ShapeBefore, i >= 1 ? ShapeOf(before1, out _) : 1, 0);
        features[n++] = FeatureHash.Of((int)T.ShapeAfter, i + 1 < tokens.Length ? ShapeOf(after1, out _) : 2, 0);
        features[n++] = FeatureHash.Of((int)T.Word1AfterWord, lower, next);
        features[n++] = FeatureHash.Of((int)T.Tag1Word1After, t1, next);
        features[n++] = FeatureHash.Of((int)T.Word1BeforeWord, FeatureHash.OfLower(0, before1), lower);
        var lexicon = LexiconSet.Default;
        var lex = FeatureHash.Of(0, lexicon.TagOf(word) ?? "?");
        var lexAfter = FeatureHash.Of(0, i + 1 < tokens.Length ? lexicon.TagOf(after1) ?? "?" : "</s>");
        features[n++] = FeatureHash.Of((int)T.Lexicon, lex, 0);
        features[n++] = FeatureHash.Of((int)T.LexiconBefore, FeatureHash.Of(0, i >= 1 ? lexicon.TagOf(before1) ?? "?" : "<s>"), 0);
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
    private enum Flags
    {
        None = 0,
        Upper = 1,
        Lower = 2,
        Digit = 4,
        Hyphen = 8,
    }

    /// <summary>The word's shape, with runs of the same class shortened to two: "Xxxx" for "Washington", "dd.d" for
    /// "3.5", "X.X." for "U.S.", as a hash.</summary>
    private static ulong ShapeOf(ReadOnlySpan<char> word, out Flags flags)
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
