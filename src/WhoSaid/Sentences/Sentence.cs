using WhoSaid.Text;

namespace WhoSaid.Sentences;

/// <summary>A sentence: a run of tokens [First, First + Count) inside paragraph <see cref="Paragraph"/>.</summary>
public readonly record struct Sentence(int First, int Count, int Paragraph, TextSpan Span)
{
    public int End => First + Count;
}

/// <summary>A paragraph: a run of tokens and sentences, separated from its neighbours by a line break.</summary>
public readonly record struct Paragraph(int First, int Count, int FirstSentence, int SentenceCount, TextSpan Span)
{
    public int End => First + Count;
}
