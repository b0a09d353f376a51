using System.Collections.Frozen;
using WhoSaid.Lexicons;
using WhoSaid.Sentences;
using WhoSaid.Tokens;

namespace WhoSaid.Attribution;

/// <summary>A run of tokens [First, End).</summary>
internal readonly record struct TokenRange(int First, int End)
{
    public static readonly TokenRange None = new(0, 0);

    public bool IsEmpty => End <= First;

    public int Count => End - First;
}

/// <summary>Word tests, cue recognition and noun-phrase scanning over one document's tokens.</summary>
internal sealed partial class ArticleScanner
{
    private ReadOnlySpan<char> W(int t) => t >= 0 && t < _tokens.Length ? _text.AsSpan(_tokens[t].Start, _tokens[t].Length) : [];

    private bool Is(int t, string word) => t >= 0 && t < _tokens.Length && W(t).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsChar(int t, char c) => t >= 0 && t < _tokens.Length && _tokens[t].Length == 1 && _text[_tokens[t].Start] == c;

    private bool IsWord(int t) => t >= 0 && t < _tokens.Length && _tokens[t].Kind is TokenKind.Word or TokenKind.Number;

    private bool IsCap(int t) => IsWord(t) && _tokens[t].Has(TokenFlags.Capitalized);

    /// <summary>A surname spelt like a modal verb: see <see cref="Words.IsModalSurname"/>.</summary>
    private bool IsModalSurname(int t) => W(t).SequenceEqual("May") && Words.IsModalSurname(W(t), IsCap(t - 1) ? W(t - 1) : [],
        Is(t + 1, "said") || Is(t + 1, "says") || Tagged && Xpos(t + 1) is "VBD" or "VBZ", IsWord(t + 1) ? W(t + 1) : []);

    /// <summary>An auxiliary or an adverb of the verb group ("has", "will", "also"), but not a surname spelt like one.</summary>
    private bool IsAuxiliary(int t) => IsWord(t) && Words.Auxiliaries.Has(W(t)) && !IsModalSurname(t);

    /// <summary>An adverb in -ly ("quickly", "repeatedly"), not a noun that ends like one ("the rally", "his family",
    /// "an ally"), as the tagger reads it or the lexicon knows it.</summary>
    private bool IsLyAdverb(int t) => IsWord(t) && W(t).EndsWith("ly")
        && !(Tagged ? Upos(t) is "NOUN" or "PROPN" : Words.LyNouns.Has(W(t)));

    private bool IsPossessive(int t) => IsWord(t) && W(t) is "'s" or "’s" or "'S" or "’S";

    /// <summary>An object pronoun ("him", "them"), and "her" where the tagger reads it as one, not as a possessive.</summary>
    private bool IsObjectPronoun(int t) => Words.ObjectPronouns.Has(W(t)) || Is(t, "her") && Xpos(t) is "PRP";

    private bool IsComma(int t) => IsChar(t, ',');

    private bool IsDash(int t) => t >= 0 && t < _tokens.Length && _tokens[t].Kind == TokenKind.Punctuation && _text[_tokens[t].Start] is '—' or '–' or '-' or '―';

    private bool IsTerminal(int t) => t >= 0 && t < _tokens.Length && _tokens[t].Kind == TokenKind.Punctuation && _text[_tokens[t].Start] is '.' or '!' or '?' or '…';

    private bool IsOpenMark(int t) => t >= 0 && t < _tokens.Length && _markOpens[t] >= 0;

    /// <summary>Whether an agreement or a view is reached within the four words from <paramref name="t"/>: "reached |a
    /// generational consensus|", "reached a deal".</summary>
    private bool ReachesAgreement(int t, Sentence s)
    {
        for (var k = t; k < s.End && k - t < 4 && IsWord(k); k++)
        {
            if (W(k) is "consensus" or "deal" or "deals" or "agreement" or "agreements" or "conclusion" or "conclusions" or "verdict" or "decision"
                or "settlement" or "compromise" or "understanding" or "accord" or "judgment" or "judgement")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="t"/> is "read" (a past tense spelt as the base) before a quotation, or a colon
    /// or comma and a quotation, and a document is named within the six words before it: "The statement read: “…”", "The
    /// decree signed by the Pope read “…”" (a sign that reads something says nothing; "poll claim “…”" is a noun); or
    /// after a quotation, the document right after its close: "“…,” the email read."</summary>
    private bool DocumentIntroducesQuotation(int t)
    {
        var before = IsOpenMark(t + 1) || (IsChar(t + 1, ':') || IsComma(t + 1)) && IsOpenMark(t + 2);
        if (!Is(t, "read") || !before && !(IsTerminal(t + 1) || IsComma(t + 1)))
        {
            return false;
        }

        var document = false;
        var k = t - 1;
        for (; k >= _sentences[_sentenceOf[t]].First && t - k <= 6 && IsWord(k); k--)
        {
            document |= Words.DocumentNouns.Has(W(k)) || W(k) is "decree" or "message" or "note" or "e-mail" or "notice" or "communique" or "resolution";
            if (document && before)
            {
                return true;
            }
        }

        return document && (IsCloseMark(k) || IsComma(k) && IsCloseMark(k - 1));
    }

    /// <summary>A day or a part or span of one that a time phrase ends with: "Friday", "yesterday", "morning", "week".</summary>
    private bool IsDayWord(int t) => IsWord(t) && (Words.Weekdays.Has(W(t))
        || W(t) is "today" or "yesterday" or "morning" or "afternoon" or "evening" or "night" or "week" or "month" or "year");

    private bool IsCloseMark(int t) => t >= 0 && t < _tokens.Length && _markCloses[t] >= 0;

    private bool IsRoleWord(int t) => IsWord(t) && (_lex.IsRoleNoun(W(t)) || _lex.IsTitle(W(t)));

    /// <summary>A role or title, also with a prefix: "co-chairman", "vice-president", "ex-minister".</summary>
    private bool IsPrefixedRoleWord(int t) => IsRoleWord(t)
        || IsWord(t) && W(t).IndexOf('-') is var dash and > 0 && dash < W(t).Length - 1 && _lex.IsRoleNoun(W(t)[(dash + 1)..]);

    /// <summary>A verb: as the tagger says, or, untagged, a lower-case word the word lexicon lists as one ("network" is
    /// both, and only the tagger knows which it is in "The network said").</summary>
    private bool IsVerbLike(int t) => IsWord(t) && !IsCap(t)
        && (Upos(t) is { } upos
            ? upos is "VERB" || upos is "AUX" && IsAuxiliary(t) // auxiliaries are a closed class: "downstream" is none
            : _lex.TagOf(W(t)) is "PastTense" or "Gerund" or "Infinitive" or "Participle" or "Modal" or "Copula");

    private bool IsPluralRole(int t) => IsWord(t) && W(t) is { Length: > 3 } w && w[^1] == 's'
        && (_lex.IsRoleNoun(w[..^1]) || w.EndsWith("es") && _lex.IsRoleNoun(w[..^2]));

    /// <summary>Whether the pipeline tagged the document (parts of speech and entities).</summary>
    private bool Tagged => _doc.Tags.Length == _tokens.Length;

    /// <summary>The Universal part of speech of token <paramref name="t"/>, or null when the pipeline has no tagger or
    /// there is no such token.</summary>
    private string? Upos(int t) => Tagged && (uint)t < (uint)_tokens.Length ? _doc.Tags[t].Upos : null;

    /// <summary>The Penn Treebank tag of token <paramref name="t"/>, or null when the pipeline has no tagger or there is
    /// no such token.</summary>
    private string? Xpos(int t) => Tagged && (uint)t < (uint)_tokens.Length ? _doc.Tags[t].Xpos : null;

    /// <summary>A word the entity recogniser tags as part of a person's or an organisation's name; never, untagged.</summary>
    private bool IsPersonOrOrganization(int t) => Tagged && (uint)t < (uint)_tokens.Length && _doc.Tags[t].Entity is { Length: > 2 } e
        && (e.EndsWith("PER", StringComparison.Ordinal) || e.EndsWith("ORG", StringComparison.Ordinal));

    /// <summary>A finite verb as the tagger reads it ("said", "says", "will"); never, untagged.</summary>
    private bool IsFinite(int t) => Xpos(t) is "VBD" or "VBZ" or "VBP" or "MD";

    /// <summary>The head of a subject whose relative clause (with no commas) ends at token <paramref name="e"/>: "|People|
    /// whose homes were flooded", "|Those| who know him"; empty when there is none.</summary>
    private TokenRange RelativeSubjectBefore(int e, int lo)
    {
        for (var k = e - 1; k > lo && e - k <= 10; k--)
        {
            if (!IsWord(k) || _inQuote[k] >= 0)
            {
                return TokenRange.None;
            }

            if (W(k) is "who" or "whose")
            {
                var head = Is(k - 1, "those") || IsWord(k - 1) && (Words.Quantifiers.Has(W(k - 1)) || IsIndefinitePerson(k - 1)) && k - 1 >= lo
                    ? new TokenRange(k - 1, k)
                    : LeftNp(k - 1, lo);

                // "|Hawkins and others| who oppose abortion"
                if (head.Count == 1 && Is(head.First, "others") && Is(head.First - 1, "and") && head.First - 2 >= lo && IsCap(head.First - 2)
                    && LeftNp(head.First - 2, lo) is { IsEmpty: false } named)
                {
                    head = new TokenRange(named.First, head.End);
                }

                return !head.IsEmpty && (head.First == lo || !IsWord(head.First - 1) || Words.Boundaries.Has(W(head.First - 1))) && IsPlausibleSubject(head)
                    ? head
                    : TokenRange.None;
            }
        }

        return TokenRange.None;
    }

    /// <summary>Whether the subject before the verb at <paramref name="t"/> follows a relative pronoun: "which |Trump| says",
    /// "that |some critics| say".</summary>
    private bool AfterRelativePronoun(int t, Sentence s) =>
        t - 1 > s.First && LeftNp(t - 1, s.First) is { IsEmpty: false } np && np.Count <= 6 && RelativePronounBefore(np.First, s) >= 0;

    /// <summary>The relative pronoun right before a subject that starts at <paramref name="first"/>, over an adverb
    /// ("which |even| critics say was …"), or a free relative's "what" ("what he said were the failures"); -1 when there is
    /// none.</summary>
    private int RelativePronounBefore(int first, Sentence s)
    {
        var k = first - 1;
        if (Tagged && k - 1 > s.First && IsWord(k) && W(k) is "even" or "also" or "many" or "some")
        {
            k--;
        }

        return k > s.First && IsWord(k) && W(k) is "which" or "that" or "who" or "what" ? k : -1;
    }

    /// <summary>Whether token <paramref name="k"/> is in the noun phrase right after the verb <paramref name="t"/> ("made
    /// |the comments|"), as the tagger reads the words between them.</summary>
    private bool InObject(int t, int k)
    {
        for (var m = t + 1; m < k; m++)
        {
            if (!(Upos(m) is "DET" or "ADJ" or "NUM" or "NOUN" or "PROPN" || Xpos(m) is "VBG" or "PRP$" || IsPossessive(m)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the cue at <paramref name="t"/> is a learned one (<see cref="TryLearnedCue"/> gives it
    /// <see cref="AttributionOptions.LearnedCueCount"/>) that only the margin for a speaker who is someone
    /// (<see cref="AttributionOptions.AgentLearnedCueMargin"/>) lets through.</summary>
    private bool IsAgentOnlyLearnedCue(int t, CueWord word) =>
        _cues is not null && word.CueCount == _options.LearnedCueCount && !_lex.TryGetCue(W(t), out _) && StanceLemma(t) is null
        && LearnedCueScore(t) <= _options.LearnedCueMargin;

    /// <summary>A verb the lexicon lacks that the learned cue detector believes is a cue ("blasted", "praised"), with its
    /// form from its Penn tag.</summary>
    private bool TryLearnedCue(int t, out CueWord cue)
    {
        cue = default;
        if (_cues is null || Upos(t) is not "VERB" || LearnedCueScore(t) <= Math.Min(_options.LearnedCueMargin, _options.AgentLearnedCueMargin))
        {
            return false;
        }

        // "filed a lawsuit against the owner, alleging that …": the lexicon's cue that follows is the cue (unless the
        // detector is sure of this one too: "mocked Romney for not releasing his returns, claiming that …")
        var sentence = _sentences[_sentenceOf[t]];
        for (var k = t + 1; k < sentence.End && k - t <= 12; k++)
        {
            if (k == t + 1 && Is(k, "that") && Tagged && Xpos(k) is "IN")
            {
                break; // (what follows "that" is the content, whatever cues it holds: "have understood that it is necessary to show …")
            }

            if (IsComma(k) && LearnedCueScore(t) > _options.SureLearnedCueMargin && IsStanceVerb(t))
            {
                break; // a stance of its own before the comma
            }

            if ((Is(k, "and") || Is(k, "but")) && (IsFinite(k + 1) || Xpos(k + 1) is "VBG" && Xpos(t) is "VBG") && LearnedCueScore(t) > _options.LearnedObjectMargin)
            {
                break; // a second verb of the subject is a second attribution: "bemoaned the unrest and said he thought …", "each
                       // touting their own experience and saying …"
            }

            // (a noun the lexicon also has as a verb blocks only as the verb's object: "made the comments", not "castigated
            // Trump for exploiting the fears of …")
            if (_inQuote[k] < 0 && IsWord(k) && _lex.TryGetCue(W(k), out var later) && later.CueCount >= _options.WeakCueCount
                && (Upos(k) is "VERB" || InObject(t, k)))
            {
                return false;
            }
        }

        // (a linking verb before an adjective or a gerund says nothing: "remain confident", "became so upset", "went hiking")
        if (Words.LinkingVerbs.Has(W(t))
            && (Upos(t + 1) is "ADJ" || Upos(t + 1) is "ADV" && Upos(t + 2) is "ADJ" || Xpos(t + 1) is "VBG"))
        {
            return false;
        }

        var form = FormOf(t);
        if (form is null)
        {
            return false;
        }

        // its lemma when it is a verb of stance ("supported" is "support"), so the rules for stances apply
        cue = new CueWord(StanceLemma(t) ?? W(t).ToString().ToLowerInvariant(), form.Value, _options.LearnedCueCount);
        return true;
    }

    /// <summary>Whether what follows "recall" at <paramref name="t"/> is goods called back: a count ("nearly 200,000
    /// vehicles"; not a year: "recalled a 2007 bill") or a word for them ("its pickups", "the cars").</summary>
    private bool RecallsGoods(int t, Sentence s)
    {
        for (var k = t; k < s.End && k - t < 4 && IsWord(k); k++)
        {
            if (IsNumber(k) && !(W(k).Length == 4 && W(k)[0] is '1' or '2') || W(k) is "vehicles" or "cars" or "trucks" or "pickups" or "models" or "units" or "products" or "devices"
                or "phones" or "laptops" or "batteries" or "toys" or "tyres" or "tires" or "drugs" or "airbags")
            {
                return true;
            }

            if (!(Words.Determiners.Has(W(k)) || W(k) is "nearly" or "about" or "some" or "around" or "almost" or "more" or "than" or "over"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A verb of stance (<see cref="Words.StanceLemmas"/>: "attacked", "is defending", "support") that the learned
    /// detector does not reject outright (<see cref="AttributionOptions.StanceCueMargin"/>), even where a lexicon cue
    /// follows ("He attacked other candidates for accepting his donations").</summary>
    private bool TryStanceCue(int t, out CueWord cue)
    {
        cue = default;
        if (_cues is null || Upos(t) is not "VERB" || FormOf(t) is not { } form || StanceLemma(t) is not { } lemma
            || LearnedCueScore(t) <= _options.StanceCueMargin)
        {
            return false;
        }

        cue = new CueWord(lemma, form, _options.LearnedCueCount);
        return true;
    }

    /// <summary>A light verb with a stance noun and its preposition, as one cue: "expressed outrage over", "have raised
    /// serious questions about", "took issue with", "made no secret of"; with a noun of claim (<see cref="Words.ClaimNouns"/>)
    /// and its preposition or "that": "made a plea for", "made no mention of", "made the case that"; "made (it) clear"
    /// before what was made clear; where the cue ends, or -1.</summary>
    private int StanceCueEnd(int t)
    {
        if (!Tagged || Upos(t) is not "VERB" || FormOf(t) is null || !Words.LightVerbs.Has(W(t)))
        {
            return -1;
        }

        var s = _sentences[_sentenceOf[t]];
        if (W(t) is "made" or "make" or "makes" or "making" && (Is(t + 1, "clear") || Is(t + 1, "it") && Is(t + 2, "clear")))
        {
            var clear = Is(t + 1, "clear") ? t + 1 : t + 2;
            return clear + 1 < s.End && IsWord(clear + 1) && !IsTerminal(clear + 1) ? clear + 1 : -1; // "made it clear that …"
        }

        for (var k = t + 1; k < s.End && k - t <= 4 && IsWord(k) && _inQuote[k] < 0; k++)
        {
            if ((Words.StanceNouns.Has(W(k)) || Words.ClaimNouns.Has(W(k))) && Upos(k) is "NOUN")
            {
                if (Is(k + 1, "that") && k + 2 < s.End)
                {
                    return k + 1; // "made the case that …", "expressed concern that …"
                }

                return IsWord(k + 1) && Words.StancePrepositions.Has(W(k + 1)) && k + 2 < s.End
                    && (Words.StanceNouns.Has(W(k)) || W(k + 1) is "of" or "about" or "for" or "to" or "on" or "against" && !(Is(k, "point") && Is(k + 1, "of")))
                    ? k + 2 : -1; // (but an act: "made a point of turning to face him")
            }

            if (Upos(k) is not ("DET" or "ADJ" or "ADV"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Whether an apposition segment opens with a name, not a state after its town ("Carthage, |Ill.|,").</summary>
    private bool NamesSomeone(TokenRange segment) => StartsWithName(segment) && !IsStateAfterTown(segment);

    /// <summary>"of Ashton, |Md.|, who watched …": a state after its town, part of an apposition, not a name that speaks.</summary>
    private bool IsStateAfterTown(TokenRange np) => IsComma(np.First - 1) && np.Count == 1 && IsCap(np.First) && W(np.First).EndsWith('.')
        && Tagged && _doc.Tags[np.First].Entity is { Length: > 2 } tag && tag.EndsWith("LOC", StringComparison.Ordinal);

    /// <summary>A verb of stance (<see cref="Words.StanceLemmas"/>) in any form: "mocked", "blasts", "praising".</summary>
    private bool IsStanceVerb(int t) => StanceLemma(t) is not null;

    /// <summary>The stance lemma (<see cref="Words.StanceLemmas"/>) of a verb in any form ("supported" -> "support",
    /// "praising" -> "praise"), or null; without allocating.</summary>
    private string? StanceLemma(int t)
    {
        var w = W(t);
        if (w.Length is < 3 or > 40)
        {
            return null;
        }

        Span<char> lower = stackalloc char[w.Length];
        Span<char> candidate = stackalloc char[w.Length + 1];
        w.ToLowerInvariant(lower);
        foreach (var (suffix, replacement) in (ReadOnlySpan<(string, string)>)[("", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("s", ""), ("es", ""),
            ("ing", ""), ("ing", "e"), ("ied", "y"), ("ies", "y")])
        {
            if (lower.Length > suffix.Length + 2 && lower.EndsWith(suffix))
            {
                var stem = lower[..^suffix.Length];
                stem.CopyTo(candidate);
                replacement.CopyTo(candidate[stem.Length..]);
                if (Words.StanceLemmas.TryGetValue(candidate[..(stem.Length + replacement.Length)], out var lemma))
                {
                    return lemma;
                }
            }
        }

        return null;
    }

    /// <summary>The form of a verb from its Penn tag; null when it is not tagged as a verb.</summary>
    private VerbForm? FormOf(int t) => Xpos(t) switch
    {
        "VBD" => VerbForm.Past,
        "VBZ" => VerbForm.ThirdPerson,
        "VBG" => VerbForm.Gerund,
        "VBN" => VerbForm.Participle,
        "VB" or "VBP" => VerbForm.Base,
        _ => null,
    };

    // IsCue asks about the same token many times: each token is scored once
    private float LearnedCueScore(int t)
    {
        if (float.IsNaN(_cueScores![t]))
        {
            _cueScores[t] = _cues!.Score(_cueContext!, t);
        }

        return _cueScores[t];
    }

    /// <summary>Whether the object that starts at <paramref name="t"/>, after its determiner and modifiers, is headed by a
    /// word of <paramref name="heads"/>: "songs", "several albums", "the ball".</summary>
    private bool ObjectIn(int t, Sentence s, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> heads)
    {
        var k = t;
        while (k < s.End && k - t < 4 && IsWord(k) && (Words.Determiners.Has(W(k)) || IsCountWord(k) || Upos(k) is "ADJ" || Xpos(k) is "PRP$"))
        {
            k++;
        }

        // (its head, not a modifier: "wrote film director Osman Abu Laban"; a book may hold what its author says)
        return k < s.End && IsWord(k) && heads.Has(W(k)) && !(k + 1 < s.End && Upos(k + 1) is "NOUN" or "PROPN");
    }

    /// <summary>Whether token <paramref name="t"/> starts an attribution cue, and where the cue ends.</summary>
    private bool IsCue(int t, out CueWord cue, out int end)
    {
        cue = default;
        end = t + 1;
        if (!IsWord(t) || _tokens[t].Has(TokenFlags.Debris) || _inQuote[t] >= 0 || _cueUsed[t])
        {
            return false;
        }

        var w = W(t);
        if (w.Equals("according", StringComparison.OrdinalIgnoreCase) && Is(t + 1, "to"))
        {
            cue = new CueWord("according to", VerbForm.Base, 1000);
            end = t + 2;
            return true;
        }

        if (StanceCueEnd(t) is var stanceEnd and > 0)
        {
            cue = new CueWord(w.ToString().ToLowerInvariant(), FormOf(t)!.Value, 1000);
            end = stanceEnd;
            return true;
        }

        var s = _sentences[_sentenceOf[t]];

        // (a name after a comma that ends the sentence is naming: "a flying device attached to his feet, called Flyboard Air.")
        if (w is "called" or "named" or "dubbed" && t - 1 >= s.First && IsComma(t - 1) && IsCap(t + 1))
        {
            var k = t + 1;
            while (k < s.End && k - t <= 4 && IsCap(k))
            {
                k++;
            }

            if (k >= s.End || IsTerminal(k))
            {
                return false;
            }
        }

        // (an inverted cue may open the sentence: "Said Comey, “…”")
        if (!_lex.TryGetCue(w, out cue) && !TryLearnedCue(t, out cue) && !TryStanceCue(t, out cue)
            || char.IsUpper(w[0]) && !IsHeadlineCue(t, cue) && !(t == s.First && cue.Form == VerbForm.Past && cue.CueCount >= 300 && IsCap(t + 1)))
        {
            return false;
        }

        var prev = t - 1 >= s.First ? t - 1 : -1;
        // ("He's claiming" is "he is", not a possessive; "by announcing that …" and "by saying his refusal was …", with a
        // common cue and a clause after it, are how the subject spoke)
        // (the tagger tells an object "her" from the possessive: "The groups who met |her| say")
        if (prev >= 0 && !(Tagged && Xpos(prev) is "PRP" && Upos(t) is "VERB") && (Words.Determiners.Has(W(prev)) && !Is(prev, "all") && !Is(prev, "both") && !(Is(prev, "each") && Xpos(t) is "VBG" or "VBD" or "VBZ")
                && !((Words.Quantifiers.Has(W(prev)) || Is(prev, "another") || IsCountWord(prev)) && Tagged && (Xpos(t) is "VBD" or "VBZ" or "VBP"
                    || Xpos(t) is "VBN" && IsComma(t + 1) && IsOpenMark(t + 2)))
                && !(IsCountWord(prev) && Is(prev - 1, "in") && IsCountWord(prev - 2)) // ("One in five say")
            || IsPossessive(prev) && !(prev - 1 >= s.First && Words.SubjectPronouns.Has(W(prev - 1)))
            || Words.Prepositions.Has(W(prev)) && !Is(prev, "to") && !(Is(prev, "since") && prev - 1 >= s.First && IsAuxiliary(prev - 1)) && (cue.Form != VerbForm.Gerund
                || Words.GerundBlockers.Has(W(prev)) && !((Is(prev, "by") || Is(prev, "before") || Is(prev, "after")) && Is(end, "that"))
                    && !((Is(prev, "by") || Is(prev, "before") || Is(prev, "after") || Is(prev, "from") || Is(prev, "for")) && cue.CueCount >= 150 && HasClause(end, s)))))
        {
            return false; // a noun or adjective: "the claims", "China's alleged theft", "of reports", "by asking" (not "has since
                          // stressed")
        }

        // (a gerund that a verb takes as its object with "both" or "either" is an act, not speech: "Thai law forbids both
        // |speaking| ill of the royal family and …")
        // (nor after "mind": "Would you mind |telling| us …")
        if (Tagged && cue.Form == VerbForm.Gerund && prev - 1 >= s.First && (W(prev) is "both" or "either" && Upos(prev - 1) is "VERB" || W(prev) is "mind"))
        {
            return false;
        }

        // a gerund inside a compound noun: "the manifesto |writing| team", "a fact |checking| site"; or heading one, with no
        // object: "put in charge of election |planning| in Mr Brown's stead" (not after a document: "issued a statement
        // |calling on| …")
        if (Tagged && cue.Form == VerbForm.Gerund && prev >= 0 && Xpos(prev) is "NN" && !IsCap(prev)
            && (Xpos(t + 1) is "NN" && (t + 2 >= s.End || !IsWord(t + 2) || Upos(t + 2) is not ("NOUN" or "ADJ"))
                || prev - 1 >= s.First && Upos(prev - 1) is "ADP" or "DET" && !Words.DocumentNouns.Has(W(prev)) && !Words.TimeWords.Has(W(prev))
                    && cue.CueCount < 300 && (Upos(t + 1) is "ADP" && !Is(t + 1, "to") && !Is(t + 1, "that") || IsTerminal(t + 1) || IsComma(t + 1))))
        {
            return false;
        }

        // a phrasal verb of action: "showed up", "gave up", "called off its search"; reaching a place or a number, not a
        // view ("reached a broad consensus", "reached a deal" speak; "reached the courtyard", "reached the high court" do not)
        // ("Let's say you think …" supposes; nobody says it)
        if (Is(t + 1, "up") || cue.Lemma == "call" && Is(t + 1, "off") || cue.Lemma == "seek" && Is(t + 1, "out") || cue.Lemma == "reach" && !ReachesAgreement(t + 1, s)
            || cue.Lemma == "say" && t - 2 >= 0 && IsPossessive(t - 1) && IsWord(t - 2) && W(t - 2) is "Let" or "let"
            || W(t) is "take" or "takes" or "took" or "taking" or "taken" && Is(t + 1, "over")
            || W(t) is "arose" or "arise" or "arises" or "arising" or "arisen" or "occurred" or "happened" && !Is(t + 1, "about") // (what happens says nothing: "as circumstances arose: “…”"; but "questions arose about")
            || cue.Lemma is "write" or "release" or "compose" or "record" && ObjectIn(t + 1, s, Words.CreativeWorks) // ("continued to write songs", "releasing several albums")
            || cue.Lemma is "blast" or "smash" or "fire" or "slam" && ObjectIn(t + 1, s, Words.SportsObjects) // ("blasted the ball home", "smashed his personal best")
            || cue.Lemma is "sign" && Tagged && (IsPluralRole(t + 1) || _doc.Tags[t + 1].Entity is "B-PER") // (a label signs artists, a club players)
            || Is(t, "known") && prev >= 0 && W(prev) is "best" or "well" or "little" or "lesser" or "better" && Tagged && Upos(t + 1) is "NOUN" // ("his best known roles")
            || cue.Lemma is "add" && cue.Form != VerbForm.Gerund && Tagged && Upos(t + 1) is "DET" or "PRON" && RightNp(t + 1, s.End) is { IsEmpty: false } added && Is(added.End, "to")) // ("added the trophy to his successes")
        {
            return false;
        }

        // a noun after its modifier, as the tagger reads it: "our worst fears", "4 percentage points", "presidential debates",
        // "a strong showing"
        var share = prev >= 0 && IsWord(prev) && W(prev) is "third" or "quarter" or "half" or "majority" or "two-thirds" or "three-quarters" or "fifth" or "minority";
        if (prev >= 0 && !share && (Upos(t) is "NOUN" && (Upos(prev) is "ADJ" or "NUM" && !Is(prev - 1, "in") && !(Upos(prev) is "NUM" && (Is(prev - 1, "over") || Is(prev - 1, "under"))) || Xpos(prev) is "PRP$") || Is(prev, "percentage"))
            && cue.Form is VerbForm.ThirdPerson or VerbForm.Base or VerbForm.Gerund
            && !(cue.Form is VerbForm.ThirdPerson && Words.DocumentNouns.Has(W(prev)))) // (but "The average shows …": a document's verb)
        {
            return false;
        }

        // a noun after a determiner and its modifiers, as the tagger reads it: "the GOP debate", "a GOP presidential debate",
        // "the October debate", "the chain's press release", "his campaign promises" (not right before a quotation: "The
        // statement |read|: “…”", a past tense spelt as the base)
        // (after a possessive, or in -s, only where a verb or the clause's end follows: a noun, not a verb with its object)
        var nounEnds = IsFinite(t + 1) || IsComma(t + 1) || IsTerminal(t + 1);
        if (Tagged && Upos(t) is "NOUN" && (cue.Form is VerbForm.Base || cue.Form is VerbForm.ThirdPerson && Xpos(prev - 1) is "PRP$" && nounEnds)
            && prev > s.First && !DocumentIntroducesQuotation(t) && Upos(prev) is "PROPN" or "ADJ" or "NOUN" && !(W(prev) is "third" or "quarter" or "half" or "majority" or "two-thirds" or "fifth" or "minority")
            && (Words.Determiners.Has(W(prev - 1)) && !Is(prev - 1, "all") || IsPossessive(prev - 1) && Upos(prev) is "NOUN" && nounEnds
                || prev - 2 >= s.First && Upos(prev - 1) is "PROPN" or "ADJ" or "NOUN" && Words.Determiners.Has(W(prev - 2)) && !Is(prev - 2, "all")))
        {
            return false;
        }

        // The tagger, when the pipeline has one, tells a verb from a noun or adjective better than the word-shape tests
        // below: a cue it tags VERB skips them ("officials warn Russia could", "former aides allege").
        var verb = Upos(t) is "VERB";

        // a noun, whatever the tagger says: "Health worries have dogged …", "campaign reports shows", "the McKinley plan is
        // $40,000" (a verb in -s
        // takes no "have" after it, a base form no "is")
        // (but "the rule, which Trump says |is| unfair": the verb of a relative clause whose pronoun is what was said)
        if (cue.Form is VerbForm.ThirdPerson && (Is(t + 1, "have") || Is(t + 1, "are") || Is(t + 1, "were")
                || Tagged && Xpos(t + 1) is "VBZ" or "VBD" && _inQuote[t + 1] < 0 && !(verb && AfterRelativePronoun(t, s))
                || IsWord(t + 1) && _lex.TryGetCue(W(t + 1), out var next) && next.Form is VerbForm.ThirdPerson or VerbForm.Past
                    && (t + 2 >= s.End || IsTerminal(t + 2) || Tagged && !verb && next.Form is VerbForm.Past && !IsCap(t + 1))) // ("Early reports suggested …")
            || cue.Form is VerbForm.Base && prev >= 0 && !Is(prev, "to") && (Is(t + 1, "is") || Is(t + 1, "was") || Is(t + 1, "has")) && !(verb && Tagged && AfterRelativePronoun(t, s)))
        {
            return false;
        }

        // a noun followed by a modal or auxiliary: "battleground states could be", "the claims are"
        if (!verb && cue.Form is VerbForm.ThirdPerson or VerbForm.Base && IsWord(t + 1) && _lex.TagOf(W(t + 1)) is "Modal" or "Copula"
            && !Is(t + 1, "that"))
        {
            return false;
        }

        // "continue" speaks only after a quotation or before one: "… ,” she continued" / "She continued: “…”"; "states" is
        // mostly the noun ("battleground states", "Rust Belt states have suffered") unless "that" or a quotation follows
        if ((cue.Lemma == "continue" || Is(t, "states") || Is(t, "state")) && !IsPostposed(t, end, phraseAfter: cue.Lemma == "continue") && !IsStrongNext(end))
        {
            return false;
        }

        if (!verb && prev >= 0 && !IsCap(prev) && _lex.TagOf(W(prev)) is "Adjective" && cue.Form is VerbForm.ThirdPerson or VerbForm.Base
            && !(IsCountWord(prev) && Is(prev - 1, "in")) // (not a share: "One in five say")
            && !(cue.Form is VerbForm.ThirdPerson && Words.DocumentNouns.Has(W(prev)))) // ("The average shows …")
        {
            return false;
        }

        // winning, not saying: "claiming his third victory", "claiming 41 percent of the vote" (killing: "claimed 15,393 lives"); adding up: "adding to her run
        // of victories"
        if (cue.Lemma == "claim" && ClaimsAWin(t + 1, s) || cue.Lemma == "add" && Is(t + 1, "to") && !(IsWord(t + 2) && Words.Pronouns.Has(W(t + 2)) && !(Tagged && Xpos(t + 2) is "PRP$")) && !HasThatSoon(t + 2, s))
        {
            return false;
        }

        // a product recall, not a memory: "GM is recalling nearly 200,000 vehicles", "recalls 19,924 Cadillac XLR coupes"
        if (cue.Lemma == "recall" && RecallsGoods(end, s))
        {
            return false;
        }

        // the object of a participle: "Holding |signs|, the protesters marched"
        if (Tagged && Upos(t) is "NOUN" && prev >= 0 && Xpos(prev) is "VBG" && IsComma(t + 1) && cue.Form is VerbForm.ThirdPerson or VerbForm.Base)
        {
            return false;
        }

        // a show on the air ("the reality TV show", "Fox and CNN morning shows") and a candidate's showing ("Sanders's strong
        // showing in Iowa")
        if (W(t) is "show" or "shows" && prev >= 0 && W(prev) is "TV" or "tv" or "talk" or "reality" or "radio" or "morning" or "news"
                or "hit" or "cable" or "television" or "comedy" or "chat" or "variety" or "quiz" or "cooking" or "awards" or "Sunday" or "late-night"
            || Is(t, "showing") && IsWord(t + 1) && W(t + 1) is "in" or "among" or "with" && prev >= 0 && (Tagged && Upos(prev) is "ADJ" || IsPossessive(prev)))
        {
            return false;
        }

        // a name given: "a group |called| Citizens for Trump", "a firm |called| Cambridge Analytica", "an account called
        // “Hypo-Cruz”"
        if (Tagged && W(t) is "called" or "dubbed" or "named" or "nicknamed" or "titled" && prev >= 0 && Xpos(prev) is "NN" && !IsCap(prev)
            && IndefiniteBefore(prev)
            && (IsCap(t + 1) || IsOpenMark(t + 1) || IsChar(t + 1, '#')))
        {
            return false;
        }

        // "pledged delegates" (the tagger reads "delegates" as a verb); a participle after its noun: "a national poll
        // |released| Sunday by The Washington Post shows …", "data |released| Friday"
        if (Is(t, "pledged") && IsWord(t + 1) && W(t + 1).StartsWith("delegate", StringComparison.OrdinalIgnoreCase)
            || Tagged && Xpos(t) is "VBN" or "VBD" && prev >= 0 && Upos(prev) is "NOUN" && Words.DocumentNouns.Has(W(prev)) && IsWord(t + 1)
                && (Words.Weekdays.Has(W(t + 1)) || W(t + 1) is "by" or "last" or "earlier" or "this" or "today" or "yesterday"))
        {
            return false;
        }

        // adjectival participle before a noun: "alleged theft", "reported deal"
        if (!verb && cue.Form is VerbForm.Past or VerbForm.Participle && IsWord(t + 1) && !IsCap(t + 1) && (prev < 0 || IsComma(prev))
            && !Is(t + 1, "that") && !Words.Prepositions.Has(W(t + 1)) && !Words.Determiners.Has(W(t + 1)) && !Words.Pronouns.Has(W(t + 1)))
        {
            return false;
        }

        if (!verb && cue.Form == VerbForm.Base && prev >= 0 && !(IsAuxiliary(prev) || Is(prev, "to") || Words.SubjectPronouns.Has(W(prev))
            || W(prev).EndsWith('s') || IsCap(prev) || Is(prev - 1, "in") && (Upos(prev) is "NUM" || IsCountWord(prev)) || share
            || IsWord(t + 1) && Words.SubjectPronouns.Has(W(t + 1)) && IsFinite(t + 2)
            || Tagged && Upos(prev) is "NOUN" && DocumentIntroducesQuotation(t))) // ("The statement |read|: “…”")
        {
            return false;
        }

        // (a listener may come first: "continues to tell itself that …")
        if (cue.Lemma != "say" && cue.Form == VerbForm.Base && Is(prev, "to") && !IsStrongNext(end) && !Words.AgentlessPassiveLemmas.Has(cue.Lemma)
            && !(prev - 1 >= s.First && IsWord(prev - 1) && W(prev - 1) is "continued" or "continues" or "continue" or "began" or "begins" or "begin" or "started" or "starts" or "tried" or "tries" or "appeared" or "seemed")
            && !(prev - 2 >= s.First && Is(prev - 1, "on") && IsWord(prev - 2) && W(prev - 2) is "went" or "goes" or "go" or "going" or "gone")
            && !(Tagged && Words.ListenerVerbs.Has(W(t)) && ListenerThenThat(end))
            && PurposeVerbBefore(prev, s.First) < 0
            && ControlledSubject(prev, s).IsEmpty)
        {
            return false; // "to argue" is mostly an intention, not an attribution (unless raised: "tried to argue", "went on to call";
                          // or a verb states its purpose: "used his speech to call for"; or brings it about: "led Priebus to
                          // declare")
        }

        // intentions: "vowed to", "plans to"; other verbs with "to" are rarely attributions ("continued to stay")
        if (Is(end, "to"))
        {
            // but "referring to the convention", "pointed to the report": "to" as a preposition the detector reads as part
            // of the cue, its object what the attribution is about
            if (Upos(t) is "VERB" && Upos(end + 1) is "DET" or "PROPN" or "NOUN" or "PRON" or "ADJ" or "NUM" && IsCueWordAfter(end)
                && LearnedCueScore(t) > 0)
            {
                end++;
                return true;
            }

            // ("wrote to his followers, “…”", "explained to reporters that …": "to" before a listener)
            // (and "to" its listener at the end of a sentence-final attribution: "“…,” Sanders insisted to the gathered cameras.")
            return Words.IntentionLemmas.Has(cue.Lemma) || cue.Lemma is "say" or "tell"
                || Tagged && Upos(t) is "VERB" && (Upos(end + 1) is "DET" or "PRON" or "PROPN" && (cue.CueCount >= _options.ClauseOnlyCueCount || ListenerThenThat(end + 1))
                    || Upos(end + 1) is "NOUN" && ListenerThenThat(end + 1)
                    || cue.Form is VerbForm.Past or VerbForm.ThirdPerson && ListenerPhraseEnd(end, s) is var heard and > 0 && IsPostposed(t, heard));
        }

        // "has plans for", "hopes of": an intention noun, not a verb, unless "to" or "that" follows (or the verb's own
        // particle: "agrees with Viguerie that …")
        if (Words.IntentionLemmas.Has(cue.Lemma) && cue.Form is VerbForm.ThirdPerson && !Is(end, "that") && !IsStrongNext(end) && !IsPostposed(t, end)
            && !Words.StanceLemmas.Has(cue.Lemma) && !(IsWord(end) && Words.CueParticles.TryGetValue(cue.Lemma, out var own) && own.Contains(W(end)) && Upos(t) is "VERB")
            && !(cue.Lemma is "want" or "expect" or "intend" && Upos(t) is "VERB")
            && !(cue.Lemma is "hope" && Xpos(t) is "VBZ" && Upos(t) is "VERB" && StartsClause(end, s))) // ("Rubio hopes Iowa will prove …")
        {
            return false;
        }

        // (unless the learned detector takes it for a cue here: "“Go back to Univision,” Trump barked and a guard …")
        if (cue.CueCount < _options.WeakCueCount && !IsStrongNext(end) && !IsPostposed(t, end)
            && !(_cues is not null && Upos(t) is "VERB" && LearnedCueScore(t) > _options.LearnedCueMargin))
        {
            return false;
        }

        // "put it": "Cornyn put it bluntly: “…”", "as Rosenthal recently put it, “…”", "put it this way:"
        if (cue.Lemma == "put" && Is(end, "it"))
        {
            end++;
            if (IsWord(end) && W(end).EndsWith("ly") || Is(end, "best") || Is(end, "so"))
            {
                end++;
            }
            else if (Is(end, "this") && Is(end + 1, "way"))
            {
                end += 2;
            }

            return true;
        }

        // a phrasal cue takes its particle: "called for", "warned against", "complained about"
        if (IsWord(end) && Words.CueParticles.TryGetValue(cue.Lemma, out var particles) && particles.Contains(W(end))
            && !IsPostposed(t, end))
        {
            end++;
        }
        else if (W(end) is "out" or "off" && Xpos(end) is "RP" or "IN" && !Is(end + 1, "of") && !IsPostposed(t, end) && !Words.StancePrepositions.Has(W(end + 1)))
        {
            end++; // the particle of any phrasal cue: "called out", "laid out", "did not spell out", "shrugged off"
        }
        else if (Is(end, "back") && (IsChar(end + 1, ':') || IsComma(end + 1) || IsOpenMark(end + 1) || Is(end + 1, "that") || Is(end + 1, "at")))
        {
            end++; // "fired back: “…”", "hit back at"
        }
        else if (Upos(t) is "VERB" && !IsPostposed(t, end) && PrepositionalCueEnd(end) is var prepEnd and > 0)
        {
            end = prepEnd; // "railed against", "lashed out at": the detector reads the preposition as part of the cue
        }

        return true;
    }

    /// <summary>Whether the noun at <paramref name="head"/> opens with "a" or "an" over up to three modifiers: "a
    /// |meandering mountain| stream".</summary>
    private bool IndefiniteBefore(int head)
    {
        for (var k = head - 1; k >= 0 && head - k <= 4 && IsWord(k); k--)
        {
            if (Is(k, "a") || Is(k, "an"))
            {
                return true;
            }

            if (Upos(k) is not ("ADJ" or "NOUN" or "VERB") || IsCap(k))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a win follows a claim's verb within six words: "his third victory", "41 percent of the vote", "the
    /// nomination".</summary>
    private bool ClaimsAWin(int t, Sentence s)
    {
        for (var k = t; k < s.End && k - t < 6 && (IsWord(k) || IsNumber(k)); k++)
        {
            if (W(k) is "victory" or "victories" or "win" or "wins" or "vote" or "votes" or "percent" or "seat" or "seats" or "title" or "nomination"
                or "delegates" or "prize" or "mantle" or "crown" or "credit" or "responsibility" or "lives" or "life")
            {
                return W(k) is not ("credit" or "responsibility"); // ("claimed credit", "claimed responsibility" are statements)
            }

            if (Is(k, "that") || Tagged && Upos(k) is "VERB" or "AUX")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether "that" stands within eight words from <paramref name="t"/>.</summary>
    private bool HasThatSoon(int t, Sentence s)
    {
        for (var k = t; k < s.End && k - t < 8; k++)
        {
            if (Is(k, "that"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A short listener and then "that": "reiterated to |ABC News that| …".</summary>
    private bool ListenerThenThat(int t)
    {
        for (var k = t; k < _tokens.Length && k - t <= 5 && IsWord(k); k++)
        {
            // (or a question: "explained to the council how the pier would be rebuilt")
            if (Is(k, "that") || W(k) is "why" or "how" or "whether" or "what" && k + 1 < _tokens.Length && IsWord(k + 1))
            {
                return k > t;
            }

            if (Upos(k) is not ("DET" or "PROPN" or "NOUN" or "ADJ" or "PRON"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Where a cue ends that takes a preposition the particle list lacks ("railed against", "unloaded on",
    /// "lashed out at"): after the preposition, when the learned detector scores it a cue word too; or -1.</summary>
    private int PrepositionalCueEnd(int t)
    {
        // (not before a day: "said |on Friday| the United States is …" is when)
        var k = Is(t, "out") ? t + 1 : t;
        return Words.StancePrepositions.Has(W(k)) && !Is(k, "to") && !Is(k, "in") && k + 1 < _tokens.Length && IsWord(k + 1)
            && !(Words.Weekdays.Has(W(k + 1)) || Words.TimeWords.Has(W(k + 1)) && !IsPossessive(k + 2))
            && IsCueWordAfter(k) && (k == t || LearnedCueScore(t) > 0) ? k + 1 : -1;
    }

    /// <summary>A word after a cue verb that the learned detector reads as part of the cue ("against" in "railed against",
    /// "to" in "referred to"); never without the detector and tags.</summary>
    private bool IsCueWordAfter(int k) => _cues is not null && Tagged && IsWord(k) && _inQuote[k] < 0 && LearnedCueScore(k) > 0;

    /// <summary>"Lindsey Graham Says." or "Obama Says Museum Will Tell …": a capitalised cue in a title-case headline.</summary>
    private bool IsHeadlineCue(int t, CueWord cue)
    {
        if (cue.Form is not (VerbForm.ThirdPerson or VerbForm.Past) || cue.CueCount < _options.WeakCueCount || t == 0 || !IsCap(t - 1))
        {
            return false;
        }

        var s = _sentences[_sentenceOf[t]];
        var paragraph = _doc.Paragraphs[s.Paragraph];
        if (paragraph.SentenceCount != 1 || paragraph.Count > 30)
        {
            return false;
        }

        var caps = 0;
        var words = 0;
        for (var k = paragraph.First; k < paragraph.End; k++)
        {
            if (IsWord(k) && W(k).Length > 3)
            {
                words++;
                caps += IsCap(k) ? 1 : 0;
            }
        }

        return words > 2 && caps * 4 >= words * 3;
    }

    /// <summary>A strong sign that the cue introduces content: "that", a colon, a quotation mark (after an optional
    /// adverb, particle or listener).</summary>
    private bool IsStrongNext(int t)
    {
        if (IsComma(t) && AsideBeforeThat(t) > 0)
        {
            return true; // "continues to insist, most recently in an interview with ABC News, that …"
        }

        for (var k = t; k < t + 4 && k < _tokens.Length; k++)
        {
            if (Is(k, "that") || IsChar(k, ':') || IsOpenMark(k) || IsComma(k) && IsOpenMark(k + 1))
            {
                return true; // (a comma before a quotation too: "She continued, “…”")
            }

            if (!IsWord(k) || !(IsAuxiliary(k) || Is(k, "out") || Words.Pronouns.Has(W(k)) || Is(k, "reporters") || IsLyAdverb(k)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The "that" after an aside between commas ("insisted|, in an interview with ABC News,| that …"): a phrase
    /// of up to 14 words with no verb of its own; or -1.</summary>
    private int AsideBeforeThat(int comma)
    {
        for (var k = comma + 1; k < _tokens.Length && k - comma <= 15 && _sentenceOf[k] == _sentenceOf[comma]; k++)
        {
            if (IsComma(k))
            {
                return k > comma + 1 && Is(k + 1, "that") && !IsPronounThat(k + 1) ? k + 1 : -1;
            }

            if (!IsWord(k) && !IsNumber(k) || _inQuote[k] >= 0 || Tagged && Upos(k) is "VERB" or "AUX")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Where a short phrase "to" a listener that ends the clause ends ("insisted |to the gathered cameras|,"), or -1.</summary>
    private int ListenerPhraseEnd(int to, Sentence s)
    {
        for (var k = to + 1; k < s.End && k - to <= 6; k++)
        {
            if (k > to + 1 && (IsComma(k) || IsTerminal(k) || IsCloseMark(k)))
            {
                return k;
            }

            if (!IsWord(k) || IsFinite(k) || _inQuote[k] >= 0)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"…, she said." or "…,” said Smith.": the cue closes the sentence or a clause after a comma.</summary>
    private bool IsPostposed(int cue, int end, bool phraseAfter = false)
    {
        var s = _sentences[_sentenceOf[cue]];
        // (or, when asked, a phrase of place or occasion follows: "…”, he continued in the speech")
        var afterEnds = end >= s.End || IsTerminal(end) || IsComma(end) || IsCloseMark(end) || IsChar(end, ';')
            || phraseAfter && IsWord(end) && Words.Prepositions.Has(W(end)) && !Is(end, "to");
        if (!afterEnds)
        {
            return false;
        }

        var k = cue - 1;
        while (k >= s.First && IsWord(k) && cue - k <= 6)
        {
            k--;
        }

        return k >= s.First && (IsComma(k) || IsCloseMark(k) || IsDash(k));
    }

    /// <summary>Where the verb or adjective that raises the cue before "to" (at <paramref name="to"/>) starts, or -1:
    /// "appeared to suggest", "are more likely to say".</summary>
    private int RaisingBefore(int to, int lo)
    {
        var k = to - 1;
        if (k < lo || !IsWord(k))
        {
            return -1;
        }

        if (Words.RaisingVerbs.Has(W(k)))
        {
            return k;
        }

        if (W(k) is "likely" or "unlikely")
        {
            return k - 1 >= lo && W(k - 1) is "more" or "less" or "most" ? k - 1 : k;
        }

        return -1;
    }

    /// <summary>A past participle after a noun (or "those"), opening a phrase that describes it: "Many people |involved| in
    /// the negotiations assumed", "The trove |released| on Thursday included", "Families of those |affected| by mass
    /// shootings urged".</summary>
    private bool ReducedRelativeParticiple(int t, int lo) =>
        Tagged && t - 1 >= lo && (Xpos(t) is "VBN" || Upos(t) is "ADJ" && W(t).EndsWith("ed")) && !IsCap(t)
        && (Upos(t - 1) is "NOUN" or "PROPN" || Is(t - 1, "those")) && !_lex.TryGetCue(W(t), out _)
        && IsWord(t + 1) && W(t + 1) is "in" or "with" or "to" or "on" or "about" or "for" or "by";

    /// <summary>Skips auxiliaries, adverbs and time or venue phrases leftwards from <paramref name="t"/>:
    /// "Hua on Wednesday also |said" gives the index of "Wednesday"'s left neighbour chain end, here "Hua".</summary>
    private int SkipLeftModifiers(int t, int lo)
    {
        while (t >= lo)
        {
            if (_tokens[t].Has(TokenFlags.Debris))
            {
                t--;
                continue;
            }

            if (IsWord(t) && (IsAuxiliary(t) || !IsCap(t) && IsLyAdverb(t) && !IsRoleWord(t) || Is(t, "here") && t > lo
                || Is(t, "there") && t > lo && IsWord(t - 1) && (!Tagged || Upos(t - 1) is "NOUN" or "PROPN") || Is(t, "please") && t > lo))
            {
                t--; // ("Her campaign workers here said", "Polls there show", "Could you please tell us")
                continue;
            }

            // (an adverb of time or manner between the subject and the cue: "he |sometimes| told", "the mayor |always| says")
            if (IsWord(t) && !IsCap(t) && t > lo && Words.CueAdverbs.Has(W(t)) && W(t) is not ("not" or "n't" or "n’t" or "since" or "long" or "further" or "even" or "just"))
            {
                t--;
                continue;
            }

            // a verb that the cue completes: "he appeared to suggest", "Sanders went on to say", "she tried to argue"
            if (Is(t, "to") && RaisingBefore(t, lo) is var raising and >= 0)
            {
                t = raising - 1;
                continue;
            }

            if (Is(t, "to") && t - 1 >= lo && Is(t - 1, "on") && t - 2 >= lo && W(t - 2) is "went" or "goes" or "go" or "going")
            {
                t -= 3;
                continue;
            }

            // a verb whose purpose the cue states: "Trump took to Twitter to say", "Sanders held a conference call to defend"
            if (PurposeVerbBefore(t, lo) is var purpose and >= 0)
            {
                t = purpose - 1;
                continue;
            }

            // a floating quantifier: "Brown and Menendez all suggested", "Trump and Sanders have both argued"
            if (IsWord(t) && W(t) is "all" or "both" or "each" && t - 1 >= lo && (IsCap(t - 1) || IsChar(t - 1, ')') || W(t - 1).EndsWith('s') || IsAuxiliary(t - 1)))
            {
                t--;
                continue;
            }

            // a parenthetical phrase between commas: "Clinton, at Monday's debate, cited …"
            if (IsComma(t) && t - 2 >= lo && _inQuote[t] < 0)
            {
                // (longer, and over participles, when the tagger reads them: "Priebus, in the wake of a new poll showing
                // Trump down to 14 percent, told …")
                var open = t - 1;
                while (open > lo && t - open <= (Tagged ? 20 : 8) && !IsComma(open) && (IsWord(open) || Tagged && Upos(open) is "NUM" or "SYM")
                    && (Tagged ? !IsFinite(open) : !IsVerbLike(open)))
                {
                    open--;
                }

                if (IsComma(open) && open + 1 < t && (Words.Prepositions.Has(W(open + 1)) && !Is(open + 1, "of") && !Is(open + 1, "including")
                    && !(Is(open + 1, "at") && AffiliationPhrase(open + 1, t))
                    || Tagged && Xpos(open + 1) is "VBG" && !Is(open + 1, "including")))
                {
                    t = open - 1;
                    continue;
                }
            }

            // a parenthetical adverb: "Critics, however, allege"
            if (IsComma(t) && t - 2 >= lo && IsWord(t - 1) && Words.ParentheticalAdverbs.Has(W(t - 1)) && IsComma(t - 2))
            {
                t -= 3;
                continue;
            }

            // and without commas: "Carter however said"
            if (IsWord(t) && t > lo && !IsCap(t) && W(t) is "however" or "meanwhile" or "though" or "instead" or "nonetheless" or "nevertheless")
            {
                t--;
                continue;
            }

            // a stock adverbial phrase: "Beck, who has in the past described …", "its reaction will in some ways dictate …"
            if (StockAdverbialStart(t, lo) is var stock and >= 0)
            {
                t = stock - 1;
                continue;
            }

            // time or venue phrase: "on Wednesday", "in a statement", "last week", "Tuesday" (not the "in 10" of a share:
            // "Six in 10 Virginia voters said")
            var p = TimePhraseStart(t, lo);
            if (p >= 0 && !(Is(p, "in") && p - 1 >= lo && IsCountWord(p - 1) && IsCountWord(p + 1)))
            {
                t = p - 1;
                // (but not into a clause: "Beck, who has backed Cruz, last week said": the comma closes the clause the
                // mention runs over)
                if (IsComma(t) && (p - 1 < lo ? -1 : FindCommaLeft(t - 1, lo)) is var left && IsComma(left)
                    && !(Tagged && (HasFiniteVerb(left + 1, t) || Is(left + 1, "who") || Is(left + 1, "which")))
                    && !IsPlaceOfOrigin(left, t, lo))
                {
                    t--;
                }

                continue;
            }

            break;
        }

        return t;
    }

    /// <summary>The first token of a stock adverbial phrase that ends at <paramref name="t"/> and stands between a subject
    /// and its verb ("in the past", "in some ways", "at times", "at one point", "in recent years"); -1 when there is none.</summary>
    private int StockAdverbialStart(int t, int lo)
    {
        if (t - 1 < lo || !IsWord(t) || IsCap(t))
        {
            return -1;
        }

        return W(t) switch
        {
            "times" or "first" or "least" when Is(t - 1, "at") => t - 1,
            "time" when t - 2 >= lo && Is(t - 1, "the") && Is(t - 2, "at") => t - 2,
            "part" or "turn" or "effect" or "private" or "public" when Is(t - 1, "in") => t - 1,
            "past" when t - 2 >= lo && Is(t - 1, "the") && Is(t - 2, "in") => t - 2,
            "ways" when t - 2 >= lo && W(t - 1) is "some" or "many" or "other" && Is(t - 2, "in") => t - 2,
            "point" when t - 2 >= lo && W(t - 1) is "one" or "some" && Is(t - 2, "at") => t - 2,
            "years" or "months" or "weeks" or "days" when t - 2 >= lo && Is(t - 1, "recent") && Is(t - 2, "in") => t - 2,
            _ => -1,
        };
    }

    /// <summary>Whether the phrase between the commas <paramref name="left"/> and <paramref name="right"/> says where the
    /// subject is from ("Ada Brook|, from Dunmore,| on Tuesday said"), also with its state or country after another comma
    /// ("Bruce McArthur, from Toronto|, Canada,| on Tuesday admitted"): an apposition the mention runs over.</summary>
    private bool IsPlaceOfOrigin(int left, int right, int lo)
    {
        if (!Tagged)
        {
            return false;
        }

        if (IsWord(left + 1) && W(left + 1) is "from" or "of")
        {
            return true;
        }

        for (var k = left + 1; k < right; k++)
        {
            if (!IsCap(k))
            {
                return false;
            }
        }

        return left - 1 > lo && FindCommaLeft(left - 1, lo) is var before && IsComma(before) && IsWord(before + 1) && W(before + 1) is "from" or "of";
    }

    /// <summary>The verb whose purpose a "to" infinitive of speech states, <paramref name="to"/> being its "to": "Trump
    /// |took| to Twitter to say", "Sanders |held| a conference call to defend", "Cruz |interjected| to say"; -1 when there is
    /// none, when the verb's object is the one to speak ("asked reporters to say", "urged him to explain") or when an
    /// adjective governs the infinitive ("It is hard to say", "too early to tell").</summary>
    private int PurposeVerbBefore(int to, int lo)
    {
        if (!Tagged || !Is(to, "to") || to + 1 >= _tokens.Length || !IsWord(to + 1) || Xpos(to + 1) is not "VB"
            || !Words.SpeechInfinitives.Has(W(to + 1)) || to - 1 < lo || Upos(to - 1) is "ADJ" or "ADV"
            || to + 2 < _tokens.Length && IsWord(to + 2) && (W(to + 2) is "nothing" || W(to + 2) is "the" && Is(to + 3, "least")))
        {
            return -1;
        }

        for (var v = to - 1; v >= lo && to - v <= 8; v--)
        {
            if (_inQuote[v] >= 0 || IsTerminal(v) || IsWord(v) && W(v) is "and" or "or" or "but" or "that" or "who" or "which")
            {
                return -1;
            }

            if (Upos(v) is not "VERB" || Xpos(v) is "VBG" && !(v - 1 >= lo && IsAuxiliary(v - 1)))
            {
                continue;
            }

            // (nor a permission, "were not authorized to discuss", or nothing done, "has done nothing to explain")
            if (Words.ObjectControlVerbs.Has(W(v)) || v == to - 1 && Words.RaisingVerbs.Has(W(v)) || Words.SpeechInfinitives.Has(W(v))
                || W(v) is "authorized" or "authorised" or "allowed" or "permitted" or "cleared" || Is(v + 1, "nothing"))
            {
                return -1;
            }

            // (finite, or a participle of a finite auxiliary: "is poised to argue", "are beginning to ask")
            var aux = v - 1;
            while (aux >= lo && IsWord(aux) && (Words.CueAdverbs.Has(W(aux)) || IsLyAdverb(aux)))
            {
                aux--;
            }

            return IsFinite(v) || aux >= lo && IsWord(aux) && IsAuxiliary(aux) && !Is(aux, "to") ? v : -1;
        }

        return -1;
    }

    /// <summary>A number, in figures or words: "10", "eight", "Nine".</summary>
    private bool IsCountWord(int t) => IsNumber(t) || IsWord(t) && Words.CountWords.Has(W(t));

    private int FindCommaLeft(int t, int lo)
    {
        for (var k = t; k >= lo && t - k < 12; k--)
        {
            if (IsComma(k))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>When tokens ending at <paramref name="t"/> form a time or venue phrase, its first token.</summary>
    private int TimePhraseStart(int t, int lo)
    {
        if (!IsWord(t) || W(t) is "and" or "or" or "but")
        {
            return -1; // (a time phrase never ends with a conjunction: "seized the floor on Wednesday and said …")
        }

        // (nor runs on past its time word into the subject: "At the town hall on Monday |she| said", "on Monday |Trump| said")
        if (t - 1 >= lo && (IsDayWord(t - 1) || IsWord(t - 1) && Words.Months.Has(W(t - 1)))
            && !Words.TimeWords.Has(W(t)) && !IsNumber(t) && (Words.SubjectPronouns.Has(W(t)) || IsCap(t)))
        {
            return -1;
        }

        // "two weeks ago", "a few days ago", "a day earlier", "two years later" (also when the cue took "later" as its
        // adverb: "When Fiorina a month |later announced| …")
        var unitEnd = (Is(t, "earlier") || Is(t, "later")) && t - 1 >= lo ? t - 1 : IsWord(t + 1) && (Is(t + 1, "earlier") || Is(t + 1, "later")) ? t : -1;
        if (Is(t, "ago") || unitEnd >= 0 && IsWord(unitEnd) && W(unitEnd) is "day" or "days" or "week" or "weeks" or "month" or "months" or "year" or "years" or "hour" or "hours"
            or "minutes")
        {
            var k = Is(t, "ago") ? t - 1 : unitEnd - 1;
            while (k >= lo && IsWord(k) && (Words.TimeWords.Has(W(k)) || IsCountWord(k) || W(k) is "a" or "few" or "couple" or "of" or "several"))
            {
                k--;
            }

            return k + 1 < t ? k + 1 : -1;
        }

        // "Broaddrick Sunday night recounted"
        // (right after a name: "on Thursday evening", "in a forum Monday night" are read whole below)
        if (t - 2 >= lo && IsWord(t) && W(t) is "morning" or "afternoon" or "evening" or "night" && IsWord(t - 1) && Words.Weekdays.Has(W(t - 1))
            && IsCap(t - 2) && !Words.TimePrepositions.Has(W(t - 2)))
        {
            return t - 1;
        }

        // (a possessive before it is no bare occasion: "a person familiar with the mayor's meeting says")
        if (Words.TimeWords.Has(W(t)) && (t - 1 < lo || !Words.TimePrepositions.Has(W(t - 1)) && !Words.Determiners.Has(W(t - 1)) && !IsCap(t - 1) && _lex.TagOf(W(t - 1)) is not "Adjective"
                && !IsPossessive(t - 1) && !IsPossessiveMark(t - 1) && !(Tagged && (Upos(t - 1) is "ADJ" || Xpos(t - 1) is "VBN" || Upos(t - 1) is "NOUN" && t - 1 >= lo))))
        {
            // a bare occasion is a name when capitalised: "…, Twitter announced"
            return Is(t, "may") || Is(t, "march") || Is(t, "call") || Is(t, "report") || Is(t, "show") || Is(t, "address")
                || IsCap(t) && !Words.Weekdays.Has(W(t)) && !Words.Months.Has(W(t)) ? -1 : t; // bare "Tuesday"
        }

        for (var k = t; k >= lo && t - k < 7; k--)
        {
            // (a coordinated subject is no time phrase: "until midnight on 16 December and an IAAF spokesman said"; nor a
            // clause after one: "last week after Reuters reported")
            // (nor "as" with a clause: "on Monday as he issued a statement")
            if (!IsWord(k) || k < t && W(k) is "and" or "or" or "but" || k < t && k > lo && Words.Subordinators.Has(W(k)) && !Is(k, "as")
                || k < t && Is(k, "as") && IsWord(k + 1) && (Words.SubjectPronouns.Has(W(k + 1)) || IsCap(k + 1) || Words.Determiners.Has(W(k + 1))))
            {
                return -1;
            }

            if (Words.TimePrepositions.Has(W(k)) && !IsCap(k))
            {
                if (Is(k, "over") && k - 1 >= lo && (Is(k - 1, "those") || IsPluralHead(k - 1)))
                {
                    return -1; // people of an age, not a time: "Those over 60 say"
                }

                for (var m = k + 1; m <= t; m++)
                {
                    // (a year that names what follows it is no time: "Data from the 2014 American Community Survey show",
                    // "Leaked documents from his 1995 tax return show"; after "from", only a phrase that ends in its time is one)
                    if ((Words.TimeWords.Has(W(m)) || IsNumber(m))
                        && !(IsNumber(m) && m < t && m - 1 > k && (Words.Determiners.Has(W(m - 1)) || Xpos(m - 1) is "PRP$" || IsPossessive(m - 1))) && !(Is(k, "from") && m < t))
                    {
                        // (a subject after the time is no part of it: "as of reports on Tuesday |the company| had not confirmed")
                        return m + 1 < t && (Words.Weekdays.Has(W(m)) || Words.Months.Has(W(m))) && W(m + 1) is "the" or "The" or "a" or "an" && Upos(t) is "NOUN" or "PROPN"
                            ? -1 : k;
                    }
                }

                return -1;
            }
        }

        return -1;
    }

    private bool IsNumber(int t) => t >= 0 && t < _tokens.Length && _tokens[t].Kind == TokenKind.Number;

    /// <summary>An article right after a name, opening a phrase of its own with a common noun: "According to Mr Peston
    /// |the| prime minister said", "told POLITICO Florida |the| state's own standards" (not "Rock the Vote", "All the
    /// Democrats").</summary>
    private bool ArticleAfterName(int article) =>
        IsCap(article - 1) && !IsPossessive(article - 1) && !Words.Quantifiers.Has(W(article - 1)) && (!Tagged || Upos(article - 1) is "PROPN")
        && IsWord(article + 1) && !IsCap(article + 1);

    /// <summary>The noun phrase that ends at <paramref name="e"/>, scanning left no further than <paramref name="lo"/>.</summary>
    private TokenRange LeftNp(int e, int lo)
    {
        var j = e;
        var n = 0;
        while (j >= lo && n < _options.MaxMentionTokens)
        {
            var token = _tokens[j];
            if (token.Has(TokenFlags.Debris) || _inQuote[j] >= 0)
            {
                break;
            }

            if (IsWord(j))
            {
                var w = W(j);
                if (Tagged && n > 0 && Upos(j) is "VERB" && Xpos(j) is "VBD" or "VBZ" or "VBP" && !IsCap(j))
                {
                    break; // a finite verb the tagger reads ends the subject: "House Democrats seized the floor"
                }

                // (and so does a bare verb after "to", a modal or "not": "That does not mean |Labour and the Tories| are …", "wants
                // to help |Rubio| convince"; but not an infinitive after a noun, "Organizers of the push to boycott the speech")
                if (Tagged && n > 0 && Upos(j) is "VERB" && Xpos(j) is "VB" && !IsCap(j) && j - 1 >= lo && IsWord(j - 1)
                    && (Is(j - 1, "to") && Upos(j - 1) is "PART" && !(j - 2 >= lo && (Upos(j - 2) is "NOUN" or "PROPN" || Xpos(j - 2) is "VBN")) || IsAuxiliary(j - 1) || Xpos(j - 1) is "MD" || W(j - 1) is "not" or "n't"))
                {
                    break;
                }

                if (n > 0 && j + 2 <= e && W(j + 1) is "the" or "a" or "an" && ArticleAfterName(j + 1))
                {
                    break; // a name before the article that opens the subject: "According to Mr Peston |the prime minister| said"
                }

                if (Tagged && n > 0 && j + 1 <= e && W(j + 1) is "the" or "a" or "an" && !IsCap(j) && (Upos(j) is "NOUN" or "VERB" or "ADV" || Xpos(j) is "RP" && Xpos(j - 1) is not "VBG")
                    && Xpos(j) is not ("VBG" or "VB") && !Words.Quantifiers.Has(w) && !IsRoleWord(j) && !IsPluralRole(j) && !Words.OrganizationHeads.Has(w))
                {
                    break; // a noun or verb before the article that opens the subject: "The spot features |a New York Times| report that …"
                }

                if (IsPossessive(j))
                {
                    // Huawei's chief
                }
                else if (IsCap(j) && Tagged && n > 0 && W(j) is "That" or "This" or "These" or "Those" && Upos(j) is "DET")
                {
                    // "That person said …": a demonstrative opening the sentence is the subject's determiner
                }
                else if (IsCap(j))
                {
                    // (a name the tagger reads is no boundary: "GOP Chairman Will Rogers")
                    if (Words.Boundaries.Has(w) && !Words.Determiners.Has(w) && !(Tagged && n > 0 && IsPersonOrOrganization(j) && IsCap(j + 1)) && !IsModalSurname(j) || Words.Subordinators.Has(w) && j == _sentences[_sentenceOf[j]].First && n > 0
                        || Words.Prepositions.Has(w) || _lex.TagOf(w) is "Adverb" or "Conjunction" or "Preposition" || Is(j, "Still"))
                    {
                        break;
                    }
                }
                else if (n > 0 && IsCap(j + 1) && (Is(j, "time") || Is(j, "times") || Words.TimeWords.Has(w)))
                {
                    break; // "the third time AROS said", "last week Obama said": a time phrase before the name
                }
                else if (Is(j, "and") && n > 0 && j - 1 >= lo && (IsCap(j - 1) || IsChar(j - 1, ')') || IsWord(j - 1) && !IsVerbLike(j - 1) && !Words.Boundaries.Has(W(j - 1)))
                    && !Words.TimeWords.Has(W(j - 1)) && !IsNumber(j - 1))
                {
                    // (but not after a date: "They have until midnight on 16 December and an IAAF spokesman said")
                    // "Trump and Clinton said", "The family, protesters and civic leaders said"
                }
                else if ((Is(j, "on") || Is(j, "from")) && n > 0 && IsCap(j + 1) && IsCap(j - 1))
                {
                    // "Commission on Presidential Debates"
                }
                else if (n > 0 && W(j) is "that" or "this" or "these" or "those" && Is(j - 1, "of"))
                {
                    // a demonstrative after "of": "One of the authors of that 2013 report"
                }
                else if (Words.Boundaries.Has(w) && !Words.Determiners.Has(w) || Words.Auxiliaries.Has(w) || Words.Passive.Has(w))
                {
                    break;
                }
                else if (Words.Prepositions.Has(w))
                {
                    // "Secretary of State", "spokesman for the campaign"; "crews on the crossing", "officials in Beijing"
                    var inside = Is(j, "of") || Is(j, "for") || Is(j, "at")
                        || (Is(j, "on") || Is(j, "in") || Is(j, "from") || Is(j, "with") || Is(j, "across") || Is(j, "around")) && j - 1 >= lo && !IsCap(j - 1)
                            && (IsPluralRole(j - 1) || IsRoleWord(j - 1) || W(j - 1) is { Length: > 3 } pl && pl[^1] == 's' && !IsVerbLike(j - 1))
                        || ReducedRelativeParticiple(j - 1, lo); // ("Many people involved in the negotiations")
                    if (!inside || n == 0)
                    {
                        break;
                    }
                }
                else if ((_lex.TryGetCue(w, out var c) && c.Form is VerbForm.Past or VerbForm.ThirdPerson && !IsRoleWord(j) && Upos(j) is not ("NOUN" or "PROPN")
                    || IsVerbLike(j) && !IsRoleWord(j) && (n == 0 || _lex.TagOf(w) is "PastTense" or "Modal" or "Copula")
                        && !(j - 1 >= lo && (Words.Determiners.Has(W(j - 1)) || IsCap(j - 1)) && _lex.TagOf(w) is "Gerund"))
                    // (but a plural right before the cue, "Iowa biofuels advocates say", and a participle between modifiers,
                    // "Democratic registered voters", are the tagger's misreadings)
                    && !(Tagged && n == 0 && w.Length > 3 && w[^1] == 's' && IsFinite(j + 1) && j - 1 >= lo && Upos(j - 1) is "NOUN" or "PROPN" or "ADJ")
                    && !(Tagged && n > 0 && Xpos(j) is "VBN" && j - 1 >= lo && (Upos(j - 1) is "ADJ" or "DET" or "NUM" || IsCap(j - 1)
                        || IsLyAdverb(j - 1) && j - 2 >= lo && (Words.Prepositions.Has(W(j - 2)) || Words.Determiners.Has(W(j - 2))))) // ("of newly filed reports")
                    && !(n > 0 && Words.Prepositions.Has(W(j + 1)) && ReducedRelativeParticiple(j, lo)))
                {
                    break; // a verb ends the subject; "the Northfield crossing" is a noun after a determiner
                }

            }
            else if (IsChar(j, ')') && n > 0 || IsChar(j, ')') && n == 0 && j > lo)
            {
                // "(R-Ga.)" after a name, or a relative clause: "Kasich (who has 25 delegates to date) said"
                var open = j - 1;
                while (open > lo && j - open < 24 && !IsChar(open, '(') && !IsChar(open, ')'))
                {
                    open--;
                }

                // (also an apposition, however long: "Sen. Chris Murphy (a Connecticut Democrat so boyish he has been
                // mistaken for a junior staffer) says"; it counts as one word towards the mention's length)
                var apposition = n == 0 && IsWord(open + 1) && W(open + 1) is "a" or "an" or "the";
                if (!IsChar(open, '(') || !IsCap(open - 1) || j - open >= 6 && !(Is(open + 1, "who") || Is(open + 1, "whose") || apposition)
                    || j - open >= 16 && !apposition)
                {
                    break;
                }

                n += apposition ? 1 : j - open;
                j = open;
            }
            else if (!IsChar(j, '&') && !(IsChar(j, '/') && IsWord(j - 1) && n > 0) && !(IsPossessiveMark(j) && n > 0))
            {
                break; // (but the mark of a plural possessive: "Bernie Sanders’ campaign says")
            }

            n++;
            j--;
        }

        var first = j + 1;
        var end = e + 1;
        while (first < end && IsWord(first) && (Is(first, "of") || Is(first, "for") || Is(first, "at") || Is(first, "and") || IsPossessive(first)))
        {
            first++;
        }

        // a head that cannot head a noun phrase
        // ("Rand Paul (R-Ky.)": a name with its party and state ends with the parenthesis)
        if (first >= end || !IsWord(end - 1) && !(IsChar(end - 1, ')') && end - 1 > first)
            || Words.Prepositions.Has(W(end - 1)) || Words.Determiners.Has(W(end - 1)) && !Words.SubjectPronouns.Has(W(end - 1))
                && !(end - first > 2 && Is(end - 2, "of") && Tagged && Upos(end - 1) is "NUM")) // (but "the mother of three")
        {
            return TokenRange.None;
        }

        return new TokenRange(first, end);
    }

    /// <summary>The noun phrase that starts at <paramref name="s"/>: "Foreign Ministry spokeswoman Hua Chunying",
    /// "the company's chief executive", "she".</summary>
    private TokenRange RightNp(int s, int hi)
    {
        if (s >= hi || !IsWord(s) || _tokens[s].Has(TokenFlags.Debris) || _inQuote[s] >= 0)
        {
            return TokenRange.None;
        }

        // (not "US", the country: "US Senator Jeff Sessions")
        if ((Words.Pronouns.Has(W(s)) || Words.SubjectPronouns.Has(W(s)) && !Is(s, "which")) && !W(s).SequenceEqual("US"))
        {
            return Is(s, "it") || Is(s, "who") ? TokenRange.None : new TokenRange(s, s + 1);
        }

        var j = s;
        var lastWasModifier = false;
        while (j < hi && j - s < _options.MaxMentionTokens && !_tokens[j].Has(TokenFlags.Debris))
        {
            if (!IsWord(j))
            {
                if (IsChar(j, '&') && j > s)
                {
                    j++;
                    continue;
                }

                if (IsChar(j, '(') && j > s && IsCap(j - 1))
                {
                    // "(R-Utah)" after a name
                    var close = j + 1;
                    while (close < hi && close - j < 6 && !IsChar(close, ')'))
                    {
                        close++;
                    }

                    if (close < hi && IsChar(close, ')'))
                    {
                        j = close + 1;
                        continue;
                    }
                }

                break;
            }

            var w = W(j);
            if (Tagged && j > s && Upos(j) is "VERB" && Xpos(j) is "VBD" or "VBZ" && !IsCap(j))
            {
                break; // a finite verb ends the noun phrase, whatever the lexicon says of it ("the Scottish Executive considered")
            }

            if (j > s && !IsCap(j) && Words.SubjectPronouns.Has(w) && (!Tagged || Upos(j) is "PRON"))
            {
                break; // a pronoun starts the next clause: "told Reuters |he| is not planning …"
            }

            if (IsPossessive(j))
            {
                lastWasModifier = true;
            }
            else if (IsCap(j))
            {
                if (Words.Boundaries.Has(w) && !Words.Determiners.Has(w) && j > s)
                {
                    break;
                }

                lastWasModifier = true; // "Foreign policy analysts", "Clinton aides"
            }
            else if (IsPluralRole(j))
            {
                lastWasModifier = false; // "Federal prosecutors", "U.S. officials", "witnesses"
            }
            else if (Words.Determiners.Has(w) && (j == s || Is(j - 1, "of")))
            {
                lastWasModifier = true;
            }
            else if (j == s && !Words.Boundaries.Has(w) && !Words.Prepositions.Has(w) && !Words.Auxiliaries.Has(w) && !_lex.TryGetCue(w, out _)
                && (IsRoleWord(j + 1) || IsWord(j + 1) && !IsCap(j + 1) && IsRoleWord(j + 2)))
            {
                lastWasModifier = true; // "union leader Bram Hollis", "operations director Mirela Dascalu"
            }
            else if (Is(j, "of") && j > s && IsWord(j + 1))
            {
                lastWasModifier = true;
            }
            else if (j > s && W(j) is "the" or "a" or "an" && ArticleAfterName(j))
            {
                break; // an article starts the next phrase: "According to Mr Peston |the| prime minister said"
            }
            else if (_lex.TryGetCue(w, out var verb) && verb.Form is VerbForm.Past or VerbForm.ThirdPerson && (j + 1 >= hi || IsTerminal(j + 1) || IsComma(j + 1)))
            {
                break; // "Xinhua reported." ends the noun phrase before the verb
            }
            else if (IsRoleWord(j) || _lex.TagOf(w) is "Adjective" or "Demonym" || IsNumber(j) || Upos(j) is "ADJ")
            {
                lastWasModifier = true; // "state media", "press secretary", "chief financial officer"
            }
            else if (!Words.Boundaries.Has(w) && !Words.Prepositions.Has(w) && !Words.Auxiliaries.Has(w) && !_lex.TryGetCue(w, out _)
                && lastWasModifier && !w.EndsWith("ly") && !IsVerbLike(j))
            {
                lastWasModifier = false; // a plain noun after a modifier: "the company"
            }
            else if (j > s && Upos(j) is "NOUN" && Upos(j - 1) is "NOUN" or "PROPN" && !_lex.TryGetCue(w, out _))
            {
                lastWasModifier = false; // a compound the tagger sees: "the regional water board"
            }
            else if (Tagged && j == s + 1 && Upos(j) is "NOUN" && Words.Determiners.Has(W(s)) && !Words.Boundaries.Has(w))
            {
                lastWasModifier = false; // a noun the lexicon also knows as a verb: "a report in the Des Moines Register"
            }
            else if (Tagged && j == s && (w.Contains('-') && Upos(j) is "NOUN" || Words.Quantifiers.Has(w)))
            {
                lastWasModifier = false; // a share or a quantifier by itself: "three-quarters", "most"
            }
            else
            {
                break;
            }

            j++;
        }

        var end = j;
        while (end > s && (Is(end - 1, "of") || IsPossessive(end - 1) || Words.Determiners.Has(W(end - 1))))
        {
            end--;
        }

        return end > s ? new TokenRange(s, end) : TokenRange.None;
    }

    /// <summary>The speaker to the left of cue <paramref name="cue"/>, handling appositions ("Hugh Hill, a doctor, said")
    /// and skipping auxiliaries and time phrases ("A spokesperson on Wednesday also said").</summary>
    private TokenRange LeftSpeaker(int cue, int lo) => WithoutLeadIn(WithoutObjectConjunct(PronounAtEnd(WithoutOpeningWord(WithoutOpeningPhrase(WithoutLeadingTime(LeftSpeakerWithTime(cue, lo)))))));

    /// <summary>Words that lead into the clause before its subject are not part of the subject: the participle that opens a
    /// consequence ("…, meaning |scientists| used it as a baseline"), a question's "you aware" ("Are you aware |Electronic
    /// Frontier Foundation| said …").</summary>
    private TokenRange WithoutLeadIn(TokenRange np) =>
        np.Count > 1 && IsWord(np.First) && W(np.First) is "meaning" or "Meaning" && !Is(np.First + 1, "of") ? new TokenRange(np.First + 1, np.End)
        : Tagged && np.Count > 2 && Xpos(np.First) is "PRP" && Upos(np.First + 1) is "ADJ" && (IsCap(np.First + 2) || Is(np.First + 2, "the") && np.Count > 3)
            ? new TokenRange(np.First + 2, np.End) : np;

    /// <summary>The noun phrase that ends at <paramref name="t"/>, over an abbreviation in parentheses after it: "the World
    /// Summit for the Information Society (WSIS)".</summary>
    private TokenRange LeftNpOverParenthesis(int t, int lo)
    {
        if (IsChar(t, ')') && t - 3 >= lo && IsChar(t - 2, '(') && IsWord(t - 1) && LeftNp(t - 3, lo) is { IsEmpty: false } named)
        {
            return new TokenRange(WithPostModifier(named, lo).First, t + 1);
        }

        return LeftNp(t, lo);
    }

    /// <summary>"… mishandled the investigation and |Democrats| accused …": when a verb's object runs on into the subject over
    /// "and", the subject is the last conjunct.</summary>
    private TokenRange WithoutObjectConjunct(TokenRange np)
    {
        if (!Tagged || np.Count < 3 || np.First < 1 || Upos(np.First - 1) is not ("VERB" or "ADP") || Xpos(np.First - 1) is "VBG")
        {
            return np;
        }

        // (after a preposition, only before a name or pronoun: "he was copied on the AP's questions and |Gates| said")
        var preposition = Upos(np.First - 1) is "ADP";
        for (var k = np.End - 2; k > np.First; k--)
        {
            if (Is(k, "and") && !IsComma(k - 1) && (!preposition || (IsCap(k + 1) || Words.SubjectPronouns.Has(W(k + 1))) && !IsCap(k - 1)))
            {
                return new TokenRange(k + 1, np.End);
            }
        }

        return np;
    }

    /// <summary>"small hands and |he| says", "braced for a fight |it| expects": a subject pronoun that ends the noun phrase
    /// before the cue is the subject by itself.</summary>
    private TokenRange PronounAtEnd(TokenRange np) =>
        Tagged && np.Count > 1 && IsWord(np.End - 1) && Words.SubjectPronouns.Has(W(np.End - 1)) && Upos(np.End - 1) is "PRON"
        && !Is(np.End - 1, "who") && !Is(np.End - 1, "which") && !IsPossessive(np.End - 2)
        // (not an object: "others who oppose it said", but "adding it expected", "has signalled it wants")
        && !(W(np.End - 1) is "it" or "you" && (Upos(np.End - 2) is "ADP" || Upos(np.End - 2) is "VERB" && Xpos(np.End - 2) is "VB" or "VBP" or "VBD" && !_lex.TryGetCue(W(np.End - 2), out _)))
            ? new TokenRange(np.End - 1, np.End)
            : np;

    /// <summary>"But the Scottish National Party believe": a conjunction or linking adverb that opens the sentence is not part
    /// of the speaker (and its preposition, so that the opening phrase after it is found: "Later at the launch Liam Fox said").</summary>
    private TokenRange WithoutOpeningWord(TokenRange np)
    {
        if (np.Count > 3 && IsWord(np.First) && Words.SentenceOpeners.Has(W(np.First)) && IsWord(np.First + 1) && Words.Prepositions.Has(W(np.First + 1))
            && new TokenRange(np.First + 2, np.End) is var phrase && WithoutOpeningPhrase(phrase) is var named && named.First > phrase.First)
        {
            return named;
        }

        // (and its comma: "Yesterday, authorities in the United Kingdom announced")
        return np.Count > 2 && IsWord(np.First) && Words.SentenceOpeners.Has(W(np.First)) && IsComma(np.First + 1) ? new TokenRange(np.First + 2, np.End)
            : np.Count > 1 && IsWord(np.First) && Words.SentenceOpeners.Has(W(np.First)) ? new TokenRange(np.First + 1, np.End) : np;
    }

    /// <summary>"In a Bloomberg interview Trump declared", "On Russia's network RT he blasted": with no comma after an
    /// opening phrase, the speaker is the name or pronoun that ends the noun phrase.</summary>
    private TokenRange WithoutOpeningPhrase(TokenRange np)
    {
        if (!Tagged || np.Count < 2 || !IsWord(np.First - 1) || !Words.Prepositions.Has(W(np.First - 1)))
        {
            return np;
        }

        for (var k = np.First + 1; k < np.End; k++)
        {
            var starts = IsPersonOrOrganization(k) && _doc.Tags[k].Entity![0] == 'B'
                || Words.SubjectPronouns.Has(W(k)) && Upos(k) is "PRON";
            if (!starts || IsPossessive(k - 1))
            {
                continue;
            }

            // "At the meeting union leader Bram Hollis said": the role before the name goes with it
            var first = k;
            while (first - 1 >= np.First && (IsPrefixedRoleWord(first - 1) || IsCap(first - 1) && W(first - 1) is { Length: <= 5 } title && title[^1] == '.'))
            {
                first--; // "union leader Bram Hollis", "Ms. Simonyan", "Tory co-chairman Liam Fox"
            }

            // (and the party or body before the role: "Tory co-chairman Liam Fox")
            if (first < k && first - 1 > np.First && IsCap(first - 1) && Upos(first - 1) is "PROPN" && Upos(first - 2) is "NOUN")
            {
                first--;
            }

            if (first > np.First && Upos(first - 1) is "NOUN" or "PROPN")
            {
                return new TokenRange(first, np.End);
            }
        }

        return np;
    }

    /// <summary>"Last week Stumpf", "September 27 they", "Last month the chairman", "5:17 p.m. his daughter": a time phrase
    /// that opens the sentence is not part of the speaker.</summary>
    private TokenRange WithoutLeadingTime(TokenRange np)
    {
        if (np.Count < 2)
        {
            return np;
        }

        var k = np.First;
        if (W(k) is "last" or "Last" or "this" or "This" or "next" or "Next" or "early" or "Early" or "late" or "Late" && Words.TimeWords.Has(W(k + 1)))
        {
            k += 2;
        }
        else if (k + 1 < np.End && IsWord(k + 1) && W(k + 1) is "p.m." or "a.m." or "pm" or "am" && (IsNumber(k) || Upos(k) is "NUM"))
        {
            k += 2; // "At 5:17 p.m. his daughter reported"
        }
        else if (Words.TimeWords.Has(W(k)))
        {
            k++;
            while (k < np.End && (IsNumber(k) || IsComma(k)))
            {
                k++;
            }
        }

        // (and a determiner: "Last month the chairman of the Commission …")
        // (or a plain noun phrase: "This week opposition politicians had called on …")
        return k > np.First && k < np.End && (IsCap(k) || Words.SubjectPronouns.Has(W(k)) || (W(k) is "the" or "a" or "an" || Xpos(k) is "PRP$") && k + 1 < np.End
            || Tagged && k == np.First + 2 && W(np.First) is "this" or "This" or "last" or "Last" && IsWord(k) && Upos(k) is "NOUN" or "ADJ") ? new TokenRange(k, np.End) : np;
    }

    private TokenRange LeftSpeakerWithTime(int cue, int lo)
    {
        // a share of a group before the verb group, before any time phrase is skipped ("nine in 10 said")
        var verbGroup = cue - 1;
        while (verbGroup >= lo && IsWord(verbGroup) && (IsAuxiliary(verbGroup) || Words.CueAdverbs.Has(W(verbGroup))))
        {
            verbGroup--;
        }

        if (ShareSubject(verbGroup, lo) is { IsEmpty: false } share)
        {
            return share;
        }

        // "majorities in all five say": a group in every one of a count
        if (Tagged && verbGroup - 3 >= lo && IsCountWord(verbGroup) && Is(verbGroup - 1, "all") && Is(verbGroup - 2, "in")
            && LeftNp(verbGroup - 3, lo) is { IsEmpty: false } group && group.End == verbGroup - 2 && IsPluralHead(group.End - 1))
        {
            return WithoutOpeningWord(new TokenRange(group.First, verbGroup + 1));
        }

        var e = SkipLeftModifiers(cue - 1, lo);
        if (e < lo)
        {
            return TokenRange.None;
        }

        // "Trump, the star of the show “The Apprentice,” said": the apposition's comma stands inside the title's quotation
        // marks; the mention keeps them
        // (or a participle phrase that ends in a quotation: "Mr. Manafort, citing ''the unique magic of Trump,'' said")
        if (IsCloseMark(e) && e - 1 > lo && IsComma(e - 1) && LeftSpeakerAt(e - 1, lo, cue) is { IsEmpty: false } titled)
        {
            return titled.End == e - 1 ? new TokenRange(titled.First, e + 1) : titled;
        }

        return LeftSpeakerAt(e, lo, cue);
    }

    /// <summary>The speaker whose mention ends at token <paramref name="e"/> (the last word before the cue's verb group,
    /// or the comma after an apposition).</summary>
    private TokenRange LeftSpeakerAt(int e, int lo, int cue)
    {
        // "A third of independents, 33%, say", "Just over a quarter, 26 percent, say": a group with its figure
        if (IsComma(e) && e - 3 > lo && (IsChar(e - 1, '%') || Is(e - 1, "percent")) && IsNumber(e - 2) && IsComma(e - 3)
            && (ShareSubject(e - 4, lo) is { IsEmpty: false } fraction ? fraction : LeftNp(e - 4, lo)) is { IsEmpty: false } group && (group.First == lo || !IsWord(group.First - 1) || Words.Boundaries.Has(W(group.First - 1))))
        {
            return new TokenRange(group.First, e);
        }

        if (IsComma(e) || IsDash(e) && e > lo)
        {
            // "John Smith, the company's CEO, said" (or between dashes: "Kall -- co-editor of the book -- said"), "the company's CEO, John Smith, said", "Joseph, who has four children, said":
            // the mention runs from the name over the apposition, as PolNeAR marks it
            // walk back over comma-separated appositions ("Donna Rawlings, 59, of Ashton, Md., who watched it, said")
            // to the first segment that is a name
            // "Trump, appearing after Clinton at the NBC/MSNBC forum, cited": a participle phrase between commas is
            // skipped whole, whatever it holds, and is not part of the mention
            if (Tagged && IsComma(e))
            {
                var open = e - 1;
                while (open > lo && e - open <= 25 && !(IsComma(open) && _inQuote[open] < 0) && !IsTerminal(open))
                {
                    open--;
                }

                // (the tagger may read a participle as a past tense: "Brook, |asked| about the strike, said")
                var relative = Is(open + 1, "who") || Is(open + 1, "whose");
                // ("including" opens a phrase that is part of the mention: "Several fact checkers, including The Washington
                // Post, have pointed out")
                var phrased = Xpos(open + 1) is "VBG" or "VBN" && !Is(open + 1, "including") || IsWord(open + 1) && W(open + 1) is "asked" or "pressed" or "questioned" or "speaking";
                if (open > lo && IsComma(open) && (phrased || relative) && LeftNp(open - 1, lo) is { IsEmpty: false } named
                    && (StartsWithName(named) || relative && IsAgent(named) && Words.Determiners.Has(W(named.First)) && !IsComma(named.First - 1)) && !IsStateAfterTown(named) && (IsAgent(named) || Upos(named.End - 1) is "PROPN") && (named.First == lo || IsComma(named.First - 1) || Words.Boundaries.Has(W(named.First - 1))))
                {
                    // "Christie, who has campaigned heavily for Trump since February, blasted …": a relative clause is part
                    // of the mention, as PolNeAR marks it, whatever verbs it holds
                    // (and a participle that describes it: "Purple PAC, steered by former Cato Institute president Ed Crane,
                    // began"; but not a question put to it: "Brook, asked about the strike, said")
                    var described = Xpos(open + 1) is "VBN" && !(IsWord(open + 1) && W(open + 1) is "asked" or "pressed" or "questioned");
                    return relative || described ? new TokenRange(named.First, e) : named;
                }

                // "Many recent studies of the minimum wage, often conducted by comparing …, have found": a document's
                // participle phrase is part of its mention, as for a reduced relative (an adverb may open it)
                var opener = open + 1 < e && Upos(open + 1) is "ADV" ? open + 2 : open + 1;
                if (open > lo && IsComma(open) && Xpos(opener) is "VBN" && LeftNp(open - 1, lo) is { IsEmpty: false } near
                    && WithPostModifier(near, lo) is var studied && (studied.First == lo || IsComma(studied.First - 1) || Words.Boundaries.Has(W(studied.First - 1)))
                    && HeadNoun(studied) is var studiedHead and >= 0 && Words.DocumentNouns.Has(W(studiedHead)))
                {
                    return new TokenRange(studied.First, e);
                }
            }

            var segmentEnd = e;
            var dashed = IsDash(e);
            var cueInSegment = false; // a verb that may be a cue, allowed only in a relative clause ("who helped found EDGE")
            for (var k = e - 1; k > lo && e - k <= 40; k--)
            {
                if (dashed ? IsDash(k) : IsComma(k))
                {
                    if (cueInSegment && !(Is(k + 1, "who") || Is(k + 1, "whose") || Is(k + 1, "which")))
                    {
                        return TokenRange.None;
                    }

                    cueInSegment = false;
                    var outer = LeftNpOverParenthesis(k - 1, lo);

                    // (with the role it is "to": "The American Samoan delegate to the U.S. House of Representatives, Aumua Amata, told")
                    if (Tagged && !outer.IsEmpty && outer.First - 2 >= lo && Is(outer.First - 1, "to") && IsRoleWord(outer.First - 2) && Upos(outer.First - 2) is "NOUN"
                        && WithPostModifier(outer, lo) is var roled && roled.First < outer.First)
                    {
                        outer = roled;
                    }

                    // (a segment that is a state after its town names no one: "a retiree in Carthage, Ill., said")
                    var segment = new TokenRange(k + 1, segmentEnd);

                    // a person with a phrase of their own, then an apposition: "The employee of nearly four years, a
                    // registered Republican, said", "One delegate not on the Cruz slate, Kelly Schmidt, told"
                    if (PostModifiedPerson(outer, lo) is { IsEmpty: false } person
                        && (Words.Determiners.Has(W(k + 1)) || NamesSomeone(segment)))
                    {
                        return new TokenRange(person.First, e);
                    }

                    // (a group with its phrase before "including": "Editorial pages across the country, including USA TODAY,
                    // warned")
                    if (Tagged && Is(k + 1, "including") && !outer.IsEmpty && WithPostModifier(outer, lo) is var including && including.First < outer.First
                        && IsPlausibleSubject(including) && (including.First == lo || IsComma(including.First - 1) || Words.Boundaries.Has(W(including.First - 1))))
                    {
                        return new TokenRange(including.First, e);
                    }
                    // "of Ashton, Md., who watched …": a state after its town is part of the apposition, not the speaker
                    // (or a document with a participle phrase after it: "The project's website, run by Michael McDonald, …, said";
                    // or people between dashes: "Many speakers at the service — including Muslims, Christians — said")
                    // (not a relative pronoun that is the cue's object: "The ruling, which Apple's chief executive, Tim Cook,
                    // called …")
                    if (Tagged && (Is(k + 1, "which") || Is(k + 1, "who")) && Upos(k + 2) is "DET" or "PROPN" && !Words.TimeWords.Has(W(k + 2))
                        && !HasVerb(k + 2, segmentEnd))
                    {
                        return segmentEnd > k + 2 ? new TokenRange(k + 2, e) : TokenRange.None;
                    }

                    if (!outer.IsEmpty && !IsStateAfterTown(outer) && (StartsWithName(outer) || NamesSomeone(segment) || Is(k + 1, "which") || Is(k + 1, "who")
                            || Tagged && Xpos(k + 1) is "VBN" && Words.DocumentNouns.Has(W(outer.End - 1)) || dashed && Tagged && (IsAgent(outer) || IsSpeakerLike(outer) || Is(k + 1, "and") && IsPlausibleSubject(outer))
                            || Tagged && Is(k + 1, "including") && IsPlausibleSubject(outer)
                            || Tagged && (Words.Determiners.Has(W(k + 1)) || W(k + 1) is "long" or "once" or "now" or "formerly" && Words.Determiners.Has(W(k + 2)))
                                && (IsAgent(outer) || IsSpeakerLike(outer) || IsOutlet(outer) || Words.OutletHeads.Has(W(outer.End - 1)))) // "The employee of four years, a registered Republican, said", "The newspaper, long a …, writes"
                        && (outer.First == lo || IsComma(outer.First - 1) || IsDash(outer.First - 1) || Is(outer.First - 1, "and") || Is(outer.First - 1, "but")
                            || outer.First - 1 == lo && Words.Boundaries.Has(W(lo))))
                    {
                        // (a name further left heads it: "Murshed Zaheed, political director of CREDO Action, which organized …")
                        if (!StartsWithName(outer) && IsComma(outer.First - 1) && outer.First - 2 > lo && LeftNp(outer.First - 2, lo) is { IsEmpty: false } earlier
                            && StartsWithName(earlier) && (earlier.First == lo || Words.Boundaries.Has(W(earlier.First - 1))))
                        {
                            return new TokenRange(earlier.First, e);
                        }

                        // "Trump, speaking to a veterans group in Virginia, said": a participle phrase is not part of the mention
                        return Xpos(k + 1) is "VBG" && !Is(k + 1, "including") ? outer : new TokenRange(outer.First, e);
                    }

                    segmentEnd = k;
                    continue;
                }

                // (a short title in quotation marks may stand in it: "Hemsley, the co-author of “Going Viral,” about …, said")
                if (!IsAppositionToken(k) && !(dashed && IsComma(k)) && !IsShortTitleMark(k) || _inQuote[k] >= 0 && !IsShortTitleMark(k) || _tokens[k].Has(TokenFlags.Debris))
                {
                    return TokenRange.None;
                }

                if (IsCue(k, out var cw, out _) && !Is(k - 1, "who") && !Is(k - 1, "which") && !(cw.Form == VerbForm.Gerund && IsComma(k - 1)))
                {
                    cueInSegment = true;
                }
                else if (Is(k, "who") || Is(k, "whose") || Is(k, "which") || Is(k, "that") && Tagged && Upos(k - 1) is "NOUN" or "PROPN")
                {
                    cueInSegment = false; // "a Tennessee Republican who has met privately with Mr. Trump and been mentioned as …"
                }
            }

            if (cueInSegment)
            {
                return TokenRange.None;
            }

            // "Sen. Jack Reed (D-R.I.), said …": a stray comma after a subject that opens the sentence
            if (IsComma(e) && IsChar(e - 1, ')') && !HasCommaBetween(lo, e) && LeftNp(e - 1, lo) is { IsEmpty: false } stray && stray.First == lo)
            {
                return stray;
            }

            return TokenRange.None;
        }

        // a relative clause with no "who": "all the experts I interviewed said", "everyone we spoke to agreed"
        var relativeVerb = Is(e, "to") || Is(e, "with") ? e - 1 : e;
        if (Tagged && relativeVerb - 2 >= lo && Xpos(relativeVerb) is "VBD" or "VBP" && Xpos(relativeVerb - 1) is "PRP"
            && Words.SubjectPronouns.Has(W(relativeVerb - 1)) && Xpos(relativeVerb - 2) is "NN" or "NNS" or "NNP" or "NNPS" or "DT"
            && LeftNp(relativeVerb - 2, lo) is { IsEmpty: false } relativeHead)
        {
            return new TokenRange(relativeHead.First, e + 1);
        }

        // "Some 56 percent of Cuban-Americans polled said": the people a poll asked
        if (Tagged && Xpos(e) is "VBN" && W(e) is "polled" or "surveyed" or "interviewed" or "questioned" or "sampled" && e - 1 >= lo && !Is(e - 1, "those")
            && LeftNp(e - 1, lo) is { IsEmpty: false } asked && (asked.First == lo || !IsWord(asked.First - 1) || Words.Boundaries.Has(W(asked.First - 1))))
        {
            return new TokenRange(asked.First, e + 1);
        }

        // "Those over 60 say", "voters under 30 said": people of an age
        if (Tagged && e - 2 >= lo && (IsNumber(e) || IsCountWord(e)) && IsWord(e - 1) && W(e - 1) is "over" or "under" or "above" or "below"
            && (Is(e - 2, "those") ? new TokenRange(e - 2, e - 1) : LeftNp(e - 2, lo)) is { IsEmpty: false } aged && aged.End == e - 1
            && (Is(aged.First, "those") || IsPluralHead(aged.End - 1)) && (aged.First == lo || !IsWord(aged.First - 1) || Words.Boundaries.Has(W(aged.First - 1))))
        {
            return new TokenRange(aged.First, e + 1);
        }

        // "those surveyed say", "Thirty-one percent of those surveyed say", "many said": the people a participle or a
        // quantifier stands for
        if (Tagged && Xpos(e) is "VBN" && e - 1 >= lo && Is(e - 1, "those"))
        {
            var those = e - 1;
            if (those - 2 >= lo && Is(those - 1, "of") && LeftNp(those - 2, lo) is { IsEmpty: false } part)
            {
                return new TokenRange(part.First, e + 1);
            }

            return new TokenRange(those, e + 1);
        }

        // ("One says China has the most, while another says …")
        if (Tagged && IsWord(e) && (Words.Quantifiers.Has(W(e)) && !IsNumber(e) && (Upos(e) is "ADJ" or "PRON" or "DET" or "NOUN" || Is(e, "most") || Is(e, "Most")) || W(e) is "One" or "one" or "another" or "Another")
            && (e == lo || !IsWord(e - 1) || Words.Boundaries.Has(W(e - 1)))
            && !(Is(e, "others") && Is(e - 1, "and") && IsCap(e - 2))) // (not "Hawkins and others said")
        {
            return new TokenRange(e, e + 1);
        }

        // a reduced relative with no agent: "The Real Clear Politics average of polls taken over the past two weeks shows",
        // also before a time: "A new poll released Friday found"
        var participle = e;
        while (participle > lo && participle > e - 3 && IsWord(participle) && (Words.Weekdays.Has(W(participle)) || W(participle) is "week" or "month" or "last" or "this" or "earlier" or "today" or "yesterday" or "night" or "morning"))
        {
            participle--;
        }

        // (the tagger may read the participle as a past tense after a document: "The report |published| Tuesday showed")
        if (Tagged && (Xpos(participle) is "VBN" || Xpos(participle) is "VBD" && Words.TimeWords.Has(W(participle + 1)) && Words.DocumentNouns.Has(W(participle - 1)))
            && participle - 1 >= lo && Upos(participle - 1) is "NOUN"
            && LeftNp(participle - 1, lo) is { IsEmpty: false } reduced && WithPostModifier(reduced, lo) is var headed
            && (headed.First == lo || IsComma(headed.First - 1) || Words.Boundaries.Has(W(headed.First - 1))))
        {
            var mentionEnd = cue;
            while (mentionEnd - 1 > e && IsWord(mentionEnd - 1) && IsAuxiliary(mentionEnd - 1))
            {
                mentionEnd--;
            }

            return new TokenRange(headed.First, mentionEnd);
        }

        // "The groups who met |her| say": an object pronoun ends a relative clause after the subject's head
        if (Tagged && IsWord(e) && IsObjectPronoun(e) && !IsCap(e) && WithPostModifier(new TokenRange(e, e + 1), lo) is { First: var headFirst } relativeSubject
            && headFirst < e)
        {
            return relativeSubject;
        }

        // "People whose homes were flooded say", "Those who know him well say": a relative clause without commas that ends
        // in its verb
        // (or any clause after "those" or a quantifier: "Those who know the mayor say", "some who advocate free speech argue")
        if (Tagged && RelativeSubjectBefore(e, lo) is { IsEmpty: false } clauseHead
            && (Upos(e) is "VERB" || Xpos(e) is "PRP" && !IsCap(e) && !Words.SubjectPronouns.Has(W(e)) || clauseHead.Count == 1 && (W(clauseHead.First) is "those" or "Those" || Words.Quantifiers.Has(W(clauseHead.First)) || IsIndefinitePerson(clauseHead.First))))
        {
            return new TokenRange(clauseHead.First, e + 1);
        }

        var np = LeftNp(e, lo);

        // "Six in 10 Virginia Democratic primary voters said", "Nearly eight in 10 Democratic voters overall said": a share
        // of the group before it
        if (!np.IsEmpty && np.First - 2 >= lo)
        {
            // (the count may open the noun phrase, "10 Virginia …", or stand just before it)
            var share = ShareSubject(np.First, lo);
            if (share.IsEmpty || share.First >= np.First - 1)
            {
                share = ShareSubject(np.First - 1, lo) is { Count: > 2 } before && before.First < np.First ? before : TokenRange.None;
            }

            if (!share.IsEmpty)
            {
                np = new TokenRange(share.First, np.End);
            }
            else if (Is(np.First - 1, "of") && ShareSubject(np.First - 2, lo) is { IsEmpty: false } ofShare)
            {
                np = new TokenRange(ofShare.First, np.End); // "85% of Democrats said", "a third of voters say"
            }
        }

        // "people close to the campaign say", "those close to him say": the subject is the noun before "close to"
        var objectFirst = !np.IsEmpty ? np.First : IsWord(e) && Words.ObjectPronouns.Has(W(e)) ? e : -1;
        if (objectFirst - 3 >= lo && Is(objectFirst - 1, "to") && Is(objectFirst - 2, "close")
            && (Is(objectFirst - 3, "those") ? new TokenRange(objectFirst - 3, objectFirst - 2) : LeftNp(objectFirst - 3, lo)) is { IsEmpty: false } close)
        {
            return new TokenRange(close.First, e + 1);
        }

        if (np.IsEmpty)
        {
            return np;
        }

        // a reduced relative: "a suicide analysis released by the Department of Veterans Affairs last month reveals" (also
        // with its time: "A national poll released Sunday by The Washington Post and ABC News shows")
        // (and two authors: "by The Washington Post and ABC News")
        var author = Is(np.First - 1, "and") && np.First - 2 >= lo && LeftNp(np.First - 2, lo) is { IsEmpty: false } first && IsCap(first.First) ? first.First : np.First;
        var released = author - 2;
        while (Tagged && released > lo && released >= author - 4 && IsWord(released) && (Words.TimeWords.Has(W(released)) || Words.TimePrepositions.Has(W(released))))
        {
            released--;
        }

        if (released - 1 >= lo && Is(author - 1, "by") && Xpos(released) is "VBN"
            && LeftNp(released - 1, lo) is { IsEmpty: false } head && (head.First == lo || !IsWord(head.First - 1) || Words.Boundaries.Has(W(head.First - 1))))
        {
            return new TokenRange(head.First, np.End);
        }

        // a reduced relative with a place: "A statement posted on the website GunBroker.com said …"
        if (Tagged && np.First - 3 >= lo && Words.Prepositions.Has(W(np.First - 1)) && !Is(np.First - 1, "by") && Xpos(np.First - 2) is "VBN"
            && LeftNp(np.First - 3, lo) is { IsEmpty: false } posted && Words.DocumentNouns.Has(W(posted.End - 1))
            && (posted.First == lo || !IsWord(posted.First - 1) || Words.Boundaries.Has(W(posted.First - 1))))
        {
            return new TokenRange(posted.First, np.End);
        }

        // a document and its author: "A 2014 study by Loyola Law School professor Justin Levitt found …"
        if (np.First - 2 >= lo && Is(np.First - 1, "by") && IsWord(np.First - 2) && Words.DocumentNouns.Has(W(np.First - 2))
            && LeftNp(np.First - 2, lo) is { IsEmpty: false } document && (document.First == lo || !IsWord(document.First - 1) || Words.Boundaries.Has(W(document.First - 1))))
        {
            return new TokenRange(document.First, np.End);
        }

        // "Neither Mr. Comey nor other officials identified …"
        if (Is(np.First - 1, "nor"))
        {
            for (var k = np.First - 2; k >= lo && np.First - k <= 8 && IsWord(k); k--)
            {
                if (Is(k, "neither"))
                {
                    return new TokenRange(k, np.End);
                }
            }
        }

        // the last items of a list: "A group of 67 Latin American artists, writers, actors and scientists called on …",
        // "John Leguizamo, Zoe Saldana, America Ferrera, Gina Rodriguez and many more Latinos said"
        if (Tagged && IsComma(np.First - 1) && HasAnd(np) && ListStart(np, lo) is var listFirst and >= 0)
        {
            return new TokenRange(listFirst, np.End);
        }

        // (but a group that interrupts the name's clause speaks itself: "Mr. Obama, |officials| said, has become …")
        if (IsComma(np.First - 1) && !StartsWithName(np) && np.First - 2 >= lo
            && !(Tagged && IsComma(cue + 1) && IsFinite(cue + 2) && !IsCap(np.First) && IsPluralHead(np.End - 1)))
        {
            // (not "Last month, the Obama administration announced" or "Overall, the fund predicted")
            var outer = LeftNp(np.First - 2, lo);
            // (nor a participle phrase that opens the sentence: "Appearing on CBS' Face the Nation, the GOP front-runner said";
            // nor a day: "Wednesday at the CNN debate, candidate Hillary Clinton said")
            if (!outer.IsEmpty && StartsWithName(outer) && !Words.TimeWords.Has(W(outer.First)) && (!Tagged || IsAgent(outer)) && (outer.First == lo || IsComma(outer.First - 1) || Is(outer.First - 1, "and"))
                && !(Tagged ? Xpos(outer.First) is "VBG" or "VBN" : W(outer.First).EndsWith("ing") && outer.Count > 1 && Words.Prepositions.Has(W(outer.First + 1))))
            {
                return outer;
            }
        }

        return WithPostModifier(np, lo);
    }

    /// <summary>"at the Royal United Services Institute", "at a consulting firm called Gavekal Dragonomics": where someone
    /// works, not when or where they spoke (no occasion word), between tokens <paramref name="from"/> and
    /// <paramref name="to"/>.</summary>
    private bool AffiliationPhrase(int from, int to)
    {
        var named = false;
        for (var k = from + 1; k < to; k++)
        {
            if (IsWord(k) && (Words.TimeWords.Has(W(k)) || Words.VenueNouns.Has(W(k))))
            {
                return false;
            }

            named |= IsCap(k) && !Words.Weekdays.Has(W(k)) && !Words.Months.Has(W(k));
        }

        return named;
    }

    private bool IsPluralHead(int t) => Xpos(t) is "NNS" or "NNPS";

    /// <summary>"anyone", "everyone", "someone": a person named by no one in particular.</summary>
    private bool IsIndefinitePerson(int t) => IsWord(t) && Words.IndefinitePersons.Has(W(t));

    /// <summary>Whether "and" joins words inside <paramref name="np"/>.</summary>
    private bool HasAnd(TokenRange np)
    {
        for (var k = np.First + 1; k < np.End - 1; k++)
        {
            if (Is(k, "and"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where a list whose last items are <paramref name="np"/> starts: over short noun phrases separated by
    /// commas, to the sentence start or a boundary word; -1 when it does not start so.</summary>
    private int ListStart(TokenRange np, int lo)
    {
        var first = np.First;
        var items = 1;
        // (a time that opens the sentence is no item: "Last month, a study conducted by Ada Brook and other researchers …",
        // "Last month, Paramount, Universal and Warner Brothers said")
        var afterTime = false;
        while (IsComma(first - 1) && first - 2 >= lo && LeftNp(first - 2, lo) is { IsEmpty: false } item && item.End == first - 1 && item.Count <= 8
            && !HasVerb(item.First, item.End))
        {
            if (IsWord(item.End - 1) && Words.TimeWords.Has(W(item.End - 1)))
            {
                afterTime = item.First == lo;
                break;
            }

            first = item.First;
            items++;
        }

        return items >= 2 && Upos(first) is not ("ADV" or "ADP" or "VERB" or "SCONJ")
            && (first == lo || afterTime || IsWord(first - 1) && Words.Boundaries.Has(W(first - 1)) && !Words.Prepositions.Has(W(first - 1)))
            && IsPlausibleSubject(new TokenRange(first, np.End)) ? first : -1;
    }

    private bool HasCommaBetween(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (IsComma(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A share of a group ending at <paramref name="e"/>, with the hedge before it: "42%", "26 percent", "about
    /// one in five", "nearly three in 10"; empty otherwise.</summary>
    private TokenRange ShareSubject(int e, int lo)
    {
        int first;
        if ((IsChar(e, '%') || Is(e, "percent")) && e - 1 >= lo && IsNumber(e - 1))
        {
            first = e - 1;
        }
        else if (IsWord(e) && W(e) is "third" or "quarter" or "half" or "majority" or "two-thirds" or "three-quarters" or "fifth" or "minority"
            && e - 1 >= lo && W(e - 1) is "a" or "one" or "about" or "nearly" or "roughly" or "A" or "One" or "About" or "Nearly" or "Roughly")
        {
            first = Is(e - 1, "a") || Is(e - 1, "one") ? e - 1 : e; // "nearly a third say", "about half said"
        }
        else if (e - 2 >= lo && Is(e - 1, "in") && IsCountWord(e) && IsCountWord(e - 2))
        {
            first = e - 2;
        }
        else
        {
            return TokenRange.None;
        }

        while (first - 1 >= lo && IsWord(first - 1) && W(first - 1) is "about" or "nearly" or "roughly" or "almost" or "some" or "only"
            or "just" or "over" or "than" or "more" or "fewer" or "less" or "least" or "at" or "around" or "About" or "Nearly" or "Roughly"
            or "Almost" or "Some" or "Only" or "Just" or "Over" or "More" or "Fewer" or "At" or "Around")
        {
            first--;
        }

        return new TokenRange(first, e + 1);
    }

    /// <summary>The head noun of a noun phrase that may carry a phrase after it ("studies" in "Many recent studies of the
    /// minimum wage"): the last noun before its first preposition; or -1.</summary>
    private int HeadNoun(TokenRange np)
    {
        var head = -1;
        for (var k = np.First; k < np.End; k++)
        {
            if (k > np.First && IsWord(k) && Words.PostModifierPrepositions.Has(W(k)))
            {
                break;
            }

            if (Upos(k) is "NOUN" or "PROPN")
            {
                head = k;
            }
        }

        return head;
    }

    /// <summary>The noun phrase that ends with <paramref name="np"/> and is headed by a person or a role before a phrase of
    /// its own ("|The employee of nearly four years|", "|One delegate not on the Cruz slate|") when it opens the
    /// sentence or follows a comma; empty otherwise.</summary>
    private TokenRange PostModifiedPerson(TokenRange np, int lo)
    {
        if (!Tagged || np.IsEmpty)
        {
            return TokenRange.None;
        }

        var join = np.First - 1;
        for (var k = np.First + 1; k < np.End - 1; k++)
        {
            if (IsWord(k) && !IsCap(k) && Words.PostModifierPrepositions.Has(W(k)))
            {
                join = k; // (the noun phrase may hold its phrase already)
                break;
            }
        }

        if (join - 1 < lo)
        {
            return TokenRange.None;
        }

        if (join == np.First - 1 && IsWord(join) && W(join) is "nearly" or "almost" or "about" or "some" or "more" or "over")
        {
            join--; // ("of |nearly| four years")
        }

        if (!IsWord(join) || !Words.PostModifierPrepositions.Has(W(join)))
        {
            return TokenRange.None;
        }

        var headEnd = join - 1;
        if (Is(headEnd, "not") && headEnd - 1 >= lo)
        {
            headEnd--; // ("not on the slate")
        }

        var head = LeftNp(headEnd, lo);
        return !head.IsEmpty && head.End == headEnd + 1 && (IsAgent(head) || IsSpeakerLike(head))
            && (head.First == lo || IsComma(head.First - 1) || Words.Boundaries.Has(W(head.First - 1)))
            && np.End - head.First <= _options.MaxMentionTokens
                ? new TokenRange(head.First, np.End)
                : TokenRange.None;
    }

    /// <summary>A speaker with the phrase that follows its head, as PolNeAR marks it: "A reporter |for USA Today|",
    /// "Data |from the 2014 American Community Survey|", "A 2014 study |that appeared in the British Medical Journal|",
    /// when the longer noun phrase opens its clause.</summary>
    private TokenRange WithPostModifier(TokenRange np, int lo)
    {
        if (!Tagged || np.First - 2 < lo)
        {
            return np;
        }

        // the word that joins the head to the phrase: a preposition, or a relative pronoun up to ten words back
        var join = -1;
        if (IsWord(np.First - 1) && !IsCap(np.First - 1) && Words.PostModifierPrepositions.Has(W(np.First - 1)) && Upos(np.First - 2) is "NOUN" or "PROPN")
        {
            join = np.First - 1;
        }
        else if (np.First - 3 >= lo && IsWord(np.First - 1) && W(np.First - 1) is "across" or "around" or "within" or "outside" or "throughout" && Is(np.First - 2, "from")
            && Upos(np.First - 3) is "NOUN" or "PROPN")
        {
            join = np.First - 2; // "Critics |from across| Britain's political spectrum have claimed"
        }
        else if (np.First - 4 >= lo && Upos(np.First - 1) is "ADP" or "ADV" && !IsCap(np.First - 1) && Is(np.First - 2, "and") && LeftNp(np.First - 3, lo) is { IsEmpty: false } first
            && first.First - 2 >= lo && IsWord(first.First - 1) && Words.PostModifierPrepositions.Has(W(first.First - 1)) && Upos(first.First - 2) is "NOUN" or "PROPN")
        {
            join = first.First - 1; // two phrases joined: "Political observers |in Virginia and around| the country say"
        }
        else
        {
            for (var k = np.First - 1; k > lo && np.First - k <= 10; k--)
            {
                if (!IsWord(k) || _inQuote[k] >= 0)
                {
                    break;
                }

                if (W(k) is "that" or "who" or "which" && IsFinite(k + 1))
                {
                    join = k;
                    break;
                }
            }
        }

        if (join - 1 < lo || Upos(join - 1) is not ("NOUN" or "PROPN"))
        {
            return np;
        }

        var head = LeftNp(join - 1, lo);
        var opens = !head.IsEmpty && (head.First == lo || IsComma(head.First - 1) || Is(head.First - 1, "and") || Is(head.First - 1, "but")
            || Is(head.First - 1, "that") || IsChar(head.First - 1, ':') || IsOpenMark(head.First - 1) || IsCloseMark(head.First - 1));
        return opens && np.End - head.First <= _options.MaxMentionTokens ? new TokenRange(head.First, np.End) : np;
    }

    /// <summary>A speaker after the cue with the phrases after its head, when an apposition follows them: "said a former
    /// spokesman |for Ukraine's Foreign Ministry|, Oleg Voloshyn".</summary>
    private TokenRange WithPhraseAndApposition(TokenRange np, int hi)
    {
        var longer = WithPhrases(np, hi);
        if (longer.End > np.End && IsComma(longer.End) && WithApposition(longer, hi) is var named && named.End > longer.End && IsCap(longer.End + 1))
        {
            return named;
        }

        // a description with its phrases that ends the sentence: "said one person |with knowledge of the governor's
        // dilemma|." (not a name's occasion: "said Smith in an interview")
        return longer.End > np.End && !StartsWithName(np) && !Is(np.End, "in") && longer.End < hi && IsTerminal(longer.End)
            && (IsAgent(np) || IsSpeakerLike(np) || IsRoleWord(np.End - 1) || IsPluralRole(np.End - 1) || W(np.End - 1) is "person" or "people" or "source" or "sources")
            ? longer
            : WithApposition(np, hi);
    }

    /// <summary>A noun phrase with the prepositional phrases after its head ("a narrator |in the Clinton ad|", "a former
    /// spokesman |for Ukraine's Foreign Ministry|"), within the longest mention.</summary>
    private TokenRange WithPhrases(TokenRange np, int hi)
    {
        // an adjective phrase first: "one well-connected Democrat |familiar with the campaign's organization|"
        if (!np.IsEmpty && np.End + 1 < hi && IsWord(np.End) && (W(np.End) is "familiar" or "close" && Is(np.End + 1, "with") || Is(np.End, "close") && Is(np.End + 1, "to"))
            && RightNp(np.End + 2, hi) is { IsEmpty: false } known && known.End - np.First <= _options.MaxMentionTokens)
        {
            np = new TokenRange(np.First, known.End);
        }

        var longer = np;
        while (!longer.IsEmpty && longer.End < hi && IsWord(longer.End) && W(longer.End) is "for" or "of" or "at" or "with" or "in" or "from"
            && RightNp(longer.End + 1, hi) is { IsEmpty: false } obj && obj.End - longer.First <= _options.MaxMentionTokens)
        {
            longer = new TokenRange(longer.First, obj.End);
        }

        return longer;
    }

    /// <summary>Extends a speaker after its cue over an apposition: "said |Kerr Putney, the city's police chief|."</summary>
    private TokenRange WithApposition(TokenRange np, int hi)
    {
        // a restrictive relative clause that ends the sentence is part of the mention, as PolNeAR marks it: "said a
        // senior official who spoke on the condition of anonymity."
        if (Tagged && !np.IsEmpty && Is(np.End, "who") && !Words.Pronouns.Has(W(np.First)))
        {
            for (var k = np.End + 1; k < hi && k - np.End < 25; k++)
            {
                if (IsTerminal(k) || IsCloseMark(k) || IsComma(k))
                {
                    return IsTerminal(k) && HasFiniteVerb(np.End + 1, k) ? new TokenRange(np.First, k) : np;
                }

                if (!IsWord(k) && !IsDash(k) || _inQuote[k] >= 0)
                {
                    return np;
                }
            }

            return np;
        }

        if (np.IsEmpty || !IsComma(np.End) || !IsWord(np.End + 1) || Words.Pronouns.Has(W(np.First)))
        {
            return np;
        }

        var first = np.End + 1;
        if (IsNumber(first) && IsComma(first + 1) && (Is(first + 2, "of") || Words.Determiners.Has(W(first + 2))) || IsNumber(first) && first + 1 < hi && IsTerminal(first + 1))
        {
            // an age, and what follows it: "said Gonzalez, 55, of Brigantine", "said Donna Lages, 39, a waitress at …"
            var aged = new TokenRange(np.First, first + 1);
            if (IsTerminal(first + 1))
            {
                return aged;
            }

            var rest = first + 2;
            for (var k = rest; k < hi && k - rest < 30; k++)
            {
                if (IsComma(k) || IsTerminal(k) || IsCloseMark(k))
                {
                    // (and on to the end of the sentence: "Gloria Garcia, 34, a nurse from Brownsville, Texas, who was
                    // among those polled")
                    return k <= rest ? aged : IsComma(k) && AppositionToEnd(k + 1, hi) is var whole and > 0 ? new TokenRange(np.First, whole) : new TokenRange(np.First, k);
                }

                if (!IsWord(k) && !IsChar(k, '-') && !IsPossessiveMark(k) || _inQuote[k] >= 0 || Tagged && Upos(k) is "VERB" && !(Xpos(k) is "VBG" or "VBN"))
                {
                    return aged;
                }
            }

            return aged;
        }

        if (!(Words.Determiners.Has(W(first)) || IsCap(first) || IsRoleWord(first) || Is(first, "who") || Is(first, "whose")
            || IsRoleWord(first + 1) && Tagged && Upos(first) is "NOUN" // "advocacy director of …"
            || IsRoleWord(first + 2) && Tagged && Upos(first) is "ADJ" or "NOUN" && Upos(first + 1) is "NOUN" && !IsCap(first + 1) // "strategic partnership manager for …"
            || _lex.TagOf(W(first)) is "Adjective" || W(first) is "now" or "formerly" or "also" or "then" && IsWord(first + 1)
            || Words.RoleParticiples.Has(W(first)) || W(first).StartsWith("co-") && Is(first + 1, "of"))) // ("then ambassador to Israel", "co-author of …")
        {
            return np;
        }

        // (a clause is no apposition: "Often, said Mr Pearson, |this sensitive information was invisible| …")
        if (Tagged && Words.Determiners.Has(W(first)) && StartsClause(first, _sentences[_sentenceOf[first]]))
        {
            return np;
        }

        var inRelative = false; // (in a relative clause, which may hold cues and commas to the end: "a debt expert who has
                                // published several books, papers and editorials on the topic.")
        for (var k = first; k < hi && k - first < 40; k++)
        {
            if (IsComma(k) && inRelative && RelativeClauseEnd(k, hi) is var relativeEnd and > 0)
            {
                return new TokenRange(np.First, relativeEnd);
            }

            if (IsComma(k) || IsTerminal(k) || IsCloseMark(k))
            {
                if (k <= first)
                {
                    return np;
                }

                // "said Kevin Barrett, a lawyer at Bailey & Glasser, who represents the state": the relative clause too,
                // as PolNeAR marks it
                var withApposition = new TokenRange(np.First, k);
                if (IsComma(k) && (Is(k + 1, "who") || Is(k + 1, "whose")) && !Is(first, "who") && !Is(first, "whose"))
                {
                    return WithApposition(withApposition, hi) is var longer && longer.End > k ? longer : withApposition;
                }

                // and a second apposition that ends the sentence: "said RoseAnn DeMoro, executive director of National Nurses
                // United, a union that has broken away …", "director of the project at the University of California, Davis"
                return IsComma(k) && AppositionToEnd(k + 1, hi) is var end and > 0 ? new TokenRange(np.First, end) : withApposition;
            }

            // (a short parenthesis inside it: "a grad whose aggressiveness has driven reporters (like me) off the beat")
            if (IsChar(k, '(') && k > first && CloseParenthesisAfter(k, hi) is var close and > 0)
            {
                k = close;
                continue;
            }

            // (a participle or a noun inside the apposition is part of it: "a spokeswoman for the committee raising funds
            // for …", "Clinton's Colorado state director")
            if (!IsWord(k) && !IsChar(k, '-') && !IsChar(k, '&') && !IsPossessiveMark(k) || _inQuote[k] >= 0 || IsOpenMark(k) && !IsPossessiveMark(k)
                || Is(k, "according") || IsCue(k, out _, out _) && !Is(k - 1, "who") && !inRelative && !(Tagged && (Xpos(k) is "VBG" or "VBN" && k > first + 1 || Upos(k) is "NOUN")))
            {
                return np;
            }

            inRelative |= k > first && IsWord(k) && W(k) is "who" or "whose";
        }

        return hi - first < 40 ? new TokenRange(np.First, hi) : np;
    }

    /// <summary>Where a further apposition that runs from <paramref name="first"/> to the end of the sentence ends (its
    /// terminal token), or -1: it opens with a determiner, a capital or a role, holds no quotation, and any finite verb in
    /// it stands in a relative clause ("a union that has broken away from …").</summary>
    private int AppositionToEnd(int first, int hi)
    {
        if (!IsWord(first) || _inQuote[first] >= 0 || !(Words.Determiners.Has(W(first)) || IsCap(first) || IsRoleWord(first)))
        {
            return -1;
        }

        var relative = false;
        for (var k = first; k < hi && k - first < 40; k++)
        {
            if (IsTerminal(k))
            {
                return k > first ? k : -1;
            }

            if (_inQuote[k] >= 0 || !IsWord(k) && !IsComma(k) && !IsChar(k, '-') && !IsChar(k, '&') && !IsPossessiveMark(k))
            {
                return -1;
            }

            relative |= IsWord(k) && W(k) is "who" or "whose" or "that" or "which";
            if (!relative && (IsCue(k, out _, out _) || Tagged && IsFinite(k)))
            {
                return -1; // "said Brook, The Times reported."
            }
        }

        return -1;
    }

    /// <summary>Where a relative clause that has reached the comma at <paramref name="comma"/> ends when it runs on to the
    /// end of the sentence with no quotation and no new clause (its terminal token); or -1.</summary>
    private int RelativeClauseEnd(int comma, int hi)
    {
        for (var k = comma + 1; k < hi && k - comma < 30; k++)
        {
            if (IsTerminal(k))
            {
                return k > comma + 1 ? k : -1;
            }

            if (_inQuote[k] >= 0 || IsOpenMark(k) || !IsWord(k) && !IsComma(k) && !IsChar(k, '-') || Tagged && IsFinite(k) || IsCue(k, out _, out _))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The closing parenthesis of the one that opens at <paramref name="open"/>, within eight tokens; or -1.</summary>
    private int CloseParenthesisAfter(int open, int hi)
    {
        for (var k = open + 1; k < hi && k - open <= 8; k++)
        {
            if (IsChar(k, ')'))
            {
                return k;
            }

            if (!IsWord(k))
            {
                return -1;
            }
        }

        return -1;
    }

    private bool StartsWithName(TokenRange np) => IsCap(np.First) && !Words.Determiners.Has(W(np.First));

    /// <summary>After a noun phrase ending at <paramref name="e"/>, an apposition ", a doctor at St Mary's," is skipped.</summary>
    private int SkipApposition(int e, int hi)
    {
        // one or more comma-separated segments: ", the Republican attorney general of Oklahoma, one of the states suing
        // the EPA," or ", R-Ky.,"; none may hold a cue (but "who said" may)
        var end = e;
        for (var segments = 0; segments < 3 && IsComma(end); segments++)
        {
            var next = -1;
            for (var k = end + 1; k < hi && k - end < 30; k++)
            {
                if (IsComma(k))
                {
                    next = k;
                    break;
                }

                // (a relative clause may hold any cue: "Cruz, who has proposed repealing the mandate, said")
                if (!IsAppositionToken(k) || _inQuote[k] >= 0 || IsCue(k, out _, out _) && !Is(k - 1, "who") && !(IsWord(end + 1) && W(end + 1) is "who" or "whose"))
                {
                    return segments == 0 ? e : end + 1;
                }
            }

            if (next < 0)
            {
                return segments == 0 ? e : end + 1;
            }

            end = next;
        }

        return end == e ? e : end + 1;
    }

    /// <summary>Whether token <paramref name="k"/> is in, or a mark of, a closed quotation of at most four words that starts
    /// with a capital: the title of a work.</summary>
    private bool IsShortTitleMark(int k)
    {
        var q = _inQuote[k] >= 0 ? _inQuote[k] : IsOpenMark(k) ? _markOpens[k] : IsCloseMark(k) ? _markCloses[k] : -1;
        return q >= 0 && IsShortName(q, 4);
    }

    /// <summary>Whether quotation <paramref name="q"/> is closed, starts with a capital and holds at most
    /// <paramref name="words"/> words: a name or title ("“Morning Joe”", "“Going Viral”").</summary>
    private bool IsShortName(int q, int words) => _quoted[q].IsClosed && WordCount(_quoted[q]) <= words && IsCap(_quoted[q].OpenToken + 1);

    /// <summary>A token an apposition may hold: a word, brackets, a hyphen or ampersand, a plural possessive's
    /// apostrophe, or the period of "R-Ky." before a comma.</summary>
    private bool IsAppositionToken(int k) =>
        IsWord(k) || IsNumber(k) || IsChar(k, '(') || IsChar(k, ')') || IsChar(k, '-') || IsChar(k, '&') || IsPossessiveMark(k) || IsChar(k, '.') && IsComma(k + 1)
        || (IsChar(k, '$') || IsChar(k, '€') || IsChar(k, '£')) && IsNumber(k + 1) || IsChar(k, '%') && k > 0 && IsNumber(k - 1); // "which generated more than $30 billion"

    /// <summary>The apostrophe of a plural possessive ("veterans' families"), which the tokenizer leaves as a mark.</summary>
    private bool IsPossessiveMark(int t) =>
        t > 0 && t < _tokens.Length && _tokens[t].Kind == TokenKind.QuotationMark && _text[_tokens[t].Start] is '\'' or '’'
        && _tokens[t].Start == _tokens[t - 1].End && W(t - 1) is { Length: > 1 } w && (w[^1] == 's' || w[^1] == 'S') && _markOpens[t] < 0 && _markCloses[t] < 0;
}
