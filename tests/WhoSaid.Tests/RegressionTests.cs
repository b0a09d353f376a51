using WhoSaid.Attribution;
using WhoSaid.Tests.Support;
using Xunit;

namespace WhoSaid.Tests;

/// <summary>Cases the engine once got wrong, each named after the bug and kept so that it stays fixed. A new gap goes
/// here with its right expectation and [Fact(Skip = "engine gap: …")] until the engine handles it.</summary>
public class RegressionTests
{
    private static readonly Dictionary<string, AttributionCase> s_cases = new()
    {
        [nameof(Apposition_before_the_name_names_the_speaker)] = new(
            "The mayor of Northfield, Delia Fenwick, said the ferry would run again by March.",
            "the ferry would run again by March", "The mayor of Northfield, Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "said", Title = "mayor of Northfield", QuoteCount = 1 },

        [nameof(Inverted_said_before_lower_case_compound_title_names_speaker)] = new(
            "“We will not wait another winter,” said union leader Bram Hollis.",
            "We will not wait another winter", "union leader Bram Hollis", "Bram Hollis")
        { Kind = QuoteKind.Direct, Cue = "said", Title = "union leader", QuoteCount = 1 },

        [nameof(According_to_lower_case_compound_title_names_speaker)] = new(
            "According to operations director Mirela Dascalu, the company has offered a rise of four percent.",
            "the company has offered a rise of four percent", "operations director Mirela Dascalu", "Mirela Dascalu")
        { Kind = QuoteKind.Indirect, Cue = "According to", Title = "operations director", QuoteCount = 1 },

        [nameof(Subject_with_prepositional_phrase_keeps_its_quote_before_agency_reports)] = new(
            "Ferry crews on the Northfield crossing said on Monday that they would strike from Friday, the Associated Press reports.",
            "they would strike from Friday", "Ferry crews on the Northfield crossing", "Ferry crews on the Northfield crossing")
        { Kind = QuoteKind.Indirect, Cue = "said", Sources = ["Associated Press"], QuoteCount = 1 },

        [nameof(Apposition_between_dashes_is_a_title_not_part_of_the_name)] = new(
            "Ilse Varga -- a spokeswoman for the port authority -- said the dock would reopen.",
            "the dock would reopen", "Ilse Varga -- a spokeswoman for the port authority", "Ilse Varga")
        { Kind = QuoteKind.Indirect, Cue = "said", Title = "spokeswoman for the port authority", QuoteCount = 1 },
    };

    /// <summary>Every article of this class, for the invariant tests.</summary>
    internal static IEnumerable<string> Texts => s_cases.Values.Select(c => c.Text);

    [Fact]
    public void Apposition_between_dashes_is_a_title_not_part_of_the_name() => s_cases[nameof(Apposition_between_dashes_is_a_title_not_part_of_the_name)].Check();

    [Fact]
    public void Apposition_before_the_name_names_the_speaker() => s_cases[nameof(Apposition_before_the_name_names_the_speaker)].Check();

    [Fact]
    public void Inverted_said_before_lower_case_compound_title_names_speaker() => s_cases[nameof(Inverted_said_before_lower_case_compound_title_names_speaker)].Check();

    [Fact]
    public void According_to_lower_case_compound_title_names_speaker() => s_cases[nameof(According_to_lower_case_compound_title_names_speaker)].Check();

    [Fact]
    public void Subject_with_prepositional_phrase_keeps_its_quote_before_agency_reports() => s_cases[nameof(Subject_with_prepositional_phrase_keeps_its_quote_before_agency_reports)].Check();

    [Fact]
    public void Title_of_an_op_ed_after_a_quote_is_no_continuation()
    {
        var doc = Newsroom.Annotate("“We will keep the mine open,” said Mayor Delia Fenwick.\n\n“Coal Is Not the Villain.”\n\nThe op-ed ran on Sunday.");

        Assert.Single(doc.Quotes);
    }

    [Fact]
    public void A_continuation_does_not_pass_over_a_quote_whose_speaker_was_missed()
    {
        // (the stray comma after "MP" leaves the second quote's speaker unfound; its continuation is his, not Marsh's)
        var doc = Newsroom.Annotate("Ada Marsh said the tide was late.\n\nChairman of the Pier Trust Tom Quill MP, said: \"The timetable is a mess. "
            + "\"The night ferry must stay and the crews must be paid.\"");

        Assert.DoesNotContain(doc.Quotes, q => doc.Substring(q.Content[0]).StartsWith("The night ferry", StringComparison.Ordinal) && doc.SpeakerOf(q)?.Name == "Ada Marsh");
    }

    [Fact]
    public void An_article_after_a_name_opens_the_next_subject()
    {
        // (no comma after the source: the mayor said it, Mr Quill reports it)
        var doc = Newsroom.Annotate("According to Mr Quill the mayor said: “Help me through the winter and I will then stand down.”");

        Assert.Contains(doc.Quotes, q => q.SpeakerMention is { } m && doc.Substring(m) == "the mayor"
            && doc.Substring(q.Content[0]).StartsWith("Help me", StringComparison.Ordinal));
    }

    [Fact]
    public void Presented_with_a_plain_object_is_not_speech() => AssertNoQuote("Treasurer Ingrid Solvang presented the accounts on Monday.");

    [Fact]
    public void Find_with_a_noun_object_is_not_speech() => AssertNoQuote("Engineers find cracks in Kelso River dam");

    [Fact]
    public void Title_of_a_book_after_read_is_not_a_quote() => AssertNoQuote("She read “The Long Winter” to the class every Friday.");



    private static void AssertNoQuote(string text)
    {
        var doc = Newsroom.Annotate(text);

        Assert.True(doc.Quotes.IsEmpty, doc.Describe());
    }
}
