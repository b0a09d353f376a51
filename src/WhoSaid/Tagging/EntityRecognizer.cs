using System.Buffers;
using System.Collections.Immutable;
using WhoSaid.Lexicons;
using WhoSaid.Models;
using WhoSaid.Pipeline;
using WhoSaid.Text;
using WhoSaid.Tokens;

namespace WhoSaid.Tagging;

/// <summary>Tags people, organisations and places (IOB2: B-PER, I-ORG, ...) with the averaged perceptron in the embedded
/// <c>ner.wspm</c>, greedily left to right in each sentence. Keeps the part-of-speech tags already on the document.</summary>
public sealed class EntityRecognizer : IPipelineComponent
{
    private static readonly Lazy<PerceptronModel> s_model = new(LoadEmbedded);

    private readonly PerceptronModel _model;
    private readonly NerFeatures _features;
    private readonly string[] _classes;

    /// <summary>The recogniser with the embedded model and lexicons.</summary>
    public EntityRecognizer(LexiconSet? lexicons = null)
        : this(s_model.Value, lexicons)
    {
    }

    public EntityRecognizer(PerceptronModel model, LexiconSet? lexicons = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!model.Classes.SequenceEqual(NerFeatures.Classes))
        {
            throw new ArgumentException("not an entity model: its classes are " + string.Join(' ', model.Classes), nameof(model));
        }

        _model = model;
        _features = new NerFeatures(lexicons ?? LexiconSet.Default);
        _classes = [.. model.Classes];
    }

    public string Name => "entities";

    public Annotations Requires => Annotations.Tokens | Annotations.Sentences;

    public Annotations Provides => Annotations.NamedEntities;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var classes = new int[document.Tokens.Length];
        var sentences = document.Sentences;
        for (var s = 0; s < sentences.Length; s++)
        {
            if ((s & 0xFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var sentence = sentences[s];
            Predict(document.Text, document.Tokens.AsSpan().Slice(sentence.First, sentence.Count), classes.AsSpan(sentence.First, sentence.Count));
        }

        return document with { Tags = Write(document, classes), Has = document.Has | Annotations.NamedEntities };
    }

    /// <summary>The class index (into <see cref="NerFeatures.Classes"/>) of each token of one sentence.</summary>
    public void Predict(string text, ReadOnlySpan<Token> sentence, Span<int> classes)
    {
        if (sentence.IsEmpty)
        {
            return;
        }

        var rented = ArrayPool<NerToken>.Shared.Rent(sentence.Length);
        try
        {
            var info = rented.AsSpan(0, sentence.Length);
            _features.Describe(text, sentence, info);
            Span<ulong> features = stackalloc ulong[NerFeatures.MaxFeatures];
            Span<float> scores = stackalloc float[NerFeatures.Classes.Length];
            int p1 = 0, p2 = 0;
            for (var i = 0; i < sentence.Length; i++)
            {
                var n = NerFeatures.Extract(info, i, p1, p2, features);
                scores.Clear();
                _model.Score(features[..n], scores);
                var best = 0;
                for (var c = 1; c < scores.Length; c++)
                {
                    if (scores[c] > scores[best] && NerFeatures.Allowed(p1, c))
                    {
                        best = c;
                    }
                }

                classes[i] = best;
                p2 = p1;
                p1 = best;
            }

            WholeKnownOrganizations(info, classes);
        }
        finally
        {
            ArrayPool<NerToken>.Shared.Return(rented);
        }
    }

    // An organisation the lexicons know by its whole name ("the Associated Press") is tagged whole when the model
    // tags any part of it as an organisation.
    private static void WholeKnownOrganizations(ReadOnlySpan<NerToken> info, Span<int> classes)
    {
        const int BeginOrg = 3, InsideOrg = 4;
        for (var i = 0; i < info.Length; i++)
        {
            var kind = info[i].Flags & (NerGazetteer.Agency | NerGazetteer.Organization);
            if ((info[i].Flags & NerGazetteer.NameStart) == 0 || kind == NerGazetteer.None)
            {
                continue;
            }

            var end = i + 1;
            while (end < info.Length && (info[end].Flags & kind) != 0 && (info[end].Flags & NerGazetteer.NameStart) == 0)
            {
                end++;
            }

            if (!classes[i..end].ContainsAny(BeginOrg, InsideOrg))
            {
                continue;
            }

            classes[i] = BeginOrg;
            classes[(i + 1)..end].Fill(InsideOrg);
            if (end < classes.Length && classes[end] is 2 or 6)
            {
                classes[end]--; // an I-PER or I-LOC after the name starts its own
            }

            i = end - 1;
        }
    }

    private ImmutableArray<TokenTag> Write(Document document, int[] classes)
    {
        var old = document.Tags;
        var tags = new TokenTag[classes.Length];
        for (var i = 0; i < tags.Length; i++)
        {
            var entity = _classes[classes[i]];
            tags[i] = old.Length == tags.Length ? old[i] with { Entity = entity } : new TokenTag(null, null, entity);
        }

        return ImmutableArray.Create(tags);
    }

    private static PerceptronModel LoadEmbedded()
    {
        using var stream = EmbeddedModel.Open("ner.wspm")
            ?? throw new InvalidOperationException("the entity model ner.wspm is not embedded in WhoSaid.Models (run whosaid-train)");
        return PerceptronModel.Load(stream);
    }
}
