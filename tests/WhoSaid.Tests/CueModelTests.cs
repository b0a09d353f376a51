using WhoSaid.Attribution;
using WhoSaid.Tagging;
using WhoSaid.Tests.Support;
using Xunit;

namespace WhoSaid.Tests;

/// <summary>The learned cue detector with the embedded model.</summary>
public class CueModelTests
{
    [Fact]
    public void Embedded_model_loads_with_its_two_classes()
    {
        // how fast it loads is measured by ModelLoadBenchmark, not here
        using var stream = Models.EmbeddedModel.Open(CueModel.ModelName);
        Assert.NotNull(stream);
        var model = PerceptronModel.Load(stream);

        Assert.Equal(CueModel.Classes.ToArray(), model.Classes.ToArray());
    }

    [Fact]
    public void Scores_a_reporting_verb_above_the_nouns_around_it()
    {
        var doc = Newsroom.Annotate("Harbour officials insisted on Monday that the ferry was safe.");
        var cues = CueModel.Embedded!;
        var context = cues.Describe(doc);
        var verb = doc.Tokens.IndexOf(doc.Tokens.Single(t => doc.TextOf(t) == "insisted"));
        var noun = doc.Tokens.IndexOf(doc.Tokens.Single(t => doc.TextOf(t) == "ferry"));

        Assert.True(cues.Score(context, verb) > 0, "insisted");
        Assert.True(cues.Score(context, noun) < 0, "ferry");
    }

    [Fact]
    public void Rejects_a_model_with_other_classes()
    {
        var other = new PerceptronModel(["A", "B", "C"], new Dictionary<ulong, float[]>());

        Assert.Throws<ArgumentException>(() => new CueModel(other, Lexicons.LexiconSet.Default));
    }
}
