using System.Buffers;
using System.Collections.Immutable;
using WhoSaid.Lexicons;
using WhoSaid.Models;
using WhoSaid.Pipeline;
using WhoSaid.Text;
using WhoSaid.Tokens;

namespace WhoSaid.Tagging;

/// <summary>Tags people, organisations and places (IOB2: B-PER, I-ORG, ...) with the averaged perceptron in the embedded
/// <c>ner.wspm</c>, greedily left to right in each sentence. Keeps the part-of-speech tags already on the document.</summary>
public sealed class EntityRecognizer : IPipelineComponent
{
    private static readonly Lazy<PerceptronModel> s_model = new(LoadEmbedded);

    // for each model class, the classes that may follow it, one bit each
    private static readonly uint[] s_allowed = [.. Enumerable.Range(0, NerFeatures.ModelClasses.Length)
        .Select(p => Enumerable.Range(0, NerFeatures.ModelClasses.Length).Where(c => NerFeatures.ModelAllowed(p, c)).Aggregate(0u, (m, c) => m | (1u << c)))];

    private readonly PerceptronModel _model;
    private readonly NerFeatures _features;
    private readonly string[] _classes;

    /// <summary>The recogniser with the embedded model and lexicons.</summary>
    public EntityRecognizer(LexiconSet? lexicons = null)
        : this(s_model.Value, lexicons)
    {
    }

    /// <summary>The recogniser with <paramref name="model"/>, and the capitalisation statistics it was trained with
    /// (the embedded ones by default).</summary>
    public EntityRecognizer(PerceptronModel model, LexiconSet? lexicons = null, WordCasing? casing = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!model.Classes.SequenceEqual(NerFeatures.ModelClasses))
        {
            throw new ArgumentException("not an entity model: its classes are " + string.Join(' ', model.Classes), nameof(model));
        }

        _model = model;
        _features = new NerFeatures(lexicons ?? LexiconSet.Default, casing ?? WordCasing.Embedded);
        _classes = [.. NerFeatures.Classes];
    }

    public string Name => "entities";

    public Annotations Requires => Annotations.Tokens | Annotations.Sentences;

    public Annotations Provides => Annotations.NamedEntities;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var classes = new int[document.Tokens.Length];
        var sentences = document.Sentences;
        for (var s = 0; s < sentences.Length; s++)
        {
            if ((s & 0xFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var sentence = sentences[s];
            Predict(document.Text, document.Tokens.AsSpan().Slice(sentence.First, sentence.Count), classes.AsSpan(sentence.First, sentence.Count));
        }

        return document with { Tags = Write(document, classes), Has = document.Has | Annotations.NamedEntities };
    }

    /// <summary>The class index (into <see cref="NerFeatures.Classes"/>) of each token of one sentence.</summary>
    public void Predict(string text, ReadOnlySpan<Token> sentence, Span<int> classes)
    {
        if (sentence.IsEmpty)
        {
            return;
        }

        var rented = ArrayPool<NerToken>.Shared.Rent(sentence.Length);
        try
        {
            var info = rented.AsSpan(0, sentence.Length);
            _features.Describe(text, sentence, info);
            Span<ulong> features = stackalloc ulong[NerFeatures.MaxFeatures];
            Span<float> scores = stackalloc float[NerFeatures.ModelClasses.Length];
            int p1 = 0, p2 = 0;
            for (var i = 0; i < sentence.Length; i++)
            {
                var n = NerFeatures.Extract(info, i, p1, p2, features);
                scores.Clear();
                _model.Score(features[..n], scores);
                var allowed = s_allowed[p1];
                var best = 0;
                for (var c = 1; c < scores.Length; c++)
                {
                    if ((allowed & (1u << c)) != 0 && ((allowed & (1u << best)) == 0 || scores[c] > scores[best]))
                    {
                        best = c;
                    }
                }

                classes[i] = best;
                p2 = p1;
                p1 = best;
            }

            NerFeatures.ToIob2(classes, classes);

            WholeKnownOrganizations(info, classes);
            TitlesSplitNames(info, classes);
            PeopleAfterRoleNouns(info, classes);
            OrganizationsWithOfficers(info, classes);
            GluedWordsStartNames(sentence, classes);
            PronounEndsName(text, sentence, classes);
        }
        finally
        {
            ArrayPool<NerToken>.Shared.Return(rented);
        }
    }

    // I-PER, I-ORG, I-LOC or I-MISC: a class (NerFeatures.Classes) that continues a name.
    private static bool IsInside(int c) => c is 2 or 4 or 6 or 8;

    // "Michael Siegel I am a professor" (an interview's answer that opens with the speaker's name): "I" before a lower-case
    // word is the pronoun, not a regnal number that ends the name.
    private static void PronounEndsName(string text, ReadOnlySpan<Token> sentence, Span<int> classes)
    {
        for (var i = 1; i + 1 < sentence.Length; i++)
        {
            if (IsInside(classes[i]) && sentence[i].Length == 1 && text[sentence[i].Start] == 'I'
                && sentence[i + 1].Kind == TokenKind.Word && char.IsLower(text[sentence[i + 1].Start]))
            {
                classes[i] = 0;
            }
        }
    }

    // Scraped link text glued to a name ("Steven MnuchinSteven Terner Mnuchin"): the glued word starts a new name.
    private static void GluedWordsStartNames(ReadOnlySpan<Token> sentence, Span<int> classes)
    {
        for (var i = 1; i < sentence.Length; i++)
        {
            if (sentence[i].Has(TokenFlags.Glued) && IsInside(classes[i]))
            {
                classes[i]--;
            }
        }
    }

    // A news agency or outlet the lexicons know by its whole name, case and all ("the Associated Press"), is an
    // organisation; another organisation the lexicons know by its whole name is tagged whole when the model tags any
    // part of it as an organisation.
    private static void WholeKnownOrganizations(ReadOnlySpan<NerToken> info, Span<int> classes)
    {
        const int BeginOrg = 3, InsideOrg = 4;
        for (var i = 0; i < info.Length; i++)
        {
            var kind = info[i].Flags & (NerGazetteer.Agency | NerGazetteer.Organization);
            if ((info[i].Flags & NerGazetteer.NameStart) == 0 || kind == NerGazetteer.None)
            {
                continue;
            }

            var end = i + 1;
            while (end < info.Length && (info[end].Flags & kind) != 0 && (info[end].Flags & NerGazetteer.NameStart) == 0)
            {
                end++;
            }

            if ((kind & NerGazetteer.Agency) == 0 && !classes[i..end].ContainsAny(BeginOrg, InsideOrg))
            {
                continue;
            }

            classes[i] = BeginOrg;
            classes[(i + 1)..end].Fill(InsideOrg);
            if (end < classes.Length && classes[end] is 2 or 6 or 8)
            {
                classes[end]--; // an I-PER or I-LOC after the name starts its own
            }

            i = end - 1;
        }
    }

    private static readonly ulong s_honorific = FeatureHash.Of(9, "Honorific");

    // "Former Vermont Gov. Tom Halloway": an honorific ("Gov.", "Sen.", "Dr.") inside a name is no part of it (UNER leaves titles out of names),
    // what follows it is a person, and what comes before it, when a place, a place.
    private static void TitlesSplitNames(ReadOnlySpan<NerToken> info, Span<int> classes)
    {
        const NerGazetteer Places = NerGazetteer.Country | NerGazetteer.Place | NerGazetteer.Demonym;
        for (var i = 0; i < classes.Length; i++)
        {
            if (classes[i] == 0 || (classes[i] & 1) == 0)
            {
                continue;
            }

            var end = i + 1;
            while (end < classes.Length && classes[end] == classes[i] + 1)
            {
                end++;
            }

            var title = i;
            while (title < end - 1 && (info[title].WordTag != s_honorific || (info[title].Flags & NerGazetteer.Capitalized) == 0))
            {
                title++;
            }

            if (title < end - 1 && classes[i] is not (7 or 8))
            {
                if (title > i && info[i..title].ToArray().Any(t => (t.Flags & Places) != 0))
                {
                    classes[i] = 5;
                    classes[(i + 1)..title].Fill(6);
                }

                classes[title] = 0;
                classes[title + 1] = 1;
                classes[(title + 2)..end].Fill(2);
            }

            i = end - 1;
        }
    }

    // "spokeswoman Hua Chunying": two or three capitalised words no lexicon knows as a common word, place or
    // organisation, right after a lower-case person noun, name a person. The training corpora
    // (web text, Wikipedia) have few such appositions, so the model alone misses names it has never seen there.
    private static void PeopleAfterRoleNouns(ReadOnlySpan<NerToken> info, Span<int> classes)
    {
        const NerGazetteer NotPerson = NerGazetteer.Organization | NerGazetteer.Agency | NerGazetteer.Country | NerGazetteer.Place
            | NerGazetteer.OrganizationHead | NerGazetteer.PlaceHead | NerGazetteer.Demonym | NerGazetteer.Title | NerGazetteer.RoleNoun
            | NerGazetteer.AllCaps | NerGazetteer.ProperNoun;
        const NerGazetteer Names = NerGazetteer.FemaleName | NerGazetteer.MaleName | NerGazetteer.UnisexName | NerGazetteer.LastName
            | NerGazetteer.PersonName;
        for (var i = 1; i < info.Length; i++)
        {
            var before = info[i - 1].Flags;
            var role = (before & NerGazetteer.RoleNoun) != 0 && (before & NerGazetteer.Capitalized) == 0;
            if (!role)
            {
                continue;
            }

            var end = i;
            while (end < info.Length && end - i < 3 && (info[end].Flags & NerGazetteer.Capitalized) != 0 && (info[end].Flags & NotPerson) == 0
                && (!NerFeatures.HasWordTag(info[end]) || (info[end].Flags & Names) != 0))
            {
                end++;
            }

            if (end - i < 2 || classes[i..end].IndexOfAnyExcept([0, 3, 4, 7, 8]) >= 0 || end < info.Length && (info[end].Flags & NerGazetteer.Capitalized) != 0)
            {
                continue;
            }

            classes[i] = 1;
            classes[(i + 1)..end].Fill(2);
            if (end < classes.Length && classes[end] is 4 or 6 or 8)
            {
                classes[end]--;
            }

            i = end - 1;
        }
    }

    // "Huawei's chief financial officer": a one-word name no list knows as a person's, followed by a possessive and a
    // title or role word, is an organisation.
    private static void OrganizationsWithOfficers(ReadOnlySpan<NerToken> info, Span<int> classes)
    {
        const NerGazetteer Names = NerGazetteer.FemaleName | NerGazetteer.MaleName | NerGazetteer.UnisexName | NerGazetteer.LastName
            | NerGazetteer.PersonName;
        for (var i = 0; i < info.Length; i++)
        {
            if (classes[i] == 1 && (i + 1 >= classes.Length || classes[i + 1] != 2) && (i == 0 || classes[i - 1] == 0)
                && (info[i].Flags & NerGazetteer.PossessiveOfRole) != 0 && (info[i].Flags & Names) == 0)
            {
                classes[i] = 3;
            }
        }
    }

    private ImmutableArray<TokenTag> Write(Document document, int[] classes)
    {
        var old = document.Tags;
        var tags = new TokenTag[classes.Length];
        for (var i = 0; i < tags.Length; i++)
        {
            var entity = classes[i] >= 7 ? "O" : _classes[classes[i]];
            tags[i] = old.Length == tags.Length ? old[i] with { Entity = entity } : new TokenTag(null, null, entity);
        }

        return ImmutableArray.Create(tags);
    }

    private static PerceptronModel LoadEmbedded()
    {
        using var stream = EmbeddedModel.Open("ner.wspm")
            ?? throw new InvalidOperationException("the entity model ner.wspm is not embedded in WhoSaid.Models (run whosaid-train)");
        return PerceptronModel.Load(stream);
    }
}
