using System.Collections.Immutable;
using System.Diagnostics;
using WhoSaid.Tagging;

namespace WhoSaid.Training;

/// <summary>Trains the part-of-speech tagger on UD English-EWT train: greedy left-to-right averaged perceptrons whose
/// classes are "UPOS|XPOS" pairs, so one model gives both columns. A first pass sees the tags to its left; a second
/// pass also sees the first pass's tags to its right, and is trained on first-pass tags from models that did not see
/// the sentence (5-fold jackknife), so that it learns how far to trust them. Epochs are picked on dev; sentences are
/// shuffled between epochs with a fixed seed, so two runs write the same files.</summary>
internal static class PosTraining
{
    private const int MaxEpochs = 12;
    private const int Folds = 5;

    // Weights this small are dropped from the saved models (keeps the files a few MB; checked on dev).
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

        var all = Enumerable.Range(0, train.Count).ToArray();
        var (first, firstEpochs) = Train("pass 1", classes, train, gold, all, null, dev, null, MaxEpochs, clock);

        // first-pass tags of every training sentence from a model trained without it
        var guesses = new int[train.Count][];
        for (var fold = 0; fold < Folds; fold++)
        {
            var (model, _) = Train($"fold {fold + 1}", classes, train, gold, [.. all.Where(k => k % Folds != fold)], null, null, null, firstEpochs, clock);
            foreach (var k in all.Where(k => k % Folds == fold))
            {
                guesses[k] = new int[train[k].Tokens.Length];
                PosTagger.Decode(model, train[k].Text, train[k].Tokens, [], guesses[k]);
            }
        }

        var devGuesses = dev.Select(s =>
        {
            var g = new int[s.Tokens.Length];
            PosTagger.Decode(first, s.Text, s.Tokens, [], g);
            return g;
        }).ToArray();
        var (second, _) = Train("pass 2", classes, train, gold, all, guesses, dev, devGuesses, MaxEpochs, clock);

        var firstPath = Path.Combine(outDir, PosTagger.ModelName);
        var secondPath = Path.Combine(outDir, PosTagger.SecondModelName);
        Save(first, firstPath);
        Save(second, secondPath);

        // the saved weights are half precision: score what is actually shipped
        var shipped = new PosTagger(Load(firstPath), Load(secondPath));
        var (upos, xpos) = Score(shipped, dev);
        var size = new FileInfo(firstPath).Length + new FileInfo(secondPath).Length;
        Console.Error.WriteLine($"pos: wrote {firstPath} and {secondPath} ({size / 1e6:0.0} MB): dev UPOS {upos:0.00}% XPOS {xpos:0.00}% ({clock.Elapsed.TotalSeconds:0}s)");
        return 0;
    }

    /// <summary>Trains one pass on the sentences <paramref name="subset"/>; with <paramref name="dev"/>, keeps the
    /// epoch best on dev UPOS, otherwise trains exactly <paramref name="epochs"/> epochs.</summary>
    private static (PerceptronModel Model, int Epochs) Train(
        string name, ImmutableArray<string> classes, List<ConlluSentence> train, List<int[]> gold, int[] subset, int[][]? guesses,
        List<ConlluSentence>? dev, int[][]? devGuesses, int epochs, Stopwatch clock)
    {
        var trainer = new PerceptronTrainer(classes);
        var order = subset.ToArray();
        var infos = new PosToken[train.Count][];
        foreach (var k in subset)
        {
            infos[k] = new PosToken[train[k].Tokens.Length];
            PosFeatures.Describe(train[k].Text, train[k].Tokens, infos[k]);
        }

        var random = new Random(42);
        var features = new ulong[PosFeatures.MaxFeatures];
        PerceptronModel? best = null;
        var bestAccuracy = -1.0;
        var bestEpoch = 0;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            var correct = 0;
            var total = 0;
            foreach (var k in order)
            {
                var s = train[k];
                var truth = gold[k];
                var g = guesses is null ? [] : guesses[k].AsSpan();
                int tag1 = PosFeatures.NoTag, tag2 = PosFeatures.NoTag;
                var info = infos[k];
                for (var i = 0; i < s.Tokens.Length; i++)
                {
                    var n = PosFeatures.Extract(info, i, tag1, tag2, g, features);
                    var guess = trainer.Predict(features.AsSpan(0, n));
                    trainer.Update(features.AsSpan(0, n), truth[i], guess);
                    correct += guess == truth[i] ? 1 : 0;
                    total++;
                    tag2 = tag1;
                    tag1 = guess;
                }
            }

            random.Shuffle(order);
            if (dev is null)
            {
                continue;
            }

            var model = trainer.ToModel(PruneBelow);
            var (upos, xpos) = Score(model, dev, devGuesses);
            Console.Error.WriteLine($"pos: {name}: epoch {epoch}: train {100.0 * correct / total:0.00}%, dev UPOS {upos:0.00}% XPOS {xpos:0.00}% ({model.FeatureCount:N0} features, {clock.Elapsed.TotalSeconds:0}s)");
            if (upos > bestAccuracy)
            {
                (best, bestAccuracy, bestEpoch) = (model, upos, epoch);
            }
        }

        return best is null ? (trainer.ToModel(PruneBelow), epochs) : (best, bestEpoch);
    }

    private static (double Upos, double Xpos) Score(PerceptronModel model, List<ConlluSentence> sentences, int[][]? guesses)
    {
        var tagger = new PosTagger(model);
        var predicted = new int[sentences.Max(s => s.Tokens.Length)];
        return Score(sentences, tagger, (s, k) => PosTagger.Decode(model, s.Text, s.Tokens, guesses is null ? [] : guesses[k], predicted), predicted);
    }

    private static (double Upos, double Xpos) Score(PosTagger tagger, List<ConlluSentence> sentences)
    {
        var predicted = new int[sentences.Max(s => s.Tokens.Length)];
        return Score(sentences, tagger, (s, _) => tagger.Predict(s.Text, s.Tokens, predicted), predicted);
    }

    private static (double Upos, double Xpos) Score(List<ConlluSentence> sentences, PosTagger tagger, Action<ConlluSentence, int> predict, int[] predicted)
    {
        int upos = 0, xpos = 0, total = 0;
        for (var k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            predict(s, k);
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

    private static void Save(PerceptronModel model, string path)
    {
        using var file = File.Create(path);
        model.Save(file);
    }

    private static PerceptronModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return PerceptronModel.Load(file);
    }
}
