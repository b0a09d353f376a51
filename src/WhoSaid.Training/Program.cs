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
        var only = new Option<string?>("--only") { Description = "Train one model only: pos, ner or cues (default: all)", Hidden = true };
        var root = new RootCommand("Train WhoSaid's models (part-of-speech tagger, entity recogniser, attribution-cue detector) from ../shared") { shared, output, only };
        root.SetAction(parse =>
        {
            var sharedDir = parse.GetValue(shared)!;
            var outDir = parse.GetValue(output)!;
            if (!Directory.Exists(Path.Combine(sharedDir, "data", "corpora")))
            {
                Console.Error.WriteLine($"whosaid-train: no corpora under '{sharedDir}' (use --shared)");
                return 2;
            }

            var which = parse.GetValue(only);
            if (which is not (null or "pos" or "ner" or "cues"))
            {
                Console.Error.WriteLine($"whosaid-train: --only takes pos, ner or cues, not '{which}'");
                return 2;
            }

            Directory.CreateDirectory(outDir);
            var pos = which is null or "pos" ? PosTraining.Run(sharedDir, outDir) : 0;
            var ner = which is null or "ner" ? NerTraining.Run(sharedDir, outDir) : 0;
            // the cue detector reads the tags: it comes after the taggers, with the models they just wrote
            var cues = which is null or "cues" ? CueTraining.Run(sharedDir, outDir) : 0;
            return pos | ner | cues;
        });
        return root.Parse(args).Invoke();
    }
}
