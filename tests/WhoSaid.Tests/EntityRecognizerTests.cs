using System.Diagnostics;
using WhoSaid.Pipeline;
using WhoSaid.Sentences;
using WhoSaid.Tagging;
using WhoSaid.Text;
using WhoSaid.Tokens;
using Xunit;

namespace WhoSaid.Tests;

/// <summary>The entity recogniser with the embedded model: the seed article's people and organisations, names no list
/// contains among them.</summary>
public class EntityRecognizerTests
{
    private const string Seed =
        "Foreign Ministry spokeswoman Hua Chunying said Meng Wanzhou, Huawei's chief financial officer, met Sarah Huckabee Sanders "
        + "and Steven Mnuchin in Washington, the Associated Press reports. T-Mobile said it would not comment.";

    private static readonly Lazy<Document> s_seed = new(() => Tag(Seed));

    /// <summary>The seed article's people and organisations, names no list contains among them.</summary>
    public static TheoryData<string, string> SeedNames => new()
    {
        { "Hua Chunying", "PER" },
        { "Meng Wanzhou", "PER" },
        { "Sarah Huckabee Sanders", "PER" },
        { "Steven Mnuchin", "PER" },
        { "Huawei", "ORG" },
        { "T-Mobile", "ORG" },
        { "Associated Press", "ORG" },
    };

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Seed_names_are_tagged_whole_with_their_type(string name, string type)
    {
        var doc = s_seed.Value;

        var found = Entities(doc);
        Assert.True(found.Contains((name, type)), "found: " + string.Join("; ", found));
    }

    [Fact]
    public void I_before_a_verb_is_no_part_of_the_name_before_it()
    {
        var found = Entities(Tag("Professor Ada Brook of Northfield University agreed to answer questions.\n\nAda Brook I am a professor in the Department of Harbour Sciences at the Northfield School."));

        Assert.True(found.Contains(("Ada Brook", "PER")) && !found.Contains(("Ada Brook I", "PER")), "found: " + string.Join("; ", found));
    }

    [Fact]
    public void Honorific_inside_a_name_is_left_out_and_what_follows_is_a_person()
    {
        var found = Entities(Tag("Former Vermont Gov. Tom Halloway, a campaign adviser, said the plan would fail."));

        Assert.True(found.Contains(("Tom Halloway", "PER")), "found: " + string.Join("; ", found));
    }

    [Theory]
    [InlineData("O B-PER I-PER O B-ORG B-LOC I-LOC I-LOC", "O B-PER E-PER O S-ORG B-LOC I-LOC E-LOC")]
    [InlineData("B-MISC B-PER I-PER", "S-MISC B-PER E-PER")]
    public void Bioes_classes_round_trip_through_iob2(string iob2, string bioes)
    {
        var tags = iob2.Split(' ').Select(t => NerFeatures.Classes.IndexOf(t)).ToArray();
        var model = new int[tags.Length];
        NerFeatures.ToModel(tags, model);

        Assert.Equal(bioes, string.Join(' ', model.Select(c => NerFeatures.ModelClasses[c])));
        var back = new int[tags.Length];
        NerFeatures.ToIob2(model, back);
        Assert.Equal(iob2, string.Join(' ', back.Select(c => NerFeatures.Classes[c])));
    }

    [Theory]
    [InlineData("O", "B-PER", true)]
    [InlineData("O", "I-PER", false)]
    [InlineData("B-PER", "E-PER", true)]
    [InlineData("B-PER", "O", false)]
    [InlineData("I-ORG", "E-PER", false)]
    [InlineData("E-LOC", "S-ORG", true)]
    [InlineData("S-LOC", "I-LOC", false)]
    public void Bioes_constraints(string previous, string next, bool allowed) =>
        Assert.Equal(allowed, NerFeatures.ModelAllowed(NerFeatures.ModelClasses.IndexOf(previous), NerFeatures.ModelClasses.IndexOf(next)));

    [Fact]
    public void Keeps_part_of_speech_tags_already_on_the_document()
    {
        var doc = new Document("t", "Steven Mnuchin spoke.");
        doc = new SentenceSplitter().Process(new Tokenizer().Process(doc, default), default);
        doc = doc with { Tags = [.. doc.Tokens.Select(_ => new TokenTag("X", "Y", null))] };

        doc = new EntityRecognizer().Process(doc, default);

        Assert.All(doc.Tags, t => Assert.Equal(("X", "Y"), (t.Upos, t.Xpos)));
        Assert.Equal("B-PER", doc.Tags[0].Entity);
        Assert.True(doc.Has.HasFlag(Annotations.NamedEntities));
    }

    [Fact]
    public void Empty_document_gets_no_tags()
    {
        var doc = new EntityRecognizer().Process(new SentenceSplitter().Process(new Tokenizer().Process(new Document("t", ""), default), default), default);

        Assert.Empty(doc.Tags);
    }

    [Fact]
    public void Model_loads_well_under_a_second()
    {
        var clock = Stopwatch.StartNew();
        using var stream = Models.EmbeddedModel.Open("ner.wspm");
        Assert.NotNull(stream);
        var model = PerceptronModel.Load(stream);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"loading took {clock.Elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal(NerFeatures.ModelClasses.ToArray(), model.Classes.ToArray());
    }

    private static Document Tag(string text)
    {
        var doc = new SentenceSplitter().Process(new Tokenizer().Process(new Document("t", text), default), default);
        return new EntityRecognizer().Process(doc, default);
    }

    internal static List<(string Text, string Type)> Entities(Document doc)
    {
        var found = new List<(string, string)>();
        for (var i = 0; i < doc.Tokens.Length; i++)
        {
            var tag = doc.Tags[i].Entity;
            if (tag is null || !tag.StartsWith("B-", StringComparison.Ordinal))
            {
                continue;
            }

            var end = i + 1;
            while (end < doc.Tokens.Length && doc.Tags[end].Entity == "I-" + tag[2..])
            {
                end++;
            }

            found.Add((doc.Text[doc.Tokens[i].Start..doc.Tokens[end - 1].End], tag[2..]));
        }

        return found;
    }
}
