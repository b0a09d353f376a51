using System.Diagnostics;
using System.Globalization;
using WhoSaid.Lexicons;
using WhoSaid.Tagging;

namespace WhoSaid.Training;

/// <summary>Trains the entity recogniser (ner.wspm) on UNER English-EWT train, wikigold, and the GUM train documents of
/// the commercially usable genres; the number of epochs is chosen on UNER English-EWT dev; UNER test is scored once at
/// the end, for the report only. See <see cref="NerCorpora"/> for the label mapping.</summary>
internal static class NerTraining
{
    private const int MaxEpochs = 20;

    // GUM genres whose texts are under licences that allow commercial use (LICENSE.txt): CC BY, CC BY-SA.
    private static readonly string[] s_gumGenres = ["academic", "bio", "court", "interview", "news", "voyage"];

    public static int Run(string shared, string outDir)
    {
        var corpora = Path.Combine(shared, "data", "corpora");
        var uner = Path.Combine(corpora, "uner-english-ewt");
        var train = new List<NerSentence>();
        train.AddRange(NerCorpora.ReadUner(Path.Combine(uner, "en_ewt-ud-train.EARLY-2022-12-02.iob2")));
        var unerCount = train.Count;
        train.AddRange(NerCorpora.ReadWikigold(Path.Combine(corpora, "wikigold", "CONLL-format", "data", "wikigold.conll.txt")));
        var wikigoldCount = train.Count - unerCount;
        var gumCount = 0;
        foreach (var doc in GumTrainDocuments(Path.Combine(corpora, "gum")))
        {
            var sentences = NerCorpora.ReadGum(doc);
            train.AddRange(sentences);
            gumCount += sentences.Count;
        }

        var dev = NerCorpora.ReadUner(Path.Combine(uner, "en_ewt-ud-dev.iob2"));
        var test = NerCorpora.ReadUner(Path.Combine(uner, "en_ewt-ud-test.iob2"));
        Console.Error.WriteLine($"ner: {train.Count} training sentences (UNER {unerCount}, wikigold {wikigoldCount}, GUM {gumCount}), dev {dev.Count}, test {test.Count}");

        var casing = CasingStatistics.Run(shared, outDir, GumTrainDocuments(Path.Combine(corpora, "gum")));
        var features = new NerFeatures(LexiconSet.Default, casing);
        var trainInfo = Describe(features, train);
        var trainer = new PerceptronTrainer(NerFeatures.ModelClasses);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var random = new Random(42);
        PerceptronModel? best = null;
        var bestF1 = -1.0;
        var bestEpoch = 0;
        Span<ulong> buffer = stackalloc ulong[NerFeatures.MaxFeatures];
        Span<bool> allowed = stackalloc bool[NerFeatures.ModelClasses.Length];
        for (var epoch = 1; epoch <= MaxEpochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            random.Shuffle(order);
            var errors = 0;
            foreach (var s in order)
            {
                var info = trainInfo[s];
                var labels = new int[info.Length];
                NerFeatures.ToModel(train[s].Labels, labels);
                int p1 = 0, p2 = 0;
                for (var i = 0; i < info.Length; i++)
                {
                    var n = NerFeatures.Extract(info, i, p1, p2, buffer);
                    for (var c = 0; c < allowed.Length; c++)
                    {
                        allowed[c] = NerFeatures.ModelAllowed(p1, c);
                    }

                    var guess = trainer.Predict(buffer[..n], allowed);
                    // a gold I-X the guessed history cannot continue teaches nothing the decoder could use
                    trainer.Update(buffer[..n], allowed[labels[i]] ? labels[i] : guess, guess);
                    errors += guess != labels[i] ? 1 : 0;
                    p2 = p1;
                    p1 = guess;
                }
            }

            var model = trainer.ToModel();
            var score = Score(new EntityRecognizer(model, casing: casing), dev);
            Console.Error.WriteLine($"ner: epoch {epoch}: {errors} training errors, dev {score} ({clock.Elapsed.TotalSeconds:F0} s)");
            if (score.F1 > bestF1 + 0.0001)
            {
                (best, bestF1, bestEpoch) = (model, score.F1, epoch);
            }
            else if (epoch - bestEpoch >= 3)
            {
                break;
            }
        }

        var path = Path.Combine(outDir, "ner.wspm");
        using (var file = File.Create(path))
        {
            best!.Save(file);
        }

        var recognizer = new EntityRecognizer(PerceptronModel.Load(File.OpenRead(path)), casing: casing);
        Console.Error.WriteLine($"ner: wrote {path} ({new FileInfo(path).Length / 1024} KB, {best.FeatureCount} features, epoch {bestEpoch})");
        Console.Error.WriteLine($"ner: UNER dev  {Score(recognizer, dev)}");
        Console.Error.WriteLine($"ner: UNER test {Score(recognizer, test)}");
        return 0;
    }

    private static IEnumerable<string> GumTrainDocuments(string gum)
    {
        var splits = Path.Combine(gum, "splits.md");
        if (!File.Exists(splits))
        {
            yield break;
        }

        var inTrain = false;
        foreach (var line in File.ReadLines(splits))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                inTrain = line.Trim() == "## train";
                continue;
            }

            var name = line.Trim().TrimStart('*').Trim();
            if (!inTrain || !name.StartsWith("GUM_", StringComparison.Ordinal))
            {
                continue;
            }

            var genre = name.Split('_')[1];
            var file = Path.Combine(gum, "dep", name + ".conllu");
            if (s_gumGenres.Contains(genre) && File.Exists(file))
            {
                yield return file;
            }
        }
    }

    private static NerToken[][] Describe(NerFeatures features, List<NerSentence> sentences)
    {
        var result = new NerToken[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            result[s] = new NerToken[sentences[s].Tokens.Length];
            features.Describe(sentences[s].Text, sentences[s].Tokens, result[s]);
        }

        return result;
    }

    /// <summary>Exact-span precision, recall and F1 over PER/ORG/LOC, overall and per type.</summary>
    public static NerScore Score(EntityRecognizer recognizer, List<NerSentence> sentences)
    {
        var score = new NerScore();
        foreach (var sentence in sentences)
        {
            var predicted = new int[sentence.Tokens.Length];
            recognizer.Predict(sentence.Text, sentence.Tokens, predicted);
            var gold = Spans(sentence.Labels);
            var guess = Spans(predicted);
            foreach (var span in guess)
            {
                score.Count(span.Type, gold.Contains(span) ? 0 : 1, 0, 0);
            }

            foreach (var span in gold)
            {
                if (guess.Contains(span))
                {
                    score.Count(span.Type, 0, 0, 1);
                }
                else
                {
                    score.Count(span.Type, 0, 1, 0);
                }
            }
        }

        return score;
    }

    private static HashSet<(int Start, int End, string Type)> Spans(int[] labels)
    {
        var spans = new HashSet<(int, int, string)>();
        var start = -1;
        for (var i = 0; i <= labels.Length; i++)
        {
            var c = i < labels.Length ? labels[i] : 0;
            var continues = c != 0 && (c & 1) == 0 && start >= 0 && labels[start] == c - 1;
            if (!continues && start >= 0 && labels[start] < 7)
            {
                spans.Add((start, i, NerFeatures.Classes[labels[start]][2..]));
                start = -1;
            }

            if (c != 0 && (c & 1) == 1)
            {
                start = i;
            }
        }

        return spans;
    }
}

/// <summary>Span counts for entity scoring.</summary>
internal sealed class NerScore
{
    private readonly Dictionary<string, (int Fp, int Fn, int Tp)> _byType = new(StringComparer.Ordinal);

    public double F1 => F(_byType.Values.Sum(v => v.Tp), _byType.Values.Sum(v => v.Fp), _byType.Values.Sum(v => v.Fn)).F1;

    public void Count(string type, int fp, int fn, int tp)
    {
        var v = _byType.GetValueOrDefault(type);
        _byType[type] = (v.Fp + fp, v.Fn + fn, v.Tp + tp);
    }

    public override string ToString()
    {
        var all = F(_byType.Values.Sum(v => v.Tp), _byType.Values.Sum(v => v.Fp), _byType.Values.Sum(v => v.Fn));
        var parts = _byType.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => { var s = F(kv.Value.Tp, kv.Value.Fp, kv.Value.Fn); return string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {s.F1:F2}"); });
        return string.Create(CultureInfo.InvariantCulture, $"F1 {all.F1:F2} (P {all.P:F1} R {all.R:F1}; {string.Join(", ", parts)})");
    }

    private static (double P, double R, double F1) F(int tp, int fp, int fn)
    {
        var p = tp + fp == 0 ? 0 : 100.0 * tp / (tp + fp);
        var r = tp + fn == 0 ? 0 : 100.0 * tp / (tp + fn);
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}
