using System.Collections.Immutable;
using WhoSaid.Text;

namespace WhoSaid.Attribution;

/// <summary>Text between a pair of quotation marks. A quote that runs over several paragraphs (each reopened with a
/// mark) has one piece a paragraph; the marks themselves are outside the pieces.</summary>
public sealed record QuotedSpan(
    int OpenToken,
    int CloseToken,
    int Level,
    ImmutableArray<TextSpan> Pieces)
{
    /// <summary>False when the text ended (or the paragraph ended with no reopening) before a closing mark.</summary>
    public bool IsClosed => CloseToken >= 0;

    public TextSpan Inner => TextSpan.FromBounds(Pieces[0].Start, Pieces[^1].End);
}
