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
    private const int MaxEpochs = 10;

    public static int Run(string shared, string outDir)
    {
        var polnear = Path.Combine(shared, "data", "attribution", "polnear");
        if (!Directory.Exists(Path.Combine(polnear, "train", "text")))
        {
            Console.Error.WriteLine($"whosaid-train: cues: PolNeAR not found under '{polnear}'");
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
            else if (epoch - bestEpoch >= 2)
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

    /// <summary>Each article of a PolNeAR split (text/*.txt with attributions/*.ann), tagged, with each token's label.</summary>
    private static List<(CueModel.Context Context, bool[] Labels)> Read(WhoSaidPipeline pipeline, string split)
    {
        var result = new List<(CueModel.Context, bool[])>();
        var anns = Directory.GetFiles(Path.Combine(split, "attributions"), "*.ann").Order(StringComparer.Ordinal).ToList();
        foreach (var txt in Directory.GetFiles(Path.Combine(split, "text"), "*.txt").Order(StringComparer.Ordinal))
        {
            // "<article>_<annotator>.ann"; the first annotator where there are several, as score.py reads it
            var stem = Path.GetFileNameWithoutExtension(txt);
            var ann = anns.FirstOrDefault(a => Path.GetFileName(a).StartsWith(stem + "_", StringComparison.Ordinal));
            if (ann is null)
            {
                continue;
            }

            var text = File.ReadAllText(txt);
            var doc = pipeline.Process(Path.GetFileNameWithoutExtension(txt), text);
            var utf16 = Utf16Positions(text);
            var labels = new bool[doc.Tokens.Length];
            foreach (var line in File.ReadLines(ann))
            {
                var parts = line.Split('\t');
                if (parts.Length < 2 || !parts[0].StartsWith('T') || !parts[1].StartsWith("Cue ", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var range in parts[1]["Cue ".Length..].Split(';'))
                {
                    var bounds = range.Split(' ');
                    var start = utf16[int.Parse(bounds[0], CultureInfo.InvariantCulture)];
                    var end = utf16[int.Parse(bounds[1], CultureInfo.InvariantCulture)];
                    for (var t = 0; t < doc.Tokens.Length; t++)
                    {
                        var token = doc.Tokens[t];
                        if (token.Start < end && token.Start + token.Length > start)
                        {
                            labels[t] = true;
                        }
                    }
                }
            }

            result.Add((CueModel.Describe(doc, LexiconSet.Default), labels));
        }

        return result;
    }

    // brat offsets count code points; the text's indexes count UTF-16 units
    private static int[] Utf16Positions(string text)
    {
        var positions = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            positions.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        positions.Add(text.Length);
        return [.. positions];
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
