using WhoSaid.Attribution;
using WhoSaid.Tests.Support;
using Xunit;

namespace WhoSaid.Tests;

/// <summary>Patterns the engine gets wrong today, each with the right expectation. Skipped so that CI stays green;
/// whoever fixes one removes its Skip (and may move the case into <see cref="AttributionPatternTests"/>).</summary>
public class KnownEngineGapTests
{
    private static readonly Dictionary<string, AttributionCase> s_cases = new()
    {
        [nameof(Cue_then_colon_then_quote_is_a_direct_quote)] = new(
            "Mayor Delia Fenwick said: “No ship will leave the port until the storm has passed.”",
            "No ship will leave the port until the storm has passed", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Direct, Cue = "said", QuoteCount = 1 },

        [nameof(Told_reporters_comma_then_quote_is_a_direct_quote)] = new(
            "Mayor Delia Fenwick told reporters, “The ferry will run again by March.”",
            "The ferry will run again by March", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Direct, Cue = "told", QuoteCount = 1 },

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

        [nameof(Clause_after_according_to_name_is_not_a_title)] = new(
            "According to director Mirela Dascalu, the company has offered a rise of four percent.",
            "the company has offered a rise of four percent", "director Mirela Dascalu", "Mirela Dascalu")
        { Kind = QuoteKind.Indirect, Title = "director", QuoteCount = 1 },

        [nameof(Headline_organization_colon_content_is_said_by_the_organization)] = new(
            "Union: Ferry crews will strike until pay deal is signed\n\nThe strike would be the first on the crossing in a decade.",
            "Ferry crews will strike until pay deal is signed", "Union", "Union")
        { Kind = QuoteKind.Indirect, QuoteCount = 1 },

        [nameof(Subject_with_prepositional_phrase_keeps_its_quote_before_agency_reports)] = new(
            "Ferry crews on the Northfield crossing said on Monday that they would strike from Friday, the Associated Press reports.",
            "they would strike from Friday", "Ferry crews on the Northfield crossing", "Ferry crews on the Northfield crossing")
        { Kind = QuoteKind.Indirect, Cue = "said", Sources = ["Associated Press"], QuoteCount = 1 },

        [nameof(Postposed_said_in_a_statement_keeps_the_clause_before)] = new(
            "Engineers inspecting the Kelso River dam have found cracks in its spillway, the regional water board said in a statement on Thursday.",
            "Engineers inspecting the Kelso River dam have found cracks in its spillway", "the regional water board", "regional water board")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },
    };

    /// <summary>Every article of this class, for the invariant tests.</summary>
    internal static IEnumerable<string> Texts => s_cases.Values.Select(c => c.Text);

    [Fact(Skip = "engine gap: a cue and colon before a quotation make a mixed quote that swallows the speaker and cue")]
    public void Cue_then_colon_then_quote_is_a_direct_quote() => s_cases[nameof(Cue_then_colon_then_quote_is_a_direct_quote)].Check();

    [Fact(Skip = "engine gap: 'told reporters,' before a quotation makes a mixed quote that swallows the speaker and cue")]
    public void Told_reporters_comma_then_quote_is_a_direct_quote() => s_cases[nameof(Told_reporters_comma_then_quote_is_a_direct_quote)].Check();

    [Fact(Skip = "engine gap: 'The mayor of X, Name, said …' finds no quote at all")]
    public void Apposition_before_the_name_names_the_speaker() => s_cases[nameof(Apposition_before_the_name_names_the_speaker)].Check();

    [Fact(Skip = "engine gap: 'said union leader X' (lower-case noun before the role) finds no quote at all")]
    public void Inverted_said_before_lower_case_compound_title_names_speaker() => s_cases[nameof(Inverted_said_before_lower_case_compound_title_names_speaker)].Check();

    [Fact(Skip = "engine gap: 'According to operations director X,' (lower-case noun before the role) finds no quote at all")]
    public void According_to_lower_case_compound_title_names_speaker() => s_cases[nameof(According_to_lower_case_compound_title_names_speaker)].Check();

    [Fact(Skip = "engine gap: the clause after 'According to director X,' becomes X's title ('company has offered a rise of four percent')")]
    public void Clause_after_according_to_name_is_not_a_title() => s_cases[nameof(Clause_after_according_to_name_is_not_a_title)].Check();

    [Fact(Skip = "engine gap: a one-word non-country headline speaker ('Union: …') gives no quote")]
    public void Headline_organization_colon_content_is_said_by_the_organization() => s_cases[nameof(Headline_organization_colon_content_is_said_by_the_organization)].Check();

    [Fact(Skip = "engine gap: a subject with a prepositional phrase ('Ferry crews on the Northfield crossing said that …') is lost and the agency becomes the speaker of the whole sentence")]
    public void Subject_with_prepositional_phrase_keeps_its_quote_before_agency_reports() => s_cases[nameof(Subject_with_prepositional_phrase_keeps_its_quote_before_agency_reports)].Check();

    [Fact(Skip = "engine gap: '…, the board said in a statement on Thursday.' takes the venue phrase after the cue as content")]
    public void Postposed_said_in_a_statement_keeps_the_clause_before() => s_cases[nameof(Postposed_said_in_a_statement_keeps_the_clause_before)].Check();

    [Fact(Skip = "engine gap: 'find' with a plain noun object (a headline) is taken as a cue")]
    public void Find_with_a_noun_object_is_not_speech() => AssertNoQuote("Engineers find cracks in Kelso River dam");

    [Fact(Skip = "engine gap: 'read' before a book title makes the title a mixed quote")]
    public void Title_of_a_book_after_read_is_not_a_quote() => AssertNoQuote("She read “The Long Winter” to the class every Friday.");

    [Fact(Skip = "engine gap: 'spoke at length on Monday' becomes an indirect quote with content 'at length on Monday'")]
    public void Spoke_at_length_is_not_reported_speech() => AssertNoQuote("Mayor Delia Fenwick spoke at length on Monday.");

    [Fact(Skip = "engine gap: lower-case 'no.' is read as the abbreviation 'No.' and never ends a sentence")]
    public void Voted_no_full_stop_ends_the_sentence()
    {
        var doc = Newsroom.Split("Sen. Ada Brookfield voted no. The bill failed.");

        Assert.Equal(["Sen. Ada Brookfield voted no.", "The bill failed."], doc.Sentences.Select(s => doc.TextOf(s)).ToArray());
    }

    [Fact(Skip = "engine gap: golden ferry-strike: 'Union:' headline, subject with a prepositional phrase before '…, the AP reports', lower-case compound titles ('union leader', 'operations director')")]
    public void Golden_ferry_strike() => GoldenTests.Check("ferry-strike");

    [Fact(Skip = "engine gap: golden river-dam: 'find' in the headline is taken as a cue; '…, the water board said in a statement on Thursday' keeps only the venue phrase")]
    public void Golden_river_dam() => GoldenTests.Check("river-dam");

    private static void AssertNoQuote(string text)
    {
        var doc = Newsroom.Annotate(text);

        Assert.True(doc.Quotes.IsEmpty, doc.Describe());
    }
}
