using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using WhoSaid.Models;
using WhoSaid.Pipeline;
using WhoSaid.Text;
using WhoSaid.Tokens;

namespace WhoSaid.Tagging;

/// <summary>Tags each token with its Universal and Penn Treebank part of speech: a greedy left-to-right averaged
/// perceptron (<see cref="PosFeatures"/>) whose classes are "UPOS|XPOS" pairs, trained on UD English-EWT by
/// WhoSaid.Training. Writes <see cref="Document.Tags"/>, keeping any entity tags already there.</summary>
public sealed class PosTagger : IPipelineComponent
{
    /// <summary>The name of the embedded model file (the first, left-to-right pass).</summary>
    public const string ModelName = "pos.wspm";

    /// <summary>The name of the embedded model of the second pass, which also sees the first pass's tags to the right.</summary>
    public const string SecondModelName = "pos-2.wspm";

    private static readonly Lazy<PerceptronModel?> s_embedded = new(() => Load(ModelName));
    private static readonly Lazy<PerceptronModel?> s_embeddedSecond = new(() => Load(SecondModelName));

    private readonly PerceptronModel _model;
    private readonly PerceptronModel? _second;
    private readonly string[] _upos;
    private readonly string[] _xpos;

    /// <summary>A tagger with the embedded model. Throws <see cref="InvalidOperationException"/> when the model is not
    /// embedded (not trained yet), so a pipeline fails when it is built, not on the first article.</summary>
    public PosTagger()
        : this(Embedded ?? throw new InvalidOperationException(
            $"The part-of-speech model '{ModelName}' is not embedded in WhoSaid.Models; train it with WhoSaid.Training."), s_embeddedSecond.Value)
    {
    }

    /// <summary>A tagger with the given models: <paramref name="model"/> tags left to right; <paramref name="second"/>,
    /// when given, tags again seeing the first pass's tags on both sides. Both must have the same classes.</summary>
    public PosTagger(PerceptronModel model, PerceptronModel? second = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (second is not null && !second.Classes.SequenceEqual(model.Classes))
        {
            throw new ArgumentException("the second-pass model has other classes than the first", nameof(second));
        }

        _model = model;
        _second = second;
        _upos = new string[model.Classes.Length];
        _xpos = new string[model.Classes.Length];
        for (var c = 0; c < model.Classes.Length; c++)
        {
            var name = model.Classes[c];
            var bar = name.IndexOf('|', StringComparison.Ordinal);
            (_upos[c], _xpos[c]) = bar < 0 ? (name, name) : (name[..bar], name[(bar + 1)..]);
        }
    }

    /// <summary>The embedded model, loaded on first use; null when it is not embedded.</summary>
    public static PerceptronModel? Embedded => s_embedded.Value;

    public string Name => "pos";

    /// <summary>How far the first pass's best class must beat its runner-up for the second pass to keep it without
    /// scoring the token again (tuned on UD English-EWT dev); <see cref="float.PositiveInfinity"/> rescores every token.</summary>
    public float SecondPassMargin { get; init; } = DefaultSecondPassMargin;

    /// <summary>The default <see cref="SecondPassMargin"/>.</summary>
    public const float DefaultSecondPassMargin = 20f;

    private static PerceptronModel? Load(string name)
    {
        using var stream = Models.EmbeddedModel.Open(name);
        return stream is null ? null : PerceptronModel.Load(stream);
    }

    public Annotations Requires => Annotations.Tokens | Annotations.Sentences;

    public Annotations Provides => Annotations.PartsOfSpeech;

    /// <summary>The (UPOS, XPOS) of class <paramref name="c"/>; the strings are shared, not copied.</summary>
    public (string Upos, string Xpos) TagOf(int c) => (_upos[c], _xpos[c]);

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        var tokens = document.Tokens.AsSpan();
        var old = document.Tags;
        var tags = new TokenTag[tokens.Length];
        if (old.Length == tokens.Length)
        {
            for (var i = 0; i < tags.Length; i++)
            {
                tags[i] = new TokenTag(null, null, old[i].Entity);
            }
        }

        var buffer = ArrayPool<int>.Shared.Rent(64);
        try
        {
            foreach (var sentence in document.Sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (sentence.Count <= 0 || sentence.First < 0 || sentence.End > tokens.Length)
                {
                    continue;
                }

                if (buffer.Length < sentence.Count)
                {
                    ArrayPool<int>.Shared.Return(buffer);
                    buffer = ArrayPool<int>.Shared.Rent(sentence.Count);
                }

                Predict(document.Text, tokens.Slice(sentence.First, sentence.Count), buffer);
                for (var i = 0; i < sentence.Count; i++)
                {
                    var c = buffer[i];
                    ref var tag = ref tags[sentence.First + i];
                    tag = tag with { Upos = _upos[c], Xpos = _xpos[c] };
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }

        return document with { Tags = ImmutableCollectionsMarshal.AsImmutableArray(tags), Has = document.Has | Annotations.PartsOfSpeech };
    }

    /// <summary>Predicts the class of each token of one sentence into <paramref name="classes"/>.</summary>
    public void Predict(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentence, Span<int> classes)
    {
        var rentedInfo = sentence.Length > 64 ? ArrayPool<PosToken>.Shared.Rent(sentence.Length) : null;
        var info = rentedInfo is null ? stackalloc PosToken[sentence.Length] : rentedInfo.AsSpan(0, sentence.Length);
        PosFeatures.Describe(text, sentence, info);
        if (_second is null)
        {
            Decode(_model, info, [], classes, [], [], float.PositiveInfinity);
        }
        else
        {
            var rented = sentence.Length > 256 ? ArrayPool<int>.Shared.Rent(sentence.Length) : null;
            var first = rented is null ? stackalloc int[sentence.Length] : rented.AsSpan(0, sentence.Length);
            var rentedMargins = sentence.Length > 256 ? ArrayPool<float>.Shared.Rent(sentence.Length) : null;
            var margins = rentedMargins is null ? stackalloc float[sentence.Length] : rentedMargins.AsSpan(0, sentence.Length);
            Decode(_model, info, [], first, margins, [], float.PositiveInfinity);
            Decode(_second, info, first, classes, [], margins, SecondPassMargin);
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
                ArrayPool<float>.Shared.Return(rentedMargins!);
            }
        }

        if (rentedInfo is not null)
        {
            ArrayPool<PosToken>.Shared.Return(rentedInfo);
        }
    }

    /// <summary>One greedy left-to-right pass of <paramref name="model"/> over a sentence, scoring every token;
    /// <paramref name="guesses"/> are the classes of an earlier pass (empty for the first). Training decodes with
    /// this.</summary>
    public static void Decode(PerceptronModel model, ReadOnlySpan<char> text, ReadOnlySpan<Token> sentence, ReadOnlySpan<int> guesses, Span<int> classes)
    {
        ArgumentNullException.ThrowIfNull(model);
        var info = new PosToken[sentence.Length];
        PosFeatures.Describe(text, sentence, info);
        Decode(model, info, guesses, classes, [], [], float.PositiveInfinity);
    }

    // One pass; a token whose earlier guess beat its runner-up by at least sureAbove in guessMargins keeps its guess
    // without being scored. margins, when not empty, receives each prediction's margin.
    private static void Decode(PerceptronModel model, ReadOnlySpan<PosToken> info, ReadOnlySpan<int> guesses, Span<int> classes,
        Span<float> margins, ReadOnlySpan<float> guessMargins, float sureAbove)
    {
        Span<ulong> features = stackalloc ulong[PosFeatures.MaxFeatures];
        int tag1 = PosFeatures.NoTag, tag2 = PosFeatures.NoTag;
        for (var i = 0; i < info.Length; i++)
        {
            int c;
            var margin = float.PositiveInfinity;
            if (!guessMargins.IsEmpty && guessMargins[i] >= sureAbove)
            {
                c = guesses[i];
            }
            else
            {
                var n = PosFeatures.Extract(info, i, tag1, tag2, guesses, features);
                c = model.Predict(features[..n], out margin);
            }

            classes[i] = c;
            if (!margins.IsEmpty)
            {
                margins[i] = margin;
            }

            tag2 = tag1;
            tag1 = c;
        }
    }
}
