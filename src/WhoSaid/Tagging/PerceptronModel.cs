using System.Collections.Frozen;
using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;

namespace WhoSaid.Tagging;

/// <summary>The weights of a trained averaged perceptron: for each hashed feature, one weight per class. Immutable and
/// thread-safe; <see cref="Score"/> sums the weights of a token's features. Stored as a gzip stream of a small binary
/// format: "WSPM", version, the class names, then every feature with its non-zero weights.</summary>
public sealed class PerceptronModel
{
    private const int Version = 1;
    private readonly FrozenDictionary<ulong, (int Start, int Count)> _rows; // feature -> run in _weights
    private readonly (ushort Class, float Weight)[] _weights;

    public PerceptronModel(ImmutableArray<string> classes, IReadOnlyDictionary<ulong, float[]> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        Classes = classes;
        var rows = new Dictionary<ulong, (int, int)>(weights.Count);
        var flat = new List<(ushort, float)>();
        foreach (var (feature, row) in weights)
        {
            var start = flat.Count;
            for (var c = 0; c < row.Length && c < classes.Length; c++)
            {
                if (row[c] != 0)
                {
                    flat.Add(((ushort)c, row[c]));
                }
            }

            if (flat.Count > start)
            {
                rows[feature] = (start, flat.Count - start);
            }
        }

        _rows = rows.ToFrozenDictionary();
        _weights = [.. flat];
    }

    /// <summary>The class names (tags), in class-index order.</summary>
    public ImmutableArray<string> Classes { get; }

    public int FeatureCount => _rows.Count;

    /// <summary>Adds the weights of <paramref name="features"/> into <paramref name="scores"/> (one slot per class).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var weights = _weights.AsSpan();
        foreach (var f in features)
        {
            if (_rows.TryGetValue(f, out var row))
            {
                foreach (var (c, w) in weights.Slice(row.Start, row.Count))
                {
                    scores[c] += w;
                }
            }
        }
    }

    /// <summary>The index of the best class for <paramref name="features"/>.</summary>
    public int Predict(ReadOnlySpan<ulong> features)
    {
        Span<float> scores = Classes.Length <= 256 ? stackalloc float[Classes.Length] : new float[Classes.Length];
        Score(features, scores);
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write("WSPM"u8);
        writer.Write(Version);
        writer.Write(Classes.Length);
        foreach (var c in Classes)
        {
            writer.Write(c);
        }

        writer.Write(_rows.Count);

        // sorted by feature, so that saving the same weights twice writes the same bytes
        foreach (var (feature, row) in _rows.OrderBy(r => r.Key))
        {
            writer.Write(feature);
            writer.Write((ushort)row.Count);
            foreach (var (c, w) in _weights.AsSpan(row.Start, row.Count))
            {
                writer.Write(c);
                writer.Write((Half)w);
            }
        }
    }

    public static PerceptronModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip, Encoding.UTF8);
        if (!reader.ReadBytes(4).AsSpan().SequenceEqual("WSPM"u8) || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("not a WhoSaid perceptron model (version 1)");
        }

        var classes = ImmutableArray.CreateBuilder<string>(reader.ReadInt32());
        for (var i = 0; i < classes.Capacity; i++)
        {
            classes.Add(reader.ReadString());
        }

        var count = reader.ReadInt32();
        var weights = new Dictionary<ulong, float[]>(count);
        for (var i = 0; i < count; i++)
        {
            var feature = reader.ReadUInt64();
            var row = new float[classes.Count];
            int n = reader.ReadUInt16();
            for (var k = 0; k < n; k++)
            {
                var c = reader.ReadUInt16();
                row[c] = (float)reader.ReadHalf();
            }

            weights[feature] = row;
        }

        return new PerceptronModel(classes.MoveToImmutable(), weights);
    }
}
