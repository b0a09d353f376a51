using System.Collections.Immutable;
using System.IO.Compression;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text;

namespace WhoSaid.Tagging;

/// <summary>The weights of a trained averaged perceptron: for each hashed feature, one weight per class. Immutable and
/// thread-safe; <see cref="Score"/> sums the weights of a token's features. Stored as a gzip stream of a small binary
/// format: "WSPM", version, the class names, then every feature with its non-zero weights.</summary>
public sealed class PerceptronModel
{
    private const int Version = 1;

    // feature -> run in _weights, an open-addressing table (linear probing, at most 2/3 full; Count 0 is empty):
    // one probe usually finds the row, and the CPU can overlap the cache misses of a token's many features.
    private readonly Row[] _rows;
    private readonly int _mask;
    private readonly int _shift;
    private readonly int _count;
    private readonly (ushort Class, float Weight)[] _weights;

    // rows with many non-zero weights (the bias, tag features) kept dense and added with SIMD: Row.Count is negative
    // and Row.Start indexes _dense
    private readonly float[] _dense;

    public PerceptronModel(ImmutableArray<string> classes, IReadOnlyDictionary<ulong, float[]> weights)
        : this(classes, weights?.Count ?? throw new ArgumentNullException(nameof(weights)), weights.Select(w => (w.Key, w.Value)))
    {
    }

    // rows may share one buffer (Load reuses it): only their non-zero weights are copied
    private PerceptronModel(ImmutableArray<string> classes, int rowCount, IEnumerable<(ulong Feature, float[] Row)> weights)
    {
        Classes = classes;
        var capacity = 16;
        while (capacity < rowCount + rowCount / 2)
        {
            capacity *= 2;
        }

        _rows = new Row[capacity];
        _mask = capacity - 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
        var flat = new List<(ushort, float)>();
        var dense = new List<float>();
        var denseFrom = Math.Max(8, classes.Length / 8);
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
                var i = Slot(feature);
                while (_rows[i].Count != 0)
                {
                    i = (i + 1) & _mask;
                }

                var count = flat.Count - start;
                if (count >= denseFrom)
                {
                    _rows[i] = new Row(feature, dense.Count, -count);
                    var full = new float[classes.Length];
                    row.AsSpan(0, Math.Min(row.Length, full.Length)).CopyTo(full);
                    dense.AddRange(full);
                }
                else
                {
                    _rows[i] = new Row(feature, start, count);
                }

                _count++;
            }
        }

        _weights = [.. flat];
        _dense = [.. dense];
    }

    /// <summary>The class names (tags), in class-index order.</summary>
    public ImmutableArray<string> Classes { get; }

    public int FeatureCount => _count;

    /// <summary>Adds the weights of <paramref name="features"/> into <paramref name="scores"/> (one slot per class).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        // The time is in cache misses, two a feature (its slot, then its weights). So first touch every feature's
        // slot, then every found row's weights, then add: the misses of a token's features overlap instead of
        // following one another.
        var rows = _rows.AsSpan();
        Span<int> found = features.Length <= 128 ? stackalloc int[features.Length] : new int[features.Length];
        for (var k = 0; k < features.Length; k++)
        {
            Prefetch(ref rows[Slot(features[k])]);
        }

        for (var k = 0; k < features.Length; k++)
        {
            var f = features[k];
            found[k] = -1;
            for (var i = Slot(f); rows[i].Count != 0; i = (i + 1) & _mask)
            {
                if (rows[i].Feature == f)
                {
                    found[k] = i;
                    if (rows[i].Count < 0)
                    {
                        Prefetch(ref _dense[rows[i].Start]);
                    }
                    else
                    {
                        Prefetch(ref _weights[rows[i].Start]);
                    }

                    break;
                }
            }
        }

        var weights = _weights.AsSpan();
        foreach (var i in found)
        {
            if (i < 0)
            {
                continue;
            }

            var row = rows[i];
            if (row.Count < 0)
            {
                AddDense(_dense.AsSpan(row.Start, Classes.Length), scores);
            }
            else
            {
                foreach (var (c, w) in weights.Slice(row.Start, row.Count))
                {
                    scores[c] += w;
                }
            }
        }
    }

    private static unsafe void Prefetch<T>(ref T location)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref location));
        }
    }

    /// <summary>The index of the best class for <paramref name="features"/>.</summary>
    public int Predict(ReadOnlySpan<ulong> features) => Predict(features, out _);

    /// <summary>The index of the best class for <paramref name="features"/>, and by how much its score beats the
    /// runner-up's (how sure the model is).</summary>
    public int Predict(ReadOnlySpan<ulong> features, out float margin)
    {
        Span<float> scores = Classes.Length <= 256 ? stackalloc float[Classes.Length] : new float[Classes.Length];
        Score(features, scores);
        var best = ArgMax(scores);
        if (scores.Length < 2)
        {
            margin = float.PositiveInfinity;
            return best;
        }

        var top = scores[best];
        scores[best] = float.NegativeInfinity;
        margin = top - scores[ArgMax(scores)];
        return best;
    }

    // the first index of the largest score: the largest value with SIMD, then its first position
    private static int ArgMax(ReadOnlySpan<float> scores)
    {
        var max = float.NegativeInfinity;
        var k = 0;
        if (scores.Length >= Vector<float>.Count)
        {
            var m = new Vector<float>(scores);
            for (k = Vector<float>.Count; k <= scores.Length - Vector<float>.Count; k += Vector<float>.Count)
            {
                m = Vector.Max(m, new Vector<float>(scores[k..]));
            }

            for (var j = 0; j < Vector<float>.Count; j++)
            {
                max = Math.Max(max, m[j]);
            }
        }

        for (; k < scores.Length; k++)
        {
            max = Math.Max(max, scores[k]);
        }

        var best = scores.IndexOf(max);
        return best < 0 ? 0 : best;
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

        writer.Write(_count);

        // sorted by feature, so that saving the same weights twice writes the same bytes
        foreach (var row in _rows.Where(r => r.Count != 0).OrderBy(r => r.Feature))
        {
            writer.Write(row.Feature);
            if (row.Count < 0)
            {
                writer.Write((ushort)-row.Count);
                var dense = _dense.AsSpan(row.Start, Classes.Length);
                for (var c = 0; c < dense.Length; c++)
                {
                    if (dense[c] != 0)
                    {
                        writer.Write((ushort)c);
                        writer.Write((Half)dense[c]);
                    }
                }

                continue;
            }

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

        // BinaryReader reads a few bytes a call: buffered, so that each call is not a call into the decompressor
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var reader = new BinaryReader(buffered, Encoding.UTF8);
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
        var classCount = classes.Count;
        return new PerceptronModel(classes.MoveToImmutable(), count, Rows());

        IEnumerable<(ulong, float[])> Rows()
        {
            var row = new float[classCount];
            for (var i = 0; i < count; i++)
            {
                Array.Clear(row);
                var feature = reader.ReadUInt64();
                int n = reader.ReadUInt16();
                for (var k = 0; k < n; k++)
                {
                    var c = reader.ReadUInt16();
                    row[c] = (float)reader.ReadHalf();
                }

                yield return (feature, row);
            }
        }
    }

    private static void AddDense(ReadOnlySpan<float> row, Span<float> scores)
    {
        var k = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            ref var r = ref MemoryMarshal.GetReference(row);
            ref var o = ref MemoryMarshal.GetReference(scores);
            for (; k <= row.Length - Vector512<float>.Count; k += Vector512<float>.Count)
            {
                (Vector512.LoadUnsafe(ref o, (nuint)k) + Vector512.LoadUnsafe(ref r, (nuint)k)).StoreUnsafe(ref o, (nuint)k);
            }
        }

        for (; k <= row.Length - Vector<float>.Count; k += Vector<float>.Count)
        {
            (new Vector<float>(scores[k..]) + new Vector<float>(row[k..])).CopyTo(scores[k..]);
        }

        for (; k < row.Length; k++)
        {
            scores[k] += row[k];
        }
    }

    // Fibonacci hashing: the top bits of the product depend on every bit of the feature (FNV's low bits do not)
    private int Slot(ulong feature) => (int)((feature * 0x9E3779B97F4A7C15UL) >> _shift);

    private readonly record struct Row(ulong Feature, int Start, int Count);
}
