using System.Diagnostics;
using System.Globalization;
using WhoSaid.Attribution;
using WhoSaid.Lexicons;
using WhoSaid.Pipeline;
using WhoSaid.Sentences;
using WhoSaid.Tagging;
using WhoSaid.Text;
using WhoSaid.Tokens;

namespace WhoSaid.Training;

/// <summary>Trains the attribution-cue detector (cues.wspm) on PolNeAR train: every word is an example, labelled a cue
/// when it lies in an annotated cue span. The features read the part-of-speech and entity tags, so the documents are
/// tagged with the models in the output folder (the ones this run just trained). The epoch is chosen on PolNeAR dev.
/// PolNeAR's texts are for internal use: only the weights are written.</summary>
internal static class CueTraining
{
    private const int MaxEpochs = 25;

    /// <summary>Epochs without a better dev score before training stops (2 stopped on noise: a change in the features
    /// anywhere moved the stop from epoch 14 to epoch 8).</summary>
    private const int Patience = 5;

    public static int Run(string shared, string outDir)
    {
        var polnear = Path.Combine(shared, "data", "attribution", "polnear");
        if (!Directory.Exists(Path.Combine(polnear, "train", "text")))
        {
            Console.Error.WriteLine($"whosaid-train: cues: PolNeAR not found under '{polnear}'");
            return 1;
        }

        // the cue features read the taggers' output: they must be trained first (or copied) into the same directory
        var missing = new[] { PosTagger.ModelName, PosTagger.SecondModelName, "ner.wspm" }.Where(m => !File.Exists(Path.Combine(outDir, m))).ToList();
        if (missing.Count > 0)
        {
            Console.Error.WriteLine($"whosaid-train: cues: {string.Join(", ", missing)} not in '{outDir}': train the taggers there first, or copy them from src/WhoSaid.Models/Models");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var pipeline = TaggingPipeline(outDir);
        var train = Read(pipeline, Path.Combine(polnear, "train"));
        var dev = Read(pipeline, Path.Combine(polnear, "dev"));
        Console.Error.WriteLine($"cues: {train.Count} train and {dev.Count} dev articles tagged ({clock.Elapsed.TotalSeconds:0}s)");

        var trainer = new PerceptronTrainer(CueModel.Classes);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(42);
        var features = new ulong[CueModel.MaxFeatures];
        PerceptronModel? best = null;
        var bestF1 = -1.0;
        var bestEpoch = 0;
        for (var epoch = 1; epoch <= MaxEpochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var k in order)
            {
                var (context, labels) = train[k];
                foreach (var t in Candidates(context))
                {
                    var n = CueModel.Extract(context, t, features);
                    var guess = trainer.Predict(features.AsSpan(0, n));
                    trainer.Update(features.AsSpan(0, n), labels[t] ? 1 : 0, guess);
                }
            }

            var model = trainer.ToModel();
            var score = Score(new CueModel(model, LexiconSet.Default), dev);
            Console.Error.WriteLine($"cues: epoch {epoch}: dev {score} ({clock.Elapsed.TotalSeconds:0}s)");
            if (score.F1 > bestF1 + 0.0001)
            {
                (best, bestF1, bestEpoch) = (model, score.F1, epoch);
            }
            else if (epoch - bestEpoch >= Patience)
            {
                break;
            }
        }

        var path = Path.Combine(outDir, CueModel.ModelName);
        using (var file = File.Create(path))
        {
            best!.Save(file);
        }

        using var saved = File.OpenRead(path);
        var shipped = new CueModel(PerceptronModel.Load(saved), LexiconSet.Default);
        Console.Error.WriteLine($"cues: wrote {path} ({new FileInfo(path).Length / 1024} KB, {best.FeatureCount:N0} features, epoch {bestEpoch}): dev {Score(shipped, dev)}");
        return 0;
    }

    /// <summary>The stages the cue features read, with the taggers of <paramref name="outDir"/>.</summary>
    private static WhoSaidPipeline TaggingPipeline(string outDir)
    {
        PerceptronModel Load(string name)
        {
            using var stream = File.OpenRead(Path.Combine(outDir, name));
            return PerceptronModel.Load(stream);
        }

        var casingPath = Path.Combine(outDir, "ner_casing.txt");
        WordCasing? casing = null;
        if (File.Exists(casingPath))
        {
            using var reader = File.OpenText(casingPath);
            casing = WordCasing.Read(reader);
        }

        return new PipelineBuilder()
            .Use(new Tokenizer())
            .Use(new SentenceSplitter())
            .Use(new PosTagger(Load(PosTagger.ModelName), Load(PosTagger.SecondModelName)))
            .Use(new EntityRecognizer(Load("ner.wspm"), LexiconSet.Default, casing))
            .Use(new QuotationMarkFinder())
            .Use(new DebrisDetector())
            .Build();
    }

    /// <summary>The words that are examples: not punctuation, not scraping debris.</summary>
    private static IEnumerable<int> Candidates(CueModel.Context context)
    {
        var tokens = context.Document.Tokens;
        for (var t = 0; t < tokens.Length; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && !tokens[t].Has(TokenFlags.Debris))
            {
                yield return t;
            }
        }
    }

    /// <summary>Each article of a PolNeAR split, tagged, with each token's label: in a cue span or not.</summary>
    private static List<(CueModel.Context Context, bool[] Labels)> Read(WhoSaidPipeline pipeline, string split)
    {
        var result = new List<(CueModel.Context, bool[])>();
        foreach (var (text, cues) in PolNear.Read(split, "Cue"))
        {
            var doc = pipeline.Process("polnear", text);
            var labels = new bool[doc.Tokens.Length];
            foreach (var piece in cues.SelectMany(c => c))
            {
                for (var t = 0; t < doc.Tokens.Length; t++)
                {
                    var token = doc.Tokens[t];
                    if (token.Start < piece.Start + piece.Length && token.Start + token.Length > piece.Start)
                    {
                        labels[t] = true;
                    }
                }
            }

            result.Add((CueModel.Describe(doc, LexiconSet.Default), labels));
        }

        return result;
    }

    /// <summary>Token-level precision, recall and F1 of "in a cue span" on <paramref name="articles"/>.</summary>
    private static CueScore Score(CueModel model, List<(CueModel.Context Context, bool[] Labels)> articles)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (context, labels) in articles)
        {
            foreach (var t in Candidates(context))
            {
                var guess = model.Score(context, t) > 0;
                tp += guess && labels[t] ? 1 : 0;
                fp += guess && !labels[t] ? 1 : 0;
                fn += !guess && labels[t] ? 1 : 0;
            }
        }

        return new CueScore(tp, fp, fn);
    }

    private readonly record struct CueScore(int Tp, int Fp, int Fn)
    {
        public double P => Tp + Fp == 0 ? 0 : 100.0 * Tp / (Tp + Fp);

        public double R => Tp + Fn == 0 ? 0 : 100.0 * Tp / (Tp + Fn);

        public double F1 => P + R == 0 ? 0 : 2 * P * R / (P + R);

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"token F1 {F1:F1} (P {P:F1} R {R:F1})");
    }
}
