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
        };

        try
        {
            return root.Parse(args).Invoke();
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
