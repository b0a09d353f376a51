using System.Collections.Frozen;
using System.Collections.Immutable;
using WhoSaid.Attribution;
using WhoSaid.Lexicons;
using WhoSaid.Pipeline;
using WhoSaid.Text;
using WhoSaid.Tokens;

namespace WhoSaid.Coreference;

/// <summary>Resolves each quote's speaker mention to an entity of the article: pronouns to the nearest person of
/// matching gender, surnames to the full name, role nouns ("the spokeswoman", "a Chinese government spokesperson")
/// to the named person with that role, countries and agencies to their canonical names. Keeps the fullest title.</summary>
public sealed partial class SpeakerResolver(LexiconSet lexicons) : IPipelineComponent
{
    private static readonly FrozenSet<string> s_femaleRoles = new[]
    {
        "spokeswoman", "congresswoman", "chairwoman", "businesswoman", "councilwoman", "actress", "mother", "wife", "daughter",
        "sister", "queen", "princess", "mrs", "mrs.", "ms", "ms.", "miss", "madam", "woman", "girl", "grandmother", "widow", "aunt",
        "niece", "lady", "duchess", "countess", "policewoman", "anchorwoman", "stateswoman", "sportswoman", "first lady",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> s_maleRoles = new[]
    {
        "spokesman", "congressman", "chairman", "businessman", "councilman", "actor", "father", "husband", "son", "brother", "king",
        "prince", "mr", "mr.", "sir", "man", "boy", "grandfather", "widower", "uncle", "nephew", "lord", "duke", "count",
        "policeman", "anchorman", "statesman", "sportsman",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly (string Pronoun, Gender Gender)[] s_genderedPronouns =
    [
        ("she", Gender.Female), ("her", Gender.Female), ("hers", Gender.Female), ("herself", Gender.Female),
        ("he", Gender.Male), ("him", Gender.Male), ("his", Gender.Male), ("himself", Gender.Male),
    ];

    private static readonly FrozenSet<string> s_anonymous = new[]
    {
        "source", "sources", "official", "officials", "person", "people", "insider", "insiders", "aide", "aides",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public string Name => "speakers";

    public Annotations Requires => Annotations.Tokens | Annotations.Quotes;

    public Annotations Provides => Annotations.Entities;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        var (quotes, entities) = Resolve(document);
        return document with { Quotes = quotes, Entities = entities, Has = document.Has | Provides };
    }

    /// <summary>Resolves arbitrary mentions of <paramref name="document"/> ("she", "Marsh", "the spokeswoman") the way
    /// quote speakers are resolved: pronouns to the nearest person of matching gender named before them, surnames to the
    /// full name, role nouns to the named person with that role. The document needs tokens (any pipeline provides them);
    /// its quotes and entities are not used.</summary>
    /// <returns>Per mention, in order, the entity it refers to, or null where it resolves to nothing (a plural pronoun,
    /// a "he" with no man named before it). The entities belong to this resolution, not to
    /// <see cref="Document.Entities"/>: mentions of the same entity share one instance, whose
    /// <see cref="Entity.Mentions"/> holds those of <paramref name="mentions"/> resolved to it.</returns>
    /// <exception cref="ArgumentException">A mention is empty or outside the text, or the document has no tokens.</exception>
    public ImmutableArray<Entity?> Resolve(Document document, IReadOnlyList<TextSpan> mentions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        if (!document.Has.HasFlag(Annotations.Tokens))
        {
            throw new ArgumentException("The document has no tokens: process it with a pipeline first.", nameof(document));
        }

        foreach (var mention in mentions)
        {
            if (mention.IsEmpty || mention.Start < 0 || mention.End > document.Text.Length)
            {
                throw new ArgumentException($"Mention {mention} is empty or outside the text (length {document.Text.Length}).", nameof(mentions));
            }
        }

        var state = new ResolutionState(document, lexicons);
        var ids = ResolveAll(state, [.. mentions.Select(m => (TextSpan?)m)]);
        var entities = state.Build();
        return [.. ids.Select(id => id >= 0 ? entities[id] : null)];
    }

    internal (ImmutableArray<Quote> Quotes, ImmutableArray<Entity> Entities) Resolve(Document document)
    {
        var state = new ResolutionState(document, lexicons);
        var quotes = document.Quotes.ToBuilder();
        var ids = ResolveAll(state, [.. quotes.Select(q => q.SpeakerMention)]);
        for (var i = 0; i < quotes.Count; i++)
        {
            if (quotes[i].SpeakerMention is not null)
            {
                quotes[i] = quotes[i] with { Entity = ids[i] };
            }
        }

        // a name the article gives no first name, gender or title that says "its …" or reports is an organisation: "Tesco said
        // its Polish branch had …", "Salling said it seeks to improve its coverage", "Gazeta Prawna reports …"
        for (var i = 0; i < quotes.Count; i++)
        {
            if (ids[i] >= 0 && quotes[i].SpeakerMention is not null && SpeaksForItself(document, quotes[i]))
            {
                state.OrganizationIfBareName(ids[i]);
            }
        }

        // "I" inside what someone said is that someone: "((Valeria Gazzola))  … I think it is great", "“… I think it is great,”
        // Gazzola said"
        for (var i = 0; i < quotes.Count; i++)
        {
            if (ids[i] < 0 && quotes[i].SpeakerMention is { } me && document.Text.AsSpan(me.Start, me.Length) is "I")
            {
                foreach (var outer in quotes)
                {
                    if (outer.Entity >= 0 && outer.Kind == QuoteKind.Direct && outer.Content.Any(c => c.Start <= me.Start && me.End <= c.End))
                    {
                        quotes[i] = quotes[i] with { Entity = outer.Entity };
                        break;
                    }
                }
            }
        }

        for (var i = 0; i < quotes.Count; i++)
        {
            if (quotes[i].SpeakerMention is null && quotes[i].Antecedent >= 0 && quotes[i].Antecedent < i)
            {
                quotes[i] = quotes[i] with { Entity = quotes[quotes[i].Antecedent].Entity };
            }
        }

        return (quotes.DrainToImmutable(), state.Build());
    }

    /// <summary>Whether the quote's content opens with "its" ("stated |its intention| to leave"), or with "it" and a verb
    /// and then "its" within ten words ("said |it seeks to improve its coverage|"), or its cue is "reports".</summary>
    private static bool SpeaksForItself(Document document, Quote quote)
    {
        if (quote.Content.IsDefaultOrEmpty || quote.Kind == QuoteKind.Direct)
        {
            return false;
        }

        // (so does one that reports: an outlet, "Gazeta Prawna reports only 0.5% of …")
        if (quote.Cue is { } cue && document.Text.AsSpan(cue.Start, cue.Length) is var said
            && (said.EndsWith("reports", StringComparison.Ordinal) || said.EndsWith("reported", StringComparison.Ordinal)))
        {
            return true;
        }

        // (over the first ten words, without splitting the text)
        var text = document.Text.AsSpan(quote.Content[0].Start, Math.Min(quote.Content[0].Length, 80));
        var n = 0;
        var opensWithIt = false;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (n == 0 && word.SequenceEqual("its"))
            {
                return true;
            }

            if (n == 0)
            {
                opensWithIt = word.SequenceEqual("it");
            }
            else if (n == 1 && opensWithIt && word is "is" or "was" or "would" or "will" or "has" or "had" or "could" or "might" or "may")
            {
                return false;
            }
            else if (n > 1 && opensWithIt && word.SequenceEqual("its"))
            {
                return true;
            }

            if (++n > 10 || !opensWithIt)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The entity index of each mention (-1 where none or unresolved). Names first, so that pronouns and role
    /// nouns ("a government spokesperson") can find them wherever they stand.</summary>
    private static int[] ResolveAll(ResolutionState state, IReadOnlyList<TextSpan?> mentions)
    {
        var ids = new int[mentions.Count];
        Array.Fill(ids, -1);
        foreach (var named in new[] { true, false })
        {
            for (var i = 0; i < mentions.Count; i++)
            {
                if (mentions[i] is { } mention && state.IsNamed(mention) == named)
                {
                    ids[i] = state.Resolve(mention);
                }
            }
        }

        return ids;
    }

    // parties named by their members, as speakers
    private static readonly FrozenSet<string> s_parties = FrozenSet.ToFrozenSet(
        ["Democrats", "Republicans", "Tories", "Conservatives", "Liberal Democrats", "Lib Dems", "Labour", "Greens", "Socialists",
            "Social Democrats", "Christian Democrats", "Free Democrats", "Liberals", "Nationalists", "Unionists", "Democratic Unionists"],
        StringComparer.OrdinalIgnoreCase);

    // party labels written before a name like a title: "Democrat Hillary Clinton", "Republican Sen. Rand Paul"
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_partyLabels = FrozenSet.ToFrozenSet(
        ["Democrat", "Democratic", "Republican", "GOP", "Independent", "Libertarian", "Labour", "Conservative", "Tory", "Liberal", "Lib", "Dem",
            "SNP", "UKIP", "DUP", "Plaid", "Unionist"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The working set of one document's entities.</summary>
    private sealed partial class ResolutionState
    {
        private readonly Document _doc;
        private readonly LexiconSet _lex;
        private readonly List<Draft> _entities = [];
        private readonly Dictionary<string, int> _shortNames = new(StringComparer.Ordinal); // "Phivolcs" -> the institute
        private readonly List<(int Position, int Entity, int End)> _personMentions = []; // every person-name mention in the text, with the token after it
        private bool _mentionsSorted;
        private readonly int[] _tokenStarts;

        private sealed class Draft
        {
            public string Name = "";
            public EntityType Type;
            public Gender Gender;
            public string? Title;
            public List<string> NameTokens = [];
            public List<TextSpan> Mentions = [];
            public List<int> Positions = []; // where the person is named anywhere in the text
        }

        public ResolutionState(Document document, LexiconSet lexicons)
        {
            _doc = document;
            _lex = lexicons;
            _tokenStarts = [.. document.Tokens.Select(t => t.Start)];
            _sentenceOf = SentenceIndexes(document.Tokens);
            _quotedTokens = new bool[document.Tokens.Length];
            foreach (var piece in document.QuotedSpans.SelectMany(q => q.Pieces))
            {
                for (var t = TokenAt(piece.Start); t < _quotedTokens.Length && document.Tokens[t].Start < piece.End; t++)
                {
                    _quotedTokens[t] |= document.Tokens[t].Start >= piece.Start;
                }
            }

            ScanPersonNames();
            ScanMorePersonNames();
        }

        private ImmutableArray<Token> Tokens => _doc.Tokens;

        private ReadOnlySpan<char> W(int t) => _doc[Tokens[t]];

        // (a name after a lower-case particle counts as capitalised: "el-Sisi", "al-Assad", "bin-Salman")
        private bool IsCap(int t) => t >= 0 && t < Tokens.Length && Tokens[t].Kind == TokenKind.Word && (Tokens[t].Has(TokenFlags.Capitalized) || IsParticlePrefixedName(W(t)));

        private static bool IsParticlePrefixedName(ReadOnlySpan<char> w) =>
            w.IndexOf('-') is var dash and >= 2 and <= 3 && dash + 1 < w.Length && char.IsUpper(w[dash + 1])
            && w[..dash] is "al" or "el" or "ad" or "as" or "ash" or "az" or "bin" or "ibn" or "abu" or "ben";

        private bool IsPossessive(int t) => t >= 0 && t < Tokens.Length && W(t) is "'s" or "’s";

        /// <summary>Whether a comma and a US state follow token <paramref name="end"/>, so that the word before is a town:
        /// "Stacy Baker of |Columbia|, South Carolina".</summary>
        private bool StateFollows(int end)
        {
            if (end + 1 >= Tokens.Length || _doc.Text[Tokens[end].Start] != ',')
            {
                return false;
            }

            var one = W(end + 1).ToString();
            return Words.UsStates.Contains(one) || end + 2 < Tokens.Length && Words.UsStates.Contains(one + " " + W(end + 2).ToString());
        }

        /// <summary>Whether the capitalised run [<paramref name="first"/>, <paramref name="end"/>) ends in the head of an
        /// organisation or an event, so that the person's name in it names a thing: "Barack Obama Election Day", "the Bill
        /// Clinton Foundation".</summary>
        private bool NamesAThing(int first, int end) =>
            end - first > 1 && (Words.OrganizationHeads.Has(W(end - 1)) || W(end - 1) is "Election" or "Day" or "Act" or "Award" or "Prize" or "Doctrine" or "Era" or "Library");

        /// <summary>Whether a possessive "'s" stands in tokens [from, to).</summary>
        private bool HasPossessive(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (IsPossessive(k))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"Mr.", "Ms.", "Dr.": a courtesy title before a surname, never part of the name (unlike "Lord Harwood of
        /// Northfield").</summary>
        private bool IsCourtesyTitle(int t) => t >= 0 && t < Tokens.Length && W(t).TrimEnd('.') is "Mr" or "Mrs" or "Ms" or "Miss" or "Dr" or "Prof";

        /// <summary>A title or an abbreviated one: "Senator", "Sen.", "Gov.".</summary>
        private bool IsHonorific(int t) => t >= 0 && t < Tokens.Length && (_lex.IsTitle(W(t)) || Tokens[t].Has(TokenFlags.Abbreviation) && W(t).Length > 2);

        // (a title-list word in lower case that the tagger reads as a verb or pronoun is that: "where he |met| bassist Jack Bruce";
        // and "in case" is a conjunction: "in |case| Mr. Clarke failed")
        private bool IsTitleWord(int t) => t >= 0 && t < Tokens.Length && Tokens[t].Kind == TokenKind.Word && !(t > 0 && W(t) is "case" && W(t - 1) is "in")
            && (_lex.IsTitle(W(t)) && !(!IsCap(t) && Upos(t) is "VERB" or "AUX" or "PRON" or "DET" or "ADP") || _lex.IsRoleNoun(W(t))
            || W(t).Contains('-') && IsRoleCompound(W(t).ToString()) // ("study co-author Ted Scambos of …")
            || Tokens[t].Has(TokenFlags.AllCaps) && Words.Postnominals.Has(W(t)) && W(t) is not "AM" // ("Tory MP Boris Johnson")
            || W(t) is "Shadow" or "shadow" && t + 1 < Tokens.Length && Tokens[t + 1].Kind == TokenKind.Word && (_lex.IsTitle(W(t + 1)) || _lex.IsRoleNoun(W(t + 1)))); // ("Shadow Chancellor")

        private int TokenAt(int position)
        {
            var i = Array.BinarySearch(_tokenStarts, position);
            return i >= 0 ? i : Math.Max(0, ~i - 1);
        }

        /// <summary>Finds person names anywhere in the text (a known first name followed by capitalised words, or a
        /// capitalised run after a title), so that pronouns and surnames can be resolved even to people who are
        /// named outside any attribution.</summary>
        private void ScanPersonNames()
        {
            var t = 0;
            while (t < Tokens.Length)
            {
                if (!IsCap(t) || Tokens[t].Has(TokenFlags.Debris))
                {
                    t++;
                    continue;
                }

                var e = t;
                while (e < Tokens.Length && (IsCap(e) || e > t && IsNameParticle(e)) && !Tokens[e].Has(TokenFlags.Debris) && (e == t || !Tokens[e].Has(TokenFlags.SentenceStart)))
                {
                    e++;
                }

                // (a first name that is also a role noun starts the name: "Jack Straw", "Chief Justice John Roberts")
                // (and a place before a title is part of it: "Texas Sen. Ted Cruz", "New York Gov. George Pataki")
                var first = t;
                while (first < e && (IsTitleWord(first) && !IsFirstNameBeforeName(first, e) || !IsNamePart(first)
                    || first > t && IsTitlesOwnWord(first, e)
                    || first + 2 < e && IsHonorific(first + 1) && IsFirstNameBeforeName(first + 2, e)
                    || first + 3 < e && IsHonorific(first + 2) && IsCap(first + 1) && IsFirstNameBeforeName(first + 3, e)
                    || first == t && IsPlaceOfTitle(first, e)))
                {
                    first++; // (and the place a title is of: "First Minister of |Scotland| Nicola Sturgeon")
                }

                var last = first;
                while (last < e && (IsNamePart(last) || last > first && IsNameParticle(last))) // (and "de" in "Bill de Blasio")
                {
                    last++;
                }

                if (NamesAThing(first, last))
                {
                    t = e;
                    continue;
                }

                e = Math.Max(last, first + 1);
                var length = last - first;
                var titleStart = TitleStart(first);
                var titled = titleStart < first;

                // one capitalised word counts as a name only after an honorific or a person noun: "Sen. Cruz",
                // "spokeswoman Hua"; not "High Road"
                if (length == 1 && titled && !(Tokens[first - 1].Has(TokenFlags.Abbreviation) || _lex.IsRoleNoun(W(first - 1))))
                {
                    titled = false;
                }
                var known = length > 0 && W(first).Length > 1 && _lex.FemaleShare(W(first)) is not null && _lex.TagOf(W(first)) is null;
                if ((length is >= 2 and <= 4 && (known || titled) || length == 1 && titled && first > t) && !(known && !titled && IsPlaceOrOrganization(first, last)))
                {
                    var span = TextSpan.FromBounds(Tokens[first].Start, Tokens[last - 1].End);
                    var title = titled ? _doc.Substring(TextSpan.FromBounds(Tokens[titleStart].Start, Tokens[first - 1].End)) : null;
                    var person = FindOrAddPerson(span, title);
                    AddPersonMention(person, span.Start, last, named: true);
                    if (AppositionRoleAfter(last) is { } role)
                    {
                        MergeTitle(_entities[person], role); // "Ruth Amadi, the city's mayor, opened the pier."
                    }
                }

                t = e;
            }
        }

        /// <summary>The role in an apposition right after a name, between commas ("Ruth Amadi|, the city's mayor,| opened
        /// …"): up to six words that open with a determiner or possessive and end in a role noun; or null.</summary>
        private string? AppositionRoleAfter(int t)
        {
            if (t + 2 >= Tokens.Length || _doc.Text[Tokens[t].Start] != ',' || Tokens[t].Length != 1)
            {
                return null;
            }

            var first = t + 1;
            var w = W(first);
            if (!(w is "the" or "a" or "an" || HasTags && _doc.Tags[first].Xpos is "PRP$"))
            {
                return null;
            }

            for (var k = first + 1; k + 1 < Tokens.Length && k - first <= 6 && Tokens[k].Kind == TokenKind.Word; k++)
            {
                if (_doc.Text[Tokens[k + 1].Start] == ',' && _lex.IsRoleNoun(W(k)))
                {
                    var start = w is "the" or "a" or "an" ? first + 1 : first;
                    return _doc.Substring(TextSpan.FromBounds(Tokens[start].Start, Tokens[k].End));
                }
            }

            return null;
        }

        /// <summary>A capitalised word that can be part of a person's name: not a title, determiner, country, month.</summary>
        private bool IsNamePart(int t)
        {
            if (!IsCap(t) || Tokens[t].Has(TokenFlags.Debris) || Tokens[t].Has(TokenFlags.AllCaps))
            {
                return false;
            }

            // the recogniser's person names count whatever else the word is: "Jack Straw" (a role noun, a common noun)
            var w = W(t);
            if (HasTags && _doc.Tags[t].Upos is "VERB" && _doc.Tags[t].Xpos is "VBZ" or "VBD")
            {
                return false; // a title-case headline: "Clinton Says Russians Hacked DNC" is Clinton
            }

            // (whatever the tagger says of a headline's reporting verb: "Benghazi Widow Dorothy Woods |Defends| Trump")
            if (t > 0 && IsCap(t - 1) && w.Length > 3 && w[^1] == 's' && (_lex.TryGetCue(w, out var cue) && cue.Form == VerbForm.ThirdPerson && cue.CueCount >= 50
                || Words.StanceLemmas.Has(w[..^1]) || w.EndsWith("es") && Words.StanceLemmas.Has(w[..^2])))
            {
                return false;
            }

            if (IsPartyLabelBeforeName(t))
            {
                return false;
            }

            var person = HasTags && _doc.Tags[t].Entity is "B-PER" or "I-PER" && !_lex.IsTitle(w);
            if (IsTitleWord(t) && !(person && _lex.FemaleShare(w) is not null))
            {
                return false;
            }

            if (w.SequenceEqual("May") && Words.IsModalSurname(w, IsCap(t - 1) ? W(t - 1) : [], t + 1 < Tokens.Length && (HasTags && _doc.Tags[t + 1].Xpos is "VBD" or "VBZ" || W(t + 1) is "said" or "says"),
                t + 1 < Tokens.Length && Tokens[t + 1].Kind == TokenKind.Word ? W(t + 1) : []))
            {
                return true; // "Ada May opened the pier"
            }

            return !Words.Determiners.Has(w) && !Words.Boundaries.Has(w) && !Words.TimeWords.Has(w) && !Words.Prepositions.Has(w)
                && !_lex.TryGetCountry(w, out _) && !_lex.TryGetAnyDemonym(w, out _) && !Words.OrganizationHeads.Has(w)
                && (_lex.TagOf(w) is null or "LastName" or "Honorific" || person);
        }

        /// <summary>Where the title before a name starts: "Foreign Ministry spokeswoman |Hua", "White House press secretary |Sarah".</summary>
        private int TitleStart(int name)
        {
            if (name >= Tokens.Length)
            {
                return name;
            }

            var k = name - 1;
            var start = name;
            var sawTitle = false;
            while (k >= 0 && Tokens[k].Kind == TokenKind.Word && name - k <= 6 && !Tokens[k + 1].Has(TokenFlags.SentenceStart))
            {
                var w = W(k);
                if (IsTitleWord(k))
                {
                    sawTitle = true;
                }
                else if (IsCap(k) && !Words.Determiners.Has(w) && !Words.Boundaries.Has(w) && !Words.TimeWords.Has(w) || IsPossessive(k))
                {
                    // "Foreign Ministry", "Huawei's"
                }
                else if (w is "of" && k > 0 && IsCap(k + 1) && IsCap(k - 1) && (Words.OrganizationHeads.Has(W(k - 1))
                    || IsTitleWord(k - 1) && k + 2 == name && (W(k + 1) is "State" or "Staff" or "Defense" or "Defence" or "Justice" or "Finance" or "Health" or "Education"
                        or "Energy" or "Commerce" or "Labor" or "Labour" or "Agriculture" or "Transportation" or "Housing" or "Treasury" || _lex.TryGetCountry(W(k + 1), out _))))
                {
                    // "of" inside an organisation's name or a title: "Unity Party of America presidential nominee Bill Hammons",
                    // "Secretary of State John Kerry"
                }
                else if (sawTitle && !IsCap(k) && IsTitleWord(k + 1) && !IsCourtesyTitle(k + 1) && !Words.Determiners.Has(w) && !Words.Boundaries.Has(w)
                    && !Words.Prepositions.Has(w) && !_lex.TryGetCue(w, out _) && (!HasTags || _doc.Tags[k].Upos is "NOUN" or "ADJ" or "PROPN"))
                {
                    // "press" in "press secretary"
                }
                else
                {
                    break;
                }

                start = k;
                k--;
            }

            while (start < name && (Words.Determiners.Has(W(start)) || Words.Boundaries.Has(W(start)) || Words.Prepositions.Has(W(start))))
            {
                start++;
            }

            return sawTitle ? start : name;
        }

        /// <summary>A capitalised common noun that opens its sentence, as the tagger reads it: "Officials", "Reports"; not
        /// a surname the document names someone by elsewhere.</summary>
        private bool IsOpeningCommonNoun(int t) => HasTags && _doc.Tags[t].Upos is "NOUN" && _doc.Tags[t].Entity is not { Length: > 2 }
            && (t == 0 || Tokens[t].Has(TokenFlags.SentenceStart) || _doc.Text[Tokens[t - 1].Start] is '.' or '\n' or '"' or '“')
            && !IsPersonNameWord(t);

        /// <summary>Whether a speaker mention contains a capitalised name (as opposed to a pronoun or a bare role).</summary>
        public bool IsNamed(TextSpan mention)
        {
            var first = TokenAt(mention.Start);
            var end = TokenAt(mention.End - 1) + 1;
            for (var t = first; t < end; t++)
            {
                // (a common noun that opens the sentence is no name: "Officials said", "Reports said")
                if (IsCap(t) && !Words.Determiners.Has(W(t)) && !Words.Pronouns.Has(W(t)) && !IsOpeningCommonNoun(t))
                {
                    return true;
                }
            }

            return false;
        }

        // how many tokens the dash at t takes: "—" or "–" one, "--" written as two hyphens two, a hyphen between spaces
        // one, anything else none
        private int DashesAt(int t) =>
            Tokens[t].Length == 1 && _doc.Text[Tokens[t].Start] is '—' or '–' or '―' ? 1
            : Tokens[t].Length == 1 && _doc.Text[Tokens[t].Start] == '-' && t + 1 < Tokens.Length && Tokens[t + 1].Length == 1
                && _doc.Text[Tokens[t + 1].Start] == '-' ? 2
            : Tokens[t].Length == 2 && _doc.Text.AsSpan(Tokens[t].Start, 2) is "--" ? 1
            : Tokens[t].Length == 1 && _doc.Text[Tokens[t].Start] == '-' && IsSpaced(Tokens[t].Start) ? 1 // " - " as BBC writes it
            : 0;

        private bool IsSpaced(int position) =>
            position > 0 && position + 1 < _doc.Text.Length && char.IsWhiteSpace(_doc.Text[position - 1]) && char.IsWhiteSpace(_doc.Text[position + 1]);

        /// <summary>Whether token <paramref name="t"/> is the last name of a person the article names in full.</summary>
        private bool IsSurnameOfNamedPerson(int t)
        {
            var w = W(t);
            foreach (var e in _entities)
            {
                if (e.Type == EntityType.Person && e.NameTokens.Count >= 2 && w.Equals(e.NameTokens[^1], StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a person already found has every word of <paramref name="nameSpan"/> in their name.</summary>
        private bool KnownPerson(TextSpan nameSpan)
        {
            var parts = _doc.Substring(nameSpan).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return _entities.Any(e => e.Type == EntityType.Person && parts.All(p => e.NameTokens.Contains(p, StringComparer.OrdinalIgnoreCase)));
        }

        /// <summary>Records a mention of person <paramref name="id"/> for the salience of later pronouns (the token after it
        /// is <paramref name="end"/>); a name (<paramref name="named"/>) is also one of the person's positions.</summary>
        private void AddPersonMention(int id, int start, int end, bool named)
        {
            _personMentions.Add((start, id, end));
            if (named)
            {
                _entities[id].Positions.Add(start);
            }

            _mentionsSorted = false;
        }

        // a capitalised word that is part of the name of someone the document names: "Pence" in a headline ("Pence: …",
        // where the tagger sees a common noun) is the "Mike Pence" of the text below
        private bool IsPersonNameWord(int t) => IsCap(t) && KnownPerson(Tokens[t].Span);

        private int FindOrAddPerson(TextSpan nameSpan, string? title)
        {
            var parts = _doc.Substring(nameSpan).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

            // (a gender the title or first name gives keeps namesakes apart: "Mr. Obama" is not "Michelle Obama")
            var gender = title is not null && GenderOfTitle(title) is var byTitle and not Gender.Unknown ? byTitle : parts.Length > 1 ? GenderOfName(parts[0]) : Gender.Unknown;
            for (var i = 0; i < _entities.Count; i++)
            {
                var e = _entities[i];
                if (e.Type != EntityType.Person || gender != Gender.Unknown && e.Gender != Gender.Unknown && e.Gender != gender)
                {
                    continue;
                }

                if (parts.All(p => e.NameTokens.Contains(p, StringComparer.OrdinalIgnoreCase))
                    || e.NameTokens.All(p => parts.Contains(p, StringComparer.OrdinalIgnoreCase)))
                {
                    if (parts.Length > e.NameTokens.Count)
                    {
                        e.Name = string.Join(' ', parts);
                        e.NameTokens = [.. parts];
                        e.Gender = e.Gender == Gender.Unknown ? GenderOfName(parts[0]) : e.Gender;

                        // (the title an earlier reading gave is merged again with the fuller name, which may end it: "Senate
                        // Minority Whip Dick" + "Dick Durbin")
                        if (e.Title is { } held)
                        {
                            e.Title = null;
                            MergeTitle(e, held);
                        }
                    }

                    MergeTitle(e, title);
                    AddApposition(e, nameSpan);
                    return i;
                }
            }

            var draft = new Draft { Name = string.Join(' ', parts), Type = EntityType.Person, NameTokens = [.. parts], Gender = PronounAfterVerb(nameSpan) ?? GenderOfName(parts[0]) };
            MergeTitle(draft, title);
            AddApposition(draft, nameSpan);
            _entities.Add(draft);
            return _entities.Count - 1;
        }

        /// <summary>The gender of a pronoun right after the verb that follows a name, which is the name's own ("Sen. Lindsey
        /// Graham (R-SC) called out |his| rival": a man, whatever most Lindseys are); null when no such pronoun follows.</summary>
        private Gender? PronounAfterVerb(TextSpan nameSpan)
        {
            if (!HasTags)
            {
                return null;
            }

            var t = TokenAt(nameSpan.End - 1) + 1;
            if (t < Tokens.Length && _doc.Text[Tokens[t].Start] == '(')
            {
                while (t < Tokens.Length && _doc.Text[Tokens[t].Start] != ')' && !Tokens[t].Has(TokenFlags.SentenceStart))
                {
                    t++;
                }

                t++; // "Sen. Lindsey Graham (R-SC) called"
            }

            while (t < Tokens.Length && _doc.Tags[t].Upos is "AUX" or "ADV" && !Tokens[t].Has(TokenFlags.SentenceStart))
            {
                t++;
            }

            if (t + 1 >= Tokens.Length || _doc.Tags[t].Upos is not "VERB" || Tokens[t + 1].Has(TokenFlags.SentenceStart))
            {
                return null;
            }

            var p = t + 1;
            if (_doc.Tags[p].Xpos is "RP")
            {
                p++; // "called out his"
            }

            return p < Tokens.Length && Tokens[p].Kind == TokenKind.Word && _doc.Tags[p].Xpos is "PRP$" ? GenderOfPronoun(W(p)) : null; // (a possessive: an object pronoun is someone else, "Mary told |him|")
        }

        /// <summary>"Meng Wanzhou, Huawei's chief financial officer, …": the apposition is a title.</summary>
        private void AddApposition(Draft e, TextSpan nameSpan)
        {
            var t = TokenAt(nameSpan.End - 1) + 1;
            if (t >= Tokens.Length || _doc.Text[Tokens[t].Start] != ',')
            {
                return;
            }

            var start = t + 1;
            var k = start;
            var sawRole = false;
            var lastRole = -1;
            while (k < Tokens.Length && k - start < 10 && Tokens[k].Kind == TokenKind.Word && !Tokens[k].Has(TokenFlags.SentenceStart))
            {
                if (Words.Auxiliaries.Has(W(k)) || _lex.TagOf(W(k)) is "PastTense" or "PresentTense" or "Modal" or "Copula" || _lex.TryGetCue(W(k), out _))
                {
                    return; // a clause, not an apposition: "Mirela Dascalu, the company has offered …"
                }

                if (_lex.IsRoleNoun(W(k)))
                {
                    (sawRole, lastRole) = (true, k);
                }

                k++;
            }

            // (a past tense right after the role, even one the tagger reads as an adjective, makes a clause: "… Boris Johnson,
            // the Queen |suspended| parliament …")
            if (sawRole && lastRole + 1 < k && !IsCap(lastRole + 1) && W(lastRole + 1).EndsWith("ed") && HasTags && _doc.Tags[lastRole + 1].Upos is "VERB" or "ADJ")
            {
                return;
            }

            // (nor a name after the role: the next of a list of titled names, "Brock Pierce, Green Party presidential nominee
            // Howie Hawkins, …")
            for (var j = start + 1; sawRole && j + 1 < k; j++)
            {
                if (!IsCap(j - 1) && _lex.IsRoleNoun(W(j - 1)) && IsCap(j) && _lex.FemaleShare(W(j)) is not null && IsCap(j + 1))
                {
                    return;
                }
            }

            if (!sawRole || k == start || k >= Tokens.Length || _doc.Text[Tokens[k].Start] is not (',' or '.') || _lex.TryGetCue(W(start), out _))
            {
                return;
            }

            var first = W(start);
            if (!(first.Equals("a", StringComparison.OrdinalIgnoreCase) || first.Equals("an", StringComparison.OrdinalIgnoreCase)
                || first.Equals("the", StringComparison.OrdinalIgnoreCase) || IsCap(start) || _lex.IsRoleNoun(first) || _lex.TagOf(first) is "Adjective" || Words.RoleParticiples.Has(first)))
            {
                return;
            }

            var s = start;
            if (W(s) is "a" or "an" or "the" or "A" or "An" or "The")
            {
                s++;
            }

            if (s < k)
            {
                MergeTitle(e, _doc.Substring(TextSpan.FromBounds(Tokens[s].Start, Tokens[k - 1].End)));
            }
        }

        private void MergeTitle(Draft e, string? title)
        {
            if (string.IsNullOrWhiteSpace(title))
            {
                return;
            }

            title = WithoutTrailingHonorific(Normalize(title));

            // an age first is not the title: "45, a nurse from Leeds"
            var age = 0;
            while (age < title.Length && (char.IsDigit(title[age]) || title[age] is ',' or ' '))
            {
                age++;
            }

            if (age > 0 && age < title.Length && title[..age].Any(char.IsDigit) && title[..age].Contains(','))
            {
                title = StripDeterminer(title[age..]);
            }

            // an apposition's first clause only: "president of the union, which represents teachers" (a comma inside a
            // title's quotation marks ends nothing: "star of the show “The Apprentice,”")
            var cut = FirstCommaOutsideQuotes(title);
            if (cut > 0)
            {
                title = title[..cut].TrimEnd();
            }

            // nor a relative clause: "a national student loan debt expert who has published several books"
            foreach (var relative in (string[])[" who ", " whose ", " whom ", " which "])
            {
                var at = title.IndexOf(relative, StringComparison.Ordinal);
                if (at > 0)
                {
                    title = title[..at];
                }
            }

            if (title.Length > 2 && title[^2] == ',' && title[^1] is '”' or '"')
            {
                title = title[..^2] + title[^1]; // the apposition's comma inside the marks: “The Apprentice,”
            }

            var first = title.Split(' ')[0];
            // (but an -ing word that is part of a role is one: "acting Prime Minister", "managing director")
            // (nor a role participle with a preposition after it: "sitting with Lord Osborne")
            if (first.EndsWith("ing", StringComparison.Ordinal) && char.IsLower(first[0]) && (!Words.RoleParticiples.Has(first) || title.Split(' ') is [_, var next, ..] && Words.Prepositions.Has(next))
                || first is "who" or "which" or "whose"
                || !title.Any(char.IsLetter)
                || first.ToLowerInvariant() is "like" or "unlike" or "as" or "with" or "to" or "for" or "from" or "in" or "on" or "at" or "by"
                    or "and" or "or" or "but" or "than" or "about" or "after" or "before" or "during" or "including" or "eager" or "who"
                    or "when" or "while" or "asked" or "if" or "although" or "though" or "because" or "along"
                || HasClockTime(title))
            {
                return; // "speaking to veterans" and an age ("Martin Mubanga, 32,") are not titles; nor is "like Tilton" ("Does
                        // Rubio, like Tilton, 19, oppose …") or a headline's tail ("… Not Allow People To Die On The Street")
            }

            // honorifics before the name are not titles (but "Miss Universe" is one)
            var words = title.Split(' ');
            var kept = words.Length;
            while (kept > 0 && words[kept - 1].TrimEnd('.') is "Mr" or "Mrs" or "Ms" or "Miss" or "Mx")
            {
                kept--;
            }

            words = words[..kept];

            // one word is a title only if it names a role, a party or a body ("widow", "Republican", "Sen."), or is a name
            // ("Harvard"); not a headline's word before the name ("Beneath Clinton's Wins", "Bare …", "a speech Mrs. Clinton")
            if (words.Length == 1 && words[0].TrimEnd('.', ',') is { Length: > 0 } one && !_lex.IsTitle(one) && !IsRoleCompound(one.ToLowerInvariant())
                && !s_partyLabels.Contains(one) && !Words.OrganizationHeads.Has(one.ToLowerInvariant()) && !_lex.TryGetCountry(one, out _)
                && (char.IsLower(one[0]) || Words.Prepositions.Has(one.ToLowerInvariant()) || Words.Boundaries.Has(one.ToLowerInvariant())))
            {
                return;
            }

            if (words.Length == 0)
            {
                if (e.Gender == Gender.Unknown)
                {
                    e.Gender = GenderOfTitle(title);
                }

                return;
            }

            if (e.Gender == Gender.Unknown)
            {
                e.Gender = GenderOfTitle(title);
            }

            title = string.Join(' ', words);

            // (the person's own first name, left at the end of the title by a reading that split the name: "vice president
            // |Farhat| Omar Ben Gadaravice")
            // (not a title word the name took in by mistake: "Mr Justice" + "Justice Eady")
            if (e.NameTokens.Count > 1 && words.Length > 1 && words[^1] == e.NameTokens[0] && IsFirstNameNoTitle(words[^1]))
            {
                title = string.Join(' ', words[..^1]);
            }

            // (a current title beats a former one, whatever their lengths)
            if (e.Title is null || (IsPastTitle(title) == IsPastTitle(e.Title) ? title.Length > e.Title.Length : !IsPastTitle(title)))
            {
                e.Title = title;
            }

            if (e.Gender == Gender.Unknown)
            {
                e.Gender = GenderOfTitle(title);
            }
        }

        /// <summary>"2016 10:35PMChris": a live blog's time stamp, which no title holds.</summary>
        private static bool HasClockTime(string title)
        {
            for (var i = 1; i + 2 < title.Length; i++)
            {
                if (title[i] == ':' && char.IsDigit(title[i - 1]) && char.IsDigit(title[i + 1]) && char.IsDigit(title[i + 2]))
                {
                    return true;
                }
            }

            return false;
        }

        private static int FirstCommaOutsideQuotes(string title)
        {
            var quoted = false;
            for (var i = 0; i < title.Length; i++)
            {
                switch (title[i])
                {
                    case '“' or '”' or '"':
                        quoted = title[i] == '“' || title[i] == '"' && !quoted;
                        break;
                    case ',' or '(' when !quoted:
                        return i;
                }
            }

            return -1;
        }

        private bool IsShare(int first, int end)
        {
            for (var t = first; t < end && t - first < 5; t++)
            {
                var w = W(t);
                if (w is "percent" or "%" && t > first && Tokens[t - 1].Kind == TokenKind.Number
                    || w is "in" && t > first && t + 1 < end && IsCount(t - 1) && IsCount(t + 1))
                {
                    return true;
                }
            }

            return false;

            bool IsCount(int k) => Tokens[k].Kind == TokenKind.Number || Words.CountWords.Has(W(k));
        }

        /// <summary>A title someone no longer holds ("former civil engineer", "ex-minister"): any current title,
        /// even a shorter one ("Mayor"), names the speaker better.</summary>
        private static bool IsPastTitle(string title) =>
            title.Split(' ')[0].ToLowerInvariant() is "former" or "onetime" or "one-time" or "then" or "late" or "erstwhile"
            || title.StartsWith("ex-", StringComparison.OrdinalIgnoreCase);

        private static string Normalize(string s) => string.Join(' ', s.Split((char[])[' ', '\u00a0', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

        private Gender GenderOfName(string first)
        {
            var p = _lex.FemaleShare(first);
            return p switch
            {
                >= 0.8f => Gender.Female,
                <= 0.2f => Gender.Male,
                _ => Gender.Unknown,
            };
        }

        private static Gender? GenderOfPronoun(ReadOnlySpan<char> w)
        {
            foreach (var (pronoun, gender) in s_genderedPronouns)
            {
                if (w.Equals(pronoun, StringComparison.OrdinalIgnoreCase))
                {
                    return gender;
                }
            }

            return null;
        }

        private static Gender GenderOfTitle(string title)
        {
            foreach (var w in title.Split(' '))
            {
                if (s_femaleRoles.Contains(w))
                {
                    return Gender.Female;
                }

                if (s_maleRoles.Contains(w))
                {
                    return Gender.Male;
                }
            }

            return Gender.Unknown;
        }

        /// <summary>The entity of a speaker mention, creating it when new.</summary>
        public int Resolve(TextSpan mention)
        {
            var first = TokenAt(mention.Start);
            var end = TokenAt(mention.End - 1) + 1;

            // a short name an organisation was given in parentheses before: "Phivolcs said" after "the Philippine Institute
            // of Volcanology and Seismology (Phivolcs)"
            // (an agency the lexicon knows keeps its own name: "AFP" is Agence France-Presse however the article spells it)
            if (end - first == 1 && _shortNames.Count > 0 && _shortNames.TryGetValue(W(first).ToString(), out var shortNamed) && !_lex.TryGetAgency(W(first), out _))
            {
                return AddMention(shortNamed, mention);
            }

            // a person's initials in capitals, as interviews label the speaker: "((WSS))" for the "William S. Saturn" the article
            // names
            // (only as a label: "GM" is General Motors, which a scan may have read as a person's name)
            if (end - first == 1 && Tokens[first].Has(TokenFlags.AllCaps) && W(first).Length is >= 2 and <= 4 && IsInterviewLabel(mention)
                && PersonWithInitials(W(first)) is var initialled and >= 0)
            {
                return AddMention(initialled, mention);
            }

            // the first word of an organisation named before, alone: "Sun" after "Sun Microsystems" (not a first name: "Morgan")
            // (only a word that would else be read as a person's name: one the recogniser tags as an organisation stays itself)
            if (end - first == 1 && IsCap(first) && _lex.FemaleShare(W(first)) is null && !_lex.TryGetAgency(W(first), out _) && !_lex.TryGetCountry(W(first), out _)
                && !(HasTags && _doc.Tags[first].Entity is "B-ORG" or "B-LOC") && OrganizationNamedBy(W(first)) is var company and >= 0)
            {
                return AddMention(company, mention);
            }

            // "Nervo's conclusion that …": the mention keeps its possessive marker, the name does not
            if (end - first > 1 && IsPossessive(end - 1))
            {
                return Resolve(TextSpan.FromBounds(mention.Start, Tokens[end - 2].End)) is var owner and >= 0 ? AddMention(owner, mention) : -1;
            }

            // "Mr. Obama's remarks on Saturday", "A Des Moines Register poll released Saturday": a day is when, never who
            // (but "Super Tuesday" is a name)
            if (end - first > 2 && IsCap(end - 1) && !IsCap(end - 2) && (Words.Weekdays.Has(W(end - 1)) || Words.Months.Has(W(end - 1)) && !W(end - 1).Equals("May", StringComparison.Ordinal)))
            {
                var cut = end - 1;
                if (W(cut - 1) is "on" or "in" or "last" or "this" or "late" or "early")
                {
                    cut--;
                }

                if (cut - 1 > first && HasTags && _doc.Tags[cut - 1].Xpos is "VBN" or "VBD" && !IsCap(cut - 1))
                {
                    cut--; // "released (on) Saturday"
                }

                return cut > first ? Resolve(TextSpan.FromBounds(mention.Start, Tokens[cut - 1].End)) is var when and >= 0 ? AddMention(when, mention) : -1 : -1;
            }

            // "Lord Harwood of Northfield": a peer's title and seat are the name
            if (end - first == 4 && W(first) is "Lord" or "Lady" or "Baron" or "Baroness" or "Earl" or "Viscount" or "Duke" or "Duchess"
                && IsCap(first + 1) && W(first + 2) is "of" && IsCap(first + 3))
            {
                return Named(Normalize(_doc.Substring(mention)), EntityType.Person, mention, null);
            }

            // "calculations by Ada Brook of the Northern Housing Institute", "a study by professor Wilma Kastner": a work by
            // someone named speaks as its author
            for (var b = first + 1; b < end - 1; b++)
            {
                if (W(b) is "by" && (Words.DocumentNouns.Has(W(b - 1)) || W(b - 1) is "calculations" or "analyses")
                    && IsCap(b + 1) && b + 1 < end)
                {
                    return Resolve(TextSpan.FromBounds(Tokens[b + 1].Start, mention.End)) is var author and >= 0 ? AddMention(author, mention) : -1;
                }
            }

            // "Mr. Obama's remarks", "Clinton's statement": a person's words speak for the person
            if (end - first > 2 && IsPossessive(end - 2) && W(end - 1) is "remarks" or "comments" or "statement" or "statements" or "words" or "speech"
                or "testimony" or "tweet" or "tweets" or "letter" or "op-ed" or "interview" or "answer" or "response" or "reply"
                && IsCap(end - 3) && KnownPerson(Tokens[end - 3].Span))
            {
                return Resolve(TextSpan.FromBounds(mention.Start, Tokens[end - 3].End)) is var author and >= 0 ? AddMention(author, mention) : -1;
            }

            // "Those who know McConnell", "Anyone who knows anything about him": people defined by a relative clause are a
            // group, whatever name the clause holds
            if (end - first > 2 && (W(first + 1) is "who" or "whose")
                && W(first).ToString().ToLowerInvariant() is "those" or "many" or "some" or "most" or "all" or "few" or "several" or "others"
                    or "anyone" or "everyone" or "someone" or "anybody" or "everybody" or "somebody" or "people")
            {
                return Named(Normalize(_doc.Substring(mention)), EntityType.Group, mention, null);
            }

            // a list of names is a group: "Paramount, Universal and Warner Brothers said" (not a name with its apposition,
            // "Ada Brook, the mayor, and …": every item is capitalised)
            if (IsNameList(first, end))
            {
                return Named(Normalize(_doc.Substring(mention)), EntityType.Group, mention, null);
            }

            // a quantifier alone is some of a group, never a name: "Some reported wanting …", "Many said …"
            if (end - first == 1 && W(first).ToString().ToLowerInvariant() is "some" or "many" or "most" or "few" or "several" or "both" or "all" or "others")
            {
                return Named(Normalize(_doc.Substring(mention)), EntityType.Group, mention, null);
            }

            // a name with its initials in parentheses is an organisation's: "Notes from Poland (NFP)", "the United States
            // Coast Guard (USCG)"
            if (InitialsInParentheses(first, end) is var paren and > 0)
            {
                var body = Named(StripDeterminer(_doc.Substring(TextSpan.FromBounds(Tokens[first].Start, Tokens[paren - 1].End))), EntityType.Organization, mention, null);
                _shortNames.TryAdd(W(paren + 1).ToString(), body);
                return body;
            }

            // "Sen. David Perdue (R-Ga.)": the party and state are not part of the name
            if (end - first > 2 && _doc.Text[Tokens[end - 1].Start] == ')')
            {
                var open = end - 2;
                while (open > first && _doc.Text[Tokens[open].Start] != '(')
                {
                    open--;
                }

                if (open > first)
                {
                    return Resolve(TextSpan.FromBounds(mention.Start, Tokens[open - 1].End)) is var id and >= 0 ? AddMention(id, mention) : -1;
                }
            }

            // "Kerr Putney, the city's police chief" (or "Ilse Varga -- a spokeswoman for the port"): the name before the
            // comma or dash, the apposition is a title
            for (var t = first + 1; t < end - 1; t++)
            {
                var dashes = DashesAt(t);
                if (_doc.Text[Tokens[t].Start] == ',' && Tokens[t].Length == 1 || dashes > 0 && t + dashes < end)
                {
                    var nameSpan = TextSpan.FromBounds(mention.Start, Tokens[t - 1].End);
                    var appositionStart = t + Math.Max(1, dashes);

                    // "A third of independents, 33%": a share of a group, with its figure
                    if (end - appositionStart == 2 && Tokens[appositionStart].Kind == TokenKind.Number && W(end - 1) is "%" or "percent")
                    {
                        return Named(StripDeterminer(_doc.Substring(nameSpan)), EntityType.Group, mention, null);
                    }

                    // "Steyn, Hope and Carswell": names in a list are several speakers together
                    if (t - first <= 3 && end - t > 3 && W(end - 2) is "and" && AllCap(first, t) && NamesInList(t + 1, end))
                    {
                        return Named(Normalize(_doc.Substring(mention)), EntityType.Group, mention, null);
                    }

                    // (not the state or country after a town: "police in Baytown, Texas"; a title alone comes before its
                    // holder: "Director, David Caldwell")
                    if ((!IsCap(first) || Words.Determiners.Has(W(first)) || !IsCap(t - 1) && HasPossessive(first, t - 1) || t == first + 1 && IsTitleWord(first) && _lex.FemaleShare(W(first)) is null)
                        && !(t - 3 >= first && W(t - 2) is "in" or "of" or "from" or "near" && HasTags && _doc.Tags[t - 3].Upos is "NOUN" && IsPlaceWord(t + 1) && (t + 2 >= end || IsCap(t + 2) && IsPlaceWord(t + 2) || Tokens[t + 2].Kind != TokenKind.Word)))
                    {
                        // "the mayor of Northfield, Delia Fenwick": the name comes second (also after a possessive role:
                        // "Trump's campaign manager, Kellyanne Conway")
                        var second = t + 1;
                        var secondEnd = second;
                        while (secondEnd < end && !(_doc.Text[Tokens[secondEnd].Start] == ',' && Tokens[secondEnd].Length == 1))
                        {
                            secondEnd++;
                        }

                        if (second < secondEnd && IsCap(second) && !Words.Determiners.Has(W(second)))
                        {
                            var known = _entities.Count;
                            var nameId = Resolve(TextSpan.FromBounds(Tokens[second].Start, Tokens[secondEnd - 1].End));

                            // (a role's holder is a person, even with a name no list knows: "The delegate to the U.S. House of
                            // Representatives, Aumua Amata")
                            if (nameId == known && _entities[nameId].Type == EntityType.Organization && secondEnd - second is 2 or 3 && RoleHead(first, t)
                                && Enumerable.Range(second, secondEnd - second).All(k => IsCap(k) && !Words.OrganizationHeads.Has(W(k)) && !Words.OutletHeads.Has(W(k))))
                            {
                                _entities[nameId].Type = EntityType.Person;
                            }

                            if (nameId >= 0 && _entities[nameId].Type == EntityType.Person)
                            {
                                MergeTitle(_entities[nameId], StripDeterminer(_doc.Substring(TextSpan.FromBounds(mention.Start, Tokens[t - 1].End))));
                            }

                            return nameId >= 0 ? AddMention(nameId, mention) : -1;
                        }
                    }

                    // ("X, which …" is a thing, unless X opens with a person's first name: "Carl Hensman of the Gates Foundation,
                    // which offered a contest, …" is about the foundation)
                    var id = W(appositionStart) is "which" && IsCap(first) && !(_lex.FemaleShare(W(first)) is not null && IsNamePart(first))
                        ? Named(StripDeterminer(_doc.Substring(nameSpan)), EntityType.Organization, nameSpan, null)
                        : Resolve(nameSpan);
                    // (a phrase of where someone works is no title: "Pantucci, at the Royal United Services Institute,"; nor is an
                    // age with a home town, "Joy Alessi, 50, of Houston", nor the state after a home town, "Stacy Baker of
                    // Columbia, South Carolina")
                    if (Tokens[appositionStart].Kind == TokenKind.Number && appositionStart + 2 < end && _doc.Text[Tokens[appositionStart + 1].Start] == ',')
                    {
                        appositionStart += 2;
                    }

                    // (a role after the place still is one: "Mike Coffman of Colorado, a Republican")
                    var homeTown = t - 2 >= first && IsCap(t - 1) && W(t - 2) is "of" or "from" or "in" && !Words.Determiners.Has(W(appositionStart));
                    if (id >= 0 && !homeTown && W(appositionStart) is not ("who" or "which" or "at" or "of" or "from" or "with" or "in" or "on"))
                    {
                        var apposition = StripDeterminer(_doc.Substring(TextSpan.FromBounds(Tokens[appositionStart].Start, Tokens[end - 1].End)));
                        if (_entities[id].Type == EntityType.Person)
                        {
                            MergeTitle(_entities[id], apposition);
                        }
                    }

                    if (id >= 0)
                    {
                        _entities[id].Mentions.Add(mention);
                    }

                    return id;
                }
            }

            var text = _doc[mention];

            // "Many Americans", "Most Gibraltarians", "Some Democrats": a quantifier before a people's or party's name in the
            // plural is a group
            if (end - first >= 2 && IsCap(end - 1) && W(end - 1) is [.., 's'] && (Words.Quantifiers.Has(W(first)) || W(first) is "numerous" or "Numerous" or "other" or "Other")
                && AllCap(first + 1, end))
            {
                return Named(Normalize(_doc.Substring(mention)), EntityType.Group, mention, null);
            }

            // "Six in 10 Virginia voters", "40 percent of Republicans": a share of a group is a group (and so is a number of
            // people: "A number of Senators", "Dozens of residents")
            if (IsShare(first, end) || end - first > 2 && (W(first) is "A" or "a" && W(first + 1) is "number" or "handful" or "couple" && W(first + 2) is "of"
                || W(first) is "Dozens" or "dozens" or "Hundreds" or "hundreds" or "Thousands" or "thousands" or "Scores" or "scores" && W(first + 1) is "of"))
            {
                return Named(StripDeterminer(text.ToString()), EntityType.Group, mention, null);
            }

            // "the latter", "the former": the second or first of two names joined by "and" shortly before ("… launched by the
            // Federal Aviation Administration and the National Transportation Safety Board, with the latter confirming …")
            if (end - first == 2 && W(first) is "the" or "The" && W(first + 1) is "latter" or "former")
            {
                var pair = CoordinatedNames(first, W(first + 1) is "latter");
                return !pair.IsEmpty && Resolve(pair) is var id and >= 0 ? AddMention(id, mention) : -1;
            }

            // pronouns
            var ofWhom = end - first == 3 && W(first + 1) is "of" && W(first + 2) is "whom"; // "victims' families, many of whom say"
            if (end - first == 1 && Tokens[first].Kind == TokenKind.Word || ofWhom)
            {
                // a relative pronoun speaks for the noun phrase it follows: "the department, which reported …", "an
                // architect who said …"
                if ((ofWhom || W(first) is "who" or "which" or "that") && first > 0)
                {
                    var last = _doc.Text[Tokens[first - 1].Start] == ',' ? first - 2 : first - 1;
                    var start = last;
                    while (start - 1 >= 0 && first - start < 8 && Tokens[start - 1].Kind == TokenKind.Word
                        && (IsCap(start - 1) || HasTags && _doc.Tags[start - 1].Upos is "NOUN" or "ADJ" or "DET" or "PROPN" or "NUM"
                            || W(start - 1) is "of" && start - 2 >= 0 && (IsCap(start - 2) || HasTags && _doc.Tags[start - 2].Upos is "NOUN")))
                    {
                        start--;
                    }

                    // ("who" after "the home of Prime Minister Tuilaepa" is the person the phrase names, not the home)
                    if (W(first) is "who" && start < last)
                    {
                        for (var k = start + 1; k < last; k++)
                        {
                            if (W(k) is "of" && !IsTitleWord(k - 1) && IsCap(k + 1) && HasTags && _doc.Tags[k - 1].Upos is "NOUN"
                                && Enumerable.Range(k + 1, last - k).Any(n => _doc.Tags[n].Entity is "B-PER" or "I-PER"))
                            {
                                start = k + 1;
                                break;
                            }
                        }
                    }

                    // (not a verb that ends a clause before it: "the data it had collected, which revealed …" names no one)
                    if (last >= 0 && Tokens[last].Kind == TokenKind.Word && !(HasTags && _doc.Tags[last].Upos is "VERB" or "AUX" or "ADV" or "ADP" or "PART"))
                    {
                        var id = Resolve(TextSpan.FromBounds(Tokens[start].Start, Tokens[last].End));
                        return id >= 0 ? AddMention(id, mention) : -1;
                    }

                    return -1;
                }

                // "One says …, another says …": someone unnamed
                if (W(first) is "one" or "One" or "another" or "Another")
                {
                    return Named(text.ToString(), EntityType.Anonymous, mention, null);
                }

                // the mention itself, not its token: "she" in "she'd"
                var w = text.Length < W(first).Length ? text : W(first);
                if (GenderOfPronoun(w) is { } g)
                {
                    var id = SalientPerson(mention, first, g);
                    if (id >= 0)
                    {
                        _entities[id].Mentions.Add(mention);
                        AddPersonMention(id, mention.Start, end, named: false); // a resolved pronoun keeps its person salient for the next one
                    }

                    return id;
                }

                if (w is "it" or "It")
                {
                    // "it" speaks for the organisation or country named last: "The US government denied the claims. … it said"
                    var id = NearestNonPerson(mention.Start);
                    if (id >= 0)
                    {
                        _entities[id].Mentions.Add(mention);
                    }

                    return id;
                }

                // "they" speaks for the group named just before: "Social conservatives … They said …"
                if (w is "they" or "They" && NearestGroup(mention.Start, 400) is var group and >= 0)
                {
                    _entities[group].Mentions.Add(mention);
                    return group;
                }

                if (w is "they" or "They" or "we" or "We" or "I" or "you" or "You" || IsPluralPronoun(w))
                {
                    return -1;
                }
            }

            // "a reporter for USA Today", "Data from the 2014 American Community Survey": a common noun with a phrase after
            // it speaks as that noun, whatever names the phrase holds
            // (not a capitalised title before a person's name: "Member of Parliament Yvette Cooper of the Labour Party")
            if (HasTags && StartsWithCommonNoun(first, end) && !(end == first + 1 && IsPersonNameWord(first)) && !(IsCap(first) && !Words.Determiners.Has(W(first)) && HasPersonNameAfter(first, end)))
            {
                return ResolveCommonNoun(first, end, mention, text.ToString(), null);
            }

            // "the Scottish National Party and the Tories": several speakers together are a group
            for (var t = first + 1; t < end - 1; t++)
            {
                // (not inside a title before one person's name: "Trade and Industry Secretary Patricia Hewitt")
                // (nor a person of an organisation whose name has "and": "Nils-Erik Haagenrud of Rogaland Fire and Rescue")
                if (W(t) is "and" or "&" && (IsCap(t + 1) || W(t + 1) is "the" or "The") && IsCap(t - 1)
                    // (nor two titles of one person: "PG&E President and CEO Andy Vesey"; but "Mr and Mrs Smith" are two)
                    && !(PersonNameStart(first, end) is var person && person > t + 1 && IsTitleWord(person - 1) && !HasPersonName(first, t)
                        && (!IsHonorific(t + 1) || person == t + 2 && IsTitleWord(t - 1) && !Tokens[t + 1].Has(TokenFlags.Abbreviation)
                            && W(t + 1) is not ("Mr" or "Mrs" or "Ms" or "Miss" or "Dr" or "Sir" or "Lady" or "Lord" or "Dame")))
                    && !PersonOfBefore(first, t) && !OrganizationOfBefore(first, t))
                {
                    return Named(StripDeterminer(text.ToString()), EntityType.Group, mention, null);
                }
            }

            // an amendment by its name is a document: "The 14th Amendment states"
            if (W(end - 1) is "Amendment" && end - first <= 4)
            {
                return Named(StripDeterminer(text.ToString()), EntityType.Document, mention, null);
            }

            // members by their letters are a group: "MPs", "Labour MPs", "the MEPs"
            if (W(end - 1) is "MPs" or "MEPs" or "MSPs" or "MLAs" && end - first <= 3)
            {
                return Named(StripDeterminer(text.ToString()), EntityType.Group, mention, null);
            }

            // a party by its members' name: "the Liberal Democrats", "The Tories", "Republicans"
            if (s_parties.Contains(StripDeterminer(text.ToString())))
            {
                return Named(StripDeterminer(text.ToString()), EntityType.Organization, mention, null);
            }

            // countries and agencies
            if (_lex.TryGetCountry(text, out var country))
            {
                return Named(country.Name, EntityType.Country, mention, null);
            }

            if (text.Length <= 20 && Words.UkNations.Contains(StripDeterminer(text.ToString())))
            {
                return Named(StripDeterminer(text.ToString()), EntityType.Country, mention, null);
            }

            // (but a person the article names whose surname an agency shares is the person: "Michael Bloomberg … Bloomberg
            // endorsed his former rival")
            if (_lex.TryGetAgency(text, out var agency) && !(end - first == 1 && IsSurnameOfNamedPerson(first)))
            {
                return Named(agency.Name, EntityType.Organization, mention, null);
            }

            // (not a titled person after the organisation: "House of Commons Speaker John Bercow")
            if (IsOfOrganization(first, end) && !(_lex.FemaleShare(W(first)) is not null && IsNamePart(first)) && !IsHyphenatedFirstName(first) && !TitledNameBeforeOf(first, end)
                && !(PersonNameStart(first, end) is var titled && titled > first + 2 && IsTitleWord(titled - 1)))
            {
                return Named(StripDeterminer(text.ToString()), EntityType.Organization, mention, null);
            }

            // "Cara Diemont of IT firm Dimension Data": a name, then "of" and an affiliation (also after a title:
            // "Representative Mike Coffman of Colorado")
            for (var t = first + 2; t < end - 1; t++)
            {
                // (or a name the recogniser finds after a title: "Member of Parliament (MP) Yvette Cooper of the Labour Party")
                // (not when the person is named after it: "Florida Department of Transportation official Troy Roberts")
                if (W(t) is "of" or "at" or "from" && IsCap(t - 1) && (IsCap(t - 2) || IsNameParticle(t - 2)) && (_lex.FemaleShare(W(first)) is not null && IsNamePart(first) || TitledFirstName(first, t - 2)
                    || t == first + 2 && IsHyphenatedFirstName(first)
                    || t == first + 2 && IsCourtesyTitle(first) && !Words.OrganizationHeads.Has(W(first + 1))
                    || PersonNameStart(first, t) is var named && named > first && named < t)
                    && !(Words.OrganizationHeads.Has(W(t - 1)) && PersonNameStart(t + 1, end) > t + 1))
                {
                    var id = Resolve(TextSpan.FromBounds(mention.Start, Tokens[t - 1].End));
                    if (id >= 0 && _entities[id].Type == EntityType.Person)
                    {
                        // (with an apposition after the place, the apposition is the role there: "Mike Coffman of Colorado, a
                        // Republican" is a Republican of Colorado)
                        var after = _doc.Substring(TextSpan.FromBounds(Tokens[t + 1].Start, Tokens[end - 1].End));
                        var comma = after.IndexOf(", ", StringComparison.Ordinal);
                        var apposition = comma > 0 ? StripDeterminer(after[(comma + 2)..]) : "";
                        // (a place alone is where the person is from, not a title: "Mike Coffman of Colorado")
                        var place = HasTags && _doc.Tags[t + 1].Entity is "B-LOC" && (t + 2 >= end || _doc.Tags[t + 2].Entity is not "I-LOC" and not "I-ORG" || _doc.Text[Tokens[t + 2].Start] == ',')
                            || _lex.TryGetCountry(W(t + 1).ToString(), out _) && (t + 2 >= end || _doc.Text[Tokens[t + 2].Start] == ',')
                            || Words.UsStates.Contains(comma > 0 ? after[..comma] : after) || StateFollows(end);
                        // (nor a town and its state: "Stacy Baker of Columbia, South Carolina")
                        // (and a role before the name works there: "ecologist Chip Taylor of the University of Kansas" is an
                        // ecologist at the university)
                        if ((!place || comma > 0) && !Words.UsStates.Contains(apposition))
                        {
                            var role = _entities[id].Title;
                            MergeTitle(_entities[id], comma > 0 && apposition.Length > 0 && apposition.Length < after.Length - comma - 2 && !apposition.Contains(',')
                                ? apposition + " of " + after[..comma]
                                : role is not null && comma < 0 && SplitTitle(role).Affiliation is null && role.Split(' ').Any(w => _lex.IsRoleNoun(w))
                                    && !role.Contains(StripDeterminer(after), StringComparison.Ordinal)
                                ? role + (_lex.TryGetCountry(StripDeterminer(after), out _) || after.EndsWith(" Republic", StringComparison.Ordinal) ? " of " : " at ") + after
                                : StripDeterminer(after));
                        }
                    }

                    return id >= 0 ? AddMention(id, mention) : -1;
                }
            }

            // split "Foreign Ministry spokeswoman Hua Chunying" into title and name: where the recogniser's person name
            // starts, or else at the capitalised words that end the mention and are not titles
            // a postnominal after a person's name is a title, not part of the name: "Peter Ainsworth MP", "Jane Doe QC"
            string? postnominal = null;
            if (end - first >= 2 && Words.Postnominals.Has(W(end - 1)) && Tokens[end - 1].Has(TokenFlags.AllCaps) && IsCap(end - 2)
                && (HasTags && _doc.Tags[end - 2].Entity is "B-PER" or "I-PER" || KnownPerson(Tokens[end - 2].Span) || end - first >= 3 && _lex.FemaleShare(W(end - 3)) is not null))
            {
                postnominal = W(end - 1).ToString();
                end--;
            }

            // the recogniser's organisation, whole, is no title and name: "The United Nations" ("United" is a title word);
            // not with a first name or a role in it ("Al Breach", "Home Office spokeswoman", "Suffolk Chief Constable …")
            var orgStart = W(first) is "The" or "the" ? first + 1 : first;
            if (end - orgStart >= 2 && EntityOf(orgStart, end) is "ORG" && PersonNameStart(first, end) < 0 && !HasNameOrRole(orgStart, end))
            {
                return Named(_doc.Substring(TextSpan.FromBounds(Tokens[orgStart].Start, Tokens[end - 1].End)), EntityType.Organization, mention, null);
            }

            var nameStart = PersonNameStart(first, end);
            if (nameStart < 0 && IsTranscriptLabel(first, end))
            {
                nameStart = first;
            }

            if (nameStart < 0)
            {
                nameStart = end;
                while (nameStart > first && (IsCap(nameStart - 1) || IsNameParticle(nameStart - 1)) && !IsTitleWordInName(nameStart - 1, first) && !IsOpeningCommonNoun(nameStart - 1)
                    && !(nameStart - 1 == first && end - first > 1 && W(first) is "A" or "An"))
                {
                    nameStart--; // (a name never opens with the indefinite article: "A Labour MP said")
                }

                // (an organisation's name before a person's, read as one by the recogniser: "Chairman of the Environmental
                // Audit Committee Peter Ainsworth")
                for (var t = end - 2; t > nameStart; t--)
                {
                    if (Words.OrganizationHeads.Has(W(t - 1)) && _lex.FemaleShare(W(t)) is not null && !IsTitleWord(t) && IsCap(t + 1))
                    {
                        nameStart = t;
                        break;
                    }
                }
            }

            // (nor with the place a title is of: "President of |Argentina| Alberto Fernández", "First Minister of |Scotland| Nicola
            // Sturgeon")
            if (nameStart > first && nameStart < end && IsPlaceOfTitle(nameStart, end))
            {
                nameStart++;
            }

            // (nor with the words before a hyphenated given name with a lower-case syllable: "Amnesty International |Man-kei| Tam")
            if (nameStart < end - 2 && end - 2 > first && IsLowerHyphenedGivenName(W(end - 2)) && IsCap(end - 1))
            {
                nameStart = end - 2;
            }

            // (nor with the body a title is "of the": "Chancellor of the |Exchequer| Gordon Brown")
            if (nameStart - 2 > first && nameStart + 2 < end + 1 && W(nameStart - 1) is "the" && W(nameStart - 2) is "of" && IsTitleWord(nameStart - 3)
                && _lex.FemaleShare(W(nameStart)) is null && nameStart + 1 < end && _lex.FemaleShare(W(nameStart + 1)) is not null && IsCap(nameStart + 1))
            {
                nameStart++;
            }

            // a name never starts inside a word ("VandeHei"), and a word with humps is a name whatever its last piece
            // means ("HarbourWatch")
            if (nameStart == end && end - 1 > first && Tokens[end - 1].Has(TokenFlags.Glued) && Tokens[end - 1].Start == Tokens[end - 2].End)
            {
                nameStart = end - 1;
            }

            while (nameStart > first && nameStart < end && Tokens[nameStart].Has(TokenFlags.Glued) && Tokens[nameStart].Start == Tokens[nameStart - 1].End)
            {
                nameStart--;
            }

            var titleEnd = nameStart;
            string? title = titleEnd > first ? _doc.Substring(TextSpan.FromBounds(Tokens[first].Start, Tokens[titleEnd - 1].End)) : null;
            if (title is not null)
            {
                // "A 2014 study by Loyola Law School professor Justin Levitt": the author's title is what follows "by"
                var by = title.LastIndexOf(" by ", StringComparison.Ordinal);
                title = StripDeterminer(by >= 0 ? title[(by + 4)..] : title);
                title = title.Length == 0 ? null : title;
            }

            title ??= postnominal;
            if (nameStart < end)
            {
                var nameSpan = TextSpan.FromBounds(Tokens[nameStart].Start, Tokens[end - 1].End);
                var nameText = _doc[nameSpan];
                // (but "the U.S. embassy in Beijing" is the embassy, an organisation in the place)
                if (title is not null && (title.EndsWith(" in", StringComparison.Ordinal) || title.EndsWith(" at", StringComparison.Ordinal))
                    && title.Split(' ').Any(w => Words.OrganizationHeads.Has(w)))
                {
                    return Named(StripDeterminer(text.ToString()), EntityType.Organization, mention, null);
                }

                // "China", "the government of Oman": a country speaks unless a person's role stands before it
                if (_lex.TryGetCountry(nameText, out var c2) && (title is null || !title.Split(' ').Any(w => _lex.IsRoleNoun(w) && !Words.OrganizationHeads.Has(w))))
                {
                    return Named(c2.Name, EntityType.Country, mention, null);
                }

                // the recogniser knows organisations and places that no list holds ("Huawei", "Crimea"); a person the
                // article has named stays a person ("Springsteen")
                // (a transcript's label in capitals before a colon is a person: "BENENSON: Senator Sanders doesn't …")
                var label = nameStart == first && IsTranscriptLabel(first, end) && !_lex.TryGetCountry(nameText, out _) && !_lex.TryGetAgency(nameText, out _);
                // (a first name opening a body's name is no person's: "Florida Highway Patrol")
                var body = end - nameStart >= 3 && IsCap(end - 1) && W(end - 1) is "Patrol" or "Police" or "Department" or "Ministry" or "Agency" or "Commission"
                    or "Committee" or "Council" or "Institute" or "University" or "Association" or "Foundation" or "Administration" or "Bureau" or "Service" or "Office";
                // (nor is a name whose last word heads a body and whose first is no first name: "the Supreme Court", "the Harbour
                // Council"; "Margaret Court" stays a person)
                var headed = end - nameStart >= 2 && IsCap(end - 1) && Words.OrganizationHeads.Has(W(end - 1)) && W(end - 1) is not ("House" or "Press" or "Post" or "Times" or "News" or "Media" or "Staff" or "Team" or "Union" or "Club" or "Guard")
                    && ((_lex.FemaleShare(W(nameStart)) is null || _lex.TagOf(W(nameStart)) is "Adjective") && !IsHyphenatedFirstName(nameStart) && EntityOf(nameStart, end) is not "PER"
                        || EntityOf(nameStart, end) is "ORG"); // (a rare first name that is mostly a word is none: "Supreme")
                // (a country before it is the body's too: "the United States Supreme Court")
                if ((body && title is null || headed && (title is null || title.EndsWith("'s", StringComparison.Ordinal) || title.EndsWith("’s", StringComparison.Ordinal)
                    || _lex.TryGetCountry(title, out _))) && !KnownPerson(nameSpan))
                {
                    return Named(StripDeterminer(_doc.Substring(TextSpan.FromBounds(Tokens[first].Start, Tokens[end - 1].End))), EntityType.Organization, mention, null);
                }

                // "the journal Science", "the charity Oxfam": a kind of body before a name that is no person's is the body's
                // (also after its modifiers: "Iranian news agency Fars", "the conservative website Breitbart")
                if (title is { Length: > 0 } kinds && kinds[(kinds.LastIndexOf(' ') + 1)..] is { Length: > 0 } kind && char.IsLower(kind[0])
                    && (Words.OutletHeads.Has(kind) || Words.OrganizationHeads.Has(kind) || kind is "charity" or "website")
                    && !KnownPerson(nameSpan)
                    && (_lex.FemaleShare(W(nameStart)) is null && (EntityOf(nameStart, end) is not "PER" || end - nameStart == 1 && kinds.Contains(' '))
                        || kinds.Contains(' ') && Words.OrganizationHeads.Has(kind) && !Words.OutletHeads.Has(kind))) // ("software company Red Hat")
                {
                    return Named(nameText.ToString(), EntityType.Organization, mention, null);
                }

                var entity = KnownPerson(nameSpan) || label || (_lex.FemaleShare(W(nameStart)) is not null || IsHyphenatedFirstName(nameStart)) && nameStart + 1 < end
                    || nameStart + 1 == end && _lex.TagOf(W(nameStart)) is "LastName" ? "PER"
                    : EntityOf(nameStart, end) ?? (W(nameStart) is "The" && nameStart + 1 < end ? EntityOf(nameStart + 1, end) : null); // ("The CIPS")
                // (but a place's name after a capital "The" inside a sentence is a publication's: "a report by The Atlantic")
                // (and so is one that ends with an outlet's word: "Manila Bulletin")
                var publication = W(nameStart) is "The" && nameStart + 1 < end && nameStart > 0 && Tokens[nameStart - 1].Kind == TokenKind.Word
                    || end - nameStart >= 2 && IsCap(end - 1) && Words.OutletHeads.Has(W(end - 1))
                    || end - nameStart >= 2 && W(nameStart) is "Gazeta" or "Radio" or "Daily"; // ("Gazeta Wyborcza", "Radio Free Asia")
                if (entity is "LOC" && !publication && (title is null || !title.Split(' ').Any(w => _lex.IsRoleNoun(w))))
                {
                    return Named(StripDeterminer(_doc.Substring(TextSpan.FromBounds(Tokens[nameStart].Start, Tokens[end - 1].End))), EntityType.Country, mention, null);
                }

                // a name in one word with humps is an organisation: "WikiLeaks", "RealClearPolitics"
                if (end - nameStart > 1 && IsOneWord(nameStart, end))
                {
                    return Named(nameText.ToString(), EntityType.Organization, mention, null);
                }

                // ("GunBroker.com": a site is an organisation, never a person)
                if (publication && entity is "LOC")
                {
                    return Named(nameText.ToString(), EntityType.Organization, mention, null);
                }

                if (entity is "ORG" || entity is not "PER" && IsOrganization(nameStart, end) || Tokenizer.IsWebAddress(nameText))
                {
                    return Named(StripDeterminer(_doc.Substring(TextSpan.FromBounds(Tokens[first].Start, Tokens[end - 1].End))), EntityType.Organization, mention, null);
                }

                var id = FindOrAddPerson(nameSpan, title);
                _entities[id].Mentions.Add(mention);
                AddPersonMention(id, mention.Start, end, named: true);
                return id;
            }

            // "the Chinese government" speaks for China
            for (var t = first; t < end; t++)
            {
                if ((_lex.TryGetAnyDemonym(W(t), out var d) || _lex.TryGetCountry(W(t), out d)) && t + 1 < end
                    && W(t + 1).Equals("government", StringComparison.OrdinalIgnoreCase) && t + 2 == end)
                {
                    return Named(d.Name, EntityType.Country, mention, null);
                }
            }

            return ResolveCommonNoun(first, end, mention, text.ToString(), title);
        }

        /// <summary>A mention with no name ("a government spokesperson", "a reporter for USA Today", "a 2014 study that
        /// appeared in …"): the named person with that role, or a group, document or anonymous source. Its head is the
        /// noun before a phrase that follows it.</summary>
        private int ResolveCommonNoun(int first, int end, TextSpan mention, string text, string? title)
        {
            var headEnd = end;
            for (var t = first + 1; t < end; t++)
            {
                if (IsHeadJoin(t))
                {
                    headEnd = t;
                    break;
                }
            }

            var head = W(headEnd - 1).ToString();
            // "officials", "analysts": a role noun in the plural is a group, however the role list spells it
            var lower = head.ToLowerInvariant();
            var plural = head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) && (!_lex.IsRoleNoun(head) || _lex.IsRoleNoun(head.AsSpan(0, head.Length - 1)))
                || lower is "people" or "police" or "women" or "men" or "children" || W(first) is "those" or "Those";
            // (nor a document the role list also has as a person: "The study" is no "co-author of a new study")
            if (!plural && (_lex.IsRoleNoun(head) || IsRoleCompound(head)) && !(Words.OrganizationHeads.Has(head) && (char.IsUpper(head[0]) || lower is "party" or "company" or "authority"))
                && !Words.DocumentNouns.Has(head))
            {
                // (not a body's name: "The Green Party" is not the "UK Independence Party leader"; nor a body by its kind,
                // though the role list has the word: "the party" is not the "Unity Party of America presidential nominee")
                // the adjective right before the role ("the foreign secretary"), which a title may contradict
                // (or the noun: "the constitutional affairs secretary" is not "shadow secretary for the family"; but not a
                // body, which a title names in its own way: "a government spokesperson" may be "Foreign Ministry spokeswoman")
                var qualifier = headEnd - 2 >= first && HasTags && (_doc.Tags[headEnd - 2].Upos is "ADJ" || _doc.Tags[headEnd - 2].Upos is "NOUN" && !IsCap(headEnd - 2) && !Words.OrganizationHeads.Has(W(headEnd - 2)))
                    && W(headEnd - 2) is not ("former" or "new" or "then" or "current" or "acting" or "top" or "senior" or "chief")
                    ? W(headEnd - 2).ToString() : null;
                // (and a party, which a title of another party contradicts: "the Democratic presidential nominee" is not
                // Trump, "Republican presidential nominee"; nor is the president the vice president: "the presidential
                // nominee" is not "vice presidential nominee")
                string? party = null;
                var deputy = false;
                for (var t = first; t < headEnd - 1; t++)
                {
                    var word = W(t).ToString();
                    party ??= s_partyWords.Contains(word) ? word : null;
                    deputy |= IsDeputyWord(word);
                }

                var id = PersonWithRole(head, mention.Start, qualifier, party, deputy);
                if (id >= 0)
                {
                    _entities[id].Mentions.Add(mention);
                    MergeTitle(_entities[id], null);
                    AddPersonMention(id, mention.Start, end, named: false); // and so does a role ("the veteran game maker")

                    return id;
                }
            }

            // "One of the children", "one of the officers": someone unnamed
            if (W(first) is "One" or "one" && first + 2 < end && W(first + 1) is "of" && headEnd == first + 1 && W(end - 1).ToString() is var people
                && (people is "children" or "people" or "men" or "women" or "residents" or "voters" or "students" or "workers"
                    || people.EndsWith('s') && _lex.IsRoleNoun(people.AsSpan(0, people.Length - 1))))
            {
                return Named(StripDeterminer(text), EntityType.Anonymous, mention, null);
            }

            var name = StripDeterminer(text);
            // (also a notice: "RIAA's DMCA notice alleged …")
            var type = Words.DocumentNouns.Has(head) || plural && Words.DocumentNouns.Has(head.AsSpan(0, head.Length - 1)) || lower is "notice" or "notices" or "amendment"
                ? EntityType.Document
                : s_anonymous.Contains(head) && IsIndefinite(first) ? EntityType.Anonymous
                : lower is "everyone" or "everybody" or "all" ? EntityType.Group
                : Words.OrganizationHeads.Has(head) || char.IsUpper(head[0]) && Words.OutletHeads.Has(head) || Tokens[headEnd - 1].Has(TokenFlags.AllCaps) && !_lex.IsRoleNoun(head) && !_lex.IsTitle(head) && !Words.Postnominals.Has(head) ? EntityType.Organization
                : plural ? EntityType.Group
                : _lex.IsRoleNoun(head) || IsRoleCompound(head) || _lex.IsTitle(head) || Words.Postnominals.Has(head) || head.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase) ? EntityType.Person // ("the 23-year-old", "the Co-Chairman")
                : EntityType.Organization;
            return Named(name, type, mention, type == EntityType.Person ? title : null);
        }

        /// <summary>"Man-kei", "Tak-sing": a capitalised syllable and a lower-case one joined by a hyphen, as romanised
        /// Chinese given names are written.</summary>
        private static bool IsLowerHyphenedGivenName(ReadOnlySpan<char> w) =>
            w.IndexOf('-') is var dash and >= 2 and <= 4 && dash + 3 <= w.Length && w.Length - dash - 1 <= 5 && char.IsUpper(w[0])
            && IsAllLower(w[1..dash]) && IsAllLower(w[(dash + 1)..]);

        private static bool IsAllLower(ReadOnlySpan<char> w)
        {
            foreach (var c in w)
            {
                if (!char.IsLower(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>"Nils-Erik", "Jean-Pierre": capitalised parts joined by a hyphen, one of them a first name.</summary>
        private bool IsHyphenatedFirstName(int t) =>
            IsCap(t) && W(t).IndexOf('-') is var dash and > 0 && dash + 1 < W(t).Length && char.IsUpper(W(t)[dash + 1])
            && (_lex.FemaleShare(W(t)[..dash]) is not null || _lex.FemaleShare(W(t)[(dash + 1)..]) is not null);

        /// <summary>Whether the noun phrase in [<paramref name="first"/>, <paramref name="end"/>) is headed by a role, before
        /// any phrase after it: "The American Samoan |delegate| to the House", "the |mayor| of Northfield".</summary>
        private bool RoleHead(int first, int end)
        {
            for (var t = first; t < end; t++)
            {
                if (IsLink(t))
                {
                    return false;
                }

                if (IsTitleWord(t) && (t + 1 == end || IsLink(t + 1)))
                {
                    return true;
                }
            }

            return false;

            bool IsLink(int k) => W(k) is "of" or "to" or "for" or "at" or "in" or "from";
        }

        /// <summary>The second (or the first) of two capitalised names joined by "and" in the 60 tokens before <paramref
        /// name="before"/>: "the Federal Aviation Administration and the National Transportation Safety Board".</summary>
        private TextSpan CoordinatedNames(int before, bool second)
        {
            for (var k = before - 2; k > 0 && before - k < 60; k--)
            {
                if (W(k) is not "and")
                {
                    continue;
                }

                var rightFirst = W(k + 1) is "the" ? k + 2 : k + 1;
                var rightEnd = rightFirst;
                while (rightEnd < before && (IsCap(rightEnd) || W(rightEnd) is "of" or "for" && rightEnd + 1 < before && IsCap(rightEnd + 1)))
                {
                    rightEnd++;
                }

                var leftFirst = k;
                while (leftFirst - 1 >= 0 && (IsCap(leftFirst - 1) || W(leftFirst - 1) is "of" or "for" && leftFirst - 2 >= 0 && IsCap(leftFirst - 2)))
                {
                    leftFirst--;
                }

                if (rightEnd == rightFirst || leftFirst == k || !IsCap(rightEnd - 1) || !IsCap(leftFirst))
                {
                    continue; // ("and" between clauses)
                }

                return second ? TextSpan.FromBounds(Tokens[rightFirst].Start, Tokens[rightEnd - 1].End) : TextSpan.FromBounds(Tokens[leftFirst].Start, Tokens[k - 1].End);
            }

            return default;
        }

        /// <summary>"the California Department of Forestry and Fire Protection": a capitalised organisation's head and
        /// "of" before <paramref name="before"/>, capitalised words after it, so that an "and" there is inside the name.</summary>
        private bool OrganizationOfBefore(int first, int before)
        {
            for (var t = before - 2; t > first; t--)
            {
                if (!IsCap(t + 1))
                {
                    return false;
                }

                if (W(t) is "of")
                {
                    return IsCap(t - 1) && Words.OrganizationHeads.Has(W(t - 1));
                }
            }

            return false;
        }

        /// <summary>Whether a person's name opens the mention and "of" follows it before <paramref name="before"/>: "|Nils-Erik
        /// Haagenrud of| Rogaland Fire and Rescue".</summary>
        private bool PersonOfBefore(int first, int before)
        {
            for (var t = first + 1; t < before; t++)
            {
                // (or a hyphenated first name the recogniser reads as a place: "Nils-Erik Haagenrud of")
                if (W(t) is "of")
                {
                    return HasTags && _doc.Tags[first].Entity is "B-PER" && PersonNameStart(first, t) == first
                        || t == first + 2 && IsCap(first + 1) && IsHyphenatedFirstName(first);
                }
            }

            return false;
        }

        /// <summary>Whether the recogniser starts a person's name in tokens (<paramref name="first"/>, <paramref name="end"/>).</summary>
        private bool HasPersonNameAfter(int first, int end)
        {
            for (var t = first + 1; t < end; t++)
            {
                if (_doc.Tags[t].Entity is "B-PER")
                {
                    return true;
                }
            }

            // (also a name the recogniser misses that ends the mention: "… of Amnesty International Man-kei Tam")
            return end - 2 > first && IsLowerHyphenedGivenName(W(end - 2)) && IsCap(end - 1);
        }

        /// <summary>Whether the mention is a common noun phrase followed by a phrase that joins it ("for", "of", "that",
        /// "who" …), with no name before the joining word.</summary>
        private bool StartsWithCommonNoun(int first, int end)
        {
            for (var t = first; t < end; t++)
            {
                if (t > first && IsHeadJoin(t))
                {
                    // not an organisation's own name: "the government of Norway", "the Department of Justice"
                    return _doc.Tags[t - 1].Upos is "NOUN" && (!IsCap(t - 1) || Tokens[t - 1].Has(TokenFlags.SentenceStart)
                            && (PersonNameStart(t, end) < 0 || _doc.Tags[t - 1].Xpos is "NNS" or "NNPS" || W(t - 1) is "People")) // ("Data from …", "Aides to Clinton" opening a sentence; not a singular before a name: "War on Want's John Hilary", "Secretary of State John Kerry")
                        && (_doc.Tags[t].Xpos is "VBN" or "VBD" || !Words.OrganizationHeads.Has(W(t - 1)) && W(t - 1) is not ("government" or "Government"));
                }

                // (a name of up to four words may modify the head: "the RealClearPolitics polling average in New
                // Hampshire", "a new Latino Decisions poll released Friday")
                if (_doc.Tags[t].Upos is not ("DET" or "NUM" or "ADJ" or "NOUN" or "ADV") || _doc.Tags[t].Entity is { Length: > 2 })
                {
                    var name = t;
                    while (name + 1 < end && name - t < 3 && IsCap(name + 1))
                    {
                        name++;
                    }

                    if (name + 1 < end && IsCap(t) && !IsCap(name + 1) && _doc.Tags[name + 1].Upos is "NOUN"
                        && (!Words.OrganizationHeads.Has(W(name + 1)) || Words.DocumentNouns.Has(W(name + 1))))
                    {
                        t = name;
                        continue;
                    }

                    return false;
                }
            }

            return false;
        }

        /// <summary>A word that joins a phrase to the noun before it: "a reporter |for| USA Today", "a study |that| …".</summary>
        private bool IsHeadJoin(int t) => !IsCap(t) && (Words.PostModifierPrepositions.Has(W(t)) || W(t) is "that" or "who" or "which"
            || W(t) is "close" && t + 1 < Tokens.Length && W(t + 1) is "to"
            || HasTags && t > 0 && _doc.Tags[t - 1].Upos is "NOUN" && (_doc.Tags[t].Xpos is "VBN" || _doc.Tags[t].Xpos is "VBD" && Words.DocumentNouns.Has(W(t - 1)))); // "a poll |released| Friday"

        private bool HasNameOrRole(int from, int to)
        {
            for (var t = from; t < to; t++)
            {
                if (_lex.FemaleShare(W(t)) is not null || IsHyphenatedFirstName(t) || _lex.IsRoleNoun(W(t)) || Words.Postnominals.Has(W(t)) || IsPossessive(t))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="mention"/> labels an interview's paragraph: "((WSS))", or at a paragraph's start
        /// before a colon ("WSS: Why now?").</summary>
        private bool IsInterviewLabel(TextSpan mention)
        {
            var text = _doc.Text;
            if (mention.Start >= 2 && text[mention.Start - 1] == '(' && text[mention.Start - 2] == '(' && mention.End + 1 < text.Length && text[mention.End] == ')')
            {
                return true;
            }

            return (mention.Start == 0 || text[mention.Start - 1] == '\n') && mention.End < text.Length && text[mention.End] == ':';
        }

        /// <summary>Whether tokens [first, end) are capitalised names separated by commas, the last after "and", with nothing
        /// in lower case but "and" outside parentheses: "Paramount, Universal and Warner Brothers", "Sens. Jeff Merkley
        /// (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.)"; not "Peter Orszag, Obama's former Office of
        /// Management and Budget director".</summary>
        private bool IsNameList(int first, int end)
        {
            var commas = 0;
            var and = -1;
            var depth = 0;
            for (var t = first; t < end; t++)
            {
                var w = W(t);
                if (w is "(" or ")")
                {
                    depth += w is "(" ? 1 : -1;
                    continue;
                }

                if (depth > 0)
                {
                    continue; // (a state or party in parentheses: "Sherrod Brown (D-Ohio)")
                }

                if (w is ",")
                {
                    commas++;
                    if (t + 1 >= end || !IsCap(t + 1) || and >= 0)
                    {
                        return false;
                    }
                }
                else if (w is "and")
                {
                    if (and >= 0)
                    {
                        return false;
                    }

                    and = t;
                }
                else if (Tokens[t].Kind == TokenKind.Word && !IsCap(t) && !IsPossessive(t))
                {
                    return false;
                }
            }

            // (nor a name and its title: "Kamal Nath, Commerce and Industry Minister")
            return commas >= 1 && and > first && and + 1 < end && IsCap(and + 1) && IsCap(first) && W(and - 1) is not "," && !IsTitleWord(end - 1);
        }

        /// <summary>The one person whose name's words begin with the letters of <paramref name="initials"/>, in order ("WSS":
        /// "William S. Saturn"), or -1 when there is none or more than one.</summary>
        private int PersonWithInitials(ReadOnlySpan<char> initials)
        {
            var found = -1;
            for (var i = 0; i < _entities.Count; i++)
            {
                var parts = _entities[i].NameTokens;
                if (_entities[i].Type != EntityType.Person || parts.Count != initials.Length)
                {
                    continue;
                }

                var match = true;
                for (var k = 0; k < parts.Count && match; k++)
                {
                    match = parts[k].Length > 0 && char.ToUpperInvariant(parts[k][0]) == initials[k];
                }

                if (match)
                {
                    if (found >= 0)
                    {
                        return -1;
                    }

                    found = i;
                }
            }

            return found;
        }

        /// <summary>The organisation named before whose name opens with <paramref name="word"/> and goes on, or -1.</summary>
        private int OrganizationNamedBy(ReadOnlySpan<char> word)
        {
            for (var i = 0; i < _entities.Count; i++)
            {
                var e = _entities[i];
                if (e.Type == EntityType.Organization && e.NameTokens.Count >= 2 && word.SequenceEqual(e.NameTokens[0]))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Where the parenthesis opens when the mention [first, end) ends with the initials of the capitalised
        /// words before it ("Notes from Poland (NFP)", "World Health Organization (WHO)"), or -1.</summary>
        private int InitialsInParentheses(int first, int end)
        {
            if (end - first < 5 || W(end - 1) is not ")" || W(end - 3) is not "(" || Tokens[end - 2].Kind != TokenKind.Word)
            {
                return -1;
            }

            var initials = W(end - 2);
            if (initials.Length < 2 || initials.Length > 10 || !char.IsUpper(initials[0]))
            {
                return -1;
            }

            // (or a short name of its own after a body's name: "Philippine Institute of Volcanology and Seismology (Phivolcs)")
            if (initials.ContainsAnyInRange('a', 'z'))
            {
                if (!IsCap(first))
                {
                    return -1; // (not a common noun's phrase: "figures compiled by … Association (Elspa)")
                }

                for (var t = first; t < end - 3; t++)
                {
                    if (t > first && IsCap(t) && Words.OrganizationHeads.Has(W(t)))
                    {
                        return end - 3;
                    }
                }

                return -1;
            }

            // (the whole mention is the name, "the" aside: not "the chairman of the Commission for Racial Equality (CRE)")
            Span<char> all = stackalloc char[16];
            Span<char> capitals = stackalloc char[16];
            int a = 0, c = 0;
            for (var t = first; t < end - 3; t++)
            {
                if (W(t) is "the" || t == first && W(t) is "The")
                {
                    continue;
                }

                if (Tokens[t].Kind != TokenKind.Word || a == all.Length || a == 0 && !IsCap(t) || !IsCap(t) && W(t) is not ("of" or "for" or "from" or "and" or "on" or "the"))
                {
                    return -1;
                }

                all[a++] = char.ToUpperInvariant(W(t)[0]);
                if (IsCap(t))
                {
                    capitals[c++] = W(t)[0];
                }
            }

            return initials.SequenceEqual(all[..a]) || initials.SequenceEqual(capitals[..c]) ? end - 3 : -1;
        }

        private int AddMention(int id, TextSpan mention)
        {
            _entities[id].Mentions.Add(mention);
            return id;
        }

        private bool IsIndefinite(int t) => W(t) is "a" or "A" or "an" or "An" or "some" or "Some" || !IsCap(t) && W(t) is not ("the" or "The");

        /// <summary>The entity type ("PER", "ORG", "LOC") the recogniser gave to exactly tokens [first, end), or null when
        /// the pipeline has no recogniser or the tokens are not one entity.</summary>
        private string? EntityOf(int first, int end)
        {
            var tags = _doc.Tags;
            if (!HasTags || first >= end || tags[first].Entity is not { Length: > 2 } b || b[0] != 'B'
                || end < Tokens.Length && tags[end].Entity is { Length: > 2 } next && next[0] == 'I')
            {
                return null;
            }

            for (var t = first + 1; t < end; t++)
            {
                if (tags[t].Entity is not { Length: > 2 } i || i[0] != 'I')
                {
                    return null;
                }
            }

            return b[2..];
        }

        /// <summary>The first token of the person name the recogniser found at the end of tokens [first, end) ("Treasury
        /// Secretary [Steven Mnuchin]"), or -1 when it found none or the pipeline has no recogniser. Titles and party
        /// labels it took in are left out ("Democrat Hillary Clinton"); first names and initials it left out are taken in
        /// ("Chief Justice John G. Roberts Jr.").</summary>
        private int PersonNameStart(int first, int end)
        {
            var tags = _doc.Tags;
            if (!HasTags)
            {
                return -1;
            }

            var start = -1;
            for (var t = end - 1; t >= first && start < 0; t--)
            {
                switch (tags[t].Entity)
                {
                    case "B-PER":
                        start = t;
                        break;
                    case "I-PER":
                        continue;
                    default:
                        return -1;
                }
            }

            if (start < 0)
            {
                return -1;
            }

            // a first name is a name even where it is also a role noun ("Don", "Victor", "Mark", "Bobby")
            // (but after a title or label, a title word that is also a first name is a title when a title or first name
            // follows it: "Tory Shadow Chancellor Oliver Letwin")
            while (start < end - 1 && (IsTitleWord(start) && (_lex.FemaleShare(W(start)) is null
                    || start > first && start + 2 < end && (IsTitleWord(start + 1) || _lex.FemaleShare(W(start + 1)) is not null))
                || s_partyLabels.Contains(W(start))))
            {
                start++;
            }

            if (start > first && IsTitlesOwnWord(start, end))
            {
                start++;
            }

            // a title the recogniser took into the name: "Home Secretary Charles Clarke", "Foreign Minister Wang Yi"
            for (var t = end - 2; t > start; t--)
            {
                if (IsTitleWord(t) && _lex.FemaleShare(W(t)) is null && IsNamePart(t + 1))
                {
                    start = t + 1;
                    break;
                }
            }

            // "Justice" is a first name too, but not in "Chief Justice John Roberts": a first name that is also a role
            // noun counts only at the start of the capitalised run ("Victor Cha")
            // (but one that names only men or only women is a name before a surname alone: "Senate Minority Whip |Dick| Durbin")
            while (start > first && IsCap(start - 1) && !_lex.IsTitle(W(start - 1))
                && (_lex.FemaleShare(W(start - 1)) is not null && (!_lex.IsRoleNoun(W(start - 1)) || start - 1 == first || !IsCap(start - 2) || start == end - 1 && IsGenderedFirstName(W(start - 1)))
                    || W(start - 1) is [_, '.'] && !_lex.IsRoleNoun(W(start - 1))))
            {
                start--;
            }

            // (and a particle with the first name before it: "Mohammad bin |Salman|")
            if (start - 2 >= first && IsNameParticle(start - 1) && IsCap(start - 2) && !IsTitleWord(start - 2)
                && (_lex.FemaleShare(W(start - 2)) is not null || _doc.Tags[start - 2].Entity is { Length: > 2 }))
            {
                start -= 2;
            }

            return start;
        }

        /// <summary>A word that belongs to the title before it, not to the name after it: "Miss |Universe| Alicia Machado",
        /// "Mr. |Olympia| Ronnie Coleman" (no first name itself, after a title, before a first name).</summary>
        private bool IsTitlesOwnWord(int t, int end) => _lex.IsTitle(W(t - 1)) && _lex.FemaleShare(W(t)) is null && IsFirstNameBeforeName(t + 1, end);

        /// <summary>A country, a nation of the United Kingdom, a US state, or what the recogniser tags as a place.</summary>
        private bool IsPlaceWord(int t) =>
            _lex.TryGetCountry(W(t), out _) || Words.UkNations.Contains(W(t).ToString()) || Words.UsStates.Contains(W(t).ToString())
            || HasTags && _doc.Tags[t].Entity is "B-LOC";

        /// <summary>Whether token <paramref name="t"/> is the place a title is of, before a person's first name: "President of
        /// |Argentina| Alberto Fernández", "First Minister of |Scotland| Nicola Sturgeon".</summary>
        private bool IsPlaceOfTitle(int t, int end) => t > 0 && W(t - 1) is "of" or "for" or "to" && IsPlaceWord(t) && IsFirstNameBeforeName(t + 1, end);

        // a known first name, not an honorific, with a capitalised name part after it
        private bool IsFirstNameBeforeName(int t, int end) =>
            t + 1 < end && _lex.FemaleShare(W(t)) is not null && !_lex.IsTitle(W(t)) && IsNamePart(t + 1) && !IsTitleWord(t + 1);

        private bool IsTitleWordInName(int t, int first)
        {
            // "Secretary" in "Treasury Secretary Steven Mnuchin" is a title; "House" in "White House" is not
            // (also one with its modifier, whatever first names it spells: "Crown Prince")
            return IsTitleWord(t) && t > first && IsRoleModifier(W(t - 1)) || IsRoleModifier(W(t)) && IsTitleWord(t + 1)
                || IsTitleWord(t) && _lex.FemaleShare(W(t)) is null && (t == first || !IsCap(t - 1) || IsTitleWord(t - 1) || IsTitleWord(t))
                || IsPartyLabelBeforeName(t) && _lex.FemaleShare(W(t + 1)) is not null // (not "Lib" of a bare "Lib Dem")
                // (a title that is also a first name, after a body's name and before a first name: "Supreme Court |Justice| Elena Kagan")
                || IsTitleWord(t) && t > first && IsCap(t - 1) && Words.OrganizationHeads.Has(W(t - 1)) && t + 1 < Tokens.Length && IsCap(t + 1) && _lex.FemaleShare(W(t + 1)) is not null
                // (or a listed title before a first name and a surname, whatever first names it spells: "Wisconsin |Governor|
                // Tony Evers")
                || _lex.IsTitle(W(t)) && t > first && t + 2 < Tokens.Length && IsCap(t + 1) && _lex.FemaleShare(W(t + 1)) is not null && IsCap(t + 2)
                    && Tokens[t + 2].Kind == TokenKind.Word;
        }

        /// <summary>"Sen. Bob Corker of Tennessee": a titled person's name before the first "of" in [<paramref
        /// name="first"/>, <paramref name="end"/>).</summary>
        private bool TitledNameBeforeOf(int first, int end)
        {
            for (var t = first + 2; t < end - 1; t++)
            {
                if (W(t) is "of")
                {
                    // (or "Ms. Brook of …"; or a role in lower case before a first name: "Republican committee member Doug
                    // Collins of Georgia")
                    return TitledFirstName(first, t - 2) && IsCap(t - 1) || t == first + 2 && IsCourtesyTitle(first) && IsCap(first + 1)
                        || PersonNameStart(first, t) is var named && named > first && IsTitleWord(named - 1) && _lex.FemaleShare(W(named)) is not null;
                }
            }

            return false;
        }

        /// <summary>A particle inside a name, between capitalised parts: "Mohammad |bin| Salman", "Ursula |von der| Leyen".</summary>
        private bool IsNameParticle(int t) =>
            t > 0 && t + 1 < Tokens.Length && Tokens[t].Kind == TokenKind.Word && W(t) is "bin" or "ibn" or "bint" or "al" or "el" or "van" or "von" or "der" or "den" or "de" or "da" or "di" or "du" or "del" or "della" or "dos" or "das" or "la" or "le"
            && (IsCap(t - 1) || W(t - 1) is "von" or "van" or "de") && (IsCap(t + 1) || W(t + 1) is "der" or "den" or "la" or "le");

        /// <summary>A word that makes one title with the title after it: "Crown Prince", "Prime Minister", "Vice President".</summary>
        private static bool IsRoleModifier(ReadOnlySpan<char> w) => w is "Crown" or "Prime" or "Vice" or "First" or "Deputy" or "Acting" or "Interim" or "Majority" or "Minority";

        /// <summary>Whether title words open [<paramref name="first"/>, <paramref name="last"/>] and a first name follows
        /// them, every word capitalised: "Representative |Mike| Coffman", "Sen. |Bob| Corker".</summary>
        private bool TitledFirstName(int first, int last)
        {
            for (var f = first + 1; f <= last; f++)
            {
                // (a title's own modifier counts with it: "Crown Prince", "Vice President")
                if (!IsCap(f - 1) || !IsTitleWord(f - 1) && !(IsRoleModifier(W(f - 1)) && IsTitleWord(f)))
                {
                    return false;
                }

                if (_lex.FemaleShare(W(f)) is not null && IsNamePart(f))
                {
                    for (var k = f; k <= last; k++)
                    {
                        if (!IsCap(k) && !IsNameParticle(k))
                        {
                            return false;
                        }
                    }

                    return true;
                }
            }

            return false;
        }

        /// <summary>"the National Conference of State Legislatures", "Bank of America": capitalised words joined by "of"
        /// after a head that is not a person's title ("Secretary of State John Kerry" is a person).</summary>
        private bool IsOfOrganization(int first, int end)
        {
            // "Lord Nicholls of Birkenhead": an honorific before a name and its place is a person
            if (_lex.IsTitle(W(first)) && first + 1 < end && IsCap(first + 1) && !IsTitleWord(first + 1))
            {
                return false;
            }

            for (var t = first + 1; t < end - 1; t++)
            {
                // (also "on", and after an organisation's head that is a role too: "the Roper Center for Public Opinion
                // Research", "the Commission on Presidential Debates")
                if ((W(t) is "of" or "for" || W(t) is "on" && Words.OrganizationHeads.Has(W(t - 1))) && IsCap(t - 1) && IsCap(t + 1)
                    && (!IsTitleWord(t - 1) || Words.OrganizationHeads.Has(W(t - 1)) && !_lex.IsTitle(W(t - 1))))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A title that ends in the honorific before the name is the title without it: "Former cabinet colleague
        /// Lord Hattersley" is a former cabinet colleague, "Conservative peer Lord Heseltine" a Conservative peer; an honorific
        /// after a lone "new" or "former" is the title ("The new Lord Kinnock": Lord).</summary>
        private static string WithoutTrailingHonorific(string title)
        {
            var space = title.LastIndexOf(' ');
            if (space < 0 || title[(space + 1)..] is not ("Lord" or "Lady" or "Baroness" or "Baron" or "Sir" or "Dame" or "Dr" or "Dr.")
                || title.EndsWith("First Lady", StringComparison.OrdinalIgnoreCase)) // ("Former First Lady Michelle Obama")
            {
                return title;
            }

            var rest = title[..space].TrimEnd();
            return rest is "new" or "New" or "former" or "Former" or "late" or "the" ? title[(space + 1)..] : rest;
        }

        /// <summary>A party's label before a first name, a title or another label, which is no part of the name: "Lib Dem
        /// Norman Baker", "Tory MP Boris Johnson", "Tory Shadow Chancellor Oliver Letwin".</summary>
        private bool IsPartyLabelBeforeName(int t) =>
            s_partyLabels.Contains(W(t)) && t + 1 < Tokens.Length && IsCap(t + 1)
            && (_lex.FemaleShare(W(t + 1)) is not null || IsTitleWord(t + 1) || s_partyLabels.Contains(W(t + 1)));

        /// <summary>Whether tokens [<paramref name="first"/>, <paramref name="end"/>) hold a person's name: one the recogniser
        /// reads, or a capitalised first name.</summary>
        private bool HasPersonName(int first, int end)
        {
            for (var t = first; t < end; t++)
            {
                if (HasTags && _doc.Tags[t].Entity is "B-PER" or "I-PER" || _lex.FemaleShare(W(t)) is not null && IsCap(t))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"BENENSON:", "JAKE TAPPER:": a name in capitals before a colon, as a transcript labels its speakers.</summary>
        private bool IsTranscriptLabel(int first, int end)
        {
            if (end >= Tokens.Length || _doc.Text[Tokens[end].Start] != ':')
            {
                return false;
            }

            for (var t = first; t < end; t++)
            {
                if (!Tokens[t].Has(TokenFlags.AllCaps))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether tokens [first, end) are one word split at its humps ("Wiki" + "Leaks").</summary>
        private bool IsOneWord(int first, int end)
        {
            for (var t = first + 1; t < end; t++)
            {
                if (!Tokens[t].Has(TokenFlags.Glued) || Tokens[t].Start != Tokens[t - 1].End)
                {
                    return false;
                }
            }

            return true;
        }

        private bool IsOrganization(int first, int end)
        {
            if (end - first == 1)
            {
                return Tokens[first].Has(TokenFlags.AllCaps) && W(first).Length > 1 || Words.OrganizationHeads.Has(W(first));
            }

            for (var t = first; t < end; t++)
            {
                if (Words.OrganizationHeads.Has(W(t)))
                {
                    return true;
                }
            }

            // a newspaper by its name: "The Gazette", "the Northfield Gazette"
            if (IsCap(end - 1) && Words.OutletHeads.Has(W(end - 1)) && (W(first) is "The" or "the" || end - first > 1 && IsCap(end - 2)))
            {
                return true;
            }

            return IsPossessive(end);
        }

        private static string StripDeterminer(string s)
        {
            s = Normalize(s);
            if (s is "the" or "The" or "a" or "A" or "an" or "An")
            {
                return "";
            }

            foreach (var d in (string[])["the ", "a ", "an ", "The ", "A ", "An ", "That ", "This ", "that ", "this ", "Another ", "another "])
            {
                if (s.StartsWith(d, StringComparison.Ordinal))
                {
                    return s[d.Length..];
                }
            }

            return s;
        }

        /// <summary>Whether tokens [<paramref name="first"/>, <paramref name="end"/>) are all capitalised.</summary>
        private bool AllCap(int first, int end)
        {
            for (var k = first; k < end; k++)
            {
                if (!IsCap(k))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether tokens [<paramref name="first"/>, <paramref name="end"/>) are capitalised names, commas and the
        /// "and" before the last: "Hope and Carswell", "Fiorina, Huckabee and Paul".</summary>
        private bool NamesInList(int first, int end)
        {
            for (var k = first; k < end; k++)
            {
                if (!IsCap(k) && !(k == end - 2 && W(k) is "and") && !(k < end - 2 && _doc.Text[Tokens[k].Start] == ','))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The group whose mention starts nearest before <paramref name="position"/>, no further back than
        /// <paramref name="reach"/> characters; -1 when there is none.</summary>
        private int NearestGroup(int position, int reach) => Nearest(position, reach, static type => type == EntityType.Group);

        /// <summary>The organisation or country named nearest before <paramref name="position"/>, within 1,500 characters,
        /// for an "it"; never a group, which is several ("Local residents", "Critics"); -1 when there is none.</summary>
        private int NearestNonPerson(int position) =>
            Nearest(position, 1500, static type => type is EntityType.Organization or EntityType.Country);

        private int Nearest(int position, int reach, Func<EntityType, bool> ofType)
        {
            var best = -1;
            var bestStart = -1;
            for (var i = 0; i < _entities.Count; i++)
            {
                if (!ofType(_entities[i].Type))
                {
                    continue;
                }

                foreach (var m in _entities[i].Mentions)
                {
                    if (m.Start < position && m.Start > bestStart && position - m.Start < reach)
                    {
                        best = i;
                        bestStart = m.Start;
                    }
                }
            }

            return best;
        }

        private int Named(string name, EntityType type, TextSpan mention, string? title)
        {
            for (var i = 0; i < _entities.Count; i++)
            {
                if (_entities[i].Type == type && _entities[i].Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    _entities[i].Mentions.Add(mention);
                    return i;
                }
            }

            var draft = new Draft { Name = name, Type = type, NameTokens = [.. name.Split(' ')] };
            if (!string.Equals(title, name, StringComparison.OrdinalIgnoreCase))
            {
                MergeTitle(draft, title); // "a ministry spokesman" is named by its role; the role is not a title besides
            }
            draft.Mentions.Add(mention);
            _entities.Add(draft);
            return _entities.Count - 1;
        }

        /// <summary>The person mentioned last before <paramref name="position"/> whose gender fits (or is unknown).</summary>
        private int NearestPerson(int position, Gender gender)
        {
            if (!_mentionsSorted)
            {
                _personMentions.Sort((a, b) => a.Position.CompareTo(b.Position));
                _mentionsSorted = true;
            }

            var best = -1;
            var bestPosition = -1;
            var fallback = -1;
            var fallbackPosition = -1;

            // the last mention before the pronoun, then back through at most a few hundred mentions
            int lo = 0, hi = _personMentions.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >> 1;
                if (_personMentions[mid].Position < position)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            for (var i = lo - 1; i >= 0 && lo - i <= 300 && best < 0; i--)
            {
                var (p, id, _) = _personMentions[i];

                var g = _entities[id].Gender;
                if (g == gender && p > bestPosition)
                {
                    best = id;
                    bestPosition = p;
                }
                else if (g == Gender.Unknown && p > fallbackPosition)
                {
                    fallback = id;
                    fallbackPosition = p;
                }
            }

            // an unknown-gender person named after the last match is closer and still plausible
            return fallbackPosition > bestPosition && (best < 0 || position - fallbackPosition < 400) ? fallback : best;
        }

        /// <summary>The person whose title holds <paramref name="role"/>, named nearest <paramref name="position"/>; not
        /// one whose title qualifies the role without the mention's adjective (<paramref name="qualifier"/>: "the foreign
        /// secretary" is not "Home Secretary Charles Clarke"), names another party than the mention's (<paramref
        /// name="party"/>) or, unless <paramref name="mentionNamesDeputy"/>, makes it a deputy's ("Vice President").</summary>
        private int PersonWithRole(string role, int position, string? qualifier, string? party = null, bool mentionNamesDeputy = true)
        {
            var key = RoleKey(role);
            var best = -1;
            var bestDistance = int.MaxValue;
            for (var i = 0; i < _entities.Count; i++)
            {
                var e = _entities[i];
                if (e.Type != EntityType.Person || e.Title is null || e.NameTokens.Count < 2)
                {
                    continue;
                }

                var words = e.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var at = Array.FindIndex(words, w => RoleKey(w) == key);
                if (at < 0)
                {
                    continue;
                }

                if (qualifier is not null && at > 0 && !words.Contains(qualifier, StringComparer.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (party is not null && words.Any(w => s_partyWords.Contains(w) && PartyOf(w) != PartyOf(party))
                    || !mentionNamesDeputy && words[..at].Any(IsDeputyWord))
                {
                    continue;
                }

                var distance = e.Positions.Count == 0 ? int.MaxValue - 1 : e.Positions.Min(p => Math.Abs(p - position));
                if (distance < bestDistance)
                {
                    best = i;
                    bestDistance = distance;
                }
            }

            return best;
        }

        /// <summary>Words that name a party in a role: "the Democratic presidential nominee", "GOP leader".</summary>
        private static readonly FrozenSet<string> s_partyWords = new[]
        {
            "Democratic", "Democrat", "Republican", "GOP", "Libertarian", "Green", "Labour", "Conservative", "Tory", "Liberal",
        }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

        /// <summary>"vice president", "deputy director", "assistant secretary": a word that makes a role someone's second.</summary>
        private static bool IsDeputyWord(string word) => word is "vice" or "Vice" or "deputy" or "Deputy" or "assistant" or "Assistant";

        private static string PartyOf(string word) => word.ToLowerInvariant() switch
        {
            "democrat" => "democratic",
            "gop" => "republican",
            "tory" => "conservative",
            var w => w,
        };

        private static string RoleKey(string role)
        {
            role = role.ToLowerInvariant();
            foreach (var suffix in (string[])["woman", "man", "person"])
            {
                if (role.EndsWith(suffix, StringComparison.Ordinal) && role.Length > suffix.Length + 2)
                {
                    return role[..^suffix.Length];
                }
            }

            return role;
        }

        /// <summary>Makes the entity an organisation if it is a person known by a bare name: no title, no gender.</summary>
        public void OrganizationIfBareName(int id)
        {
            // (a name: capitalised words, not a common noun phrase such as "US woman")
            var e = _entities[id];
            if (e.Type == EntityType.Person && e.Gender == Gender.Unknown && e.Title is null
                && e.Name.Split(' ') is var words && words.All(w => w.Length > 0 && char.IsUpper(w[0]))
                && !_lex.IsRoleNoun(words[^1]) && !Words.Postnominals.Has(words[^1]))
            {
                e.Type = EntityType.Organization;
            }
        }

        public ImmutableArray<Entity> Build()
        {
            var result = ImmutableArray.CreateBuilder<Entity>(_entities.Count);
            for (var i = 0; i < _entities.Count; i++)
            {
                var e = _entities[i];
                var (role, affiliation) = SplitTitle(e.Title);
                result.Add(new Entity(i, e.Name, e.Type, e.Gender, e.Title, role, affiliation, [.. e.Mentions.Distinct().OrderBy(m => m.Start)]));
            }

            return result.DrainToImmutable();
        }

        /// <summary>A member's letters, which name a role: "MP", "MEP", "QC".</summary>
        private static bool IsMemberLetters(string w) => w is "MP" or "MEP" or "MSP" or "MLA" or "QC" or "KC" or "MPs" or "MEPs" or "MSPs";

        /// <summary>A first name that names only men or only women ("Dick", "John"), unlike one shared with a word
        /// ("Justice").</summary>
        private bool IsGenderedFirstName(ReadOnlySpan<char> word) => _lex.FemaleShare(word) is < 0.02f or > 0.98f;

        /// <summary>Whether a word at the end of a title that opens the person's name is that first name, not a title word the
        /// name took in by mistake ("Whip |Dick| Durbin", "Ambassador |John| Bolton"; not "Mr |Justice| Eady", "|Judge| David").</summary>
        private bool IsFirstNameNoTitle(string word) => !_lex.IsTitle(word) && (!_lex.IsRoleNoun(word.ToLowerInvariant()) || IsGenderedFirstName(word));

        /// <summary>A role noun, also hyphenated with another word: "director-general", "co-founder", "editor-in-chief".</summary>
        private bool IsRoleCompound(string word)
        {
            if (_lex.IsRoleNoun(word))
            {
                return true;
            }

            // (a prefix before the role, or "general", "elect" or "-in-chief" after it, capitalised or not: "NATO
            // Secretary-General"; not "pro-Newt")
            var hyphen = word.IndexOf('-');
            var lastHyphen = word.LastIndexOf('-');
            if (hyphen <= 0 || lastHyphen >= word.Length - 1 || !char.IsLetter(word[0]))
            {
                return false;
            }

            var head = word[..hyphen].ToLowerInvariant();
            var tail = word[(lastHyphen + 1)..].ToLowerInvariant();
            return head is "co" or "vice" or "ex" or "deputy" or "assistant" or "under" && _lex.IsRoleNoun(tail)
                || (tail is "general" or "elect" or "designate" || word.Contains("-in-", StringComparison.Ordinal)) && _lex.IsRoleNoun(head);
        }

        /// <summary>"Foreign Ministry spokeswoman" is role "spokeswoman", affiliation "Foreign Ministry";
        /// "Huawei's chief financial officer" is role "chief financial officer", affiliation "Huawei".</summary>
        private (string? Role, string? Affiliation) SplitTitle(string? title)
        {
            if (title is null)
            {
                return (null, null);
            }

            // (an honorific alone is no role: "Sir Ian Blair", "Lady Hale")
            if (title is "Sir" or "Dame" or "Lady" or "Lord" or "Mr" or "Mr." or "Mrs" or "Mrs." or "Ms" or "Ms." or "Miss")
            {
                return (null, null);
            }

            var words = title.Split(' ');

            // (a possessive determiner, or a time's possessive, opens no affiliation: "Their coach", "His mother", "Last
            // year's honorary winner")
            var opener = words[0] is "His" or "Her" or "Their" or "Its" or "Our" or "My" ? 1
                : words.Length > 2 && words[0] is "Last" or "This" or "Next" && words[1] is "year's" or "week's" or "month's" or "year’s" or "week’s" or "month’s" ? 2
                : 0;
            if (opener > 0)
            {
                return opener < words.Length ? SplitTitle(string.Join(' ', words[opener..])) : (null, null);
            }

            var possessive = Array.FindLastIndex(words, w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal));

            // "director of Argentina's Amnesty International": a role, then "of" and a body named with a possessive
            var roleOf = Array.FindIndex(words, w => w is "of" or "at" or "for");
            // (a role the list lacks, in lower case, is a role too: "evolutionary biomechanicist at London's Royal Veterinary
            // College")
            if (possessive > roleOf && roleOf > 0 && words[..roleOf].All(w => w.Length > 0 && (char.IsLower(w[0]) || _lex.IsRoleNoun(w) || _lex.IsTitle(w)))
                && (words[..roleOf].Any(w => _lex.IsRoleNoun(w) || _lex.IsTitle(w))
                    || words[..roleOf].All(w => char.IsLower(w[0])) && !Words.Quantifiers.Has(words[0]) && words[0] is not ("everyone" or "anyone" or "someone")))
            {
                return (string.Join(' ', words[..roleOf]), string.Join(' ', words[(roleOf + 1)..]));
            }

            // "the UK's National Crime Agency": a body after a possessive, with no role word, is all affiliation
            if (possessive >= 0 && possessive < words.Length - 1 && words[(possessive + 1)..] is var owned
                && (!owned.Any(w => _lex.IsRoleNoun(w) || _lex.IsTitle(w) || IsMemberLetters(w)) || Words.OrganizationHeads.Has(owned[^1]))
                && owned.All(w => w.Length > 0 && (char.IsUpper(w[0]) || w is "of" or "for" or "and" or "de" or "the")) && char.IsUpper(owned[^1][0]))
            {
                return (null, StripDeterminer(title));
            }

            if (possessive >= 0)
            {
                // ("BBC's" alone is an affiliation with no role)
                var owner = string.Join(' ', words[..(possessive + 1)])[..^2];
                return possessive < words.Length - 1 ? (string.Join(' ', words[(possessive + 1)..]), owner) : (null, owner);
            }

            // "mayor of Paris", "ecologist at the University of Kansas" (but "University of Kansas" is a body, and "Bank of
            // England deputy governor" a body and then the role)
            // (and "to" after a role, before a name: "adviser to Barack Obama", "delegate to the U.S. House")
            // (and "from" before a body, not a home town: "retail expert from Queensland University of Technology", "a nurse
            // from Brownsville")
            var of = Array.FindIndex(words, w => w is "of" or "at" or "for" or "with");
            var from = Array.IndexOf(words, "from");
            if (from > 0 && (of < 0 || from < of) && words[(from + 1)..].Any(w => w.Length > 0 && char.IsUpper(w[0]) && Words.OrganizationHeads.Has(w)))
            {
                of = from;
            }

            var to = Array.FindIndex(words, w => w is "to");
            if (to > 0 && to < words.Length - 1 && (of < 0 || to < of) && (_lex.IsRoleNoun(words[to - 1]) || _lex.IsTitle(words[to - 1]))
                && (words[to + 1] is "the" || char.IsUpper(words[to + 1][0])))
            {
                of = to;
            }

            // "US Secretary of State", "Secretary of Justice": the department belongs to the role, what comes before it is
            // the affiliation
            // (also "of the": "UK | Chancellor of the Exchequer")
            if (of > 0 && (of == words.Length - 2 || of == words.Length - 3 && words[of + 1] is "the") && words[of] is "of"
                && words[of - 1] is "Secretary" or "Minister" or "Department" or "Chancellor" or "Chief"
                && char.IsUpper(words[^1][0]) && !_lex.TryGetCountry(words[^1], out _) && !Words.UsStates.Contains(words[^1]) && !Words.UkNations.Contains(words[^1]))
            {
                // (with a rank before it: "Deputy Secretary of State", "former Secretary of State")
                var roleStart = of - 1;
                while (roleStart > 0 && (IsDeputyWord(words[roleStart - 1]) || IsPastTitle(words[roleStart - 1])))
                {
                    roleStart--;
                }

                var head = string.Join(' ', words[roleStart..]);
                return roleStart > 0 ? (head, string.Join(' ', words[..roleStart])) : (head, null);
            }

            // (a body's head may also name a person: "Johns Hopkins Center for Health Security medical anthropologist")
            var body = of > 0 && words[..of].All(w => w.Length > 0 && char.IsUpper(w[0]) && (!_lex.IsRoleNoun(w) || w == words[of - 1]) && !_lex.IsTitle(w) && !Words.Postnominals.Has(w))
                && Words.OrganizationHeads.Has(words[of - 1]);
            if (of > 0 && of < words.Length - 1 && !body)
            {
                var affiliation = string.Join(' ', words[(of + 1)..]).TrimStart();
                return (string.Join(' ', words[..of]), StripDeterminer(affiliation) is { Length: > 0 } named ? named : null);
            }

            // the role ends at the last role word; capitalised words before it are the affiliation:
            // "Foreign Ministry | spokeswoman", "White House | press secretary", "Treasury | Secretary"
            // (a member's letters are a role too: "Labour MP", "East Midlands MEP", "QC")
            // (a body's capitalised head names no role: "James Martin Center for Nonproliferation Studies")
            var last = Array.FindLastIndex(words, w => IsRoleCompound(w) && !(char.IsUpper(w[0]) && Words.OrganizationHeads.Has(w)) || _lex.IsTitle(w) || IsMemberLetters(w));
            if (last < 0)
            {
                return (null, title); // "IT firm Dimension Data": an affiliation with no role
            }

            // (a body named with "of" before the role: "Bank of England | deputy governor")
            if (of > 0 && of < last)
            {
                var run = RoleStart(of + 1);
                return run - 1 > of ? (string.Join(' ', words[run..]), string.Join(' ', words[..run])) : (null, title);
            }

            // (a count is no affiliation: "One senator")
            var k = words[0] is "One" or "A" or "An" or "Another" or "Two" or "Three" ? 1 : 0;

            // (a past or passing title's word belongs to the role, not to the affiliation after it: "Former Maryland | Gov.",
            // "Retired Army | Col.", "Local | favourite")
            var past = k < last && words[k] is "Former" or "Then" or "Retired" or "Local" or "Fellow" or "Veteran" ? words[k++] : null;
            var skipped = k;

            // (a country that opens it is the affiliation, whatever the title list holds: "United States | President", "US |
            // President")
            for (var n = last; n > k; n--)
            {
                if (_lex.TryGetCountry(string.Join(' ', words[k..n]), out _))
                {
                    k = n;
                    break;
                }
            }

            // (a body's capitalised head before the role ends the affiliation: "Supreme Court | Justice")
            var bodyHead = last - 1 < k ? -1 : Array.FindLastIndex(words, last - 1, last - k, w => w.Length > 0 && char.IsUpper(w[0]) && Words.OrganizationHeads.Has(w) && !_lex.IsTitle(w));
            if (bodyHead >= k && bodyHead < last && words[(bodyHead + 1)..(last + 1)].All(w => w.Length > 0 && char.IsUpper(w[0])))
            {
                k = bodyHead + 1;
            }

            // (a body's own head word or "and" inside its name stays in it: "UK Independence Party | leader", "United States Customs
            // and Border Protection | commissioner")
            while (k < last && words[k].Length > 0 && !(IsRoleModifier(words[k]) && (_lex.IsTitle(words[k + 1]) || _lex.IsRoleNoun(words[k + 1])))
                && (char.IsUpper(words[k][0]) && (!_lex.IsTitle(words[k]) && !_lex.IsRoleNoun(words[k]) || k > skipped && Words.OrganizationHeads.Has(words[k]))
                || k > skipped && words[k] is "and" or "&" && k + 1 < last && char.IsUpper(words[k + 1][0])))
            {
                k++;
            }

            // (an affiliation may go on in lower case up to its last capitalised word: "Train drivers' trade union Aslef |
            // general secretary")
            if (k > skipped && k < last && char.IsLower(words[k][0]) && !_lex.IsRoleNoun(words[k]) && !_lex.IsTitle(words[k]))
            {
                k = Math.Max(k, RoleStart(k));
            }

            var role = string.Join(' ', words[k..]);
            return k > skipped ? (past is null ? role : past.ToLowerInvariant() + " " + role, string.Join(' ', words[skipped..k]))
                : (string.Join(' ', words[(past is null ? skipped : skipped - 1)..]), null);

            // where the role that ends at the last role word starts, back over lower-case and role words, no further than lo
            int RoleStart(int lo)
            {
                var run = last;
                // (a capitalised role noun before a lower-case role is the body's: "Center for Health Security | medical
                // anthropologist")
                while (run - 1 >= lo && (char.IsLower(words[run - 1][0])
                    || (_lex.IsRoleNoun(words[run - 1]) || _lex.IsTitle(words[run - 1])) && (char.IsUpper(words[run][0]) || IsRoleModifier(words[run - 1]))))
                {
                    run--;
                }

                return run;
            }
        }
    }
}
