namespace WhoSaid.Tests.Support;

/// <summary>Text indexed the way Python indexes str: by code points, a lone surrogate counting as one.</summary>
internal static class CodePoints
{
    public static List<string> Split(string text)
    {
        var codePoints = new List<string>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoints.Add(text.Substring(i, 2));
                i++;
            }
            else
            {
                codePoints.Add(text[i].ToString());
            }
        }

        return codePoints;
    }

    /// <summary>Python's <c>text[start:end]</c>.</summary>
    public static string Slice(string text, int start, int end) => string.Concat(Split(text).Skip(start).Take(end - start));
}
