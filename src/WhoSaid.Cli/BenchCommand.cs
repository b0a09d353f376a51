using System.CommandLine;
using System.Diagnostics;
using System.Text;
using WhoSaid.Pipeline;

namespace WhoSaid.Cli;

/// <summary><c>whosaid bench PATH... [--repeat N] [--threads N] [--warmup SECONDS]</c>: reads every article into memory, then times the
/// default pipeline over all of them and prints throughput in MB of UTF-8 text per second, overall and per core.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Article files or folders (every .txt inside, recursively, except metadata named in capitals such as README.TXT)", Arity = ArgumentArity.OneOrMore };
        var repeat = new Option<int>("--repeat", "-r") { Description = "Times to process the whole corpus", DefaultValueFactory = _ => 1 };
        var threads = new Option<int>("--threads", "-t") { Description = "Threads processing articles in parallel", DefaultValueFactory = _ => 1 };
        var warmUp = new Option<double>("--warmup") { Description = "Seconds of untimed processing first, so that the JIT has compiled the hot code fully (0 times a cold start)", DefaultValueFactory = _ => 3 };
        var maxSize = new Option<double>("--max-size") { Description = "Largest article in MB", DefaultValueFactory = _ => 10 };
        var fast = new Option<bool>("--fast") { Description = "Time the pipeline without the part-of-speech and entity models (extract --fast)" };

        var command = new Command("bench", "Time the pipeline over a corpus of articles held in memory")
        {
            paths, repeat, threads, warmUp, maxSize, fast,
        };
        command.SetAction(parse => Run(
            parse.GetValue(paths) ?? [],
            parse.GetValue(repeat),
            parse.GetValue(threads),
            parse.GetValue(warmUp),
            parse.GetValue(maxSize),
            parse.GetValue(fast)));
        return command;
    }

    internal static int Run(string[] paths, int repeat, int threads, double warmUpSeconds, double maxSizeMb, bool fast)
    {
        if (repeat < 1 || threads < 1 || maxSizeMb <= 0 || warmUpSeconds < 0)
        {
            return Program.Fail("--repeat, --threads and --max-size must be positive, --warmup not negative", 2);
        }

        List<ArticleSource> sources;
        try
        {
            sources = ArticleInput.Resolve(paths)
                .Where(s => s.Path is null || paths.Contains(s.Path) || !IsCorpusMetadata(s.Id))
                .ToList();
        }
        catch (InputException e)
        {
            return Program.Fail(e.Message, 2);
        }

        if (sources.Count == 0)
        {
            return Program.Fail("no articles to benchmark: only metadata files (names in capitals, such as README.TXT)", 2);
        }

        var maxBytes = (long)(maxSizeMb * 1_000_000);
        var texts = new List<string>(sources.Count);
        var unreadable = 0;
        long bytes = 0;
        foreach (var source in sources)
        {
            try
            {
                var text = ArticleInput.Read(source, maxBytes);
                texts.Add(text);
                bytes += Encoding.UTF8.GetByteCount(text);
            }
            catch (InputException e)
            {
                Console.Error.WriteLine($"whosaid: skipped {e.Message}");
                unreadable++;
            }
        }

        if (texts.Count == 0)
        {
            return Program.Fail("no readable articles to benchmark", 2);
        }

        var pipeline = fast ? WhoSaidPipeline.Fast : WhoSaidPipeline.Default;

        // Tiered compilation with dynamic PGO makes the first seconds several times slower than the steady state
        // a long run sees; the warm-up keeps that out of the numbers unless asked for.
        var warmedUp = 0;
        var warmUpWatch = Stopwatch.StartNew();
        while (warmUpWatch.Elapsed.TotalSeconds < warmUpSeconds)
        {
            try
            {
                pipeline.Process("warm-up", texts[warmedUp % texts.Count]);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // reported by the timed passes
            }

            warmedUp++;
        }

        warmUpWatch.Stop();

        var busyCores = Math.Min(threads, Environment.ProcessorCount);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var gcBefore = GC.CollectionCount(0);
        var passes = new List<double>(repeat);
        var quotes = 0L;
        var failed = 0;
        string? firstFailure = null;
        var total = Stopwatch.StartNew();
        for (var pass = 0; pass < repeat; pass++)
        {
            var watch = Stopwatch.StartNew();
            var result = RunPass(pipeline, texts, threads);
            passes.Add(watch.Elapsed.TotalSeconds);
            quotes = result.Quotes;
            failed = result.Failed;
            firstFailure ??= result.FirstFailure;
        }

        var elapsed = total.Elapsed.TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var gcs = GC.CollectionCount(0) - gcBefore;
        var mb = bytes / 1e6;
        var throughput = mb * repeat / elapsed;

        var output = Console.Out;
        output.WriteLine($"articles         {texts.Count:N0}{(unreadable > 0 ? $" ({unreadable} unreadable, skipped)" : "")}{(failed > 0 ? $" ({failed} failed: {firstFailure})" : "")}");
        output.WriteLine($"MB               {mb:0.000} ({bytes:N0} bytes of UTF-8){(repeat > 1 ? $" x {repeat} passes" : "")}");
        output.WriteLine($"quotes found     {quotes:N0}{(repeat > 1 ? " per pass" : "")}");
        output.WriteLine($"threads          {threads} on {Environment.ProcessorCount} cores");
        output.WriteLine($"elapsed          {elapsed:0.000} s{(repeat > 1 ? $" (passes: {string.Join(", ", passes.Select(p => p.ToString("0.000")))} s)" : "")}");
        output.WriteLine($"MB/s             {throughput:0.00}{(repeat > 1 ? $" (best pass {mb / passes.Min():0.00})" : "")}");
        output.WriteLine($"MB/s per core    {throughput / busyCores:0.00}");
        output.WriteLine($"allocated        {allocated / 1e6:0.0} MB ({(double)allocated / (bytes * repeat):0.0} bytes per input byte), {gcs} gen0 GCs");
        output.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0.0} MB");
        output.WriteLine(warmedUp > 0
            ? $"warm-up          {warmUpWatch.Elapsed.TotalSeconds:0.0} s untimed ({warmedUp:N0} articles) before the timed passes"
            : "warm-up          none: cold start timed");

        // unreadable files were skipped and named; an article the pipeline failed on is a result to look at
        return failed > 0 ? 1 : 0;
    }

    /// <summary>Corpus folders carry README.TXT, LICENSE.txt, SOURCE_COMMIT.txt beside the articles: a name in capitals
    /// is metadata, not an article.</summary>
    internal static bool IsCorpusMetadata(string name) => name.Any(char.IsLetter) && !name.Any(char.IsLower);

    private readonly record struct PassResult(long Quotes, int Failed, string? FirstFailure);

    private static PassResult RunPass(WhoSaidPipeline pipeline, List<string> texts, int threads)
    {
        var next = -1;
        long quotes = 0;
        var failed = 0;
        string? firstFailure = null;

        void Work()
        {
            long localQuotes = 0;
            int i;
            while ((i = Interlocked.Increment(ref next)) < texts.Count)
            {
                try
                {
                    localQuotes += pipeline.Process("article", texts[i]).Quotes.Length;
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // too large, too slow, or a bug: count it, name the first, go on with the others
                    Interlocked.Increment(ref failed);
                    Interlocked.CompareExchange(ref firstFailure, $"{e.GetType().Name}: {e.Message}", null);
                }
            }

            Interlocked.Add(ref quotes, localQuotes);
        }

        if (threads == 1)
        {
            Work();
        }
        else
        {
            var workers = Enumerable.Range(0, threads).Select(_ => new Thread(Work)).ToList();
            workers.ForEach(w => w.Start());
            workers.ForEach(w => w.Join());
        }

        return new PassResult(quotes, failed, firstFailure);
    }
}
