using WhoSaid.Coreference;
using WhoSaid.Lexicons;
using WhoSaid.Tests.Support;
using WhoSaid.Text;
using Xunit;

namespace WhoSaid.Tests.Coreference;

/// <summary><see cref="SpeakerResolver.Resolve(WhoSaid.Text.Document, IReadOnlyList{TextSpan})"/> on articles written
/// for the tests: any mention, not only a quote's speaker, resolves the way speakers do.</summary>
public class SpeakerResolverTests
{
    private const string Article =
        "Mayor Delia Fenwick opened the new ferry terminal on Monday. Fenwick said the project had taken four years. "
        + "She thanked the harbour workers.\n\n"
        + "Transport Minister Tom Okafor was absent; his office said he was travelling. The mayor later praised him, "
        + "and the workers said they were proud.";

    private static readonly SpeakerResolver s_resolver = new(LexiconSet.Default);

    [Theory]
    [InlineData("Fenwick", 1, "Delia Fenwick")]
    [InlineData("She", 1, "Delia Fenwick")]
    [InlineData("his", 1, "Tom Okafor")]
    [InlineData("he", 1, "Tom Okafor")]
    [InlineData("him", 1, "Tom Okafor")]
    [InlineData("mayor", 2, "Delia Fenwick")]
    public void Mention_resolves_to_the_full_name(string mention, int occurrence, string name)
    {
        var doc = Newsroom.Annotate(Article);

        var entity = Assert.Single(s_resolver.Resolve(doc, [Find(doc, mention, occurrence)]));

        Assert.NotNull(entity);
        Assert.Equal(name, entity.Name);
        Assert.Equal(EntityType.Person, entity.Type);
    }

    [Fact]
    public void Plural_pronoun_resolves_to_nothing()
    {
        var doc = Newsroom.Annotate(Article);

        Assert.Null(Assert.Single(s_resolver.Resolve(doc, [Find(doc, "they", 1)])));
    }

    [Fact]
    public void He_with_no_man_named_before_it_resolves_to_nothing()
    {
        var doc = Newsroom.Annotate("He arrived late. Delia Fenwick had already left.");

        Assert.Null(Assert.Single(s_resolver.Resolve(doc, [Find(doc, "He", 1)])));
    }

    [Theory]
    [InlineData("Ben Severson is a lifeguard on Oahu. A former rival of Mike Stewart, Ben is a fast and precise rider. He won a world title early.",
        "He", "Ben Severson")] // the subject of the last sentence, not the man named last
    [InlineData("Tom Okafor met the press on Monday. In her first speech, Delia Fenwick thanked the harbour workers.",
        "her", "Delia Fenwick")] // the name after an opening phrase
    [InlineData("Mayor Delia Fenwick opened the terminal. Later Fenwick thanked Tom Okafor and praised his office.",
        "his", "Tom Okafor")]
    [InlineData("Donald Trumbull praised Michael Flint on Tuesday. Trumbull said Flint had served the country well. Trumbull added that the investigation was a hoax.\n\n"
        + "Flint, a retired general, appeared in court on Wednesday. He said he regretted his conduct.",
        "He", "Michael Flint")] // the subject of the sentence before, with a participle in its apposition, not the man named most
    [InlineData("The driver, identified as Osric Damascus, 34, was arrested on Friday. He told officers he did not see the pier.",
        "He", "Osric Damascus")] // a name the recogniser reads as a place, but places have no age
    [InlineData("Yesterday, Tomas de Marenco, the harbour master, closed the pier. He said the storm had broken it.",
        "He", "Tomas de Marenco")] // a lower-case particle inside the name

    public void Pronoun_resolves_to_the_salient_person(string text, string pronoun, string name)
    {
        var doc = Newsroom.Annotate(text);

        var entity = Assert.Single(s_resolver.Resolve(doc, [Find(doc, pronoun, 1)]));

        Assert.Equal(name, entity?.Name);
    }

    [Theory]
    [InlineData("The Harbour Lines company said its timetable was ready. Local residents said the timetable was rushed. It said the new ferries would start in May.",
        "Harbour Lines company")] // "it" is one thing: not the residents named after the company
    public void It_speaks_for_an_organisation_not_a_group(string text, string name)
    {
        var doc = Newsroom.Annotate(text);

        TextSpan Span(string phrase) => new(text.IndexOf(phrase, StringComparison.Ordinal), phrase.Length);
        var entities = s_resolver.Resolve(doc, [Span("The Harbour Lines company"), Span("Local residents"), new TextSpan(text.IndexOf("It said", StringComparison.Ordinal), 2)]);

        Assert.Equal(name, entities[2]?.Name);
    }

    [Theory]
    [InlineData("Inquiries were opened by the Harbour Safety Board and the Northfield Ferry Authority, with the latter confirming the pier was closed.",
        "the latter", "Northfield Ferry Authority")]
    [InlineData("Inquiries were opened by the Harbour Safety Board and the Northfield Ferry Authority. The former said the pier was closed.",
        "The former", "Harbour Safety Board")]
    public void The_latter_is_the_second_of_two_names_before_it(string text, string mention, string name)
    {
        var entity = FirstMention(text, mention);

        Assert.Equal(name, entity?.Name);
    }

    [Theory]
    [InlineData("Joy Alessi, 50, of Houston, said the ferry is late.", "Joy Alessi, 50, of Houston", null)] // age and home town
    [InlineData("Ruth Ambler, at the Harbour Institute, said the pier is unsafe.", "Ruth Ambler, at the Harbour Institute", null)]
    [InlineData("Joy Alessi, 50, a retired teacher, said the ferry is late.", "Joy Alessi, 50, a retired teacher", "retired teacher")]
    [InlineData("Joy Alessi, like Brook, said the ferry is late.", "Joy Alessi, like Brook", null)] // a comparison
    [InlineData("Joy Alessi, after a long pause, said the ferry is late.", "Joy Alessi, after a long pause", null)] // an occasion
    [InlineData("Joy Alessi, the acting harbour master, said the ferry is late.", "Joy Alessi, the acting harbour master", "acting harbour master")]
    [InlineData("Joy Alessi, managing director of Harbourline, said the ferry is late.", "Joy Alessi", "managing director of Harbourline")]
    public void Apposition_is_a_title_only_when_it_names_a_role(string text, string mention, string? title)
    {
        var entity = FirstMention(text, mention);

        Assert.Equal(text[..text.IndexOf(',')], entity?.Name);
        Assert.Equal(title, entity?.Title);
    }

    [Fact]
    public void A_surname_an_agency_shares_is_the_person_the_article_names()
    {
        var entity = LastMention("Michael Bloomberg ended his campaign for mayor on Wednesday. Bloomberg endorsed his former rival.", "Bloomberg");

        Assert.Equal("Michael Bloomberg", entity?.Name);
        Assert.Equal(EntityType.Person, entity?.Type);
    }

    [Fact]
    public void A_clause_after_a_name_is_no_apposition()
    {
        var entity = LastMention("At the request of Harbour Minister Delia Fenwick, the Queen suspended the harbour board for five weeks. Fenwick said the pier would close.", "Fenwick");

        Assert.Equal("Delia Fenwick", entity?.Name);
        Assert.Equal("Harbour Minister", entity?.Title);
    }

    [Fact]
    public void A_list_of_titled_names_gives_each_its_own_title()
    {
        var entity = LastMention("Those who took part were: harbour board candidate Tomas Ferry, Green Party council nominee Howard Lund, Pier Party council nominee Brian Okafor, and Labour council nominee Ada Brook. Lund argued the pier must close.", "Lund");

        Assert.Equal("Howard Lund", entity?.Name);
        Assert.Equal("Green Party council nominee", entity?.Title);
    }

    [Theory]
    [InlineData("Fenwick's campaign manager, Tobias Rennick, said the ferry is late.", "Fenwick's campaign manager, Tobias Rennick", "Tobias Rennick", "Fenwick's campaign manager")]
    [InlineData("Sen. Ada Brook of Colorado said the ferry is late.", "Sen. Ada Brook of Colorado", "Ada Brook", "Sen.")]
    [InlineData("Gov. Tom Okafor said the ferry is late.", "Gov. Tom Okafor", "Tom Okafor", "Gov.")]
    [InlineData("Ms. Brook of the Harbour Institute said the ferry is late.", "Ms. Brook of the Harbour Institute", "Brook", "Harbour Institute")]
    [InlineData("Republican committee member Doug Fenwick of Georgia said the ferry is late.", "Republican committee member Doug Fenwick of Georgia", "Doug Fenwick", "Republican committee member")]
    [InlineData("former Gov. Bill Harwood of New Mexico said the ferry is late.", "former Gov. Bill Harwood of New Mexico", "Bill Harwood", "former Gov.")]
    [InlineData("Joy Alessi of the Harbour Foundation, which funds the ferry, said the ferry is late.", "Joy Alessi of the Harbour Foundation, which funds the ferry", "Joy Alessi", "Harbour Foundation")]
    [InlineData("Miss Universe Alicia Brook said the ferry is late.", "Miss Universe Alicia Brook", "Alicia Brook", "Miss Universe")]
    [InlineData("Stacy Baker of Columbia, South Carolina, said the ferry is late.", "Stacy Baker of Columbia, South Carolina", "Stacy Baker", null)]
    public void Name_is_told_from_its_title(string text, string mention, string name, string? title)
    {
        var entity = FirstMention(text, mention);

        Assert.Equal(name, entity?.Name);
        Assert.Equal(title, entity?.Title);
        Assert.Equal(EntityType.Person, entity?.Type);
    }

    [Theory]
    [InlineData("Ecologist Chip Tanner of the University of Harbourtown said the pier is unsafe.", "Ecologist Chip Tanner of the University of Harbourtown", "Chip Tanner", "Ecologist", "University of Harbourtown")]
    [InlineData("Bank of Harbourtown deputy governor Rachel Lomond said rates would rise.", "Bank of Harbourtown deputy governor Rachel Lomond", "Rachel Lomond", "deputy governor", "Bank of Harbourtown")]
    [InlineData("BBC's Jonathan Marlow said questions remain.", "BBC's Jonathan Marlow", "Jonathan Marlow", null, "BBC")]
    [InlineData("Ferry pilots' trade union Navra general secretary Mick Whelby said the ferry is late.", "Ferry pilots' trade union Navra general secretary Mick Whelby", "Mick Whelby", "general secretary", "Ferry pilots' trade union Navra")]
    [InlineData("US Secretary of State Mike Pompey said the ferry is late.", "US Secretary of State Mike Pompey", "Mike Pompey", "Secretary of State", "US")]
    [InlineData("One senator, Eduardo Bhatia, said he would sue.", "One senator, Eduardo Bhatia", "Eduardo Bhatia", "senator", null)]
    [InlineData("Trade and Industry Secretary Patricia Hewlett said the ferry is late.", "Trade and Industry Secretary Patricia Hewlett", "Patricia Hewlett", "Secretary", "Trade and Industry")]
    [InlineData("Mayor Delia Fenwick of Northfield said the ferry is late.", "Mayor Delia Fenwick of Northfield", "Delia Fenwick", "Mayor", "Northfield")]
    [InlineData("Harbourline President and CEO Andy Vesey said the ferry is late.", "Harbourline President and CEO Andy Vesey", "Andy Vesey", "President and CEO", "Harbourline")]
    [InlineData("The director of Harbourline's Ferry Trust, Mariela Belski, said the ferry is late.", "The director of Harbourline's Ferry Trust, Mariela Belski", "Mariela Belski", "director", "Harbourline's Ferry Trust")]
    [InlineData("Harbour Party MP Stephen Pound said the ferry is late.", "Harbour Party MP Stephen Pound", "Stephen Pound", "MP", "Harbour Party")]
    [InlineData("Director, Delia Caldwell, said the ferry is late.", "Director, Delia Caldwell", "Delia Caldwell", "Director", null)]
    [InlineData("Sir Tom Okafor said the ferry is late.", "Sir Tom Okafor", "Tom Okafor", null, null)]
    [InlineData("Crown Prince Mohammad bin Salman of Saudi Arabia said the ferry is late.", "Crown Prince Mohammad bin Salman of Saudi Arabia", "Mohammad bin Salman", "Crown Prince", "Saudi Arabia")]
    [InlineData("Former Northfield Mayor Delia Fenwick said the ferry is late.", "Former Northfield Mayor Delia Fenwick", "Delia Fenwick", "former Mayor", "Northfield")]
    [InlineData("Their coach Tom Okafor said the ferry is late.", "Their coach Tom Okafor", "Tom Okafor", "coach", null)]
    [InlineData("US President Donald Trumbull said the ferry is late.", "US President Donald Trumbull", "Donald Trumbull", "President", "US")]
    [InlineData("Harbour Independence Party leader Nigel Farrant said the ferry is late.", "Harbour Independence Party leader Nigel Farrant", "Nigel Farrant", "leader", "Harbour Independence Party")]
    [InlineData("Tad Devine, a top adviser to Harbourline, said the ferry is late.", "Tad Devine, a top adviser to Harbourline", "Tad Devine", "top adviser", "Harbourline")]
    [InlineData("President of Argentina Alberto Fernández said the ferry is late.", "President of Argentina Alberto Fernández", "Alberto Fernández", "President", "Argentina")]
    [InlineData("First Minister of Scotland Nicola Sturgeon said the ferry is late.", "First Minister of Scotland Nicola Sturgeon", "Nicola Sturgeon", "First Minister", "Scotland")]
    [InlineData("Mexican President Andrés Manuel Olmedo said the ferry is late.", "Mexican President Andrés Manuel Olmedo", "Andrés Manuel Olmedo", "President", "Mexican")]
    [InlineData("US Special Representative for Iran Brian Hook said the ferry is late.", "US Special Representative for Iran Brian Hook", "Brian Hook", "US Special Representative", "Iran")]
    [InlineData("Ada Brook of the UK's Harbour Safety Agency said the ferry is late.", "Ada Brook of the UK's Harbour Safety Agency", "Ada Brook", null, "UK's Harbour Safety Agency")]
    [InlineData("Northfield Center for Harbour Security marine biologist Ada Brook said the ferry is late.", "Northfield Center for Harbour Security marine biologist Ada Brook", "Ada Brook", "marine biologist", "Northfield Center for Harbour Security")]
    [InlineData("Harbour Council director-general Ada Brook said the ferry is late.", "Harbour Council director-general Ada Brook", "Ada Brook", "director-general", "Harbour Council")]
    [InlineData("Ada Brook of the Northfield Center for Harbour Studies said the ferry is late.", "Ada Brook of the Northfield Center for Harbour Studies", "Ada Brook", null, "Northfield Center for Harbour Studies")]
    [InlineData("Dr Ada Brook, retail expert from Northfield University of Technology, said the ferry is late.", "Dr Ada Brook, retail expert from Northfield University of Technology", "Ada Brook", "retail expert", "Northfield University of Technology")]
    [InlineData("Senate Minority Whip Dick Durbin said the ferry is late.", "Senate Minority Whip Dick Durbin", "Dick Durbin", "Minority Whip", "Senate")]
    [InlineData("Supreme Court Justice Elena Kagan said the ferry is late.", "Supreme Court Justice Elena Kagan", "Elena Kagan", "Justice", "Supreme Court")]
    [InlineData("Ada Brook, an attorney with the Harbour Legal Center, said the ferry is late.", "Ada Brook, an attorney with the Harbour Legal Center", "Ada Brook", "attorney", "Harbour Legal Center")]
    [InlineData("Harbour campaign spokeswoman Hope Brook said the ferry is late.", "Harbour campaign spokeswoman Hope Brook", "Hope Brook", "campaign spokeswoman", "Harbour")]
    [InlineData("The ferry is late, former UN Ambassador John Brook said.", "former UN Ambassador John Brook", "John Brook", "Ambassador", "UN")]
    [InlineData("Ada Brook, sitting with Lord Osborne and Lord Hamilton, said the ferry is late.", "Ada Brook, sitting with Lord Osborne and Lord Hamilton", "Ada Brook", null, null)]
    [InlineData("UK Chancellor of the Exchequer Gordon Brook said the ferry is late.", "UK Chancellor of the Exchequer Gordon Brook", "Gordon Brook", "Chancellor of the Exchequer", "UK")]
    [InlineData("Ohio Governor Mike Brook said the pier is unsafe.", "Ohio Governor Mike Brook", "Mike Brook", "Governor", "Ohio")]
    [InlineData("In China, Secretary of State Ada Brook met the Russians. Ms. Brook said the talks had failed.", "Ms. Brook", "Ada Brook", "Secretary of State", null)]
    [InlineData("White House Chief of Staff Tom Brook said the pier is unsafe.", "White House Chief of Staff Tom Brook", "Tom Brook", "Chief of Staff", "White House")]
    [InlineData("Deputy Secretary of State Tom Brook said the pier is unsafe.", "Deputy Secretary of State Tom Brook", "Tom Brook", "Deputy Secretary of State", null)]
    [InlineData("Later, Ada Brook found success with the Harbour Band, where she met bassist Tom Okafor. Okafor said the band would tour.", "Okafor", "Tom Okafor", "bassist", null)]
    [InlineData("Co-author Ada Brook said the pier is unsafe.", "Co-author Ada Brook", "Ada Brook", "Co-author", null)]
    [InlineData("John Brook, an evolutionary biomechanicist at Northfield's Royal Harbour College, said the pier is unsafe.", "John Brook, an evolutionary biomechanicist at Northfield's Royal Harbour College", "John Brook", "evolutionary biomechanicist", "Northfield's Royal Harbour College")]
    [InlineData("NATO Secretary-General Ada Brook wrote that the pier is unsafe.", "NATO Secretary-General Ada Brook", "Ada Brook", "Secretary-General", "NATO")]
    [InlineData("Harbour Gazette Editor-in-Chief Tom Brook said the pier is unsafe.", "Harbour Gazette Editor-in-Chief Tom Brook", "Tom Brook", "Editor-in-Chief", "Harbour Gazette")]
    public void Title_splits_into_role_and_affiliation(string text, string mention, string name, string? role, string? affiliation)
    {
        var entity = FirstMention(text, mention);

        Assert.Equal(name, entity?.Name);
        Assert.Equal(role, entity?.Role);
        Assert.Equal(affiliation, entity?.Affiliation);
    }

    [Theory]
    [InlineData("The United Nations called the crisis the worst in the world.", "The United Nations", "United Nations")]
    [InlineData("According to Notes from the Harbour (NFH), ferries stopped.", "Notes from the Harbour (NFH)", "Notes from the Harbour")]
    [InlineData("The Department of Harbours and Fire Protection said the pier burned.", "The Department of Harbours and Fire Protection", "Department of Harbours and Fire Protection")]
    [InlineData("The journal Science said the harbour bloom was large.", "The journal Science", "Science")]
    [InlineData("Northfield's Supreme Court said the pier must close.", "Northfield's Supreme Court", "Northfield's Supreme Court")]
    [InlineData("Capital Radio said the pier must close.", "Capital Radio", "Capital Radio")]
    [InlineData("The United States Supreme Court said the pier must close.", "The United States Supreme Court", "United States Supreme Court")]
    [InlineData("Harbour Insider reported that the pier must close.", "Harbour Insider", "Harbour Insider")]
    [InlineData("Israeli newspaper Haaretz reported that the pier must close.", "Israeli newspaper Haaretz", "Haaretz")]
    [InlineData("According to Gazeta Portowa, the pier must close.", "Gazeta Portowa", "Gazeta Portowa")]
    public void An_organisation_is_no_title_and_name(string text, string mention, string name)
    {
        var entity = FirstMention(text, mention);

        Assert.Equal(name, entity?.Name);
        Assert.Equal(EntityType.Organization, entity?.Type);
    }

    [Fact]
    public void A_possessive_after_the_verb_tells_the_gender_a_first_name_would_not()
    {
        // (most people named Lindsey are women; "his rival" says this one is a man)
        var doc = Newsroom.Annotate("Sen. Lindsey Holloway (R-SC) called out his rival Tom Okafor at the harbour. "
            + "Holloway said the ferry was late.\n\nHe added that the toll was too high.");
        var start = doc.Text.IndexOf("He added", StringComparison.Ordinal);

        var entity = Assert.Single(s_resolver.Resolve(doc, [new TextSpan(start, 2)]));

        Assert.Equal("Lindsey Holloway", entity?.Name);
    }

    [Theory]
    [InlineData("A Northfield Gazette poll released Saturday shows the ferry is popular.", "A Northfield Gazette poll released Saturday", "Northfield Gazette poll")]
    [InlineData("Mayor Fenwick's remarks on Saturday showed the ferry is popular.", "Mayor Fenwick's remarks on Saturday", "Delia Fenwick")]
    public void A_day_after_the_speaker_is_when_not_who(string text, string mention, string name)
    {
        var entity = FirstMention("Mayor Delia Fenwick opened the pier. " + text, mention);

        Assert.Equal(name, entity?.Name);
    }

    [Fact]
    public void Namesakes_of_another_gender_stay_apart() =>
        Assert.Equal("Okafor", LastMention("President Okafor opened the pier. Mr. Okafor said the ferry was late. His wife, Ada Okafor, "
            + "thanked the crews.\n\n“We will win,” Mr. Okafor said.", "Mr. Okafor")?.Name);

    [Fact]
    public void A_name_that_names_a_thing_is_no_person() =>
        Assert.DoesNotContain("Election", LastMention("President Okafor opened the pier. Crews marched in the “Tom Okafor Election Day” "
            + "parade. “We will win,” Mr. Okafor said.", "Mr. Okafor")?.Name);

    [Fact]
    public void A_role_with_another_modifier_is_another_person() =>
        Assert.NotEqual("Ada Brook", LastMention("Ada Brook, shadow secretary for the ferries, said the pier was unsafe. The harbour affairs "
            + "secretary said the toll would stay.", "The harbour affairs secretary")?.Name);

    /// <summary>The entity the last occurrence of <paramref name="mention"/> in <paramref name="text"/> resolves to.</summary>
    private static Entity? LastMention(string text, string mention) => MentionAt(text, mention, last: true);

    /// <summary>The entity the first occurrence of <paramref name="mention"/> in <paramref name="text"/> resolves to.</summary>
    private static Entity? FirstMention(string text, string mention) => MentionAt(text, mention, last: false);

    private static Entity? MentionAt(string text, string mention, bool last)
    {
        var doc = Newsroom.Annotate(text);
        var start = last ? doc.Text.LastIndexOf(mention, StringComparison.Ordinal) : doc.Text.IndexOf(mention, StringComparison.Ordinal);
        return Assert.Single(s_resolver.Resolve(doc, [new TextSpan(start, mention.Length)]));
    }

    [Fact]
    public void She_inside_shed_resolves_like_she()
    {
        var doc = Newsroom.Annotate("Delia Fenwick kept a sketchbook where she'd draw the harbour.");
        var start = doc.Text.IndexOf("she'd", StringComparison.Ordinal);

        var entity = Assert.Single(s_resolver.Resolve(doc, [new TextSpan(start, 3)]));

        Assert.Equal("Delia Fenwick", entity?.Name);
    }

    [Theory]
    [InlineData("them")]
    [InlineData("their")]
    public void Them_and_their_resolve_to_nothing_rather_than_an_organisation(string pronoun)
    {
        var doc = Newsroom.Annotate("The harbour workers union met the council. Delia Fenwick thanked them for their patience.");

        Assert.Null(Assert.Single(s_resolver.Resolve(doc, [Find(doc, pronoun, 1)])));
    }

    [Fact]
    public void Mentions_of_one_person_share_one_entity_holding_them()
    {
        var doc = Newsroom.Annotate(Article);
        var mentions = new[] { Find(doc, "She", 1), Find(doc, "Fenwick", 2), Find(doc, "he", 1) };

        var entities = s_resolver.Resolve(doc, mentions);

        Assert.Equal(3, entities.Length);
        Assert.Same(entities[0], entities[1]);
        Assert.NotSame(entities[0], entities[2]);
        Assert.Equal([mentions[1], mentions[0]], entities[0]!.Mentions.ToArray());
    }

    [Fact]
    public void Resolving_mentions_leaves_the_documents_quotes_and_entities_alone()
    {
        var doc = Newsroom.Annotate(Article);
        var (quotes, entities) = (doc.Quotes, doc.Entities);

        s_resolver.Resolve(doc, [Find(doc, "She", 1)]);

        Assert.Equal(quotes, doc.Quotes);
        Assert.Equal(entities, doc.Entities);
    }

    [Fact]
    public void Empty_or_outside_mention_is_a_programmer_error()
    {
        var doc = Newsroom.Annotate(Article);

        Assert.Throws<ArgumentException>(() => s_resolver.Resolve(doc, [new TextSpan(3, 0)]));
        Assert.Throws<ArgumentException>(() => s_resolver.Resolve(doc, [new TextSpan(Article.Length - 2, 5)]));
        Assert.Throws<ArgumentException>(() => s_resolver.Resolve(new Document("raw", Article), [new TextSpan(0, 5)]));
    }

    /// <summary>The <paramref name="occurrence"/>-th whole-word occurrence of <paramref name="word"/> (case-insensitive
    /// for the lowercase word, so "mayor" finds "Mayor" first and "The mayor" second).</summary>
    private static TextSpan Find(Document doc, string word, int occurrence)
    {
        var comparison = char.IsLower(word[0]) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var seen = 0;
        foreach (var token in doc.Tokens)
        {
            if (doc.Text.AsSpan(token.Start, token.Length).Equals(word, comparison) && ++seen == occurrence)
            {
                return new TextSpan(token.Start, token.Length);
            }
        }

        throw new InvalidOperationException($"'{word}' #{occurrence} is not a token of the article");
    }
}
