using System.Collections.Frozen;
using WhoSaid.Models;

namespace WhoSaid.Lexicons;

public enum VerbForm : byte
{
    Base,
    ThirdPerson,
    Past,
    Participle,
    Gerund,
}

/// <summary>A reporting-verb form: its lemma, which form it is, and how often the lemma was an attribution cue in
/// PolNeAR (a rough prior of how reliable it is as a cue).</summary>
public readonly record struct CueWord(string Lemma, VerbForm Form, int CueCount);

public readonly record struct Agency(string Name, string Type);

public readonly record struct Country(string Name, string Demonym);

/// <summary>Every word list the engine uses, loaded once from the embedded lexicons into frozen lookups that take
/// spans of the text. Immutable and shared by all pipelines that use it.</summary>
public sealed class LexiconSet
{
    private static readonly Lazy<LexiconSet> s_default = new(() => new LexiconSet());

    // Verbs the merged list carries (from PolNeAR counts of phrases like "went on to say") that as single words are far
    // more often motion or possession than speech.
    private static readonly string[] s_notCues = ["go", "get"];

    private LexiconSet()
    {
        var cues = new Dictionary<string, CueWord>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in EmbeddedLexicon.ReadLines("reporting_verbs.txt"))
        {
            var f = line.Split('\t');
            if (f.Length < 3)
            {
                continue;
            }

            var lemma = f[0];
            if (s_notCues.Contains(lemma))
            {
                continue;
            }

            var count = int.TryParse(f[1], out var c) ? c : 0;
            var forms = f[2].Split('|');
            cues.TryAdd(lemma, new CueWord(lemma, VerbForm.Base, count));
            VerbForm[] kinds = forms.Length == 4 ? [VerbForm.ThirdPerson, VerbForm.Past, VerbForm.Participle, VerbForm.Gerund] : [VerbForm.ThirdPerson, VerbForm.Past, VerbForm.Gerund];
            for (var i = 0; i < forms.Length && i < kinds.Length; i++)
            {
                cues.TryAdd(forms[i], new CueWord(lemma, kinds[i], count));
            }
        }

        CueWords = cues.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        var agencies = new Dictionary<string, Agency>(StringComparer.Ordinal);
        foreach (var line in EmbeddedLexicon.ReadLines("news_agencies.txt"))
        {
            var f = line.Split('\t');
            if (f.Length < 4)
            {
                continue;
            }

            var agency = new Agency(f[0], f[1]);
            agencies.TryAdd(f[0], agency);
            foreach (var alias in f[3].Split('|'))
            {
                agencies.TryAdd(StripArticle(alias), agency);
            }
        }

        Agencies = agencies.ToFrozenDictionary(StringComparer.Ordinal);

        var countries = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        var demonyms = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        var otherDemonyms = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in EmbeddedLexicon.ReadLines("countries.txt"))
        {
            var f = line.Split('\t');
            if (f.Length < 3)
            {
                continue;
            }

            // (several demonyms, the first the usual one: "Saudi Arabian|Saudi")
            var forms = f[1].Split('|', StringSplitOptions.RemoveEmptyEntries);
            var country = new Country(f[0], forms.Length > 0 ? forms[0] : "");
            foreach (var alias in f[2].Split('|'))
            {
                countries.TryAdd(StripArticle(alias), country);
            }

            if (forms.Length > 0)
            {
                demonyms.TryAdd(forms[0], country);
            }

            foreach (var demonym in forms.Skip(1))
            {
                otherDemonyms.TryAdd(demonym, country);
            }
        }

        Countries = countries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Demonyms = demonyms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        OtherDemonyms = otherDemonyms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Titles = EmbeddedLexicon.ReadLines("titles.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        RoleNouns = EmbeddedLexicon.ReadLines("role_nouns.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

        var names = new Dictionary<string, float>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in EmbeddedLexicon.ReadLines("first_names.txt"))
        {
            var tab = line.IndexOf('\t');
            if (tab > 0 && float.TryParse(line.AsSpan(tab + 1), System.Globalization.CultureInfo.InvariantCulture, out var p))
            {
                names.TryAdd(line[..tab], p);
            }
        }

        FirstNames = names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in EmbeddedLexicon.ReadLines("word_tags.txt"))
        {
            var tab = line.IndexOf('\t');
            if (tab > 0)
            {
                tags.TryAdd(line[..tab], line[(tab + 1)..]);
            }
        }

        WordTags = tags.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        CueLookup = CueWords.GetAlternateLookup<ReadOnlySpan<char>>();
        AgencyLookup = Agencies.GetAlternateLookup<ReadOnlySpan<char>>();
        CountryLookup = Countries.GetAlternateLookup<ReadOnlySpan<char>>();
        DemonymLookup = Demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        OtherDemonymLookup = OtherDemonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
        RoleLookup = RoleNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        FirstNameLookup = FirstNames.GetAlternateLookup<ReadOnlySpan<char>>();
        WordTagLookup = WordTags.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicons embedded in WhoSaid.Models, loaded on first use.</summary>
    public static LexiconSet Default => s_default.Value;

    public FrozenDictionary<string, CueWord> CueWords { get; }

    public FrozenDictionary<string, Agency> Agencies { get; }

    public FrozenDictionary<string, Country> Countries { get; }

    public FrozenDictionary<string, Country> Demonyms { get; }

    /// <summary>Demonyms other than a country's usual one: "Saudi", "Emirati".</summary>
    public FrozenDictionary<string, Country> OtherDemonyms { get; }

    public FrozenSet<string> Titles { get; }

    public FrozenSet<string> RoleNouns { get; }

    /// <summary>First names with the share of women among the people given each (US SSA).</summary>
    public FrozenDictionary<string, float> FirstNames { get; }

    public FrozenDictionary<string, string> WordTags { get; }

    internal FrozenDictionary<string, CueWord>.AlternateLookup<ReadOnlySpan<char>> CueLookup { get; }

    internal FrozenDictionary<string, Agency>.AlternateLookup<ReadOnlySpan<char>> AgencyLookup { get; }

    internal FrozenDictionary<string, Country>.AlternateLookup<ReadOnlySpan<char>> CountryLookup { get; }

    internal FrozenDictionary<string, Country>.AlternateLookup<ReadOnlySpan<char>> DemonymLookup { get; }

    internal FrozenDictionary<string, Country>.AlternateLookup<ReadOnlySpan<char>> OtherDemonymLookup { get; }

    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup { get; }

    internal FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleLookup { get; }

    internal FrozenDictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> FirstNameLookup { get; }

    internal FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> WordTagLookup { get; }

    public bool TryGetCue(ReadOnlySpan<char> word, out CueWord cue) => CueLookup.TryGetValue(word, out cue);

    public bool IsRoleNoun(ReadOnlySpan<char> word) => RoleLookup.Contains(word);

    public bool IsTitle(ReadOnlySpan<char> word) => TitleLookup.Contains(word.TrimEnd('.'));

    public string? TagOf(ReadOnlySpan<char> word) => WordTagLookup.TryGetValue(word, out var tag) ? tag : null;

    /// <summary>The share of women among people with this first name in the US name data; null when it is no known first
    /// name. A name with accents is looked up without them when it is not listed as written ("Andrés", "José").</summary>
    public float? FemaleShare(ReadOnlySpan<char> firstName) =>
        ListedFemaleShare(firstName) ?? (!System.Text.Ascii.IsValid(firstName) && WithoutAccents(firstName) is { } plain ? ListedFemaleShare(plain) : null);

    /// <summary><see cref="FemaleShare"/> for the name exactly as listed: the entity recogniser's feature, which its model
    /// was trained with.</summary>
    public float? ListedFemaleShare(ReadOnlySpan<char> firstName) => FirstNameLookup.TryGetValue(firstName, out var p) ? p : null;

    /// <summary>The word with the accents of Latin letters taken off ("Andrés" -> "Andres"), or null when it has none
    /// (a table, not Unicode normalisation, which the invariant globalisation mode does not do).</summary>
    private static string? WithoutAccents(ReadOnlySpan<char> word)
    {
        Span<char> plain = stackalloc char[word.Length <= 64 ? word.Length : 0];
        if (plain.Length == 0)
        {
            return null;
        }

        var changed = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var folded = char.ToLowerInvariant(c) switch
            {
                'á' or 'à' or 'â' or 'ä' or 'ã' or 'å' or 'ā' or 'ą' or 'ă' => 'a',
                'é' or 'è' or 'ê' or 'ë' or 'ē' or 'ę' or 'ě' or 'ė' => 'e',
                'í' or 'ì' or 'î' or 'ï' or 'ī' or 'ı' => 'i',
                'ó' or 'ò' or 'ô' or 'ö' or 'õ' or 'ø' or 'ō' or 'ő' => 'o',
                'ú' or 'ù' or 'û' or 'ü' or 'ū' or 'ů' or 'ű' => 'u',
                'ñ' or 'ń' or 'ň' => 'n',
                'ç' or 'ć' or 'č' => 'c',
                'ý' or 'ÿ' => 'y',
                'š' or 'ś' or 'ş' => 's',
                'ž' or 'ź' or 'ż' => 'z',
                'ł' => 'l',
                'ř' => 'r',
                'ğ' => 'g',
                'ď' => 'd',
                'ť' => 't',
                _ => '\0',
            };
            changed |= folded != '\0';
            plain[i] = folded == '\0' ? c : char.IsUpper(c) ? char.ToUpperInvariant(folded) : folded;
        }

        return changed ? plain.ToString() : null;
    }

    public bool TryGetAgency(ReadOnlySpan<char> name, out Agency agency) => AgencyLookup.TryGetValue(StripArticle(name), out agency);

    public bool TryGetCountry(ReadOnlySpan<char> name, out Country country) => CountryLookup.TryGetValue(StripArticle(name), out country);

    public bool TryGetDemonym(ReadOnlySpan<char> word, out Country country) => DemonymLookup.TryGetValue(word, out country);

    /// <summary>A country by any of its demonyms, the usual one ("Saudi Arabian") or another ("Saudi", "Emirati"). The
    /// recogniser's features read <see cref="TryGetDemonym"/> only, the set they were trained with.</summary>
    public bool TryGetAnyDemonym(ReadOnlySpan<char> word, out Country country) =>
        DemonymLookup.TryGetValue(word, out country) || OtherDemonymLookup.TryGetValue(word, out country);

    private static string StripArticle(string s) => StripArticle(s.AsSpan()).ToString();

    private static ReadOnlySpan<char> StripArticle(ReadOnlySpan<char> s)
    {
        s = s.Trim();
        return s.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? s[4..].TrimStart() : s;
    }
}
