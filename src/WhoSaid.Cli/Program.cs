using System.CommandLine;

namespace WhoSaid.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("WhoSaid: who said what, about whom, and according to whom, in news articles")
        {
            ExtractCommand.Create(),
            BenchCommand.Create(),
            TagCommand.Create(),
            EvalCorefCommand.Create(),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // usage errors: one line each and exit code 2, like a missing path
            foreach (var error in parse.Errors)
            {
                Console.Error.WriteLine($"whosaid: {error.Message.ReplaceLineEndings(" ").Replace("\t", "", StringComparison.Ordinal)}");
            }

            Console.Error.WriteLine("whosaid: see 'whosaid --help'");
            return 2;
        }

        try
        {
            return parse.Invoke();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(e.Message, 1);
        }
    }

    internal static int Fail(string message, int code)
    {
        Console.Error.WriteLine($"whosaid: {message}");
        return code;
    }
}
