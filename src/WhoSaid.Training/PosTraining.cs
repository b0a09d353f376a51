using System.Collections.Immutable;
using System.Diagnostics;
using WhoSaid.Tagging;

namespace WhoSaid.Training;

/// <summary>Trains the part-of-speech tagger on UD English-EWT train: a greedy left-to-right averaged perceptron whose
/// classes are "UPOS|XPOS" pairs, so one model gives both columns. The number of epochs is picked on dev; sentences are
/// shuffled between epochs with a fixed seed, so two runs write the same file.</summary>
internal static class PosTraining
{
    private const int MaxEpochs = 10;

    // Weights this small are dropped from the saved model (keeps the file a few MB; checked on dev).
    private const float PruneBelow = 0.0f;

    public static int Run(string shared, string outDir)
    {
        var corpus = Path.Combine(shared, "data", "corpora", "ud-english-ewt");
        var trainPath = Path.Combine(corpus, "en_ewt-ud-train.conllu");
        var devPath = Path.Combine(corpus, "en_ewt-ud-dev.conllu");
        if (!File.Exists(trainPath) || !File.Exists(devPath))
        {
            Console.Error.WriteLine($"whosaid-train: pos: UD English-EWT not found under '{corpus}'");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var train = Conllu.Read(trainPath);
        var dev = Conllu.Read(devPath);

        // classes in order of first appearance in train: deterministic
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var gold = new List<int[]>(train.Count);
        foreach (var s in train)
        {
            var row = new int[s.Tokens.Length];
            for (var i = 0; i < row.Length; i++)
            {
                var name = s.Upos[i] + "|" + s.Xpos[i];
                if (!index.TryGetValue(name, out var c))
                {
                    c = index.Count;
                    index[name] = c;
                }

                row[i] = c;
            }

            gold.Add(row);
        }

        var classes = index.OrderBy(kv => kv.Value).Select(kv => kv.Key).ToImmutableArray();
        Console.Error.WriteLine($"pos: {train.Count:N0} train sentences, {train.Sum(s => s.Tokens.Length):N0} tokens, {classes.Length} classes; {dev.Count:N0} dev sentences");

        var trainer = new PerceptronTrainer(classes);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(42);
        Span<ulong> features = stackalloc ulong[PosFeatures.MaxFeatures];
        PerceptronModel? best = null;
        var bestAccuracy = -1.0;
        var bestEpoch = 0;
        for (var epoch = 1; epoch <= MaxEpochs; epoch++)
        {
            var correct = 0;
            var total = 0;
            foreach (var k in order)
            {
                var s = train[k];
                var truth = gold[k];
                int tag1 = PosFeatures.NoTag, tag2 = PosFeatures.NoTag;
                for (var i = 0; i < s.Tokens.Length; i++)
                {
                    var n = PosFeatures.Extract(s.Text, s.Tokens, i, tag1, tag2, features);
                    var guess = trainer.Predict(features[..n]);
                    trainer.Update(features[..n], truth[i], guess);
                    correct += guess == truth[i] ? 1 : 0;
                    total++;
                    tag2 = tag1;
                    tag1 = guess;
                }
            }

            var model = trainer.ToModel(PruneBelow);
            var (upos, xpos) = Score(model, dev);
            Console.Error.WriteLine($"pos: epoch {epoch}: train {100.0 * correct / total:0.00}%, dev UPOS {upos:0.00}% XPOS {xpos:0.00}% ({model.FeatureCount:N0} features, {clock.Elapsed.TotalSeconds:0}s)");
            if (upos > bestAccuracy)
            {
                (best, bestAccuracy, bestEpoch) = (model, upos, epoch);
            }

            random.Shuffle(order);
        }

        // the saved weights are half precision: score what is actually shipped
        var path = Path.Combine(outDir, "pos.wspm");
        using (var file = File.Create(path))
        {
            best!.Save(file);
        }

        using (var file = File.OpenRead(path))
        {
            var shipped = PerceptronModel.Load(file);
            var (upos, xpos) = Score(shipped, dev);
            Console.Error.WriteLine($"pos: wrote {path} ({new FileInfo(path).Length / 1e6:0.0} MB, epoch {bestEpoch}): dev UPOS {upos:0.00}% XPOS {xpos:0.00}%");
        }

        return 0;
    }

    private static (double Upos, double Xpos) Score(PerceptronModel model, List<ConlluSentence> sentences)
    {
        var tagger = new PosTagger(model);
        int upos = 0, xpos = 0, total = 0;
        var predicted = new int[SentenceCapacity(sentences)];
        foreach (var s in sentences)
        {
            tagger.Predict(s.Text, s.Tokens, predicted);
            for (var i = 0; i < s.Tokens.Length; i++)
            {
                var (u, x) = tagger.TagOf(predicted[i]);
                upos += u == s.Upos[i] ? 1 : 0;
                xpos += x == s.Xpos[i] ? 1 : 0;
                total++;
            }
        }

        return (100.0 * upos / total, 100.0 * xpos / total);
    }

    private static int SentenceCapacity(List<ConlluSentence> sentences) => sentences.Max(s => s.Tokens.Length);
}
