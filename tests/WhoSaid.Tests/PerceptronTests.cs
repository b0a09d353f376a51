using WhoSaid.Tagging;
using Xunit;

namespace WhoSaid.Tests;

public class PerceptronTests
{
    private static readonly string[] s_words = ["said", "told", "river", "bridge", "added", "harbour"];

    [Fact]
    public void Learns_a_separable_tagging_and_survives_saving()
    {
        var trainer = new PerceptronTrainer(["VERB", "NOUN"]);
        for (var epoch = 0; epoch < 5; epoch++)
        {
            foreach (var word in s_words)
            {
                ulong[] features = [FeatureHash.Of(0), FeatureHash.Of(1, word)];
                trainer.Update(features, word is "said" or "told" or "added" ? 0 : 1, trainer.Predict(features));
            }
        }

        var model = trainer.ToModel();
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = PerceptronModel.Load(stream);

        Assert.Equal(["VERB", "NOUN"], loaded.Classes.ToArray());
        foreach (var word in s_words)
        {
            ulong[] features = [FeatureHash.Of(0), FeatureHash.Of(1, word)];
            Assert.Equal(model.Predict(features), loaded.Predict(features));
            Assert.Equal(word is "said" or "told" or "added" ? 0 : 1, loaded.Predict(features));
        }
    }

    [Fact]
    public void Predict_gives_the_margin_over_the_runner_up_and_the_first_of_equal_scores()
    {
        var classes = Enumerable.Range(0, 20).Select(c => "C" + c).ToArray();
        var row = new float[20];
        row[13] = 5f;
        row[7] = 3.5f;
        row[2] = -1f;
        var model = new PerceptronModel([.. classes], new Dictionary<ulong, float[]> { [FeatureHash.Of(1)] = row });

        Assert.Equal(13, model.Predict([FeatureHash.Of(1)], out var margin));
        Assert.Equal(1.5f, margin);

        // no known feature: every score is 0, the first class wins by nothing
        Assert.Equal(0, model.Predict([FeatureHash.Of(2)], out margin));
        Assert.Equal(0f, margin);
    }

    [Fact]
    public void Saving_the_same_model_twice_writes_the_same_bytes()
    {
        var trainer = new PerceptronTrainer(["A", "B"]);
        trainer.Update([FeatureHash.Of(1, "x"), FeatureHash.Of(2, "y")], 0, 1);
        var model = trainer.ToModel();
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        model.Save(first);
        model.Save(second);

        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void Feature_hashes_differ_by_template_and_value()
    {
        Assert.NotEqual(FeatureHash.Of(1, "said"), FeatureHash.Of(2, "said"));
        Assert.NotEqual(FeatureHash.Of(1, "said"), FeatureHash.Of(1, "told"));
        Assert.Equal(FeatureHash.OfLower(1, "Said"), FeatureHash.Of(1, "said"));
    }
}
