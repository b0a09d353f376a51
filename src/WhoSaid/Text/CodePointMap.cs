namespace WhoSaid.Text;

/// <summary>Converts UTF-16 positions of a text into Unicode code point positions, the offsets of the JSON contract,
/// so that text with characters beyond U+FFFF lines up for Python, JavaScript and C# readers alike.</summary>
public sealed class CodePointMap
{
    private readonly int[]? _surrogatesBefore; // null when the text has no surrogate pairs: positions are equal

    public CodePointMap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return;
        }

        _surrogatesBefore = new int[text.Length + 1];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            _surrogatesBefore[i] = n;
            if (char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]))
            {
                n++;
            }
        }

        _surrogatesBefore[text.Length] = n;
    }

    public int ToCodePoint(int utf16Position) => _surrogatesBefore is null ? utf16Position : utf16Position - _surrogatesBefore[utf16Position];
}
