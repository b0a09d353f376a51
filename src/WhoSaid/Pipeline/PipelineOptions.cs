namespace WhoSaid.Pipeline;

/// <summary>Limits a caller can set on each run of a pipeline.</summary>
public sealed record PipelineOptions
{
    /// <summary>Longest article text accepted, in UTF-16 code units (default 10 million, about 10 MB of ASCII).</summary>
    public int MaxTextLength { get; init; } = 10_000_000;

    /// <summary>Longest time one article may take before the run is abandoned (default 30 s).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}
