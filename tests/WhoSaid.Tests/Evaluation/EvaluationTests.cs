using System.Diagnostics;
using System.Text.Json;
using WhoSaid.Output;
using WhoSaid.Pipeline;
using Xunit;

namespace WhoSaid.Tests.Evaluation;

/// <summary>Scores the engine with ../shared/eval/score.py on the seed article and PolNeAR dev, against the floors in
/// floors.json. Skipped, with a message, where ../shared or python3 is absent.</summary>
[Trait("Category", "Evaluation")]
public class EvaluationTests
{
    [SkippableFact]
    public void Seed_article_scores_at_or_above_the_floors()
    {
        var shared = SharedFolder();
        var article = Path.Combine(shared, "data", "attribution", "seed", "huawei.txt");
        Skip.IfNot(File.Exists(article), $"shared data is absent ({article}): seed evaluation skipped");
        var system = Extract([article]);
        var scores = Score(Path.Combine(shared, "data", "attribution", "seed", "huawei.gold.jsonl"), system);
        AssertFloors("seed", scores);
    }

    [SkippableFact]
    public void PolNeAR_dev_scores_at_or_above_the_floors()
    {
        var shared = SharedFolder();
        var dev = Path.Combine(shared, "data", "attribution", "polnear", "dev");
        Skip.IfNot(Directory.Exists(dev), $"shared data is absent ({dev}): PolNeAR evaluation skipped");
        var system = Extract(Directory.GetFiles(Path.Combine(dev, "text"), "*.txt"));
        var scores = Score(dev, system);
        AssertFloors("polnear_dev", scores);
    }

    [SkippableFact]
    public void No_seed_quote_is_attributed_to_Trump()
    {
        var article = Path.Combine(SharedFolder(), "data", "attribution", "seed", "huawei.txt");
        Skip.IfNot(File.Exists(article), $"shared data is absent ({article})");
        var doc = WhoSaidPipeline.Default.Process("huawei", File.ReadAllText(article));

        Assert.DoesNotContain(doc.Quotes, q => doc.SpeakerOf(q)?.Name.Contains("Trump", StringComparison.Ordinal) == true
            || q.SpeakerMention is { } m && doc.Substring(m).Contains("Trump", StringComparison.Ordinal));
    }

    private static void AssertFloors(string set, JsonElement scores)
    {
        using var floors = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Evaluation", "floors.json")));
        var failures = new List<string>();
        foreach (var floor in floors.RootElement.GetProperty(set).EnumerateObject())
        {
            var f1 = scores.GetProperty(floor.Name).GetProperty("f1").GetDouble();
            if (f1 < floor.Value.GetDouble())
            {
                failures.Add($"{floor.Name} F1 {f1} < floor {floor.Value.GetDouble()}");
            }
        }

        Assert.True(failures.Count == 0, $"{set}: {string.Join("; ", failures)}");
    }

    private static string Extract(IEnumerable<string> files)
    {
        var path = Path.Combine(Path.GetTempPath(), $"whosaid-eval-{Guid.NewGuid():N}.jsonl");
        using var writer = new StreamWriter(path);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var doc = WhoSaidPipeline.Default.Process(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file));
            writer.WriteLine(RecordWriter.ToJsonLine(RecordWriter.ToRecord(doc)));
        }

        return path;
    }

    private static JsonElement Score(string gold, string system)
    {
        var scorer = Path.Combine(SharedFolder(), "eval", "score.py");
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { scorer, "--gold", gold, "--system", system, "--json" })
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Skip.If(true, "python3 is not installed: evaluation skipped");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            File.Delete(system);
            Assert.True(process.ExitCode == 0, $"score.py failed: {error}");
            return JsonDocument.Parse(output).RootElement.Clone();
        }
    }

    /// <summary>../shared beside the repository (the folder holding WhoSaid.sln).</summary>
    internal static string SharedFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WhoSaid.sln")))
            {
                return Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "shared-not-found");
    }
}
