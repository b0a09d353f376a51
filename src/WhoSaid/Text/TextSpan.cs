namespace WhoSaid.Text;

/// <summary>A half-open range [Start, End) of UTF-16 positions in a document's text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public bool IsEmpty => Length == 0;

    public static TextSpan FromBounds(int start, int end) => new(start, Math.Max(0, end - start));

    public bool Contains(int position) => position >= Start && position < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public override string ToString() => $"[{Start}..{End})";
}
