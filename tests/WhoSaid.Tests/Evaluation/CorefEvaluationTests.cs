using System.Text.Json;
using WhoSaid.Cli;
using Xunit;

namespace WhoSaid.Tests.Evaluation;

/// <summary>Scores pronoun and surname resolution (<c>whosaid eval-coref</c>) on the first 300 rows of GAP test and on
/// the GUM dev split, against the "coref" floors in floors.json. Skipped, with a message, where ../shared is absent.</summary>
[Trait("Category", "Evaluation")]
public class CorefEvaluationTests
{
    [SkippableFact]
    public void GAP_test_pronouns_resolve_at_or_above_the_floor()
    {
        var gap = Path.Combine(EvaluationTests.SharedFolder(), "data", "corpora", "gap-coreference", "gap-test.tsv");
        Skip.IfNot(File.Exists(gap), $"shared data is absent ({gap}): GAP evaluation skipped");

        var score = CorefEvaluation.Score("gap", CorefEvaluation.ReadGap(gap, limit: 300), byKind: false).Single();

        Assert.Equal(300, score.Mentions);
        AssertFloor("gap_test_300", score);
    }

    [SkippableFact]
    public void GUM_dev_pronouns_and_surnames_resolve_at_or_above_the_floor()
    {
        var gum = Path.Combine(EvaluationTests.SharedFolder(), "data", "corpora", "gum");
        Skip.IfNot(File.Exists(Path.Combine(gum, "splits.md")), $"shared data is absent ({gum}): GUM evaluation skipped");

        var score = CorefEvaluation.Score("gum", CorefEvaluation.ReadGum(gum, "dev"), byKind: false).Single();

        Assert.True(score.Mentions > 50, $"only {score.Mentions} GUM dev mentions: the reader lost some");
        AssertFloor("gum_dev", score);
    }

    private static void AssertFloor(string name, CorefScore score)
    {
        using var floors = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Evaluation", "floors.json")));
        var floor = floors.RootElement.GetProperty("coref").GetProperty(name).GetDouble();
        Assert.True(score.CorrectPercent >= floor,
            $"{name}: {score.CorrectPercent:0.0} % correct ({score.Correct} of {score.Mentions}, {score.Resolved} resolved) < floor {floor}");
    }
}
