using System.CommandLine;

namespace WhoSaid.Training;

/// <summary>Trains WhoSaid's statistical models from ../shared and writes them into src/WhoSaid.Models/Models.
/// One command, fixed seeds: running it twice writes the same files.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var shared = new Option<string>("--shared") { Description = "The shared data folder", DefaultValueFactory = _ => Path.Combine("..", "shared") };
        var output = new Option<string>("--out") { Description = "Where the model files go", DefaultValueFactory = _ => Path.Combine("src", "WhoSaid.Models", "Models") };
        var root = new RootCommand("Train WhoSaid's models (part-of-speech tagger, entity recogniser) from ../shared") { shared, output };
        root.SetAction(parse =>
        {
            var sharedDir = parse.GetValue(shared)!;
            var outDir = parse.GetValue(output)!;
            if (!Directory.Exists(Path.Combine(sharedDir, "data", "corpora")))
            {
                Console.Error.WriteLine($"whosaid-train: no corpora under '{sharedDir}' (use --shared)");
                return 2;
            }

            Directory.CreateDirectory(outDir);
            return PosTraining.Run(sharedDir, outDir) | NerTraining.Run(sharedDir, outDir);
        });
        return root.Parse(args).Invoke();
    }
}
