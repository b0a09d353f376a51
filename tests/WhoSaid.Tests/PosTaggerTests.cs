using System.Text;
using WhoSaid.Models;
using WhoSaid.Pipeline;
using WhoSaid.Tagging;
using WhoSaid.Tests.Support;
using Xunit;

namespace WhoSaid.Tests;

/// <summary>The part-of-speech tagger with its embedded models, and <c>whosaid tag --conllu</c> run as a process.</summary>
public sealed class PosTaggerTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("whosaid-pos-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Embedded_models_load_with_the_joint_classes()
    {
        // how fast they load is measured by ModelLoadBenchmark, not here
        foreach (var name in new[] { PosTagger.ModelName, PosTagger.SecondModelName })
        {
            using var stream = EmbeddedModel.Open(name);
            Assert.NotNull(stream);
            var model = PerceptronModel.Load(stream);
            Assert.Contains("VERB|VBD", model.Classes);
        }
    }

    [Theory]
    [InlineData("The", "DET", "DT")]
    [InlineData("spokeswoman", "NOUN", "NN")]
    [InlineData("said", "VERB", "VBD")]
    [InlineData("company", "NOUN", "NN")]
    [InlineData("secrets", "NOUN", "NNS")]
    [InlineData(".", "PUNCT", ".")]
    public void Newsroom_sentence_is_tagged(string word, string upos, string xpos)
    {
        var doc = WhoSaidPipeline.Default.Process("test", "The spokeswoman said the company stole secrets .");
        Assert.True(doc.Has.HasFlag(Annotations.PartsOfSpeech));
        Assert.Equal(doc.Tokens.Length, doc.Tags.Length);
        var i = Array.IndexOf(doc.TokenTexts(), word);
        Assert.Equal((upos, xpos), (doc.Tags[i].Upos, doc.Tags[i].Xpos));
    }

    [Fact]
    public void Tagger_keeps_entity_tags_already_there()
    {
        var doc = Newsroom.Split("Officials said so.");
        doc = doc with { Tags = [.. doc.Tokens.Select(_ => new TokenTag(null, null, "O"))] };
        var tagged = new PosTagger().Process(doc, CancellationToken.None);
        Assert.All(tagged.Tags, t => Assert.Equal("O", t.Entity));
        Assert.All(tagged.Tags, t => Assert.NotNull(t.Upos));
    }

    [Fact]
    public void Tag_conllu_fills_the_tag_columns_and_keeps_every_other_line()
    {
        const string Input = """
            # newdoc id = test-1
            # sent_id = test-1-1
            # text = The mayor's aide said no.
            1	The	the	_	_	_	3	det	_	_
            2-3	mayor's	_	_	_	_	_	_	_	_
            2	mayor	mayor	_	_	_	4	nmod:poss	_	_
            3	's	's	_	_	_	2	case	_	_
            4	aide	aide	_	_	_	5	nsubj	_	_
            5	said	say	_	_	_	0	root	_	_
            6	no	no	_	_	_	5	obj	_	SpaceAfter=No
            7	.	.	_	_	_	5	punct	_	_

            # sent_id = test-1-2
            1	Sarah	Sarah	X	X	_	0	root	_	Gold=yes
            2	Sanders	Sanders	X	X	_	1	flat	_	_
            2.1	spoke	spoke	_	_	_	_	_	_	_

            """;
        var path = Path.Combine(_dir.FullName, "small.conllu");
        File.WriteAllText(path, Input.ReplaceLineEndings("\n"), new UTF8Encoding(false));

        var result = CliProcess.Run(null, "tag", "--conllu", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        var expected = Input.ReplaceLineEndings("\n").Split('\n');
        var actual = result.Stdout.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal(expected.Length, actual.Length);
        for (var n = 0; n < expected.Length; n++)
        {
            var want = expected[n].Split('\t');
            var got = actual[n].Split('\t');
            if (want.Length != 10 || want[0].Contains('-', StringComparison.Ordinal) || want[0].Contains('.', StringComparison.Ordinal))
            {
                Assert.Equal(expected[n], actual[n]);
                continue;
            }

            Assert.Equal(10, got.Length);
            Assert.Equal(want[..3], got[..3]);
            Assert.Equal(want[5..9], got[5..9]);
            Assert.NotEqual("_", got[3]);
            Assert.NotEqual("_", got[4]);
            var ner = got[9].Split('|').Last();
            Assert.StartsWith("NER=", ner);
            Assert.Equal(want[9] == "_" ? ner : want[9] + "|" + ner, got[9]);
        }

        Assert.Equal(["VERB", "VBD"], actual[8].Split('\t')[3..5]);
        Assert.Equal("PROPN", actual[13].Split('\t')[3]);
    }

    [Fact]
    public void Tag_without_input_is_a_usage_error()
    {
        var result = CliProcess.Run(null, "tag");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Single(result.StderrLines);
    }

    [Fact]
    public void Tag_on_raw_text_prints_a_token_a_line()
    {
        var result = CliProcess.Run("Officials said so. Then they left.\n", "tag", "-");
        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.Split('\n');
        Assert.Equal("said\tVERB\tVBD\tO", lines[1]);
        Assert.Equal("", lines[4]);
        Assert.All(result.StdoutLines, l => Assert.Equal(4, l.Split('\t').Length));
    }
}
