namespace WhoSaid.Tagging;

/// <summary>64-bit FNV-1a hashes of (template, value) feature strings, computed over spans without allocating.
/// A feature is its template id mixed with the characters of its value, so "w=said" and "p1=said" differ.</summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The hash of template <paramref name="template"/> alone (a bias or a flag feature).</summary>
    public static ulong Of(int template) => Mix(Offset, (ulong)template + 1);

    /// <summary>The hash of template <paramref name="template"/> with a text value, case as given.</summary>
    public static ulong Of(int template, ReadOnlySpan<char> value)
    {
        var h = Of(template);
        foreach (var c in value)
        {
            h = Mix(h, c);
        }

        return h;
    }

    /// <summary>The hash of template <paramref name="template"/> with a lower-cased text value.</summary>
    public static ulong OfLower(int template, ReadOnlySpan<char> value)
    {
        var h = Of(template);
        foreach (var c in value)
        {
            h = Mix(h, char.ToLowerInvariant(c));
        }

        return h;
    }

    /// <summary>The hash of template <paramref name="template"/> with two values (a conjunction feature).</summary>
    public static ulong Of(int template, ulong a, ulong b) => Mix(Mix(Of(template), a), b);

    private static ulong Mix(ulong h, ulong value)
    {
        h ^= value;
        return h * Prime;
    }
}
