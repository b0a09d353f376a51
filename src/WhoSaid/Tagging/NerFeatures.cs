using System.Collections.Frozen;
using System.Collections.Immutable;
using WhoSaid.Lexicons;
using WhoSaid.Tokens;

namespace WhoSaid.Tagging;

/// <summary>What the entity recogniser knows about one token before tagging: hashes of its forms and its gazetteer
/// flags. Computed once per sentence so that each token's features are cheap combinations.</summary>
public struct NerToken
{
    internal ulong Word;
    internal ulong Lower;
    internal ulong Shape;
    internal ulong Prefix1, Prefix2, Prefix3, Prefix4;
    internal ulong Suffix1, Suffix2, Suffix3, Suffix4;
    internal ulong WordTag;
    internal NerGazetteer Flags;

    // WordCasing bucket of the word; how the sentence is written (0 as usual, 1 mostly capitalised as a title,
    // 2 all lower case, 3 all capitals)
    internal byte Casing;
    internal byte SentenceCase;
}

/// <summary>Gazetteer facts about a token, from <see cref="LexiconSet"/>.</summary>
[Flags]
public enum NerGazetteer : uint
{
    None = 0,
    FemaleName = 1,
    MaleName = 2,
    UnisexName = 4,
    LastName = 8,
    Country = 16,
    Demonym = 32,
    Agency = 64,
    Title = 128,
    RoleNoun = 256,
    OrganizationHead = 512,
    PlaceHead = 1024,
    Organization = 2048,
    Capitalized = 4096,
    AllCaps = 8192,
    PossessiveOfRole = 16384,
    Place = 32768,
    PersonName = 65536,
    ProperNoun = 131072,

    /// <summary>The first token of a name of two or more tokens that a lexicon knows whole.</summary>
    NameStart = 262144,
}

/// <summary>The features of the entity recogniser, shared by training (WhoSaid.Training) and tagging
/// (<see cref="EntityRecognizer"/>), so that both see exactly the same thing. Features read the token text only
/// (never the tokenizer's kinds or flags), since training text comes from another tokenizer.</summary>
public sealed class NerFeatures(LexiconSet lexicons, WordCasing casing)
{
    /// <summary>The IOB2 classes, in model order. I-X is only allowed after B-X or I-X. MISC (other names: "Syrian",
    /// "Firefox") is learned so that the model need not push name-like words to O, and is written as O.</summary>
    public static readonly ImmutableArray<string> Classes = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    /// <summary>The classes the model predicts, BIOES (B-X begins a name, I-X continues it, E-X ends it, S-X is a name
    /// of one token), in model order: O, then B, I, E, S of PER, ORG, LOC and MISC. Decoded to <see cref="Classes"/>
    /// by <see cref="ToIob2"/>.</summary>
    public static readonly ImmutableArray<string> ModelClasses =
    [
        "O", "B-PER", "I-PER", "E-PER", "S-PER", "B-ORG", "I-ORG", "E-ORG", "S-ORG",
        "B-LOC", "I-LOC", "E-LOC", "S-LOC", "B-MISC", "I-MISC", "E-MISC", "S-MISC",
    ];

    /// <summary>The most features one token can have.</summary>
    public const int MaxFeatures = 128;

    // "none" class for tags before the sentence start
    private const int Start = 63;
    private const ulong Pad = 0x9E3779B97F4A7C15UL;
    private const int MatchWindow = 5;

    private static readonly FrozenSet<string> s_organizationHeads = new[]
    {
        "ministry", "party", "inc", "inc.", "corp", "corp.", "corporation", "company", "co.", "ltd", "ltd.", "llc", "plc", "group", "university",
        "bank", "council", "department", "agency", "association", "committee", "commission", "institute", "foundation", "union",
        "court", "army", "navy", "police", "office", "church", "college", "school", "board", "federation", "organization",
        "organisation", "authority", "bureau", "administration", "senate", "congress", "parliament", "assembly", "times", "news",
        "post", "journal", "press", "club", "team", "fund", "society", "center", "centre", "airlines", "airways", "motors",
        "industries", "holdings", "partners", "network", "media", "systems", "technologies", "services", "academy", "hospital",
        "museum", "house", "guard", "force", "forces", "agencies", "reserve", "exchange", "tribune", "herald", "gazette",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> s_placeHeads = new[]
    {
        "city", "county", "province", "state", "river", "lake", "mountain", "mountains", "mount", "mt.", "island", "islands",
        "street", "st.", "avenue", "ave.", "road", "rd.", "valley", "bay", "sea", "ocean", "beach", "park", "square", "district",
        "region", "village", "town", "desert", "gulf", "strait", "peninsula", "canyon", "hills", "coast", "airport", "bridge",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_orgHeadLookup = s_organizationHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_placeHeadLookup = s_placeHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    // Names by kind (ner_names.txt: cities, regions, sports teams, people), lower case, multi-word with spaces.
    private static readonly Lazy<FrozenDictionary<string, NerGazetteer>.AlternateLookup<ReadOnlySpan<char>>> s_names = new(() =>
    {
        var names = new Dictionary<string, NerGazetteer>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Models.EmbeddedLexicon.ReadLines("ner_names.txt"))
        {
            var tab = line.IndexOf('\t');
            if (tab > 0)
            {
                names.TryAdd(line[..tab], line[(tab + 1)..] switch
                {
                    "Place" => NerGazetteer.Place,
                    "Organization" => NerGazetteer.Organization,
                    "Person" => NerGazetteer.PersonName,
                    _ => NerGazetteer.ProperNoun,
                });
            }
        }

        return names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    });

    private readonly LexiconSet _lexicons = lexicons ?? throw new ArgumentNullException(nameof(lexicons));
    private readonly WordCasing _casing = casing ?? throw new ArgumentNullException(nameof(casing));

    /// <summary>Whether the word-tag lexicon knows the token (as a common word, a surname, ...).</summary>
    public static bool HasWordTag(in NerToken token) => token.WordTag != Pad;

    /// <summary>Whether class <paramref name="c"/> may follow class <paramref name="previous"/> in IOB2.</summary>
    public static bool Allowed(int previous, int c) => c == 0 || (c & 1) == 1 || previous == c || previous == c - 1;

    /// <summary>Whether model class <paramref name="c"/> (BIOES, <see cref="ModelClasses"/>) may follow model class
    /// <paramref name="previous"/>: after O, E-X or S-X (or at the sentence start, O) a name may begin or not; after
    /// B-X or I-X it must go on with I-X or E-X.</summary>
    public static bool ModelAllowed(int previous, int c)
    {
        var open = previous != 0 && (previous - 1) % 4 < 2;
        if (!open)
        {
            return c == 0 || (c - 1) % 4 is 0 or 3;
        }

        var type = (previous - 1) / 4;
        return c != 0 && (c - 1) / 4 == type && (c - 1) % 4 is 1 or 2;
    }

    /// <summary>The IOB2 class (<see cref="Classes"/>) of each model class (<see cref="ModelClasses"/>): B and S begin
    /// a name, I and E continue it.</summary>
    public static void ToIob2(ReadOnlySpan<int> model, Span<int> iob2)
    {
        for (var i = 0; i < model.Length; i++)
        {
            var c = model[i];
            iob2[i] = c == 0 ? 0 : 1 + 2 * ((c - 1) / 4) + ((c - 1) % 4 is 1 or 2 ? 1 : 0);
        }
    }

    /// <summary>The model class (BIOES) of each IOB2 class of a sentence: a B-X or I-X that the next token does not
    /// continue with I-X is S-X or E-X.</summary>
    public static void ToModel(ReadOnlySpan<int> iob2, Span<int> model)
    {
        for (var i = 0; i < iob2.Length; i++)
        {
            var c = iob2[i];
            if (c == 0)
            {
                model[i] = 0;
                continue;
            }

            var type = (c - 1) / 2;
            var inside = (c & 1) == 0;
            var continued = i + 1 < iob2.Length && iob2[i + 1] == 2 + 2 * type;
            model[i] = 1 + 4 * type + (inside ? (continued ? 1 : 2) : (continued ? 0 : 3));
        }
    }

    /// <summary>Fills <paramref name="info"/> (one slot per token of <paramref name="sentence"/>) with the token facts.</summary>
    public void Describe(string text, ReadOnlySpan<Token> sentence, Span<NerToken> info)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < sentence.Length; i++)
        {
            var w = text.AsSpan(sentence[i].Start, sentence[i].Length);
            ref var t = ref info[i];
            t.Word = FeatureHash.Of(0, w);
            t.Lower = FeatureHash.OfLower(0, w);
            t.Shape = ShapeHash(w);
            t.Prefix1 = FeatureHash.OfLower(1, w[..Math.Min(1, w.Length)]);
            t.Prefix2 = w.Length >= 2 ? FeatureHash.OfLower(2, w[..2]) : Pad;
            t.Prefix3 = w.Length >= 3 ? FeatureHash.OfLower(3, w[..3]) : Pad;
            t.Prefix4 = w.Length >= 4 ? FeatureHash.OfLower(4, w[..4]) : Pad;
            t.Suffix1 = FeatureHash.OfLower(5, w[Math.Max(0, w.Length - 1)..]);
            t.Suffix2 = w.Length >= 2 ? FeatureHash.OfLower(6, w[^2..]) : Pad;
            t.Suffix3 = w.Length >= 3 ? FeatureHash.OfLower(7, w[^3..]) : Pad;
            t.Suffix4 = w.Length >= 4 ? FeatureHash.OfLower(8, w[^4..]) : Pad;
            t.Casing = _casing.BucketOf(w);
            // abbreviations keep their period in text ("Gov.", "Sen.") but not in the lexicon
            var tag = _lexicons.TagOf(w) ?? (w.Length > 2 && w[^1] == '.' ? _lexicons.TagOf(w[..^1]) : null);
            t.WordTag = tag is null ? Pad : FeatureHash.Of(9, tag);
            t.Flags = NerGazetteer.None;
            if (tag is "LastName")
            {
                t.Flags |= NerGazetteer.LastName;
            }
            else if (tag is "Organization")
            {
                t.Flags |= NerGazetteer.Organization;
            }
            else if (tag is "Honorific")
            {
                t.Flags |= NerGazetteer.Title;
            }

            if (_lexicons.IsTitle(w))
            {
                t.Flags |= NerGazetteer.Title;
            }

            if (_lexicons.IsRoleNoun(w))
            {
                t.Flags |= NerGazetteer.RoleNoun;
            }

            if (w.Length == 0 || !char.IsUpper(w[0]))
            {
                continue;
            }

            t.Flags |= NerGazetteer.Capitalized;
            if (w.Length >= 2 && !w.ContainsAnyInRange('a', 'z'))
            {
                t.Flags |= NerGazetteer.AllCaps;
            }

            if (_lexicons.ListedFemaleShare(w) is { } share)
            {
                t.Flags |= share >= 0.8f ? NerGazetteer.FemaleName : share <= 0.2f ? NerGazetteer.MaleName : NerGazetteer.UnisexName;
            }

            if (_lexicons.TryGetDemonym(w, out _))
            {
                t.Flags |= NerGazetteer.Demonym;
            }

            if (s_orgHeadLookup.Contains(w))
            {
                t.Flags |= NerGazetteer.OrganizationHead;
            }

            if (s_placeHeadLookup.Contains(w))
            {
                t.Flags |= NerGazetteer.PlaceHead;
            }
        }

        // web text is often all lower case or all capitals, headlines capitalise every word
        int letters = 0, capitals = 0, upper = 0;
        for (var i = 0; i < sentence.Length; i++)
        {
            var w = text.AsSpan(sentence[i].Start, sentence[i].Length);
            if (w.Length > 0 && char.IsLetter(w[0]))
            {
                letters++;
                capitals += char.IsUpper(w[0]) ? 1 : 0;
                upper += w.ContainsAnyInRange('a', 'z') ? 0 : 1;
            }
        }

        var sentenceCase = letters < 3 ? 0 : upper == letters ? 3 : capitals == 0 ? 2 : capitals * 10 >= letters * 6 ? 1 : 0;
        for (var i = 0; i < sentence.Length; i++)
        {
            info[i].SentenceCase = (byte)sentenceCase;
        }

        // Multi-word names the lexicons know ("United States", "Associated Press", "T-Mobile"), starting at a capital.
        // The compromise lexicon writes them lower case with spaces for hyphens.
        Span<char> buffer = stackalloc char[96];
        var names = s_names.Value;
        for (var i = 0; i < sentence.Length; i++)
        {
            if ((info[i].Flags & NerGazetteer.Capitalized) == 0)
            {
                // lower-case web text: "kerala", "india"
                if (names.TryGetValue(text.AsSpan(sentence[i].Start, sentence[i].Length), out var kind))
                {
                    info[i].Flags |= kind;
                }

                continue;
            }

            // names run over capitals and a few short joining words ("Bank of America", "T-Mobile US")
            var last = i;
            while (last + 1 < sentence.Length && last + 1 < i + MatchWindow
                && ((info[last + 1].Flags & NerGazetteer.Capitalized) != 0 || sentence[last + 1].Length <= 3))
            {
                last++;
            }

            for (var j = last; j >= i; j--)
            {
                var span = text.AsSpan(sentence[i].Start, sentence[j].End - sentence[i].Start);
                var flag = _lexicons.TryGetAgency(span, out _) ? NerGazetteer.Agency
                    : _lexicons.TryGetCountry(span, out _) ? NerGazetteer.Country
                    : Normalize(text, sentence[i..(j + 1)], buffer) is var length and > 0
                        ? (_lexicons.TagOf(buffer[..length]) is "Organization" ? NerGazetteer.Organization
                            : names.TryGetValue(buffer[..length], out var kind) ? kind : NerGazetteer.None)
                        : NerGazetteer.None;
                if (flag != NerGazetteer.None)
                {
                    for (var k = i; k <= j; k++)
                    {
                        info[k].Flags |= flag;
                    }

                    if (j > i)
                    {
                        info[i].Flags |= NerGazetteer.NameStart;
                    }

                    break;
                }
            }
        }

        // "Huawei's chief financial officer": a possessive followed by a title or role word marks an organisation
        // more often than a person.
        for (var i = 0; i + 2 < sentence.Length; i++)
        {
            var next = text.AsSpan(sentence[i + 1].Start, sentence[i + 1].Length);
            if ((info[i].Flags & NerGazetteer.Capitalized) != 0 && next is "'s" or "’s"
                && (info[i + 2].Flags & (NerGazetteer.Title | NerGazetteer.RoleNoun)) != 0)
            {
                info[i].Flags |= NerGazetteer.PossessiveOfRole;
            }
        }
    }

    // Lower case, hyphens as spaces, tokens joined by one space; 0 when it does not fit.
    private static int Normalize(string text, ReadOnlySpan<Token> tokens, Span<char> buffer)
    {
        var n = 0;
        foreach (var token in tokens)
        {
            if (n > 0)
            {
                if (n >= buffer.Length)
                {
                    return 0;
                }

                buffer[n++] = ' ';
            }

            foreach (var c in text.AsSpan(token.Start, token.Length))
            {
                if (n >= buffer.Length)
                {
                    return 0;
                }

                buffer[n++] = c == '-' ? ' ' : char.ToLowerInvariant(c);
            }
        }

        return n;
    }

    /// <summary>Writes the features of token <paramref name="i"/> given the two tags before it (class indexes) and
    /// returns how many there are.</summary>
    public static int Extract(ReadOnlySpan<NerToken> info, int i, int previous1, int previous2, Span<ulong> features)
    {
        var n = 0;
        ref readonly var t = ref info[i];
        var p1 = i >= 1 ? previous1 : Start;
        var p2 = i >= 2 ? previous2 : Start;
        var lowerM1 = i >= 1 ? info[i - 1].Lower : Pad;
        var lowerM2 = i >= 2 ? info[i - 2].Lower : Pad;
        var lowerP1 = i + 1 < info.Length ? info[i + 1].Lower : Pad;
        var lowerP2 = i + 2 < info.Length ? info[i + 2].Lower : Pad;
        var shapeM1 = i >= 1 ? info[i - 1].Shape : Pad;
        var shapeP1 = i + 1 < info.Length ? info[i + 1].Shape : Pad;
        var flagsM1 = i >= 1 ? info[i - 1].Flags : NerGazetteer.None;
        var flagsM2 = i >= 2 ? info[i - 2].Flags : NerGazetteer.None;
        var flagsP1 = i + 1 < info.Length ? info[i + 1].Flags : NerGazetteer.None;

        features[n++] = FeatureHash.Of(10);
        features[n++] = FeatureHash.Of(11, t.Word, 0);
        features[n++] = FeatureHash.Of(12, t.Lower, 0);
        features[n++] = FeatureHash.Of(13, t.Shape, 0);
        features[n++] = t.Prefix1;
        features[n++] = t.Prefix2;
        features[n++] = t.Prefix3;
        features[n++] = t.Prefix4;
        features[n++] = t.Suffix1;
        features[n++] = t.Suffix2;
        features[n++] = t.Suffix3;
        features[n++] = t.Suffix4;
        features[n++] = FeatureHash.Of(14, t.Shape, i == 0 ? 1UL : 0UL);
        features[n++] = FeatureHash.Of(15, lowerM1, 0);
        features[n++] = FeatureHash.Of(16, lowerM2, 0);
        features[n++] = FeatureHash.Of(17, lowerP1, 0);
        features[n++] = FeatureHash.Of(18, lowerP2, 0);
        features[n++] = FeatureHash.Of(19, (ulong)p1, 0);
        features[n++] = FeatureHash.Of(20, (ulong)p1, (ulong)p2);
        features[n++] = FeatureHash.Of(21, (ulong)p1, t.Lower);
        features[n++] = FeatureHash.Of(22, (ulong)p1, t.Shape);
        features[n++] = FeatureHash.Of(23, FeatureHash.Of(0, shapeM1, t.Shape), shapeP1);
        features[n++] = FeatureHash.Of(24, shapeM1, 0);
        features[n++] = FeatureHash.Of(25, shapeP1, 0);
        features[n++] = FeatureHash.Of(26, lowerM1, t.Lower);
        features[n++] = FeatureHash.Of(27, t.Lower, lowerP1);
        features[n++] = FeatureHash.Of(28, t.WordTag, 0);
        features[n++] = FeatureHash.Of(29, i >= 1 ? info[i - 1].WordTag : Pad, 0);
        features[n++] = FeatureHash.Of(30, i + 1 < info.Length ? info[i + 1].WordTag : Pad, 0);
        features[n++] = FeatureHash.Of(31, (ulong)p1, lowerP1);
        features[n++] = FeatureHash.Of(32, t.Shape, t.WordTag);
        features[n++] = FeatureHash.Of(33, (ulong)(flagsM1 & (NerGazetteer.RoleNoun | NerGazetteer.Title)), t.Shape);
        features[n++] = FeatureHash.Of(34, shapeM1, t.Shape);
        var casingM1 = i >= 1 ? info[i - 1].Casing : 99UL;
        var casingP1 = i + 1 < info.Length ? info[i + 1].Casing : 99UL;
        var capitalized = (ulong)(t.Flags & NerGazetteer.Capitalized);
        features[n++] = FeatureHash.Of(35, t.Casing, capitalized);
        features[n++] = FeatureHash.Of(36, t.Casing, t.Shape);
        features[n++] = FeatureHash.Of(37, casingM1, (ulong)(flagsM1 & NerGazetteer.Capitalized));
        features[n++] = FeatureHash.Of(38, casingP1, (ulong)(flagsP1 & NerGazetteer.Capitalized));
        features[n++] = FeatureHash.Of(39, t.SentenceCase, t.Shape);
        features[n++] = FeatureHash.Of(40, t.SentenceCase, FeatureHash.Of(0, t.Casing, capitalized));
        n = AddFlags(features, n, 200, t.Flags);
        n = AddFlags(features, n, 230, flagsM1);
        n = AddFlags(features, n, 260, flagsP1);
        n = AddFlags(features, n, 290, flagsM2 & (NerGazetteer.Title | NerGazetteer.RoleNoun | NerGazetteer.FemaleName | NerGazetteer.MaleName | NerGazetteer.UnisexName));
        features[n++] = FeatureHash.Of(120, (ulong)t.Flags, (ulong)p1);
        features[n++] = FeatureHash.Of(121, (ulong)flagsM1, (ulong)t.Flags);
        features[n++] = FeatureHash.Of(122, (ulong)t.Flags, (ulong)flagsP1);
        return n;
    }

    private static int AddFlags(Span<ulong> features, int n, int template, NerGazetteer flags)
    {
        var bits = (uint)flags;
        while (bits != 0)
        {
            var bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
            features[n++] = FeatureHash.Of(template + bit);
            bits &= bits - 1;
        }

        return n;
    }

    // "Hua" -> "Xx", "T-Mobile" -> "X-Xx", "1990s" -> "dx"; runs collapsed, length of the first run kept short
    private static ulong ShapeHash(ReadOnlySpan<char> w)
    {
        var h = FeatureHash.Of(0);
        var last = '\0';
        var run = 0;
        foreach (var c in w)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s == last)
            {
                if (++run == 2)
                {
                    h = FeatureHash.Of(0, h, '+');
                }

                continue;
            }

            last = s;
            run = 0;
            h = FeatureHash.Of(0, h, s);
        }

        return h;
    }
}
