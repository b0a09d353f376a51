using System.Collections.Immutable;
using WhoSaid.Lexicons;
using WhoSaid.Tagging;
using WhoSaid.Text;
using WhoSaid.Tokens;

namespace WhoSaid.Attribution;

/// <summary>A learned attribution-cue detector: an averaged perceptron that scores each word of a tagged document as
/// part of an attribution cue or not ("attacked", "is defending", "praised"), trained on PolNeAR train by
/// WhoSaid.Training. It finds the cues the reporting-verb lexicon lacks; the attribution rules still find the source
/// and the content around them. Immutable and thread-safe.</summary>
public sealed class CueModel
{
    /// <summary>The name of the embedded model file.</summary>
    public const string ModelName = "cues.wspm";

    /// <summary>The classes of the model: not a cue, a cue.</summary>
    public static readonly ImmutableArray<string> Classes = ["O", "CUE"];

    /// <summary>The most features one token can have.</summary>
    public const int MaxFeatures = 48;

    private static readonly Lazy<CueModel?> s_embedded = new(() =>
    {
        using var stream = Models.EmbeddedModel.Open(ModelName);
        return stream is null ? null : new CueModel(PerceptronModel.Load(stream), LexiconSet.Default);
    });

    private readonly PerceptronModel _model;
    private readonly LexiconSet _lexicons;

    public CueModel(PerceptronModel model, LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!model.Classes.SequenceEqual(Classes))
        {
            throw new ArgumentException("not a cue model: its classes are " + string.Join(' ', model.Classes), nameof(model));
        }

        _model = model;
        _lexicons = lexicons ?? throw new ArgumentNullException(nameof(lexicons));
    }

    /// <summary>The embedded model, loaded on first use; null when it is not embedded (not trained yet).</summary>
    public static CueModel? Embedded => s_embedded.Value;

    public LexiconSet Lexicons => _lexicons;

    /// <summary>How much more the model believes token <paramref name="t"/> is part of a cue than not (positive: a
    /// cue). <paramref name="context"/> comes from <see cref="Describe"/> for the same document.</summary>
    public float Score(Context context, int t)
    {
        ArgumentNullException.ThrowIfNull(context);
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[2];
        var n = Extract(context, t, features);
        _model.Score(features[..n], scores);
        return scores[1] - scores[0];
    }

    /// <summary>What the features read of a document besides its tokens and tags: which tokens are inside quotation
    /// marks, each token's sentence, and the nearest quotation mark before and after each token in its sentence.</summary>
    public sealed class Context
    {
        internal Context(Document document, LexiconSet lexicons, bool[] inQuote, int[] sentenceOf, int[] quoteBefore, int[] quoteAfter)
        {
            Document = document;
            Lexicons = lexicons;
            InQuote = inQuote;
            SentenceOf = sentenceOf;
            QuoteBefore = quoteBefore;
            QuoteAfter = quoteAfter;
        }

        public Document Document { get; }

        internal LexiconSet Lexicons { get; }

        internal bool[] InQuote { get; }

        internal int[] SentenceOf { get; }

        /// <summary>The last quotation mark before each token in its sentence, or -1.</summary>
        internal int[] QuoteBefore { get; }

        /// <summary>The first quotation mark after each token in its sentence, or -1.</summary>
        internal int[] QuoteAfter { get; }
    }

    /// <summary>The context of a document that has tokens, sentences, tags and quoted spans.</summary>
    public Context Describe(Document document) => Describe(document, _lexicons);

    /// <summary>The context of a document that has tokens, sentences, tags and quoted spans.</summary>
    public static Context Describe(Document document, LexiconSet lexicons)
    {
        ArgumentNullException.ThrowIfNull(document);
        var inQuote = new bool[document.Tokens.Length];
        foreach (var q in document.QuotedSpans)
        {
            var end = q.IsClosed ? q.CloseToken : document.Tokens.Length;
            for (var t = q.OpenToken + 1; t < end && t < inQuote.Length; t++)
            {
                var token = document.Tokens[t];
                foreach (var piece in q.Pieces)
                {
                    if (token.Start >= piece.Start && token.Start + token.Length <= piece.Start + piece.Length)
                    {
                        inQuote[t] = true;
                        break;
                    }
                }
            }
        }

        var tokens = document.Tokens;
        var sentenceOf = new int[tokens.Length];
        var quoteBefore = new int[tokens.Length];
        var quoteAfter = new int[tokens.Length];
        for (var s = 0; s < document.Sentences.Length; s++)
        {
            var sentence = document.Sentences[s];
            var end = Math.Min(sentence.End, tokens.Length);
            var last = -1;
            for (var t = sentence.First; t < end; t++)
            {
                sentenceOf[t] = s;
                quoteBefore[t] = last;
                last = tokens[t].Kind == TokenKind.QuotationMark ? t : last;
            }

            var next = -1;
            for (var t = end - 1; t >= sentence.First; t--)
            {
                quoteAfter[t] = next;
                next = tokens[t].Kind == TokenKind.QuotationMark ? t : next;
            }
        }

        return new Context(document, lexicons, inQuote, sentenceOf, quoteBefore, quoteAfter);
    }

    private enum T
    {
        Bias = 100,
        Word,
        Suffix3,
        Upos,
        Xpos,
        WordXpos,
        Before1,
        Before2,
        After1,
        After2,
        XposBefore1,
        XposAfter1,
        UposBefore2,
        UposAfter2,
        WordAfter1,
        XposAfter12,
        InQuote,
        QuoteBefore,
        QuoteAfter,
        CueCount,
        CueForm,
        EntityLeft,
        PronounLeft,
        Position,
        WordBefore1,
        Capitalized,
        NextIsThat,
        LemmaGuess,
        LemmaAfter1,
    }

    /// <summary>Writes the features of token <paramref name="t"/> and returns how many there are; the one place they
    /// are defined, shared by training and detection.</summary>
    public static int Extract(Context context, int t, Span<ulong> features)
    {
        ArgumentNullException.ThrowIfNull(context);
        var doc = context.Document;
        var tokens = doc.Tokens;
        var tags = doc.Tags;
        var sentence = doc.Sentences[context.SentenceOf[t]];
        var n = 0;
        var word = doc[tokens[t]];
        var lower = FeatureHash.OfLower(0, word);
        var upos = Upos(tags, t);
        var xpos = Xpos(tags, t);
        features[n++] = FeatureHash.Of((int)T.Bias);
        features[n++] = FeatureHash.Of((int)T.Word, lower, 0);
        features[n++] = FeatureHash.OfLower((int)T.Suffix3, word[^Math.Min(3, word.Length)..]);
        features[n++] = FeatureHash.Of((int)T.Upos, upos);
        features[n++] = FeatureHash.Of((int)T.Xpos, xpos);
        features[n++] = FeatureHash.Of((int)T.WordXpos, lower, FeatureHash.Of(0, xpos));
        features[n++] = FeatureHash.Of((int)T.LemmaGuess, FeatureHash.OfLower(0, LemmaGuess(word)), 0);

        var before1 = t - 1 >= sentence.First ? WordOf(doc, t - 1) : "<s>";
        var before2 = t - 2 >= sentence.First ? WordOf(doc, t - 2) : "<s>";
        var after1 = t + 1 < sentence.End ? WordOf(doc, t + 1) : "</s>";
        var after2 = t + 2 < sentence.End ? WordOf(doc, t + 2) : "</s>";
        features[n++] = FeatureHash.OfLower((int)T.Before1, before1);
        features[n++] = FeatureHash.OfLower((int)T.Before2, before2);
        features[n++] = FeatureHash.OfLower((int)T.After1, after1);
        features[n++] = FeatureHash.OfLower((int)T.After2, after2);
        features[n++] = FeatureHash.Of((int)T.WordAfter1, lower, FeatureHash.OfLower(0, after1));
        features[n++] = FeatureHash.Of((int)T.WordBefore1, FeatureHash.OfLower(0, before1), lower);
        features[n++] = FeatureHash.Of((int)T.LemmaAfter1, FeatureHash.OfLower(0, LemmaGuess(word)), FeatureHash.OfLower(0, after1));
        var xposBefore = t - 1 >= sentence.First ? Xpos(tags, t - 1) : "<s>";
        var xposAfter = t + 1 < sentence.End ? Xpos(tags, t + 1) : "</s>";
        features[n++] = FeatureHash.Of((int)T.XposBefore1, xposBefore);
        features[n++] = FeatureHash.Of((int)T.XposAfter1, xposAfter);
        features[n++] = FeatureHash.Of((int)T.UposBefore2, t - 2 >= sentence.First ? Upos(tags, t - 2) : "<s>");
        features[n++] = FeatureHash.Of((int)T.UposAfter2, t + 2 < sentence.End ? Upos(tags, t + 2) : "</s>");
        features[n++] = FeatureHash.Of((int)T.XposAfter12, FeatureHash.Of(0, xposAfter), FeatureHash.Of(0, t + 2 < sentence.End ? Xpos(tags, t + 2) : "</s>"));
        features[n++] = FeatureHash.Of((int)T.NextIsThat, FeatureHash.Of(0, xpos), after1 is "that" or ":" or "," ? FeatureHash.OfLower(0, after1) : 0);

        features[n++] = FeatureHash.Of((int)T.InQuote, context.InQuote[t] ? 1UL : 0UL, 0);
        var before = context.QuoteBefore[t];
        var after = context.QuoteAfter[t];
        var quoteBefore = before < 0 ? 0UL : (ulong)Math.Min(3, (t - before + 3) / 4);
        var quoteAfter = after < 0 ? 0UL : (ulong)Math.Min(3, (after - t + 3) / 4);

        features[n++] = FeatureHash.Of((int)T.QuoteBefore, quoteBefore, FeatureHash.Of(0, upos));
        features[n++] = FeatureHash.Of((int)T.QuoteAfter, quoteAfter, FeatureHash.Of(0, upos));
        if (context.Lexicons.TryGetCue(word, out var cue))
        {
            var bucket = cue.CueCount switch { < 10 => 1UL, < 150 => 2UL, < 1000 => 3UL, _ => 4UL };
            features[n++] = FeatureHash.Of((int)T.CueCount, bucket, 0);
            features[n++] = FeatureHash.Of((int)T.CueForm, (ulong)cue.Form + 1, FeatureHash.Of(0, xpos));
        }

        // who could be speaking: a name or a pronoun just before
        var entityLeft = 0UL;
        var pronounLeft = 0UL;
        for (var k = t - 1; k >= sentence.First && t - k <= 5; k--)
        {
            if (entityLeft == 0 && tags.Length == tokens.Length && tags[k].Entity is { Length: > 2 } e)
            {
                entityLeft = FeatureHash.Of(0, e.AsSpan(2));
            }

            if (pronounLeft == 0 && Upos(tags, k) is "PRON")
            {
                pronounLeft = (ulong)(t - k);
            }
        }

        features[n++] = FeatureHash.Of((int)T.EntityLeft, entityLeft, 0);
        features[n++] = FeatureHash.Of((int)T.PronounLeft, pronounLeft, 0);
        features[n++] = FeatureHash.Of((int)T.Position, (ulong)Math.Min(4, (t - sentence.First + 2) / 3), 0);
        features[n++] = FeatureHash.Of((int)T.Capitalized, word.Length > 0 && char.IsUpper(word[0]) ? 1UL : 0UL, t == sentence.First ? 1UL : 0UL);
        return n;
    }

    private static ReadOnlySpan<char> WordOf(Document doc, int t)
    {
        var word = doc[doc.Tokens[t]];
        return word.Length > 32 ? word[..32] : word;
    }

    private static string Upos(ImmutableArray<TokenTag> tags, int t) => t < tags.Length ? tags[t].Upos ?? "?" : "?";

    private static string Xpos(ImmutableArray<TokenTag> tags, int t) => t < tags.Length ? tags[t].Xpos ?? "?" : "?";

    // "attacked" -> "attack", "praises" -> "praise", "defending" -> "defend": crude, but the same in training and use
    private static ReadOnlySpan<char> LemmaGuess(ReadOnlySpan<char> word)
    {
        if (word.Length > 5 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return word[..^3];
        }

        if (word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            return word[..^2];
        }

        if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase))
        {
            return word[..^1];
        }

        return word;
    }
}
