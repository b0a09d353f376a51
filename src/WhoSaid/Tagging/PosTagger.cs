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
    /// <summary>The name of the embedded model file.</summary>
    public const string ModelName = "pos.wspm";

    private static readonly Lazy<PerceptronModel?> s_embedded = new(() =>
    {
        using var stream = Models.EmbeddedModel.Open(ModelName);
        return stream is null ? null : PerceptronModel.Load(stream);
    });

    private readonly PerceptronModel _model;
    private readonly string[] _upos;
    private readonly string[] _xpos;

    /// <summary>A tagger with the embedded model. Throws <see cref="InvalidOperationException"/> when the model is not
    /// embedded (not trained yet), so a pipeline fails when it is built, not on the first article.</summary>
    public PosTagger()
        : this(Embedded ?? throw new InvalidOperationException(
            $"The part-of-speech model '{ModelName}' is not embedded in WhoSaid.Models; train it with WhoSaid.Training."))
    {
    }

    public PosTagger(PerceptronModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
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

    /// <summary>Predicts the class of each token of one sentence, left to right, into <paramref name="classes"/>.</summary>
    public void Predict(ReadOnlySpan<char> text, ReadOnlySpan<Token> sentence, Span<int> classes)
    {
        Span<ulong> features = stackalloc ulong[PosFeatures.MaxFeatures];
        int tag1 = PosFeatures.NoTag, tag2 = PosFeatures.NoTag;
        for (var i = 0; i < sentence.Length; i++)
        {
            var n = PosFeatures.Extract(text, sentence, i, tag1, tag2, features);
            var c = _model.Predict(features[..n]);
            classes[i] = c;
            tag2 = tag1;
            tag1 = c;
        }
    }
}
