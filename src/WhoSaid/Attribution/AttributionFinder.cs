using System.Collections.Immutable;
using WhoSaid.Lexicons;
using WhoSaid.Pipeline;
using WhoSaid.Text;

namespace WhoSaid.Attribution;

/// <summary>Finds attributions: direct quotes with their cue and speaker, indirect and mixed reported speech,
/// "according to", accusations and denials, intentions, headline attributions, and the reporting sources kept apart
/// from the speaker. Rules over tokens, sentences and quotation marks; speakers are resolved afterwards by
/// <see cref="Coreference.SpeakerResolver"/>. Where the document is tagged, the learned <see cref="CueModel"/> (the
/// embedded one unless another is given) adds the cues the reporting-verb lexicon lacks.</summary>
public sealed class AttributionFinder(LexiconSet lexicons, AttributionOptions? options = null, CueModel? cues = null) : IPipelineComponent
{
    private readonly CueModel? _cues = cues ?? CueModel.Embedded;

    public AttributionOptions Options { get; } = options ?? new AttributionOptions();

    public string Name => "attribution";

    public Annotations Requires => Annotations.Tokens | Annotations.Sentences | Annotations.Paragraphs | Annotations.QuotationMarks | Annotations.Debris;

    public Annotations Provides => Annotations.Quotes;

    public Document Process(Document document, CancellationToken cancellationToken) =>
        document with { Quotes = Find(document, cancellationToken), Has = document.Has | Provides };

    /// <summary>The attributions of <paramref name="document"/>, in text order, without writing them into it.</summary>
    public ImmutableArray<Quote> Find(Document document, CancellationToken cancellationToken = default) =>
        new ArticleScanner(document, lexicons, Options, document.Tags.Length == document.Tokens.Length ? _cues : null, cancellationToken).Run();
}
