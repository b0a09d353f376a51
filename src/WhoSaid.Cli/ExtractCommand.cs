using System.CommandLine;
using Spectre.Console;
using WhoSaid.Output;
using WhoSaid.Pipeline;
using WhoSaid.Text;

namespace WhoSaid.Cli;

/// <summary><c>whosaid extract PATH...</c>: every attribution in each article.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Article files, folders (every .txt inside, recursively) or - for standard input", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string?>("--format", "-f") { Description = "table (default on a terminal), jsonl (default otherwise) or json" };
        format.AcceptOnlyFromAmong("table", "jsonl", "json");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var withText = new Option<bool>("--with-text") { Description = "Include each article's text in JSON output" };
        var maxSize = new Option<double>("--max-size") { Description = "Largest article in MB", DefaultValueFactory = _ => 10 };
        var timeout = new Option<double>("--timeout") { Description = "Longest time for one article, in seconds", DefaultValueFactory = _ => 30 };
        var fast = new Option<bool>("--fast") { Description = "Skip the part-of-speech and entity models: several times faster, slightly less accurate" };

        var command = new Command("extract", "Find who said what in news articles")
        {
            paths, format, output, withText, maxSize, timeout, fast,
        };
        command.SetAction(parse => Run(
            parse.GetValue(paths) ?? [],
            parse.GetValue(format),
            parse.GetValue(output),
            parse.GetValue(withText),
            parse.GetValue(maxSize),
            parse.GetValue(timeout),
            parse.GetValue(fast)));
        return command;
    }

    internal static int Run(string[] paths, string? format, string? outputPath, bool withText, double maxSizeMb, double timeoutSeconds, bool fast)
    {
        if (maxSizeMb <= 0 || timeoutSeconds <= 0)
        {
            return Program.Fail("--max-size and --timeout must be positive", 2);
        }

        List<ArticleSource> sources;
        try
        {
            sources = ArticleInput.Resolve(paths);
        }
        catch (InputException e)
        {
            return Program.Fail(e.Message, 2);
        }

        var maxBytes = (long)(maxSizeMb * 1_000_000);
        var pipeline = new PipelineBuilder().UseDefaults(models: !fast)
            .WithOptions(new PipelineOptions { MaxTextLength = (int)Math.Min(int.MaxValue, maxBytes), Timeout = TimeSpan.FromSeconds(timeoutSeconds) })
            .Build();

        using var writer = outputPath is null ? null : new StreamWriter(outputPath, append: false, new System.Text.UTF8Encoding(false));
        var stdout = writer is null;
        format ??= stdout && !Console.IsOutputRedirected ? "table" : "jsonl";
        var textOut = writer ?? Console.Out;
        var redirected = !stdout || Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(textOut),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        if (redirected)
        {
            console.Profile.Width = 120;
        }

        var failures = 0;
        var records = new List<ArticleRecord>();

        // Ctrl-C or SIGTERM stops after the article being written: every line already written stays whole
        using var stop = new CancellationTokenSource();
        void OnSignal(System.Runtime.InteropServices.PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        using var onInterrupt = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, OnSignal);
        using var onTerminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, OnSignal);
        var results = sources.AsParallel().AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, Math.Min(Environment.ProcessorCount, sources.Count)))
            .Select(source => stop.IsCancellationRequested ? (null, "interrupted") : Process(pipeline, source, maxBytes));
        var interrupted = false;
        foreach (var (document, error) in results)
        {
            if (stop.IsCancellationRequested)
            {
                interrupted = true;
                break;
            }

            if (error is not null)
            {
                Console.Error.WriteLine($"whosaid: {error}");
                failures++;
                continue;
            }

            switch (format)
            {
                case "table":
                    TableRenderer.Render(console, document!);
                    break;
                case "json":
                    records.Add(RecordWriter.ToRecord(document!, withText));
                    break;
                default:
                    textOut.WriteLine(RecordWriter.ToJsonLine(RecordWriter.ToRecord(document!, withText)));
                    textOut.Flush();
                    break;
            }
        }

        if (interrupted)
        {
            textOut.Flush();
            Console.Error.WriteLine("whosaid: interrupted; the articles written so far are complete");
            return 130;
        }

        if (format == "json")
        {
            textOut.WriteLine(RecordWriter.ToIndentedJson(records));
        }

        textOut.Flush();
        if (failures > 0 && sources.Count > 1)
        {
            Console.Error.WriteLine($"whosaid: {failures} of {sources.Count} articles could not be read");
        }

        return failures > 0 ? 1 : 0;
    }

    private static (Document? Document, string? Error) Process(WhoSaidPipeline pipeline, ArticleSource source, long maxBytes)
    {
        try
        {
            var text = ArticleInput.Read(source, maxBytes);
            return (pipeline.Process(source.Id, text), null);
        }
        catch (InputException e)
        {
            return (null, e.Message);
        }
        catch (ArticleTooLargeException e)
        {
            return (null, e.Message);
        }
        catch (TimeoutException e)
        {
            return (null, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // a bug in WhoSaid: report it on one line and go on with the other articles
            return (null, $"{source.Path ?? source.Id}: internal error, please report: {e.GetType().Name}: {e.Message}");
        }
    }
}
