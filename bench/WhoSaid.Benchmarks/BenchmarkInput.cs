using System.Collections.Concurrent;
using System.Text;

namespace WhoSaid.Benchmarks;

/// <summary>A named set of article texts that a benchmark runs over, with its size in UTF-8 bytes for the MB/s
/// column. "invented-4KB" is an article written for this project; "bbc" is every readable article of the BBC News
/// corpus in ../shared, read at run time (research use: benchmarks only, never copied into the repository).</summary>
public sealed class BenchmarkInput
{
    public const string Invented = "invented-4KB";
    public const string Bbc = "bbc";

    private static readonly ConcurrentDictionary<string, BenchmarkInput> s_loaded = new();
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private BenchmarkInput(string name, IReadOnlyList<string> texts)
    {
        Name = name;
        Texts = texts;
        Utf8Bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
    }

    public string Name { get; }

    public IReadOnlyList<string> Texts { get; }

    public long Utf8Bytes { get; }

    /// <summary>The inputs on this machine: the BBC corpus only when ../shared is there.</summary>
    public static IEnumerable<string> Available()
    {
        yield return Invented;
        if (BbcFolder() is not null)
        {
            yield return Bbc;
        }
    }

    public static BenchmarkInput Load(string name) => s_loaded.GetOrAdd(name, static n => n switch
    {
        Invented => new BenchmarkInput(n, [ReadResource("Articles/river-tunnel.txt")]),
        Bbc => new BenchmarkInput(n, ReadFolder(BbcFolder() ?? throw new DirectoryNotFoundException("../shared/data/news/bbc not found"))),
        _ => throw new ArgumentException($"unknown benchmark input '{n}'", nameof(name)),
    });

    private static string ReadResource(string name)
    {
        using var stream = typeof(BenchmarkInput).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded article '{name}' is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    // Same selection as `whosaid bench`: every .txt except metadata named in capitals (README.TXT, SOURCE_COMMIT.txt),
    // strict UTF-8 (a file that is not valid UTF-8 is left out rather than read with replacement characters).
    private static List<string> ReadFolder(string folder)
    {
        var texts = new List<string>();
        var files = Directory.EnumerateFiles(folder, "*.txt", new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive })
            .Where(f => Path.GetFileNameWithoutExtension(f) is var name && (!name.Any(char.IsLetter) || name.Any(char.IsLower)))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file).AsSpan();
            if (bytes.StartsWith("\uFEFF"u8))
            {
                bytes = bytes[3..];
            }

            try
            {
                texts.Add(s_strictUtf8.GetString(bytes));
            }
            catch (DecoderFallbackException)
            {
            }
        }

        return texts;
    }

    /// <summary>$WHOSAID_BBC, or ../shared/data/news/bbc beside the repository (found by walking up to WhoSaid.sln
    /// from the working directory or from the benchmark's own folder, since BenchmarkDotNet runs each benchmark in a
    /// child process under bin/).</summary>
    private static string? BbcFolder()
    {
        if (Environment.GetEnvironmentVariable("WHOSAID_BBC") is { Length: > 0 } env)
        {
            return Directory.Exists(env) ? env : null;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "WhoSaid.sln")))
                {
                    var bbc = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "news", "bbc"));
                    return Directory.Exists(bbc) ? bbc : null;
                }
            }
        }

        return null;
    }
}
