using System.Collections.Immutable;
using WhoSaid.Text;

namespace WhoSaid.Attribution;

public enum QuoteKind
{
    /// <summary>All content inside quotation marks.</summary>
    Direct,

    /// <summary>Reported speech without quotation marks.</summary>
    Indirect,

    /// <summary>Reported speech with quoted fragments.</summary>
    Mixed,
}

/// <summary>An outlet in the reporting chain ("according to AP"): it reported the quote, it did not say it.</summary>
public sealed record Source(string Name, TextSpan Mention);

/// <summary>One attribution: what was said (content spans), the cue, where the speaker is named, and who reported it.
/// <see cref="Entity"/> indexes <see cref="Document.Entities"/> once speakers are resolved.</summary>
public sealed record Quote(
    QuoteKind Kind,
    ImmutableArray<TextSpan> Content,
    TextSpan? Cue,
    TextSpan? SpeakerMention,
    ImmutableArray<Source> Sources,
    int Paragraph,
    double Confidence,
    string Pattern)
{
    /// <summary>The speaker entity, or -1 when there is none or it is not resolved.</summary>
    public int Entity { get; init; } = -1;

    /// <summary>For a quotation with no cue of its own, the index of the quote it continues (same speaker); else -1.</summary>
    public int Antecedent { get; init; } = -1;

    public TextSpan Extent => TextSpan.FromBounds(Content[0].Start, Content[^1].End);
}
