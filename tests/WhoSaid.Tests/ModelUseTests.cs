using WhoSaid.Coreference;
using WhoSaid.Pipeline;
using WhoSaid.Tests.Support;
using Xunit;

namespace WhoSaid.Tests;

/// <summary>What the attribution engine gets from the part-of-speech and entity models: each case is one the fast
/// pipeline (no models) gets wrong and the default pipeline gets right, so a case that stops differing shows that the
/// models stopped helping there.</summary>
public class ModelUseTests
{
    [Fact]
    public void Recognised_person_name_splits_a_capitalised_title_from_the_name()
    {
        const string text = "Former Vermont Gov. Tom Halloway, a campaign adviser, said the plan would fail.";

        Assert.Equal("Tom Halloway", Speaker(Newsroom.Annotate(text))?.Name);
        Assert.Equal("Tom Halloway", Speaker(WhoSaidPipeline.Fast.Process("test", text))?.Name); // ("Gov." is in the title lexicon too)
    }

    [Fact]
    public void Recognised_organisation_speaks_as_an_organisation()
    {
        const string text = "Verizon said it would appeal the ruling.";

        Assert.Equal(EntityType.Organization, Speaker(Newsroom.Annotate(text))?.Type);
        Assert.Equal(EntityType.Person, Speaker(WhoSaidPipeline.Fast.Process("test", text))?.Type);
    }

    [Fact]
    public void Cue_tagged_as_a_verb_is_a_cue_where_word_shapes_alone_doubt_it()
    {
        const string text = "Critics, however, allege the board hid the report.";

        var quote = Assert.Single(Newsroom.Annotate(text).Quotes);
        Assert.Equal("Critics", Newsroom.Annotate(text).Substring(quote.SpeakerMention!.Value));
        Assert.Empty(WhoSaidPipeline.Fast.Process("test", text).Quotes);
    }

    [Fact]
    public void Person_named_earlier_stays_a_person_when_the_recogniser_doubts_a_surname()
    {
        const string text = "Bruce Springsteen played in Newark on Friday. \"We came home,\" Springsteen said.";

        var doc = Newsroom.Annotate(text);
        var speaker = Speaker(doc);
        Assert.Equal("Bruce Springsteen", speaker?.Name);
        Assert.Equal(EntityType.Person, speaker?.Type);
    }

    private static Entity? Speaker(Text.Document doc) => doc.SpeakerOf(Assert.Single(doc.Quotes));

    [Theory]
    [InlineData("The senator fumed that the proposal was reckless.", "fumed", "the proposal was reckless")]
    [InlineData("The coach lamented that his team had lost.", "lamented", "his team had lost")]
    public void Learned_cue_detector_finds_reporting_verbs_the_lexicon_lacks(string text, string cue, string content)
    {
        var doc = Newsroom.Annotate(text);

        var quote = Assert.Single(doc.Quotes);
        Assert.Equal(cue, doc.Substring(quote.Cue!.Value));
        Assert.Equal(content, doc.Substring(Assert.Single(quote.Content)));
        Assert.Empty(WhoSaidPipeline.Fast.Process("test", text).Quotes);
    }

    [Fact]
    public void Learned_cue_is_not_taken_for_a_verb_of_action()
    {
        var doc = Newsroom.Annotate("The crew painted the bridge last week.");

        Assert.Empty(doc.Quotes);
    }
}
