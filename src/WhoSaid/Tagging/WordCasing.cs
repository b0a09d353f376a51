using System.Collections.Frozen;
using WhoSaid.Models;

namespace WhoSaid.Tagging;

/// <summary>How often each word is written with a capital when not at the start of a sentence, in a bucket: 1 never or
/// almost never, 2 rarely, 3 often, 4 always or almost always, each with the number of times seen (1, 2-4, 5+) in the
/// tens: 11 is "seen once, lower case", 34 "seen 5+ times, always capitalised". 0 is a word never seen. Counted by the
/// training command from CC-licensed text (ner_casing.txt: one "word TAB bucket" a line, lower case, no text).</summary>
public sealed class WordCasing
{
    private static readonly Lazy<WordCasing> s_embedded = new(() =>
    {
        using var stream = EmbeddedModel.Open("ner_casing.txt");
        return stream is null ? new WordCasing(new Dictionary<string, byte>()) : Read(new StreamReader(stream));
    });

    private readonly FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _buckets;

    public WordCasing(IReadOnlyDictionary<string, byte> buckets)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        _buckets = buckets.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        Count = buckets.Count;
    }

    /// <summary>The statistics embedded in WhoSaid.Models (empty when not trained yet).</summary>
    public static WordCasing Embedded => s_embedded.Value;

    public int Count { get; }

    /// <summary>The bucket of <paramref name="word"/> (any case), 0 when never seen.</summary>
    public byte BucketOf(ReadOnlySpan<char> word) => _buckets.TryGetValue(word, out var b) ? b : (byte)0;

    /// <summary>The bucket of a word seen <paramref name="capitalized"/> times capitalised out of <paramref name="total"/>
    /// times not at a sentence start.</summary>
    public static byte Bucket(int capitalized, int total)
    {
        var share = (double)capitalized / total;
        var kind = share < 0.05 ? 1 : share < 0.5 ? 2 : share < 0.95 ? 3 : 4;
        var seen = total == 1 ? 1 : total < 5 ? 2 : 3;
        return (byte)(seen * 10 + kind);
    }

    /// <summary>Reads "word TAB bucket" lines; '#' starts a comment line.</summary>
    public static WordCasing Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var buckets = new Dictionary<string, byte>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (line.Length == 0 || line[0] == '#' || tab <= 0)
            {
                continue;
            }

            buckets[line[..tab]] = byte.Parse(line.AsSpan(tab + 1), System.Globalization.CultureInfo.InvariantCulture);
        }

        return new WordCasing(buckets);
    }
}
