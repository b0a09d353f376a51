using System.Collections.Immutable;
using WhoSaid.Text;

namespace WhoSaid.Pipeline;

/// <summary>An immutable, thread-safe chain of components that turns article text into an annotated
/// <see cref="Document"/>. Build it once and share it.</summary>
public sealed class WhoSaidPipeline
{
    private static readonly Lazy<WhoSaidPipeline> s_default = new(() => new PipelineBuilder().UseDefaults().Build());

    internal WhoSaidPipeline(ImmutableArray<IPipelineComponent> components, PipelineOptions options)
    {
        Components = components;
        Options = options;
    }

    private static readonly Lazy<WhoSaidPipeline> s_fast = new(() => new PipelineBuilder().UseDefaults(models: false).Build());

    /// <summary>The default pipeline with the embedded lexicons and models, created on first use.</summary>
    public static WhoSaidPipeline Default => s_default.Value;

    /// <summary>The default pipeline without the part-of-speech tagger and the entity recogniser: several times faster,
    /// slightly less accurate, and no <see cref="Document.Tags"/>.</summary>
    public static WhoSaidPipeline Fast => s_fast.Value;

    public ImmutableArray<IPipelineComponent> Components { get; }

    public PipelineOptions Options { get; }

    /// <summary>Annotates <paramref name="text"/>. Throws <see cref="ArticleTooLargeException"/> past
    /// <see cref="PipelineOptions.MaxTextLength"/> and <see cref="TimeoutException"/> past
    /// <see cref="PipelineOptions.Timeout"/>.</summary>
    public Document Process(string id, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > Options.MaxTextLength)
        {
            throw new ArticleTooLargeException(id, text.Length, Options.MaxTextLength);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.Timeout);
        var document = new Document(id, text);
        try
        {
            foreach (var component in Components)
            {
                timeout.Token.ThrowIfCancellationRequested();
                document = component.Process(document, timeout.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Article '{id}' took longer than {Options.Timeout.TotalSeconds:0.#} s.");
        }

        return document;
    }
}

/// <summary>The article is longer than the pipeline's <see cref="PipelineOptions.MaxTextLength"/>.</summary>
public sealed class ArticleTooLargeException(string id, int length, int limit)
    : Exception($"Article '{id}' has {length:N0} characters; the limit is {limit:N0}.")
{
    public int ArticleLength { get; } = length;

    public int Limit { get; } = limit;
}
