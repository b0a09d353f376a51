using WhoSaid.Attribution;
using WhoSaid.Coreference;
using WhoSaid.Lexicons;
using WhoSaid.Sentences;
using WhoSaid.Tagging;
using WhoSaid.Tokens;

namespace WhoSaid.Pipeline;

/// <summary>Assembles components into a <see cref="WhoSaidPipeline"/>, checking at <see cref="Build"/> that each
/// component's requirements are provided by the components before it.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IPipelineComponent> _components = [];
    private PipelineOptions _options = new();

    public PipelineBuilder Use(IPipelineComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        _components.Add(component);
        return this;
    }

    public PipelineBuilder WithOptions(PipelineOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        return this;
    }

    /// <summary>Tokens, sentences, the part-of-speech tagger and the entity recogniser, quotation marks, debris,
    /// attributions and speaker resolution, with the embedded lexicons and models. Without <paramref name="models"/>, the
    /// taggers are left out: the attribution rules then decide verbs and names from the lexicons and word shapes alone,
    /// several times faster and slightly less accurately (<see cref="WhoSaidPipeline.Fast"/>).</summary>
    public PipelineBuilder UseDefaults(LexiconSet? lexicons = null, bool models = true)
    {
        lexicons ??= LexiconSet.Default;
        Use(new Tokenizer()).Use(new SentenceSplitter());
        if (models)
        {
            Use(new PosTagger()).Use(new EntityRecognizer(lexicons));
        }

        return Use(new QuotationMarkFinder())
            .Use(new DebrisDetector())
            .Use(new AttributionFinder(lexicons))
            .Use(new SpeakerResolver(lexicons));
    }

    public WhoSaidPipeline Build()
    {
        var have = Annotations.None;
        foreach (var component in _components)
        {
            var missing = component.Requires & ~have;
            if (missing != Annotations.None)
            {
                throw new InvalidOperationException(
                    $"Pipeline component '{component.Name}' requires {missing}, which no earlier component provides.");
            }

            have |= component.Provides;
        }

        return new WhoSaidPipeline([.. _components], _options);
    }
}
