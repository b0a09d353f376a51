using System.Collections.Immutable;
using WhoSaid.Lexicons;
using WhoSaid.Sentences;
using WhoSaid.Text;
using WhoSaid.Tokens;

namespace WhoSaid.Attribution;

/// <summary>One pass of the attribution rules over one document. Not shared: made for each document.</summary>
internal sealed partial class ArticleScanner
{
    private readonly Document _doc;
    private readonly string _text;
    private readonly ImmutableArray<Token> _tokens;
    private readonly ImmutableArray<Sentence> _sentences;
    private readonly LexiconSet _lex;
    private readonly AttributionOptions _options;
    private readonly CancellationToken _cancel;
    private readonly CueModel? _cues;             // null: no learned cues (an untagged document)
    private readonly CueModel.Context? _cueContext;
    private readonly float[]? _cueScores;         // the learned cue score of each token, NaN until asked
    private readonly QuotedSpan[] _quoted;     // top-level quoted spans
    private readonly int[] _sentenceOf;        // token -> sentence
    private readonly int[] _inQuote;           // token -> top-level quoted span strictly containing it, or -1
    private readonly int[] _markOpens;         // token -> quoted span it opens, or -1
    private readonly int[] _markCloses;        // token -> quoted span it closes, or -1
    private readonly bool[] _cueUsed;
    private readonly bool[] _quotedUsed;
    private readonly List<Draft> _drafts = [];
    private HashSet<string>? _namedWords;       // words tagged as part of a person's or organisation's name, on first use
    private bool[]? _transcriptSentences;       // sentences a transcript's label opens (null: the article has no transcript)
    private readonly List<int>?[] _draftsBySentence; // sentence -> indexes into _drafts, so no search is quadratic

    private sealed class Draft
    {
        public QuoteKind Kind;
        public List<TextSpan> Content = [];
        public TextSpan? Cue;
        public TokenRange Speaker;
        public List<Source> Sources = [];
        public int Sentence;
        public int Antecedent = -1;
        public double Confidence;
        public string Pattern = "";
        public bool Dropped;
    }

    public ArticleScanner(Document document, LexiconSet lexicons, AttributionOptions options, CueModel? cues, CancellationToken cancellationToken)
    {
        _doc = document;
        _cues = cues;
        _cueContext = cues?.Describe(document);
        if (cues is not null)
        {
            _cueScores = new float[document.Tokens.Length];
            Array.Fill(_cueScores, float.NaN);
        }
        _text = document.Text;
        _tokens = document.Tokens;
        _sentences = document.Sentences;
        _lex = lexicons;
        _options = options;
        _cancel = cancellationToken;
        _quoted = [.. document.QuotedSpans.Where(q => q.Level == 0)];
        _sentenceOf = new int[_tokens.Length];
        for (var s = 0; s < _sentences.Length; s++)
        {
            for (var t = _sentences[s].First; t < _sentences[s].End; t++)
            {
                _sentenceOf[t] = s;
            }
        }

        _inQuote = new int[_tokens.Length];
        _markOpens = new int[_tokens.Length];
        _markCloses = new int[_tokens.Length];
        Array.Fill(_inQuote, -1);
        Array.Fill(_markOpens, -1);
        Array.Fill(_markCloses, -1);
        for (var q = 0; q < _quoted.Length; q++)
        {
            var span = _quoted[q];
            _markOpens[span.OpenToken] = q;
            var last = span.CloseToken >= 0 ? span.CloseToken : TokenAt(span.Pieces[^1].End - 1) + 1;
            for (var t = span.OpenToken + 1; t < last; t++)
            {
                _inQuote[t] = q;
            }

            if (span.CloseToken >= 0)
            {
                _markCloses[span.CloseToken] = q;
            }
        }

        _cueUsed = new bool[_tokens.Length];
        _quotedUsed = new bool[_quoted.Length];
        _draftsBySentence = new List<int>?[_sentences.Length];
    }

    private void Register(Draft draft)
    {
        (_draftsBySentence[draft.Sentence] ??= []).Add(_drafts.Count);
        _drafts.Add(draft);
    }

    /// <summary>The live drafts registered in sentences [from, to].</summary>
    private IEnumerable<Draft> DraftsIn(int from, int to)
    {
        for (var s = Math.Max(0, from); s <= to && s < _draftsBySentence.Length; s++)
        {
            if (_draftsBySentence[s] is { } list)
            {
                foreach (var i in list)
                {
                    if (!_drafts[i].Dropped)
                    {
                        yield return _drafts[i];
                    }
                }
            }
        }
    }

    public ImmutableArray<Quote> Run()
    {
        if (_tokens.IsEmpty || _sentences.IsEmpty)
        {
            return [];
        }

        for (var q = 0; q < _quoted.Length; q++)
        {
            _cancel.ThrowIfCancellationRequested();
            if (!_quotedUsed[q])
            {
                AttributeQuotation(q);
            }
        }

        TranscriptParagraphs();
        for (var s = 0; s < _sentences.Length; s++)
        {
            if ((s & 63) == 0)
            {
                _cancel.ThrowIfCancellationRequested();
            }

            HeadlineColon(s);
            for (var t = _sentences[s].First; t < _sentences[s].End; t++)
            {
                if ((t & 1023) == 0)
                {
                    _cancel.ThrowIfCancellationRequested();
                }

                if (IsWord(t) && Words.EvidentialVerbs.Has(W(t)) && _inQuote[t] < 0 && !_cueUsed[t] && Evidential(s, t))
                {
                    // built
                }
                else if (Is(t, "asked") && _inQuote[t] < 0 && !_cueUsed[t] && AskedQuestion(s, t))
                {
                    // built
                }
                else if (t == _sentences[s].First && Is(t, "In") && _inQuote[t] < 0 && InPoll(s, t))
                {
                    // built
                }
                else if (t > _sentences[s].First + 2 && Is(t, "in") && _inQuote[t] < 0 && !_cueUsed[t] && PollAfter(s, t))
                {
                    // built
                }
                else if (t == _sentences[s].First && Is(t, "As") && _inQuote[t] < 0 && AsReportedBy(s, t))
                {
                    // built
                }
                else if (t == _sentences[s].First && OpeningGerund(s, t))
                {
                    // built
                }
                else if (IsCue(t, out var cue, out var end))
                {
                    ReportedSpeech(t, end, cue);
                }
                else if (IsWord(t) && Words.CueNouns.Has(W(t)) && _inQuote[t] < 0 && !_cueUsed[t])
                {
                    NominalAttribution(s, t);
                }
                else if (Tagged && (Upos(t) is "ADJ" || Xpos(t) is "VBN" && Words.StanceAdjectives.Has(W(t))) && _inQuote[t] < 0 && !_cueUsed[t])
                {
                    StanceAdjective(s, t);
                }

            }
        }

        FoldReportingChains();
        Continuations();
        return Build();
    }

    // ---- Pass A: quotations and the cue beside them ----

    private void AttributeQuotation(int q)
    {
        var span = _quoted[q];
        if (WordCount(span) == 0 || IsTitleOfWork(span))
        {
            return;
        }

        if (span.IsClosed && (QuoteThenCue(q) || QuoteThenDash(q)))
        {
            return;
        }

        if (TranscriptLabel(q))
        {
            return;
        }

        CueThenQuote(q);
        if (!_quotedUsed[q])
        {
            ClauseColonQuote(q);
        }

        if (!_quotedUsed[q])
        {
            NameColonQuote(q);
        }
    }

    /// <summary>“…” after a name and a colon, the name opening its sentence or following a dash or "More from": "Former
    /// secretary of state Hillary Rodham Clinton: “We learned …”", "IOWA POLLS NOT NECESSARILY WRONG - Mark Blumenthal and
    /// Jon Cohen: “Although …”", "More from Jones: “…”". The name speaks; the colon is the cue.</summary>
    private void NameColonQuote(int q)
    {
        var span = _quoted[q];
        var colon = ColonBefore(span);
        if (colon < 0 || !IsWord(colon - 1) && !IsChar(colon - 1, ')'))
        {
            return;
        }

        var s = _sentences[_sentenceOf[colon]];
        var lo = s.First;
        for (var k = colon - 1; k > s.First; k--)
        {
            if (IsDash(k) || IsChar(k, '-') || _inQuote[k] >= 0)
            {
                lo = k + 1;
                break;
            }
        }

        var speaker = LeftNp(colon - 1, lo);
        if (speaker.Count > 1 && Is(speaker.First, "from"))
        {
            speaker = new TokenRange(speaker.First + 1, speaker.End); // (read as inside a name after a capital: "More from Ada Brook")
        }

        if (speaker.IsEmpty || speaker.End != colon)
        {
            return;
        }

        // "More from Jones:", "From the report:", "Here's Clinton in December 1992:"
        var first = speaker.First;
        if (first > lo && Is(first - 1, "from") && (first - 1 == lo || first - 2 == lo && Is(lo, "More")))
        {
            first = lo;
        }

        if (first != lo || !(IsAgent(speaker) || IsSpeakerLike(speaker) || IsNamed(speaker) || first < speaker.First && Words.DocumentNouns.Has(W(speaker.End - 1))))
        {
            return;
        }

        // "Stated Stone: “…”": an inverted cue opens the name
        var cue = colon;
        var cueEnd = colon + 1;
        if (speaker.Count > 1 && _lex.TryGetCue(W(speaker.First), out var inverted) && inverted.Form == VerbForm.Past && !IsPersonOrOrganization(speaker.First))
        {
            (cue, cueEnd, speaker) = (speaker.First, speaker.First + 1, new TokenRange(speaker.First + 1, speaker.End));
        }

        var draft = NewDraft(_sentenceOf[span.OpenToken], cue, cueEnd, speaker, "name-colon");
        draft.Kind = QuoteKind.Direct;
        draft.Content.AddRange(span.Pieces);
        _quotedUsed[q] = true;
        draft.Confidence = 0.7;
    }

    /// <summary>“…” after a clause that ends in a colon, its subject someone, its verb not a cue: "Smith shot back: “…”",
    /// "Representative Lee Zeldin gave the technique a whirl in an interview on Tuesday: “…”". The subject speaks; the
    /// cue is the verb phrase up to the colon, as PolNeAR marks it.</summary>
    private void ClauseColonQuote(int q)
    {
        var span = _quoted[q];
        var colon = ColonBefore(span);
        if (colon < 0)
        {
            return;
        }

        var s = _sentences[_sentenceOf[colon]];
        // (a clause after "when" is its own: "De Blasio spoke on Morning Joe |when he made the announcement|: “…”")
        var lo = s.First;
        for (var t = colon - 2; t > s.First; t--)
        {
            if (_inQuote[t] < 0 && W(t) is "when" or "as" or "after" or "while" && Upos(t) is "SCONJ" or "ADV" && Upos(t + 1) is "PRON" or "PROPN" or "DET")
            {
                lo = t + 1;
                break;
            }
        }

        var verb = -1;
        for (var t = lo; t < colon && verb < 0; t++)
        {
            if (_inQuote[t] >= 0 || IsCue(t, out _, out _) && _lex.TryGetCue(W(t), out _) || Is(t, "who") || Is(t, "which") || Is(t, "that"))
            {
                return; // a cue or a clause of its own before the colon: pass B reads it (a learned cue is this pattern's verb:
                        // "Trump |went| even further: “…”")
            }

            if (Upos(t) is "VERB" && (IsFinite(t) || Xpos(t) is "VBN" && t - 1 >= s.First && Upos(t - 1) is "AUX" && IsFinite(t - 1)))
            {
                verb = t;
            }
        }

        if (verb < 0 || colon - verb > 14 || HasFiniteVerb(verb + 1, colon))
        {
            return;
        }

        var first = Upos(verb - 1) is "AUX" && IsFinite(verb - 1) ? verb - 1 : verb;
        var speaker = LeftSpeaker(first, lo);
        if (speaker.IsEmpty || speaker.End != first || !(IsAgent(speaker) || IsSpeakerLike(speaker)))
        {
            return;
        }

        var draft = NewDraft(_sentenceOf[span.OpenToken], first, colon + 1, speaker, "clause-colon");
        FinishCueThenQuote(draft, q, s);
        draft.Confidence = Math.Min(draft.Confidence, 0.7);
    }

    /// <summary>The free colon right before a closed quotation ("…: “…”"), outside any quotation and no cue yet, when the
    /// pipeline tags; -1 otherwise.</summary>
    private int ColonBefore(QuotedSpan span)
    {
        var colon = span.OpenToken - 1;
        return Tagged && span.IsClosed && colon >= 1 && IsChar(colon, ':') && _inQuote[colon] < 0 && !_cueUsed[colon] ? colon : -1;
    }

    /// <summary>“The Long Winter”: a short quotation in title case with no final punctuation names a work, not a quote.</summary>
    private bool IsTitleOfWork(QuotedSpan span)
    {
        if (!span.IsClosed || WordCount(span) > 8)
        {
            return false;
        }

        var words = 0;
        var all = 0; // every word, short ones too: "‘All Bets Are Off.’"
        for (var t = span.OpenToken + 1; t < span.CloseToken; t++)
        {
            // a sentence inside is no title, but a title may end with its period: "“Coal Is Not the Villain.”"
            // ("on CBS's “Face the Nation,” Ryan said": after a possessive or a preposition the comma is the sentence's)
            if (IsTerminal(t) && t != span.CloseToken - 1
                || IsComma(t) && t == span.CloseToken - 1 && !(IsPossessive(span.OpenToken - 1) || IsWord(span.OpenToken - 1) && Words.Prepositions.Has(W(span.OpenToken - 1))))
            {
                return false;
            }

            // (a title capitalizes its verbs and pronouns: "That is the way it is, Nicole." is a sentence)
            if (Tagged && IsWord(t) && !IsCap(t) && Upos(t) is "AUX" or "VERB" or "PRON")
            {
                return false;
            }

            if (IsWord(t) && W(t).Length > 3)
            {
                words++;
                if (!IsCap(t))
                {
                    return false;
                }
            }

            all += IsWord(t) && IsCap(t) ? 1 : IsWord(t) ? -100 : 0;
        }

        // (capitalized words after a possessive are a show's name too: "MSNBC’s “Morning Joe,”", "Fox News Channel’s
        // “Hannity,”")
        return words >= 2 || all >= 3 || all >= 1 && IsPossessive(span.OpenToken - 1);
    }

    /// <summary>“…” ― Veronica Cruz: a quotation signed with a dash and a name that ends the line.</summary>
    private bool QuoteThenDash(int q)
    {
        var span = _quoted[q];
        var dash = span.CloseToken + 1;
        if (!IsDash(dash) || _sentences[_sentenceOf[dash]].Paragraph != _sentences[_sentenceOf[span.CloseToken]].Paragraph)
        {
            return false;
        }

        var s = _sentences[_sentenceOf[dash]];
        var np = RightNp(dash + 1, s.End);
        if (np.IsEmpty || !IsCap(np.First))
        {
            return false;
        }

        // (with the speaker's role after a comma: "“…” — Aparna Garg, Mysore Divisional Railway Manager")
        if (IsComma(np.End) && WithPhraseAndApposition(np, s.End) is var titled && titled.End > np.End + 1)
        {
            np = titled;
        }

        var after = np.End;
        while (after < s.End && (IsTerminal(after) || IsComma(after)))
        {
            after++;
        }

        if (after < s.End && !IsOpenMark(after))
        {
            return false;
        }

        var draft = NewDraft(_sentenceOf[span.CloseToken], dash, dash + 1, np, "quote-dash");
        draft.Kind = QuoteKind.Direct;
        draft.Content.AddRange(span.Pieces);
        draft.Confidence = 0.8;
        _quotedUsed[q] = true;
        return true;
    }

    /// <summary>A transcript paragraph: "WALLACE: Let's start …" (often inside a quotation that runs over paragraphs).</summary>
    private bool TranscriptLabel(int q)
    {
        var span = _quoted[q];
        var label = span.OpenToken + 1;
        var colon = LabelEnd(label);
        if (colon == label || !IsChar(colon, ':') || colon + 1 >= _tokens.Length || _tokens[colon + 1].Start >= span.Pieces[0].End)
        {
            return false;
        }

        var draft = TranscriptDraft(label, colon, colon + 1, span.Pieces[0].End);

        // a transcript quoted over several paragraphs changes speaker at each label: "PENCE: …", "WALLACE: …"
        foreach (var piece in span.Pieces.Skip(1))
        {
            var first = TokenAt(piece.Start);
            var end = LabelEnd(first);
            if (end > first && IsChar(end, ':') && end + 1 < _tokens.Length && _tokens[end + 1].Start < piece.End)
            {
                draft = TranscriptDraft(first, end, end + 1, piece.End);
            }
            else
            {
                draft.Content.Add(piece);
            }
        }

        _quotedUsed[q] = true;
        return true;
    }

    /// <summary>An interview or transcript printed without quotation marks: paragraphs that open with a speaker's label
    /// in capitals and a colon ("BENENSON: Senator Sanders doesn't get to decide …", "Q: …", "A: …"). Each such
    /// paragraph is what its label's speaker said, when the article has at least two of them.</summary>
    private void TranscriptParagraphs()
    {
        List<(int Label, int Colon, int Content, Paragraph Paragraph)>? labelled = null;
        foreach (var paragraph in _doc.Paragraphs)
        {
            var label = paragraph.First;
            var colon = _inQuote[label] < 0 ? LabelEnd(label) : label;
            if (colon > label && colon + 1 < paragraph.End && IsChar(colon, ':') && IsWord(colon + 1) && _inQuote[colon + 1] < 0
                && !Words.SectionLabels.Has(W(label)))
            {
                (labelled ??= []).Add((label, colon, colon + 1, paragraph));
            }
            else if (ParenthesisedLabelEnd(label, paragraph) is var close and > 0)
            {
                (labelled ??= []).Add((label + 2, close, close + 2, paragraph));
            }
        }

        if (labelled is null || labelled.Count < 2)
        {
            return;
        }

        _transcriptSentences = new bool[_sentences.Length];
        foreach (var (label, colon, content, paragraph) in labelled)
        {
            _transcriptSentences[_sentenceOf[label]] = true;
            TranscriptDraft(label, colon, content, _tokens[paragraph.End - 1].End);
            MarkQuotedInside(_tokens[content].Start, _tokens[paragraph.End - 1].End);
        }
    }

    /// <summary>An interview's label in double parentheses that opens a paragraph, as Wikinews prints them ("((WN))  So, what
    /// prompted you?", "((Valeria Gazzola))  So half of the lab …"): the first closing parenthesis, or -1.</summary>
    private int ParenthesisedLabelEnd(int first, Paragraph paragraph)
    {
        if (!IsChar(first, '(') || !IsChar(first + 1, '(') || _inQuote[first] >= 0)
        {
            return -1;
        }

        var k = first + 2;
        while (k < paragraph.End && k - first < 8 && IsWord(k) && IsCap(k))
        {
            k++;
        }

        return k > first + 2 && k + 2 < paragraph.End && IsChar(k, ')') && IsChar(k + 1, ')') ? k : -1;
    }

    /// <summary>Where a speaker's label in capitals that starts at <paramref name="first"/> ends: up to four words in
    /// capitals ("WALLACE", "JAKE TAPPER") or an interview's "Q" or "A"; <paramref name="first"/> when none starts there.</summary>
    private int LabelEnd(int first)
    {
        var end = first;
        while (end < _tokens.Length && end - first < 4 && IsCap(end) && (_tokens[end].Has(TokenFlags.AllCaps) || W(end) is "Q" or "A"))
        {
            end++;
        }

        return end;
    }

    /// <summary>What a transcript's label says: from token <paramref name="content"/> after its colon (or closing
    /// parentheses) to <paramref name="contentEnd"/> (a text position).</summary>
    private Draft TranscriptDraft(int label, int colon, int content, int contentEnd)
    {
        var draft = NewDraft(_sentenceOf[label], colon, colon + 1, new TokenRange(label, colon), "transcript");
        draft.Kind = QuoteKind.Direct;
        draft.Content.Add(TextSpan.FromBounds(_tokens[content].Start, contentEnd));
        draft.Confidence = 0.7;
        return draft;
    }

    /// <summary>Whether the subordinate clause at <paramref name="t"/> ends with a comma before a clause of its own
    /// ("said because Obama is popular with Democrats, “he's a very good surrogate”").</summary>
    private bool CommaAfterClause(int t, Sentence s)
    {
        for (var k = t + 1; k < s.End && k - t < 25; k++)
        {
            if (IsComma(k))
            {
                return k + 1 < s.End && (IsOpenMark(k + 1) || StartsClause(k + 1, s));
            }
        }

        return false;
    }

    /// <summary>Whether a name at <paramref name="t"/> is followed by a cue, over auxiliaries and adverbs: "Trump said,
    /// looking out on the crowd" after a quotation the sentence splitter closed with its question mark.</summary>
    private bool CueAfterName(int t, Sentence s)
    {
        var k = VerbAfterSubject(t, s, 4);

        // (not a cue that introduces the next quotation: "“…” He added, “…”")
        if (k < 0 || !IsCue(k, out var cue, out var end) || cue.Form is not (VerbForm.Past or VerbForm.ThirdPerson))
        {
            return false;
        }

        // (over a listener and when or where: "“…!” Macron told |the world on Thursday via Twitter|.")
        if (cue.Lemma == "tell" && RightNp(end, s.End) is { IsEmpty: false, Count: <= 4 } listener)
        {
            end = TimePhraseEnd(listener.End, s);
        }

        return end >= s.End || IsTerminal(end) || IsComma(end) && !IsOpenMark(end + 1) && !HasQuotationIn(end + 1, s.End);
    }

    private bool HasQuotationIn(int from, int to)
    {
        for (var k = from; k < to && k < _tokens.Length; k++)
        {
            if (IsOpenMark(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>“…,” said Hua / “…,” she continued / “…,” Hua said, according to AP.</summary>
    private bool QuoteThenCue(int q)
    {
        var span = _quoted[q];
        var close = span.CloseToken;
        var s = _sentences[_sentenceOf[close]];
        var k = close + 1;
        if (k >= s.End && close + 1 < _tokens.Length && _sentenceOf[close + 1] != _sentenceOf[close])
        {
            // `.” she said` split by the sentence splitter: look into the next sentence when it starts in lower case
            var next = _sentences[_sentenceOf[close + 1]];
            if (next.Paragraph != s.Paragraph || !IsWord(close + 1) || IsCap(close + 1) && (!IsNameLike(close + 1) || next.Count > 8 && !CueAfterName(close + 1, next)))
            {
                return false;
            }

            s = next;
        }

        if (IsComma(k) || IsDash(k))
        {
            k++;
        }

        int cue, cueEnd;
        TokenRange speaker;
        if (IsCue(k, out var word, out cueEnd) && !IsOpenMark(cueEnd))
        {
            // ("“… ISIS,” saying they were nitpicking": a gerund's clause after a quotation is its own attribution)
            if (word.Form == VerbForm.Gerund && Tagged && (StartsClause(cueEnd, s) || Is(cueEnd, "that")))
            {
                return false;
            }

            // ("“…,” said the candidate could …": a noun phrase with its own verb after the cue is what was said)
            if (Tagged && StartsClause(cueEnd, s))
            {
                return false;
            }

            cue = k;
            speaker = WithPhraseAndApposition(RightNp(cueEnd, s.End), s.End);
            if (word.Lemma == "according to" && speaker.IsEmpty)
            {
                return false;
            }

            if (speaker.IsEmpty)
            {
                return false;
            }
        }
        else
        {
            // ("“…,” it said.": an organisation or a document, resolved like any pronoun)
            speaker = Is(k, "it") && (IsCue(k + 1, out _, out _) || IsWord(k + 1) && Words.CueAdverbs.Has(W(k + 1)) && IsCue(k + 2, out _, out _))
                ? new TokenRange(k, k + 1) : RightNp(k, s.End);
            // (nor an adverb: the “immediate area” |first| announced seven days earlier)
            if (speaker.IsEmpty || speaker.End == k + 1 && (Tagged && Upos(k) is "ADV" || Is(k, "first") || Is(k, "then") || Is(k, "later") || Is(k, "earlier")))
            {
                return false;
            }

            var c = SkipApposition(speaker.End, s.End);
            if (c > speaker.End + 1)
            {
                speaker = new TokenRange(speaker.First, c - 1);
            }

            // over the phrases after its head: "“…?” a narrator |in the Clinton ad| asks."
            var phrased = c == speaker.End ? WithPhrases(speaker, s.End) : speaker;
            // (also with a stray comma after the phrase or the name: "“…,” Kirsten Pfeifer from the Consumer Electronics
            // Association, told the BBC News website.", "“…,” shop owner Hayriye Evren, told Associated Press.")
            if (phrased.End > speaker.End && IsCue(phrased.End, out _, out _))
            {
                speaker = phrased;
                c = phrased.End;
            }
            else if (IsComma(phrased.End) && IsCue(phrased.End + 1, out _, out _) && (phrased.End > speaker.End || Is(phrased.End + 1, "told")))
            {
                speaker = phrased;
                c = phrased.End + 1;
            }
            else if (c == speaker.End && IsComma(c) && StartsWithName(speaker) && RightNp(c + 1, s.End) is { IsEmpty: false } roleHead
                && (Words.Determiners.Has(W(roleHead.First)) || IsPossessive(roleHead.First + 1)) && (IsRoleWord(roleHead.End - 1) || Tagged && Upos(roleHead.End - 1) is "NOUN" && !IsCap(roleHead.End - 1))
                && WithPhrases(roleHead, s.End) is var role && IsCue(role.End, out var roleCue, out _) && roleCue.Form is VerbForm.Past or VerbForm.ThirdPerson)
            {
                // "“…,” Adam Hume, the BBC Broadcast's futurologist told the BBC News website.", "“…,” Anais Faraj, an analyst
                // at Nomura told …": an apposition whose closing comma is missing
                speaker = new TokenRange(speaker.First, role.End);
                c = role.End;
            }
            else if (c == speaker.End && IsDash(c) && DashClosing(c, s) is var closing and > 0 && IsCue(closing + 1, out _, out _))
            {
                // "“…,” Andrei Illarionov - then economic adviser to President Vladimir Putin - told a press conference."
                speaker = new TokenRange(speaker.First, closing);
                c = closing + 1;
            }

            while (c < s.End && IsWord(c) && (IsAuxiliary(c) || IsLyAdverb(c) || Words.CueAdverbs.Has(W(c))) && !IsCue(c, out _, out _))
            {
                c++;
            }

            // (a common cue the tagger read as a noun inside the speaker: "“…,” a Carrier executive |tells| employees")
            var inside = false;
            for (var k2 = speaker.First + 1; !IsCue(c, out _, out _) && k2 <= c && k2 < s.End; k2++)
            {
                if (!IsCap(k2) && _inQuote[k2] < 0 && _lex.TryGetCue(W(k2), out var common) && common.Form is VerbForm.Past or VerbForm.ThirdPerson
                    && common.CueCount >= 300)
                {
                    (speaker, c, word, cueEnd, inside) = (new TokenRange(speaker.First, k2), k2, common, k2 + 1, true);
                    break;
                }
            }

            // (a rarer verb after the quotation and its speaker, with a phrase of how or where: "“…,” she |yells| while moving
            // along the street")
            if (!inside && Tagged && c < s.End && IsWord(c) && !IsCap(c) && _inQuote[c] < 0 && !_cueUsed[c] && Upos(c) is "VERB"
                && _lex.TryGetCue(W(c), out var rare) && rare.Form is VerbForm.Past or VerbForm.ThirdPerson && IsComma(close - 1) && c == SkipApposition(speaker.End, s.End)
                && IsWord(c + 1) && (Words.Subordinators.Has(W(c + 1)) || Words.Prepositions.Has(W(c + 1))) && !Is(c + 1, "that"))
            {
                (word, cueEnd, inside) = (rare, c + 1, true);
            }

            if (!inside && (!IsCue(c, out word, out cueEnd) || word.Lemma == "according to"))
            {
                return false;
            }

            // ("As Trump claimed that “…,” the prosecutor said the two cases differed": a clause after the cue is what the
            // speaker said; the quotation is another's; so is a quotation after a colon: "… “less advanced schools,” Trump
            // said: “I don't like what he said.”")
            if (Tagged && (StartsClause(cueEnd, s) || Is(cueEnd, "that")) || IsChar(cueEnd, ':') && IsOpenMark(cueEnd + 1))
            {
                return false;
            }

            cue = c;
        }

        // ("Bemoaning the “phony system,” Trump accused Holt of …": a participle that opens the sentence is what the
        // subject did, not what the cue reports)
        var first = _sentences[_sentenceOf[span.OpenToken]].First;
        if (Tagged && first < span.OpenToken && IsWord(first) && Upos(first) is "VERB" && Xpos(first) is "VBG" && _inQuote[first] < 0)
        {
            return false;
        }

        var draft = NewDraft(_sentenceOf[close], cue, cueEnd, speaker, "quote-cue");
        SetQuotedContent(draft, q);
        var after = Math.Max(cueEnd, speaker.End);

        // “A,” she said, “B.”: the second quotation continues this one
        var a = SkipApposition(after, s.End);
        for (var k2 = a; k2 < s.End && k2 - a < 12 && (IsWord(k2) || IsComma(k2) && k2 > a && IsCap(k2 + 1)) && !IsCue(k2, out _, out _); k2++)
        {
            if (IsComma(k2 + 1) && IsOpenMark(k2 + 2))
            {
                a = k2 + 1; // "told Capital Download on Wednesday, “…", "said during a rally in Kenansville, N.C., “…"
                break;
            }
        }

        // "“…,” he said, but “…”"
        var open2 = IsComma(a) && IsOpenMark(a + 1) ? a + 1 : IsComma(a) && Is(a + 1, "but") && IsOpenMark(a + 2) ? a + 2 : -1;
        if (open2 >= 0 && !_quotedUsed[_markOpens[open2]])
        {
            var q2 = _markOpens[open2];
            draft.Content.AddRange(_quoted[q2].Pieces);
            _quotedUsed[q2] = true;
        }

        draft.Confidence = draft.Kind == QuoteKind.Direct ? 0.92 : 0.85;
        AddSourcesInClause(draft, after, s.End);
        return true;
    }

    /// <summary>Hua said: “…” / Hua told reporters, “…” / said Hua: “…”.</summary>
    private void CueThenQuote(int q)
    {
        var span = _quoted[q];
        var open = span.OpenToken;
        var s = _sentences[_sentenceOf[open]];
        var k = open - 1;
        if (k == s.First - 1 && k > 0 && IsChar(k, ':') && _inQuote[k] < 0 && _sentences[_sentenceOf[k]].Paragraph != s.Paragraph)
        {
            s = _sentences[_sentenceOf[k]]; // "Caddell continued:¶“…”": the cue ends the paragraph before with a colon
        }

        if (k < s.First)
        {
            return;
        }

        var punctuated = IsChar(k, ':') || IsComma(k);
        if (punctuated)
        {
            k--;
        }

        if (k < s.First)
        {
            return;
        }

        // said Hua: “…” (inverted; also opening the sentence, where the capital makes the cue look like part of a name:
        // "Said Comey, “…”")
        var right = LeftNp(k, s.First);
        if (right.Count > 1 && right.First == s.First && IsCue(right.First, out var opening, out var openingEnd) && openingEnd == right.First + 1
            && opening.Form == VerbForm.Past)
        {
            right = new TokenRange(right.First + 1, right.End);
        }

        // "Anna Franowska told Reuters “…”": the listener before the quotation, the speaker before the cue
        // (a listener that is a name or one word, or any before a colon: "told BBC News US policy “condemns …”" has content
        // before the quotation)
        // (not an outlet and the name the quotation is about: "told MSNBC |Cummings| “was a great man”")
        var outletThenName = right.Count > 1 && !IsOutlet(right) && IsOutlet(new TokenRange(right.First, right.First + 1)) && IsCap(right.First + 1) && !IsPossessive(right.First + 1);
        if (!right.IsEmpty && IsCue(right.First - 1, out var told, out var toldEnd) && toldEnd == right.First && told.Lemma == "tell"
            && (right.Count == 1 || IsOutlet(right) || AllCapitalised(right) && !outletThenName || punctuated)
            && LeftSpeaker(right.First - 1, s.First) is { IsEmpty: false } teller && (IsAgent(teller) || IsSpeakerLike(teller)))
        {
            var d = NewDraft(_sentenceOf[open], right.First - 1, toldEnd, teller, "cue-quote");
            FinishCueThenQuote(d, q, s);
            AddSourceIfAgency(d, right);
            return;
        }

        // (not "told": "…, an abuse victim support charity, told Reuters “…”" names the listener after it)
        if (!right.IsEmpty && IsCue(right.First - 1, out var inv, out var invEnd) && invEnd == right.First && CanPrecedeSpeaker(inv))
        {
            // (someone, not the cue's object: "The government statement, which was posted on Twitter, announced the
            // President's death “with great sorrow …”")
            var leftOf = right.First - 2;
            // (nor a subject's apposition before the comma: "Maya Cummings, his wife, said |Cummings| “worked until his last
            // breath”" is hers, about him)
            var subjectBefore = IsComma(leftOf) && !IsCloseMark(leftOf - 1) && Tagged && !HasFiniteVerb(s.First, leftOf)
                && LeftSpeaker(right.First - 1, s.First) is { IsEmpty: false } subject && (IsAgent(subject) || IsSpeakerLike(subject));
            if ((leftOf < s.First || IsComma(leftOf) || IsCloseMark(leftOf)) && !subjectBefore && !(Tagged && !IsAgent(right) && !IsSpeakerLike(right) && !StartsWithName(right)))
            {
                var d = NewDraft(_sentenceOf[open], right.First - 1, invEnd, right, "cue-speaker-quote");
                FinishCueThenQuote(d, q, s);
                return;
            }
        }

        // "said in the spring, when the email story broke, “…”": a clause of time between commas before the quotation
        if (Tagged && IsComma(open - 1))
        {
            for (var c = k; c > s.First + 1 && k - c < 14 && _inQuote[c] < 0 && !IsTerminal(c); c--)
            {
                if (IsComma(c - 1) && IsWord(c) && W(c) is "when" or "as" or "after" or "before" or "while" && HasFiniteVerb(c + 1, k + 1))
                {
                    k = c - 2;
                    break;
                }

                if (IsComma(c))
                {
                    break;
                }
            }
        }

        // the cue itself, or a cue with its listener: "told reporters:", "told The Associated Press,"
        var separated = k < open - 1;
        var cue = -1;
        var cueEnd = -1;
        var gerund = false;

        // "said in a statement, “…”", "said on the other hand, “…”": a prepositional phrase between the cue and the quotation
        var phrase = false;
        if (separated && Tagged)
        {
            // (two phrases, with a comma between: "announced on her Facebook page, in all capital letters, “…”")
            for (var p = k; p > s.First && k - p < 14 && (IsWord(p) || IsNumber(p) || IsComma(p) && p < k) && _inQuote[p] < 0 && Upos(p) is not ("VERB" or "AUX"); p--)
            {
                if (Upos(p) is "ADP" && Words.Prepositions.Has(W(p)) && IsCue(p - 1, out var pw, out var pe) && pe >= p && pe <= k
                    && pw.Form is VerbForm.Past or VerbForm.ThirdPerson)
                {
                    cue = p - 1;
                    cueEnd = p;
                    phrase = true;
                    break;
                }
            }
        }

        // (or a time phrase: "he also stated a day earlier, “…”", also with no comma before the quotation: "Trump said on
        // Friday “I can do it”")
        var dayBefore = !punctuated && IsDayWord(k);
        if ((separated || dayBefore) && Tagged && !phrase && TimePhraseStart(k, s.First) is var time and > 0 && time > s.First && IsCue(time - 1, out var tw, out var te)
            && te == time && tw.Form is VerbForm.Past or VerbForm.ThirdPerson)
        {
            cue = time - 1;
            cueEnd = time;
            phrase = true;
        }

        for (var c = k; !phrase && c >= s.First && k - c < 6 && IsWord(c); c--)
        {
            if (IsCue(c, out var cw, out var e))
            {
                cue = c;
                cueEnd = e;
                gerund = cw.Form == VerbForm.Gerund;
                break;
            }

            // only a listener may stand between the cue and the quotation ("told reporters:"); other words make it
            // reported speech with a quoted fragment, found from the cue in pass B
            if (!separated || Words.Boundaries.Has(W(c)) || _lex.TryGetCue(W(c), out _) && !(Tagged && Upos(c) is "NOUN" or "ADJ" or "PROPN"))
            {
                return; // (a cue word the tagger reads as a noun may be part of the listener: "told his radio audience")
            }
        }

        if (cue >= 0 && cueEnd <= k && !Words.ListenerVerbs.Has(W(cue)) && !phrase)
        {
            return;
        }

        if (cue < 0)
        {
            return;
        }

        // "He then defended the remark, saying, “…”": a gerund speaks for the subject of the clause it follows
        // (so does one after a document it issued: "The union sent an email Tuesday saying: “…”")
        var speaker = gerund && (IsComma(cue - 1) || StatementVerbBefore(cue) > 0) ? GerundSubject(s, cue) : LeftSpeaker(cue, s.First);

        // (and one after a preposition's object: "The union wrote to its members saying: “…”")
        if (gerund && Tagged && !speaker.IsEmpty && speaker.First > s.First && Is(speaker.First - 1, "to"))
        {
            speaker = GerundSubject(s, cue);
        }

        // a relative clause speaks through its pronoun, as PolNeAR marks it: "a message that said, “Sorry, …”"
        if (speaker.IsEmpty && !gerund && IsRelativeSubject(cue - 1, s))
        {
            speaker = new TokenRange(cue - 1, cue);
        }

        // "Mr Houston was quoted in the Herald newspaper saying: “…”": the one quoted speaks, the paper is the source
        var quotedIn = TokenRange.None;
        if (gerund && !speaker.IsEmpty && speaker.First - 2 >= s.First && Is(speaker.First - 2, "quoted") && (Is(speaker.First - 1, "in") || Is(speaker.First - 1, "by"))
            && LeftSpeaker(speaker.First - 2, s.First) is { IsEmpty: false } quoted)
        {
            (quotedIn, speaker) = (speaker, quoted);
        }

        // (a name given is no speech: "Instead, they are called “U.S. nationals” on their passports")
        if (speaker.IsEmpty || !separated && W(cue) is "called" && IsPassive(cue, s) && !(_markOpens[open] is var named and >= 0 && Is(_quoted[named].CloseToken + 1, "by")))
        {
            return;
        }

        // "Demonstrators said they want “justice for Terrence”": a clause with its own verb and quotation, right after
        // another cue, is that cue's content, found from it in pass B
        if (!separated && speaker.First - 1 >= s.First && IsCue(speaker.First - 1, out _, out var outerEnd) && outerEnd == speaker.First)
        {
            return;
        }

        var draft = NewDraft(_sentenceOf[open], cue, cueEnd, speaker, "cue-quote");
        if (!quotedIn.IsEmpty)
        {
            AddSourceIfAgency(draft, quotedIn);
        }

        var listener = cueEnd <= k && separated && Words.ListenerVerbs.Has(W(cue)) && !phrase ? new TokenRange(cueEnd, k + 1) : TokenRange.None;
        if (!listener.IsEmpty)
        {
            AddSourceIfAgency(draft, listener);
        }

        var contentFrom = cueEnd > k || !listener.IsEmpty || phrase ? open : ContentStart(cueEnd, s);
        FinishCueThenQuote(draft, q, s, Math.Min(contentFrom, open));
    }

    private void FinishCueThenQuote(Draft draft, int q, Sentence s, int contentFrom = -1)
    {
        var span = _quoted[q];
        if (contentFrom >= 0 && contentFrom < span.OpenToken)
        {
            // "said that the two “are not linked …”": reported speech with a quoted fragment
            var sentence = _sentences[_sentenceOf[span.OpenToken]];
            var end = ContentEnd(sentence, contentFrom, subordinate: false);
            if (span.IsClosed && span.CloseToken >= sentence.End)
            {
                end = Math.Max(end, _tokens[span.CloseToken].End);
            }

            draft.Kind = QuoteKind.Mixed;
            draft.Content.Add(TextSpan.FromBounds(_tokens[contentFrom].Start, end));
            MarkQuotedInside(_tokens[contentFrom].Start, end);
            _quotedUsed[q] = true;
            draft.Confidence = 0.8;
            AddSourcesInClause(draft, span.IsClosed ? span.CloseToken + 1 : sentence.End, sentence.End);
            return;
        }

        var closeSentence = span.IsClosed ? _sentences[_sentenceOf[span.CloseToken]] : s;
        var rest = span.IsClosed ? span.CloseToken + 1 : closeSentence.End;
        while (rest < closeSentence.End && !IsWord(rest) && !IsOpenMark(rest))
        {
            rest++;
        }

        // (what follows may be the speaker's next attribution: "said, “Oh my God,” adding, “I didn't …”")
        // (or only when and where it was said follows: "“I WON THIS ELECTION!” on Twitter.")
        if (rest >= closeSentence.End || Tagged && span.IsClosed && TimePhraseStartsAt(rest, closeSentence) && !HasFiniteVerb(rest, closeSentence.End)
            || (IsComma(span.CloseToken - 1) || IsComma(span.CloseToken + 1)) && IsCue(rest, out var next, out _) && next.Form == VerbForm.Gerund
            // (or the clause the quotation stood in ends with it: "the plan, which Tim Cook called “total political crap,” was
            // dropped", where the verb after it has its subject before the relative clause)
            || Tagged && span.IsClosed && (IsComma(span.CloseToken - 1) || IsComma(span.CloseToken + 1) || IsDash(span.CloseToken + 1)) && (IsFinite(rest) || Upos(rest) is "AUX" && IsAuxiliary(rest)))
        {
            draft.Kind = QuoteKind.Direct;
            draft.Content.AddRange(span.Pieces);
            _quotedUsed[q] = true;
            draft.Confidence = 0.9;
        }
        else
        {
            // the sentence goes on after the quotation: mixed
            var end = ContentEnd(closeSentence, rest, subordinate: false);
            draft.Kind = QuoteKind.Mixed;
            draft.Content.AddRange(span.Pieces.Take(span.Pieces.Length - 1));
            draft.Content.Add(TextSpan.FromBounds(span.Pieces[^1].Start, end));
            MarkQuotedInside(span.Pieces[^1].Start, end);
            _quotedUsed[q] = true;
            draft.Confidence = 0.8;
        }

        AddSourcesInClause(draft, rest, closeSentence.End);
    }

    /// <summary>Content of a quotation: its pieces when it opens the sentence (direct); from the sentence start
    /// otherwise (mixed: "critics are misusing power to “suppress …,” said Hua").</summary>
    private void SetQuotedContent(Draft draft, int q)
    {
        var span = _quoted[q];
        var s = _sentences[_sentenceOf[span.OpenToken]];
        var first = s.First;
        while (first < span.OpenToken && (!IsWord(first) || Words.Boundaries.Has(W(first)) && IsCap(first) && first + 1 < span.OpenToken && IsComma(first + 1)))
        {
            first++;
        }

        // (what a colon introduces starts after it: "Fellow Democrats were more supportive in their comments: “Thank you …,”
        // wrote Elizabeth Warren")
        for (var k = span.OpenToken - 1; k > first; k--)
        {
            if (IsChar(k, ':') && _inQuote[k] < 0)
            {
                first = k + 1;
                break;
            }
        }

        _quotedUsed[q] = true;
        // (a sentence that opens inside an earlier quotation of its own is mixed too: "“All that Glitters Is Not Gold” was to
        // be a “cautionary tale,” he said")
        var openedEarlier = _inQuote[first] >= 0 && _inQuote[first] != q && _quoted[_inQuote[first]].IsClosed
            && _sentenceOf[_quoted[_inQuote[first]].OpenToken] == _sentenceOf[span.OpenToken] && Tagged;
        if (first >= span.OpenToken || _inQuote[first] >= 0 && !openedEarlier || _tokens[first].Has(TokenFlags.Debris) || WordsBetween(first, span.OpenToken) < 2)
        {
            draft.Kind = QuoteKind.Direct;
            draft.Content.AddRange(span.Pieces);
            return;
        }

        draft.Kind = QuoteKind.Mixed;
        var end = span.Pieces[^1].End;
        var closeEnd = span.IsClosed ? _tokens[span.CloseToken].End : end;
        draft.Content.Add(TextSpan.FromBounds(_tokens[first].Start, closeEnd));
        MarkQuotedInside(_tokens[first].Start, closeEnd);
    }

    /// <summary>A passive whose agent ends the clause: its subject is what was said or backed, the agent who did so ("This
    /// proposal |was rejected by| 64 percent of the electorate", "The meeting |was first reported by| Politico", "…, which
    /// |was first reported by| The Associated Press"); the cue runs to "by", as PolNeAR marks it.</summary>
    private bool PassiveSubjectContent(int sIndex, int cue, int cueEnd, TokenRange agent, int prev, Sentence s)
    {
        var after = agent.End;
        if (!Tagged || Words.StanceAdjectives.Has(W(cue)) || !(after >= s.End || IsTerminal(after) || IsComma(after) || IsDash(after) || IsChar(after, ';') || TimePhraseStartsAt(after, s)))
        {
            return false;
        }

        var subject = IsRelativeSubject(prev, s) ? new TokenRange(prev, prev + 1) : LeftSpeaker(cue, s.First);
        if (subject.IsEmpty || _inQuote[subject.First] >= 0 || subject.First <= s.First && Upos(subject.First) is "ADP" || subject.Count == 1 && Is(subject.First, "that")
            || Words.ListenerVerbs.Has(W(cue)) && (IsSpeakerLike(subject) || IsAgent(subject) || IsCap(subject.End - 1) || Upos(subject.End - 1) is "PRON"))
        {
            return false; // (a listener or target: "Sanders was asked by host Bill Maher")
        }

        return AddReported(sIndex, cue, cueEnd + 1, agent, TextSpan.FromBounds(_tokens[subject.First].Start, _tokens[subject.End - 1].End), "passive", 0.55) is not null;
    }

    /// <summary>The agent of an agentless-looking passive when "by" follows a short phrase with no verb and the agent ends
    /// the clause: "was described as “knife-obsessed” |by the police|,", "was accused of fraud |by prosecutors|."; empty
    /// otherwise (and for a verb's own agent: "was accused of being paid by the Russians").</summary>
    private TokenRange AgentAfterPhrase(int from, Sentence s)
    {
        if (!Tagged)
        {
            return TokenRange.None;
        }

        for (var b = from + 1; b < s.End && b - from <= 6; b++)
        {
            if (IsComma(b) || IsTerminal(b) || _inQuote[b] < 0 && Upos(b) is "VERB" or "AUX" or "SCONJ" or "PRON")
            {
                return TokenRange.None;
            }

            if (Is(b, "by") && _inQuote[b] < 0)
            {
                var agent = RightNp(b + 1, s.End);
                var after = agent.End;
                return !agent.IsEmpty && (IsAgent(agent) || IsSpeakerLike(agent) || IsNamed(agent))
                    && (after >= s.End || IsTerminal(after) || IsComma(after) || IsDash(after) || IsChar(after, ';'))
                    ? agent : TokenRange.None;
            }
        }

        return TokenRange.None;
    }

    /// <summary>Whether the cue is a participle right after the noun phrase before it (no auxiliary between) that modifies a
    /// noun rather than reports: "Meanwhile, the total |reported| casualties increased …" (after an adjective, or a number:
    /// "The June 15 |planned| date of …", before the noun it modifies); "to extradite people |accused| of crimes" (a reduced
    /// relative on a verb's object); "In a statement |released| after the attack, the Department …" (a document a preposition
    /// governs, with no agent, "that" or clause after it).</summary>
    private bool ParticipleModifiesPhrase(TokenRange np, int cue, int cueEnd, Sentence s)
    {
        if (!Tagged || np.IsEmpty || Xpos(cue) is not "VBN" || np.End != cue)
        {
            return false;
        }

        var modifier = (Upos(np.End - 1) is "ADJ" && !IsCap(np.End - 1) || Upos(np.End - 1) is "NUM") && Upos(cueEnd) is "NOUN"
            || np.First - 1 >= s.First && Upos(np.First) is "VERB";
        var document = np.First - 1 >= s.First && Upos(np.First - 1) is "ADP" && !Is(np.First - 1, "to") && Words.DocumentNouns.Has(W(np.End - 1))
            && !Is(cueEnd, "by") && !Is(cueEnd, "that") && !StartsClause(cueEnd, s);
        return modifier && !IsPassive(cue, s) || document;
    }

    // ---- Pass B: reported speech around a cue ----

    private void ReportedSpeech(int cue, int cueEnd, CueWord word)
    {
        var sIndex = _sentenceOf[cue];
        var s = _sentences[sIndex];
        if (word.Lemma == "according to")
        {
            AccordingTo(cue, cueEnd, s);
            return;
        }

        // "released a statement saying …": the gerund after the document is the cue, found from it
        if (IssuedDocumentGerund(cue, s) >= 0)
        {
            return;
        }

        var prev = SkipLeftModifiers(cue - 1, s.First);

        // passive: "has been accused by the U.S. of stealing", "was criticized by"
        if (word.Form is VerbForm.Past or VerbForm.Participle && IsPassive(cue, s))
        {
            if (!Is(cueEnd, "by"))
            {
                // no agent: "Mr. Quiros was accused of using …", "peacekeepers have been blamed for …": what was said,
                // with nobody named as saying it
                if (Words.AgentlessPassiveLemmas.Has(word.Lemma) && IsWord(cueEnd) && W(cueEnd) is "of" or "for" or "as" or "with"
                    && cueEnd + 1 < s.End)
                {
                    // the preposition belongs to the cue, as PolNeAR marks it ("was accused of | hurting …")
                    if (AgentAfterPhrase(cueEnd + 1, s) is { IsEmpty: false } late)
                    {
                        // the agent after a short phrase: "who was described as “knife-obsessed” |by the police|, sent …"
                        AddReported(sIndex, cue, cueEnd + 1, late, TextSpan.FromBounds(StartOf(cueEnd + 1, s), _tokens[late.First - 2].End), "passive", 0.65);
                        return;
                    }

                    AddReported(sIndex, cue, cueEnd + 1, TokenRange.None, TextSpan.FromBounds(StartOf(cueEnd + 1, s), ContentEnd(s, cueEnd + 1, false)), "passive", 0.55);
                }
                else if (Tagged && Words.StanceAdjectives.Has(W(cue)))
                {
                    StanceAdjective(sIndex, cue); // "McConnell is convinced that …": a stance, not a passive
                }
                else if (word.Lemma == "ask" && IsWord(cueEnd) && (W(cueEnd) is "whether" or "if" or "how" or "what" or "why" or "who" or "where" or "when"
                    || Is(cueEnd, "to") && Xpos(cueEnd + 1) is "VB") && cueEnd + 1 < s.End)
                {
                    // "Ronald Reagan was once asked how the Cold War would end", "was asked to testify": the question or request,
                    // with nobody named as asking it
                    AddReported(sIndex, cue, cueEnd, TokenRange.None, TextSpan.FromBounds(StartOf(cueEnd, s), ContentEnd(s, cueEnd, false)), "passive", 0.55);
                }

                return;
            }

            var agent = RightNp(cueEnd + 1, s.End);
            if (agent.IsEmpty)
            {
                return;
            }

            if (PassiveSubjectContent(sIndex, cue, cueEnd, agent, prev, s))
            {
                return;
            }

            var from = agent.End;
            if (Is(from, "that") || IsComma(from))
            {
                from++;
            }

            // what follows the agent must be what was said ("accused by the U.S. of stealing"), not when or how it
            // happened ("was declared by Nixon in the 1970s", "passed by Congress with wide support")
            // (nor how it was reported: "were reported by CNN |as such|:")
            if (from >= s.End || IsWord(from) && Words.Prepositions.Has(W(from)) && W(from) is not ("of" or "for" or "as" or "with" or "to" or "about")
                || IsWord(from) && Words.Prepositions.Has(W(from)) && W(from) is "with" && !Words.AgentlessPassiveLemmas.Has(word.Lemma)
                || Is(from, "as") && IsWord(from + 1) && W(from + 1) is "such" or "follows" or "well")
            {
                return;
            }

            // nor the rest of the agent's own phrase ("was supported by 42 percent of the Republicans |surveyed in the CBS
            // poll|", "is maintained |and owned by| …"): a phrase, a question or a clause, or a quotation
            if (Tagged && !(IsWord(from) && (Words.Prepositions.Has(W(from)) || Is(from - 1, "that") || W(from) is "whether" or "why" or "how" or "what" or "if" or "when" or "where" or "who")
                || IsOpenMark(from) || StartsClause(from, s)))
            {
                return;
            }

            AddReported(sIndex, cue, cueEnd, agent, TextSpan.FromBounds(StartOf(from, s), ContentEnd(s, from, false)), "passive", 0.65);
            return;
        }

        // inverted after a comma or quotation: "…, said Hua Chunying." (a participle after a comma is not inverted: "…,
        // echoing Mr. Putin")
        // (nor "told": "…, Kirsten Pfeifer from the Consumer Electronics Association, told the BBC News website." names the
        // listener after it)
        if ((IsComma(cue - 1) || IsCloseMark(cue - 1) || IsDash(cue - 1)) && word.Form is not VerbForm.Gerund && CanPrecedeSpeaker(word))
        {
            var speaker = WithPhraseAndApposition(RightNp(cueEnd, s.End), s.End);
            if (!speaker.IsEmpty && Is(speaker.End, "and") && Is(speaker.End + 1, "others"))
            {
                speaker = new TokenRange(speaker.First, speaker.End + 2); // "said Doyle and others"
            }

            // "Donald Trump, her Republican opponent, bemoaned the unrest in Charlotte.": after an apposition the cue has
            // its object, not its speaker, after it; an inverted speaker is someone ("said the spokesman", "said Hua")
            // (a relative clause about the speaker may follow: "…, said a former spokesman, Oleg Voloshyn, who also ran …")
            // (or an absolute "with" phrase: "…, reported officials, with 25 others injured.")
            var absolute = Tagged && !speaker.IsEmpty && IsComma(cue - 1) && word.CueCount >= 200 && IsComma(speaker.End) && Is(speaker.End + 1, "with") && !HasFiniteVerb(speaker.End + 2, s.End);
            if (!speaker.IsEmpty && (EndsClause(speaker.End, s) || IsTrailingPhrase(speaker.End, s) || absolute || IsComma(speaker.End) && (Is(speaker.End + 1, "who") || Is(speaker.End + 1, "whose") || Is(speaker.End + 1, "which") && HasCommaBetween(speaker.First, speaker.End))
                    || (Is(speaker.End, "who") || Is(speaker.End, "whose")) && HasCommaBetween(speaker.First, speaker.End))
                && !(Tagged && !IsAgent(speaker) && !IsSpeakerLike(speaker))
                && !(IsWord(speaker.First) && Words.Prepositions.Has(W(speaker.First)))) // (no speaker opens with a preposition: "…, goes |against| the resolution")
            {
                var before = BeforeClause(cue - 1, s);
                if (before is { } content)
                {
                    AddReported(sIndex, cue, cueEnd, speaker, content, "inverted", 0.75);
                }

                return;
            }

            // interrupting: "The contrast with Trump, said Doyle and others, would be clear since …": the subject before and
            // the verb after are what was said
            var resume = speaker.IsEmpty ? -1 : speaker.End;
            // (or a whole clause: "Often, said Mr Pearson, this sensitive information was invisible …")
            if (Tagged && resume > 0 && IsComma(resume) && resume + 1 < s.End && (IsFinite(resume + 1) || StartsClause(resume + 1, s)) && IsComma(cue - 1)
                && !HasFiniteVerb(s.First, cue - 1) && (IsAgent(speaker) || IsSpeakerLike(speaker)) && BeforeClause(cue - 1, s) is { } subject)
            {
                AddInterrupted(sIndex, cue, cueEnd, speaker, subject, resume, s);
                return;
            }
        }

        // gerund adjunct: "prosecutors filed charges alleging that …", "…, saying he …" (also over a raising gerund: "…,”
        // Sanders said, going on to say that …")
        var raising = IsComma(prev) && prev + 1 < cue && Is(prev + 1, "going") ? prev + 1 : -1;
        // (not a progressive after a contracted "be": "he’s not predicting …" is his finite verb)
        if ((word.Form == VerbForm.Gerund || raising >= 0) && !IsPassive(cue, s) && !(raising < 0 && IsProgressive(cue, s)))
        {
            var subject = GerundSubject(s, raising >= 0 ? raising : cue);

            // "In a statement announcing the pick, the union called …": a gerund inside an opening phrase speaks for the
            // subject of the clause after the phrase
            var opening = Words.Prepositions.Has(W(s.First)) && !HasFiniteVerb(s.First, cue);
            if (opening)
            {
                subject = TokenRange.None;
                for (var k = cueEnd; k < s.End; k++)
                {
                    // (also after a quotation whose comma is inside its marks: "After saying her foot was “so swollen …,” she")
                    if ((IsComma(k) || IsCloseMark(k) && IsComma(k - 1)) && _inQuote[k] < 0)
                    {
                        subject = StartsClause(k + 1, s) ? RightNp(k + 1, s.End) : TokenRange.None;
                        break;
                    }
                }
            }

            // (a verb the detector is less sure of speaks only for someone)
            if (subject.IsEmpty || raising < 0 && IsAgentOnlyLearnedCue(cue, word) && !IsSomeone(subject))
            {
                return;
            }

            // (an expletive or a preposition speaks for no one: "There were also emails that night showing …" is the emails';
            // "Amid the din …, you can be forgiven for not knowing …" names no speaker)
            if (Tagged && subject.Count == 1 && (Xpos(subject.First) is "EX" || Upos(subject.First) is "ADP"))
            {
                var be = subject.First + 1;
                while (be < cue && IsWord(be) && (IsAuxiliary(be) || Words.CueAdverbs.Has(W(be))))
                {
                    be++;
                }

                var noun = be;
                while (noun < cue && Upos(noun) is "DET" or "ADJ" or "NUM" or "NOUN" or "PROPN")
                {
                    noun++;
                }

                subject = Xpos(subject.First) is "EX" && be > subject.First + 1 && noun > be ? new TokenRange(be, noun) : TokenRange.None;
            }

            var from = ContentStart(cueEnd, s);
            if (from >= s.End || Is(cue, "speaking") && IsWord(from) && W(from) is "at" or "in" or "on" or "during" or "before" or "from")
            {
                return; // "Clinton, speaking at an African American church in Oakland, …": where, not what
            }

            // a rarer cue with only a noun phrase after it speaks only for someone ("The ferry ran late, echoing Mayor
            // Fenwick" is no attribution)
            if (Tagged && word.CueCount < _options.ClauseOnlyCueCount && !Words.StanceLemmas.Has(word.Lemma) && !HasClause(from, s) && !IsAgent(subject))
            {
                return;
            }

            // "saying earlier in the morning, “I WON THIS ELECTION!” on Twitter": when and where, then the quotation
            if (QuotationAfterOccasion(from, s) is var open and >= 0)
            {
                var quoted = NewDraft(sIndex, raising >= 0 ? raising : cue, cueEnd, subject, "gerund");
                FinishCueThenQuote(quoted, _markOpens[open], s);
                return;
            }

            // "the police when announcing the arrest in May identified her …": the participle's clause ends before the verb
            // of the subject it interrupts
            var gerundEnd = ContentEnd(s, from, opening);
            if (Tagged && !subject.IsEmpty && subject.End == cue - 1 && AfterWhenOrWhile(cue))
            {
                for (var k = from + 1; k < s.End && _tokens[k].Start < gerundEnd; k++)
                {
                    if (_inQuote[k] < 0 && Xpos(k) is "VBD" or "VBZ" or "VBP" && Upos(k - 1) is not "PRON" && !Is(k - 1, "that") && !Is(k - 1, "who") && !Is(k - 1, "which"))
                    {
                        gerundEnd = _tokens[k - 1].End;
                        break;
                    }
                }
            }

            AddReported(sIndex, raising >= 0 ? raising : cue, cueEnd, subject, TextSpan.FromBounds(StartOf(from, s), gerundEnd), "gerund", 0.6);
            return;
        }

        var np = LeftSpeaker(cue, s.First);

        // a lower-case adverb alone is no subject ("The sevengill shark, |sometimes| called a living fossil, …")
        if (Tagged && np.Count == 1 && Upos(np.First) is "ADV" && !IsCap(np.First) && !Words.Quantifiers.Has(W(np.First)) && !IsCountWord(np.First))
        {
            return;
        }

        if (ParticipleModifiesPhrase(np, cue, cueEnd, s))
        {
            return;
        }

        // a second verb of the same subject: "Democrats described the showdown as ominous, and said the panel …"
        // (also over the verb's auxiliaries: "…, and has called for …")
        // (or ", then": "Clinton paused, then revealed why …")
        var coordinated = np.IsEmpty && (Is(prev, "and") || Is(prev, "but") || Is(prev, "yet") && IsComma(prev - 1) || Is(prev, "then") && IsComma(prev - 1) || IsComma(prev) && Is(prev + 1, "then")) && prev > s.First + 1 && Upos(cue) is "VERB";
        if (coordinated)
        {
            np = RelativeBeforeCoordinated(prev, s) is var pronoun and >= 0 ? new TokenRange(pronoun, pronoun + 1)
                : ClauseSubjectBefore(prev, s) is { IsEmpty: false } clause ? clause
                : EarlierSpeaker(s, prev) is { IsEmpty: false } earlier ? earlier
                : FirstVerbSubject(s, prev) is { IsEmpty: false } first ? first : SentenceSubject(s, prev);
            if (Tagged && np.Count == 1 && Upos(np.First) is "ADV")
            {
                np = TokenRange.None; // an imperative: "Perhaps go a step further, and ask …"
            }
        }

        // "Trump took to Twitter to accuse …": the subject of the clause the infinitive belongs to
        if (np.IsEmpty && Is(cue - 1, "to") && word.Form == VerbForm.Base && Words.AgentlessPassiveLemmas.Has(word.Lemma))
        {
            np = SentenceSubject(s, cue - 1);
        }

        // "The victory led Priebus to declare …": the object of a causative verb does the cue
        if (np.IsEmpty && Tagged && Is(cue - 1, "to") && word.Form == VerbForm.Base && ControlledSubject(cue - 1, s) is { IsEmpty: false } controlled)
        {
            np = controlled;
        }

        // a relative clause speaks through its pronoun, as PolNeAR marks it: "the Chicago Police Department, which
        // reported …", "an architect who said …"
        if (np.IsEmpty && IsRelativeSubject(prev, s))
        {
            np = new TokenRange(prev, prev + 1);
        }

        // "family members of the victims, many of whom say …": the quantifier with its "of whom"
        if (np.IsEmpty && prev - 2 > s.First && Is(prev, "whom") && Is(prev - 1, "of") && IsWord(prev - 2)
            && (Words.Quantifiers.Has(W(prev - 2)) || IsNumber(prev - 2)))
        {
            np = new TokenRange(prev - 2, prev + 1);
        }

        // (what the reader is asked about says nothing yet: "How would you describe your style of leadership?")
        if (np.Count == 1 && W(np.First) is "you" or "You" && s.End - 1 > cue && (IsChar(s.End - 1, '?') || IsCloseMark(s.End - 1) && IsChar(s.End - 2, '?')))
        {
            return;
        }

        // "what Trump says his tax plan would do": a clause after the cue is what he said
        // ("…, analyst says.": a bare role in a headline's sentence-final attribution; a verb the detector is less sure of speaks
        // only for someone: "Tony Blair has already ruled out …", not "The deal sees …")
        var bareRole = np.Count == 1 && IsRoleWord(np.First) && !IsCap(np.First) && IsComma(np.First - 1) && (cueEnd >= s.End || IsTerminal(cueEnd) || IsComma(cueEnd));
        if (np.IsEmpty || !bareRole && !IsPlausibleSubject(np, whatMayPrecede: Tagged && cueEnd < s.End && (Upos(cueEnd) is "PRON" or "PROPN" or "DET"
            && HasFiniteVerb(cueEnd + 1, TokenAt(FreeRelativeEnd(s, cueEnd) - 1) + 1) || Upos(cueEnd) is "AUX" && IsFinite(cueEnd)))
            || IsAgentOnlyLearnedCue(cue, word) && !IsSomeone(np))
        {
            return;
        }

        // (a noun phrase after "was" is what the subject was, and the verb after it a participle that describes it: "the hall
        // was a country retreat |called| Bryn Tirion")
        if (!coordinated && np.End == cue && np.First - 1 >= s.First && W(np.First) is "a" or "an" && W(np.First - 1) is "is" or "was" or "are" or "were" or "been" or "be")
        {
            return;
        }

        var npBefore = np.First - 1;
        var postposed = !coordinated && npBefore >= s.First && (IsComma(npBefore) || IsCloseMark(npBefore) || IsDash(npBefore));
        var afterCue = cueEnd;
        TokenRange postListener = TokenRange.None;

        // interrupting, with a listener: "The difference now, he told me on Friday, is that …": the subject before and the
        // verb after are what was said
        if (postposed && Tagged && IsComma(npBefore) && Words.ListenerVerbs.Has(W(cue)) && RightNp(cueEnd, s.End) is { IsEmpty: false, Count: <= 4 } toldTo
            && TimePhraseEnd(toldTo.End, s) is var resumeAt && IsComma(resumeAt) && resumeAt + 1 < s.End && IsFinite(resumeAt + 1)
            && !HasFiniteVerb(s.First, npBefore) && BeforeClause(npBefore, s) is { } interrupted)
        {
            if (AddInterrupted(sIndex, cue, cueEnd, np, interrupted, resumeAt, s) is { } split)
            {
                AddSourceIfAgency(split, toldTo);
            }

            return;
        }

        // (what comes before must be a clause, not a time that opens the sentence: "On Tuesday, both of Trump's rivals
        // criticized his handling of the incident.")
        if (postposed && Words.ListenerVerbs.Has(W(cue)) && RightNp(cueEnd, s.End) is { IsEmpty: false } heard && (EndsClause(heard.End, s) || WhenClauseAt(heard.End, s))
            && (!Tagged || HasFiniteVerb(s.First, npBefore) || HasQuotationIn(s.First, npBefore)))
        {
            postListener = heard; // "…, Smith told the Associated Press."
            afterCue = heard.End;
        }

        // ("…, Obama told his advisers as he labored over the speech.": a clause of when ends the attribution too, and so do
        // its time and a venue: "…, he said Wednesday morning on MSNBC's “Morning Joe.”")
        var clauseEnd = afterCue >= s.End || IsTerminal(afterCue) || IsCloseMark(afterCue) && afterCue + 1 >= s.End || postposed && WhenClauseAt(afterCue, s)
            || postposed && IsChar(afterCue, ';') // ("…, political analysts say; in 2012, …")
            || postposed && (TimePhraseEnd(afterCue, s) is var venue && venue > afterCue && (IsTrailingPhrase(venue, s) || GerundCueAfterComma(venue, s) || IsChar(venue, ';'))
                || word.CueCount >= 300 && IsTrailingPhrase(afterCue, s) && HasFiniteVerb(s.First, npBefore)); // ("…, Carson said after the attacks.")
        if (postposed && (clauseEnd || IsComma(afterCue) || IsDash(afterCue) || TimePhraseStartsAt(afterCue, s)))
        {
            // "…, the spokesman said." and "…, she said, …"; not after a subordinate clause ("… and when asked, he
            // declined.")
            var segment = npBefore - 1;
            while (segment > s.First && !IsComma(segment) && _inQuote[segment] < 0)
            {
                segment--;
            }

            var segmentFirst = IsComma(segment) ? segment + 1 : s.First;
            if (clauseEnd && segmentFirst > s.First && npBefore - segmentFirst <= 3
                && (IsWord(segmentFirst) && _inQuote[segmentFirst] < 0 && Words.Subordinators.Has(W(segmentFirst)) && !Is(segmentFirst, "that")
                    || Is(segmentFirst, "and") && IsWord(segmentFirst + 1) && Words.Subordinators.Has(W(segmentFirst + 1))))
            {
                return;
            }

            // (a relative pronoun is no speaker of what came before it: "the Supreme Court, which rejected, the day before the
            // rally, a lawsuit …")
            var before = np.Count == 1 && IsWord(np.First) && W(np.First) is "which" or "who" or "that" ? null : BeforeClause(npBefore, s);
            if (before is not { } content)
            {
                return;
            }

            // (a participle phrase that opens the sentence is what the subject did, not what it said: "Speaking to
            // reporters on Tuesday, Fenwick smiled.")
            var contentFirst = TokenAt(content.Start);
            if (Tagged && clauseEnd && contentFirst == s.First && Xpos(contentFirst) is "VBG" && _inQuote[contentFirst] < 0 && !HasFiniteVerb(contentFirst, npBefore))
            {
                return;
            }

            // (a speaker who interrupts a clause interrupts only that one, not a sentence joined to it by a semicolon: "The boat
            // sank in 2015; |they had|, his father says, paid smugglers …")
            var resume = IsComma(afterCue) ? afterCue : TimePhraseEnd(afterCue, s); // (over "in a June report")
            if (IsComma(resume) && !clauseEnd)
            {
                for (var t = npBefore - 1; t > contentFirst; t--)
                {
                    if (IsChar(t, ';') && _inQuote[t] < 0)
                    {
                        content = TextSpan.FromBounds(_tokens[t + 1].Start, content.End);
                        break;
                    }
                }
            }

            var draft = AddReported(sIndex, cue, cueEnd, np, content, "postposed", 0.75);
            if (draft is not null && !postListener.IsEmpty)
            {
                AddSourceIfAgency(draft, postListener);
            }

            if (draft is not null && IsComma(resume) && !clauseEnd)
            {
                // interrupting: "All nations, she said, have an obligation to …" (and "…, the agency said in a June
                // report, and those in the bottom fifth paid …")
                var from = resume + 1;
                if (resume > afterCue && (Is(from, "and") || Is(from, "but")) && IsWord(from + 1) && HasFiniteVerb(from + 1, s.End))
                {
                    from++;
                }

                // (not a participle phrase about the speaker: "…, Twitter announced, gaining 22,000 followers"; but the
                // verb of a subject the speaker interrupted is what was said even where it reads as a cue: "The museum,
                // Mr. Bush said, celebrated several of his heroes")
                var subjectVerb = IsFinite(from)
                    && !_lex.TryGetCue(W(from), out _) && !HasFiniteVerb(TokenAt(content.Start), npBefore);
                if ((subjectVerb || !IsCue(from, out _, out _)) && !Is(from, "according") && from < s.End && !Words.TimeWords.Has(W(from))
                    && !(Xpos(from) is "VBG" or "VBN" && !HasFiniteVerb(from, s.End)))
                {
                    var end = ContentEnd(s, from, false);
                    if (end > _tokens[from].Start)
                    {
                        AddPiece(draft, TextSpan.FromBounds(_tokens[from].Start, end));
                        _cueUsed[from] = subjectVerb || _cueUsed[from];
                    }
                }
            }

            return;
        }

        // "…, as police have said.": the clause before the comma is what they said
        if (clauseEnd && np.First - 2 > s.First && Is(np.First - 1, "as") && IsComma(np.First - 2) && BeforeClause(np.First - 2, s) is { } said)
        {
            AddReported(sIndex, cue, cueEnd, np, said, "postposed", 0.7);
            return;
        }

        // "As many tax experts have pointed out, Mr. Trump is free to …": the clause after the comma is what they said
        if (np.First - 1 >= s.First && Is(np.First - 1, "as") && (np.First - 1 == s.First || IsComma(np.First - 2)))
        {
            // over "it" or "out" and a phrase of time or venue ("as we saw in 2009,", "as Ms. Simonyan put it in a statement,")
            var comma = Is(cueEnd, "out") || Is(cueEnd, "it") ? cueEnd + 1 : cueEnd;
            if (IsWord(comma) && Words.Prepositions.Has(W(comma)))
            {
                var k = comma + 1;
                while (k < s.End && k - comma <= 10 && IsWord(k) && !IsFinite(k) && _inQuote[k] < 0)
                {
                    k++;
                }

                comma = k;
            }

            if ((IsComma(comma) || IsChar(comma, ':') && IsOpenMark(comma + 1)) && comma + 2 < s.End && (IsWord(comma + 1) || IsOpenMark(comma + 1)))
            {
                // "If, as I've suggested, he and other developers benefit …, he has proposed …": the content ends with the "if" clause
                var inSubordinate = np.First - 3 >= s.First && IsWord(np.First - 3) && Words.Subordinators.Has(W(np.First - 3));
                AddReported(sIndex, cue, cueEnd, np, TextSpan.FromBounds(StartOf(comma + 1, s), ContentEnd(s, comma + 1, inSubordinate)), "preposed", 0.6);
                return;
            }
        }

        // (a cue the tagger reads as a noun, then a comma, names a document, not what it said: "In the wake of the New York
        // Times report, Trump has portrayed himself as …")
        // (nor one whose subject is a preposition's object: "In the wake of the Reuters report, …")
        if (Tagged && !postposed && cueEnd == cue + 1 && IsComma(cueEnd)
            && (Upos(cue) is "NOUN" || np.First - 1 >= s.First && Words.Prepositions.Has(W(np.First - 1)) && !Is(np.First - 1, "as") && !Is(s.First, "as") && !HasFiniteVerb(s.First, np.First)))
        {
            return;
        }

        // pre-posed: "Hua said (that) …", "China has denied that …", "officials have vowed to …"
        var start = ContentStart(SkipAsDid(cueEnd, s), s);
        if (IsChar(cueEnd, ':') && cueEnd == s.End - 1 && ParagraphAfter(s) is { } block && !postposed)
        {
            // "The governor added:¶It's typical of …": the next paragraph, unquoted, is what was said
            AddReported(sIndex, cue, cueEnd, np, block, "preposed", 0.6);
            return;
        }

        if (start >= s.End || IsTerminal(start) || Tagged && TimePhraseStartsAt(start, s) && !HasFiniteVerb(start, s.End) && !ClauseAfterOccasion(start, s)
            || W(start) is "and" or "or" && start == cueEnd
            || word.Lemma is "tell" && start == cueEnd && RightNp(cueEnd, s.End) is { IsEmpty: false } listenerOnly && (listenerOnly.End >= s.End || IsTerminal(listenerOnly.End))
            || word.Lemma is "write" && start == cueEnd && RightNp(cueEnd, s.End) is { IsEmpty: false } written && IsWrittenWork(written.End - 1)
                && !SaysAfter(written.End, s.End)
            || word.Lemma is "find" && W(start) is "himself" or "herself" or "itself" or "themselves" or "myself" or "ourselves" or "yourself" or "ways" or "way")
        {
            return; // (nor only when and where: "Michael Dell said last week in Tel Aviv."; nor "who said and did the same";
                    // nor only the listener: "Clinton told the New York Daily News."; nor what was written: "wrote a
                    // children's book"; nor "found himself in trouble", "found ways to …")
        }

        // "said Tuesday the ferry was late", "revealed yesterday the drug was found": a day before the clause
        if (Tagged && start == cueEnd && IsWord(start) && (Words.Weekdays.Has(W(start)) || W(start) is "today" or "yesterday")
            && start + 1 < s.End && !IsPossessive(start + 1) && !IsPossessiveMark(start + 1) && StartsClause(start + 1, s)) // (not "believes Saturday's contest will …")
        {
            start++;
        }

        // "has said for weeks he is …": a duration before the clause
        if (Tagged && Is(start, "for") && start == cueEnd && IsWord(start + 1) && W(start + 1) is "weeks" or "months" or "years" or "days" or "decades"
            && start + 2 < s.End && StartsClause(start + 2, s))
        {
            start += 2;
        }

        // "Clinton spoke, saying she favors …": a gerund cue after the comma is its own attribution, not this verb's content
        if (start > cueEnd && IsComma(start - 1) && IsWord(start) && _lex.TryGetCue(W(start), out var next) && next.Form == VerbForm.Gerund)
        {
            return;
        }

        // "said after the convention he would not accept …": a phrase of time before the clause that was said
        // (and a venue: "wrote in both listings he was …")
        // (any cue when a pronoun and its verb follow the venue: "admitted under Warren's grilling he hadn't …")
        if (Tagged && IsWord(start) && (W(start) is "after" or "before" or "during" or "following" or "since" || W(start) is "in" or "on" or "at" or "under") && !AfterThat(start)
            && RightNp(start + 1, s.End) is { IsEmpty: false, Count: <= 8 } occasion && !HasVerb(occasion.First, occasion.End))
        {
            // (the occasion ends at its time word: "said on Monday the interview was cordial" is no noun phrase "Monday the
            // interview")
            for (var k = occasion.First; k < occasion.End - 1; k++)
            {
                if (Words.TimeWords.Has(W(k)) && Words.Determiners.Has(W(k + 1)))
                {
                    occasion = new TokenRange(occasion.First, k + 1);
                    break;
                }
            }

            var clause = IsComma(occasion.End) ? occasion.End + 1 : occasion.End;
            var pronounClause = clause + 1 < s.End && IsWord(clause) && Words.SubjectPronouns.Has(W(clause)) && Upos(clause) is "PRON" && IsFinite(clause + 1);
            // (after a comma, also with a past tense the tagger reads as a participle, and from a count: "said on Saturday,
            // about 20 buildings collapsed")
            var counted = IsComma(occasion.End) ? AfterCount(clause) : clause;
            if (clause < s.End && StartsClause(counted, s, pastParticiple: IsComma(occasion.End)) && (W(start) is not ("in" or "on" or "at" or "under") || word.CueCount >= 300 && !Is(start, "under") || pronounClause))
            {
                start = clause;
            }
        }

        // "told reporters she was leaning …", "told The Washington Post the vote was close": the listener, then the clause
        // (and a time phrase after the listener: "told African-Americans this weekend he would …")
        if (Tagged && start == cueEnd && Words.TellingVerbs.Has(W(cue)) && RightNp(start, s.End) is { IsEmpty: false, Count: <= 8 } listened
            && TimePhraseEnd(listened.End, s) is var heardEnd && heardEnd < s.End
            && !(IsWord(heardEnd) && W(heardEnd) is "who" or "whom" or "whose" or "which" or "that" or "anything" or "something" or "nothing" or "everything")
            && (IsWord(heardEnd) && Words.SubjectPronouns.Has(W(heardEnd)) && Upos(heardEnd) is "PRON" && IsFinite(heardEnd + 1) || StartsClause(heardEnd, s)))
        {
            start = heardEnd;
        }
        else if (Tagged && start == cueEnd && Words.TellingVerbs.Has(W(cue)) && PronounClauseAfterListener(start, s) is var pronoun and > 0)
        {
            start = pronoun; // "told BBC Radio 4's Today programme she would not stop"
        }
        else if (Tagged && start == cueEnd && Words.TellingVerbs.Has(W(cue)) && ClauseAfterPressListener(start, s) is var subject and > 0)
        {
            start = subject; // "told the press a nearly 24-hour search mission involving three helicopters had discovered …"
        }
        else if (Tagged && start == cueEnd && Words.TellingVerbs.Has(W(cue)) && AgencyListenerEnd(start, s) is var afterAgency and > 0)
        {
            start = afterAgency; // "told the BBC Michael Howard had always been in favour", "told BBC News Labour MPs would not get …"
        }

        // (but "said if Trump picked him it would be …", "asked if the ferry would run": a conditional or a question is
        // what was said)
        var conditional = (Is(start, "if") || Is(start, "because") && CommaAfterClause(start, s)) && start == cueEnd && Tagged && HasFiniteVerb(start + 1, s.End);

        // (nor "have not said when they would take up …": what a negated cue leaves unsaid is an indirect question)
        conditional |= start == cueEnd && Tagged && IsWord(start) && W(start) is "when" or "where" or "whether" && IsNegated(cue, s) && HasFiniteVerb(start + 1, s.End);
        if (IsWord(start) && (Words.Subordinators.Has(W(start)) && !Is(start, "as") && !AfterThat(start) && !conditional || IsTail(start, s) || IsComma(start - 1) && IsTail(start, s)))
        {
            return; // "what Liz Wahl said when she resigned", "are continuing, he said"
        }

        // "… spoke Maria Kalesnikava, who headed the campaign": a relative clause is not what was said
        if (IsWord(start) && W(start) is "who" or "whom" or "whose" or "which")
        {
            return;
        }

        // a time or venue phrase between the cue and its content: "announced on Friday the arrest of …"
        if (IsWord(start) && Words.Prepositions.Has(W(start)) && !AfterThat(start))
        {
            // (several phrases: "said in a written statement in March that …")
            var phraseEnd = TimePhraseEnd(start, s);
            if (phraseEnd > start && phraseEnd < s.End && !IsTerminal(phraseEnd))
            {
                var after = IsComma(phraseEnd) ? phraseEnd + 1 : phraseEnd;
                // (what follows where someone spoke is no topic unless it is a clause: "spoke on the radio show Morning |Joe|")
                if (after < s.End && IsWord(after) && (!Words.Prepositions.Has(W(after)) || IsCountStart(after))
                    && !(word.Lemma is "speak" or "talk" && Tagged && !StartsClause(after, s)))
                {
                    start = ContentStart(after, s);
                }
            }
        }

        // "spoke in the rally and encouraged supporters to …": after the occasion, a second verb of the subject is its own
        // attribution, not what was spoken
        if (start > cueEnd && IsWord(start) && W(start) is "and" or "but" or "or" && Tagged && IsWord(start + 1) && Upos(start + 1) is "VERB" or "AUX")
        {
            return;
        }

        // "explained to the council how the pier would be rebuilt": the listener, then the question
        if (Tagged && Is(start, "to") && RightNp(start + 1, s.End) is { IsEmpty: false, Count: <= 6 } asked && IsWord(asked.End)
            && W(asked.End) is "why" or "how" or "whether" or "what" && HasFiniteVerb(asked.End + 1, s.End))
        {
            start = asked.End;
        }

        // "spoke at the White House on Tuesday about rights that …": over the occasion to what was spoken about
        if (word.Lemma is "speak" or "talk" or "testify" or "joke" or "complain" or "comment" && IsWord(start) && !Is(start, "about")
            && (Words.Prepositions.Has(W(start)) || Tagged && Upos(start) is "ADV") && AboutAfterOccasion(start, s) is var about and > 0)
        {
            start = about + 1;
        }

        // "was speaking Friday in Fort Wayne": when and where someone spoke is not what they said
        if (word.Lemma is "speak" or "talk" && IsWord(start) && Words.TimeWords.Has(W(start)) && !Is(start, "statement") && !Is(start, "interview")
            && (start + 1 >= s.End || !IsWord(start + 1) || Words.Prepositions.Has(W(start + 1))) && !Is(start + 1, "about") && !Is(start + 1, "of"))
        {
            return;
        }

        // ("an explosion that the mayor described |as| “an intentional act”": what the relative pronoun was described as)
        var pronounAt = RelativePronounBefore(np.First, s);
        var relativePronoun = pronounAt >= 0 ? pronounAt : np.First - 1;
        var afterRelativePronoun = pronounAt >= 0;
        var describedAs = Tagged && start == cueEnd && Is(start, "as") && word.Lemma is "describe" or "characterize" or "characterise" or "portray" or "cast"
            && afterRelativePronoun;
        if (IsWord(start) && Words.Prepositions.Has(W(start)) && !describedAs && !AfterThat(start) && !Is(start, "about") && !IsCountStart(start) && !(Is(start, "of") && word.Lemma is not ("say" or "add" or "write")) && !(Is(start, "to") && Words.IntentionLemmas.Has(word.Lemma))
            && !(word.Lemma is "predict" or "estimate" or "forecast" or "project" or "expect" or "find" && W(start) is "between" or "around" or "over" or "under" or "up" && start + 1 < s.End && (IsNumber(start + 1) || Upos(start + 1) is "NUM" || Is(start + 1, "to") && IsNumber(start + 2))) // "predict between two and four rate rises"
            && !(Is(start, "for") && word.Lemma is "call" or "ask" or "push" or "argue" or "press" or "fight" or "campaign" or "lobby" or "plead" or "appeal")
            && !(Is(start, "for") && word.CueCount >= 300 && ForToClause(start, s)))
        {
            return; // "spoke at length on Monday"
        }

        // a rarer verb with only a noun phrase after it is an action, not an attribution: "presented the accounts",
        // "find cracks in the dam"; a title of a work after it is not a quote: "read “The Long Winter”"
        if (word.CueCount < _options.ClauseOnlyCueCount && !Words.StanceLemmas.Has(word.Lemma) && cueEnd - cue == 1 && !HasClause(start, s)
                && !(_cues is not null && Upos(cue) is "VERB" && LearnedCueScore(cue) > _options.LearnedObjectMargin
                    && (IsAgent(np) || IsCountry(np) && word.Lemma is "allege" or "deny" or "dispute" or "regard" or "reject" or "condemn" or "criticize" or "criticise"
                        or "blame" or "accuse" or "acknowledge" or "admit" or "claim" or "insist" or "warn" or "welcome" or "praise" or "oppose"))
                && !(word.Lemma is "find" or "reveal" or "show" && Words.DocumentNouns.Has(W(DocumentHead(np))))
            || IsOpenMark(start) && IsTitleOfWork(_quoted[_markOpens[start]]))
        {
            return;
        }

        // a relative clause set off by a comma ends at the next comma: "The department, which reported two shootings, said …"
        // ("As Nigeria announced its new initiative, Ghana …": "as" opens a subordinate clause when the cue has an object;
        // "As many experts have pointed out, …" is another pattern)
        var subordinate = IsSubordinate(s, np.First) || np.Count == 1 && (Is(np.First, "which") || Is(np.First, "who")) && IsComma(np.First - 1)
            || Is(np.First - 1, "as") && !IsComma(start - 1) && !IsComma(cueEnd) && !HasFiniteVerb(s.First, np.First);
        var listener = ListenerBetween(cueEnd, start);
        var contentEnd = ContentEnd(s, start, subordinate);
        if (Is(np.First - 1, "what") && Tagged)
        {
            contentEnd = Math.Min(contentEnd, FreeRelativeEnd(s, start)); // "what Trump says |his plan would do| and …"
        }

        // "People who oppose |the plan| said the decision was wrong": in a relative clause on the sentence's subject, a
        // reporting verb after the object is the sentence's own verb, not the start of a clause the object opens
        if (Tagged && np.Count == 1 && W(np.First) is "who" or "that" && !IsComma(np.First - 1) && !HasFiniteVerb(s.First, np.First)
            && RightNp(start, s.End) is { IsEmpty: false } objectNp && objectNp.First == start && IsWord(objectNp.End) && Upos(objectNp.End) is "VERB" && IsFinite(objectNp.End)
            && _lex.TryGetCue(W(objectNp.End), out var mainCue) && mainCue.Form is VerbForm.Past or VerbForm.ThirdPerson)
        {
            contentEnd = Math.Min(contentEnd, _tokens[objectNp.End - 1].End);
        }
        // (a noun phrase up to where such a phrase starts, whatever clause follows it: "thanked |the pilots| during a visit to
        // the terminal, where crowds gathered")
        if (Tagged && !(Is(start - 1, "that") || Is(start, "to") || IsOpenMark(start)) && Math.Min(contentEnd, NounPhraseContentEnd(s, start)) is var npEnd
            && !HasVerb(start, TokenAt(npEnd - 1) + 1))
        {
            contentEnd = npEnd;
        }

        // "laws that some say target Muslims", "the plan, which Trump says will create jobs": the relative pronoun is the
        // subject of what was said, and part of the content, as PolNeAR marks it
        var relative = Tagged && start == cueEnd && afterRelativePronoun && np.Count <= 6
            && (IsFinite(start) || Xpos(start) is "MD" || describedAs) && (!Is(relativePronoun, "that") || Upos(relativePronoun - 1) is "NOUN" or "PROPN");
        if (relative && IsComma(relativePronoun - 1))
        {
            // "The policy, which officials said will go into effect soon, |will not apply| to …": the main clause's verb after
            // the closing comma ends it (also after a quotation's closing comma: "…, which he described as “an act,” shook …")
            for (var k = start + 1; k < s.End && _tokens[k].Start < contentEnd; k++)
            {
                if ((IsComma(k) && _inQuote[k] < 0 || IsCloseMark(k) && IsComma(k - 1)) && IsFinite(k + 1))
                {
                    contentEnd = IsComma(k) ? _tokens[k].Start : _tokens[k].End;
                    break;
                }
            }
        }

        // "Republicans who have praised |his candidacy| warned on Tuesday …", "Guerrero, a Republican who described |himself as a
        // religious Catholic|, said …": a relative clause inside the main clause's subject ends where the main verb comes
        if (Tagged && !relative && np.Count == 1 && W(np.First) is "who" or "which" or "that" && !IsComma(np.First - 1)
            && !HasFiniteVerb(s.First, np.First))
        {
            var clausal = Is(start - 1, "that") || StartsClause(start, s);
            for (var k = start + 1; k < s.End && _tokens[k].Start < contentEnd; k++)
            {
                if (_inQuote[k] >= 0)
                {
                    continue;
                }

                if (IsComma(k) && IsFinite(k + 1) && Upos(k + 1) is "VERB" or "AUX"
                    || !clausal && Upos(k) is "VERB" or "AUX" && IsFinite(k) && !Is(k - 1, "and") && !Is(k - 1, "or") && !Is(k - 1, "but"))
                {
                    contentEnd = _tokens[k - 1].End;
                    break;
                }
            }
        }

        // ("described as": the preposition is part of the cue, as PolNeAR marks it)
        var relativeCueEnd = relative && describedAs ? cueEnd + 1 : cueEnd;
        var gapContent = TextSpan.FromBounds(StartOf(relative && describedAs ? start + 1 : start, s), contentEnd);
        var d = AddReported(sIndex, cue, relativeCueEnd, np, relative ? _tokens[relativePronoun].Span : gapContent, relative ? "relative" : "preposed",
            word.CueCount >= 300 ? 0.75 : 0.6);
        if (d is not null && relative)
        {
            AddPiece(d, gapContent);
        }

        if (d is not null && !listener.IsEmpty)
        {
            AddSourceIfAgency(d, listener);
        }
    }

    /// <summary>An attribution that interrupts what was said ("The contrast with Trump, said Doyle, would be clear", "The
    /// difference now, he told me on Friday, is that …"): the words before it, and the clause that resumes after the comma
    /// at <paramref name="comma"/>; null when nothing resumes or another attribution holds the words.</summary>
    private Draft? AddInterrupted(int sIndex, int cue, int cueEnd, TokenRange speaker, TextSpan before, int comma, Sentence s)
    {
        var end = ContentEnd(s, comma + 1, false);
        if (end <= _tokens[comma + 1].Start || AddReported(sIndex, cue, cueEnd, speaker, before, "inverted", 0.7) is not { } split)
        {
            return null;
        }

        AddPiece(split, TextSpan.FromBounds(_tokens[comma + 1].Start, end));
        return split;
    }

    /// <summary>"…, who have taken to the streets and called for …": the relative pronoun whose clause the conjunction at
    /// <paramref name="conjunction"/> continues (no comma between them), or -1.</summary>
    private int RelativeBeforeCoordinated(int conjunction, Sentence s)
    {
        for (var k = conjunction - 1; k > s.First && conjunction - k <= 15; k--)
        {
            if (!IsWord(k) || _inQuote[k] >= 0)
            {
                return -1;
            }

            if (W(k) is "who" or "which" && IsComma(k - 1) && Tagged && HasFiniteVerb(k + 1, conjunction))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>"say |for the party's nominee to win they will have to …|": "for", a noun phrase and an infinitive, then the
    /// clause it conditions.</summary>
    private bool ForToClause(int start, Sentence s)
    {
        for (var k = start + 1; k < s.End && k - start <= 8 && IsWord(k) && _inQuote[k] < 0; k++)
        {
            if (Is(k, "to") && Xpos(k + 1) is "VB")
            {
                return k + 2 < s.End && StartsClause(k + 2, s);
            }
        }

        return false;
    }

    /// <summary>The head of a speaker mention that is a document, over its author ("A 2014 study |by …|"): the word
    /// before "by", else the mention's last word.</summary>
    private int DocumentHead(TokenRange np)
    {
        for (var k = np.First; k < np.End; k++)
        {
            if (Is(k, "by") && k > np.First)
            {
                return k - 1;
            }
        }

        return np.End - 1;
    }

    /// <summary>"Several experts cautioned, as did the campaign itself, that …": a comparison between commas after the cue
    /// is skipped when "that" follows it; otherwise <paramref name="t"/>.</summary>
    private int SkipAsDid(int t, Sentence s)
    {
        if (!IsComma(t) || !Is(t + 1, "as") || !IsWord(t + 2) || !(IsAuxiliary(t + 2) || W(t + 2) is "did" or "do" or "does"))
        {
            return t;
        }

        for (var k = t + 3; k < s.End && k - t <= 15; k++)
        {
            if (IsComma(k))
            {
                return Is(k + 1, "that") ? k + 1 : t;
            }
        }

        return t;
    }

    /// <summary>Where a noun-phrase content ends: "endorsed |Donald Trump's presidential campaign|, the latest chapter in
    /// …", "called for |more school investment| in a statement on Thursday", "warned |officials| after hackers …": before
    /// an apposition, a closing time or venue phrase ("rejected |that argument| in a ruling released Thursday"), a phrase with "during",
    /// or a subordinate clause ("decried |a tightening race| as Trump consolidates …").</summary>
    private int NounPhraseContentEnd(Sentence s, int start)
    {
        for (var k = start + 1; k < s.End; k++)
        {
            if (_inQuote[k] >= 0)
            {
                continue;
            }

            var cut = IsComma(k) && IsWord(k + 1) && (W(k + 1) is "the" or "a" or "an" or "another") && !HasClause(k + 1, s) && !InfinitiveAfterApposition(k, s)
                || IsWord(k) && W(k) is "after" or "before" or "while" or "when" or "until" or "since" or "despite" or "because" && !Is(k + 1, "of")
                || IsWord(k) && W(k) is "in" or "on" or "during" or "last" or "this" && IsCalendarPhrase(k + 1, s)
                || Is(k, "at") && IsOccasionAfter(k + 1, s) || Is(k, "during")
                || Is(k, "as") && k > start + 1 && StartsClause(k + 1, s)
                || Is(k, "in") && k > start + 1 && IsVenueAfter(k + 1, s)
                || IsComma(k) && (IsWord(k + 1) && W(k + 1) is "something" or "down" or "up" or "compared" || Is(k + 1, "without"))
                || Is(k, "last") && IsWord(k + 1) && (Words.Weekdays.Has(W(k + 1)) || W(k + 1) is "week" or "month" or "year" or "night" or "weekend" or "spring" or "summer" or "fall" or "winter");
            if (cut)
            {
                var last = k - 1;
                while (last > start && IsTrailingPunctuation(last))
                {
                    last--;
                }

                return _tokens[last].End;
            }
        }

        return s.Span.End;
    }

    /// <summary>"his remarks", "an on-air diatribe", "a ruling released Thursday": where something was said, within four
    /// words.</summary>
    private bool IsVenueAfter(int t, Sentence s)
    {
        for (var k = t; k < s.End && k - t < 4 && IsWord(k); k++)
        {
            if ((Words.TimeWords.Has(W(k)) || Words.VenueNouns.Has(W(k))) && !IsCap(k) && !Is(k + 1, "of") && !Is(k + 1, "that"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"asked |Lester Holt, the moderator of the debate, to fact check Trump|": an infinitive after the apposition
    /// that opens at the comma <paramref name="comma"/> goes on with the object.</summary>
    private bool InfinitiveAfterApposition(int comma, Sentence s)
    {
        for (var k = comma + 1; k < s.End && k - comma <= 15; k++)
        {
            if (IsComma(k))
            {
                return Is(k + 1, "to") && IsWord(k + 2) && Upos(k + 2) is not ("DET" or "PROPN" or "PRON" or "NUM");
            }
        }

        return false;
    }

    /// <summary>"the meeting", "a campaign rally", "Monday's debate": an occasion within four words.</summary>
    private bool IsOccasionAfter(int t, Sentence s)
    {
        for (var k = t; k < s.End && k - t < 4 && IsWord(k); k++)
        {
            if (Words.TimeWords.Has(W(k)) && !IsCap(k) && !Is(k + 1, "of") && !Is(k + 1, "that"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether tokens [from, to) hold a verb or auxiliary outside quotation marks, as the tagger reads them.</summary>
    private bool HasVerb(int from, int to)
    {
        for (var k = from; k < to && k < _tokens.Length; k++)
        {
            if (_inQuote[k] < 0 && Upos(k) is "VERB" or "AUX")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"July", "Thursday", "a statement on Thursday", "the interview last week": a date or the occasion of a
    /// statement, up to the end of the clause.</summary>
    private bool IsCalendarPhrase(int t, Sentence s)
    {
        var k = t;
        while (k < s.End && IsWord(k) && (Words.Determiners.Has(W(k)) || Upos(k) is "ADJ" or "NUM"))
        {
            k++;
        }

        // (not "may", which is more often the verb)
        return k < s.End && IsWord(k) && (Words.Weekdays.Has(W(k)) || Words.Months.Has(W(k)) && !Is(k, "may")
                || W(k).ToString().ToLowerInvariant() is "week" or "month" or "year" or "statement" or "interview" or "speech")
            && TimePhraseStartsAt(t - 1, s);
    }

    /// <summary>A noun that reports what someone said or thinks, with its source and a "that" clause: "Trump's claim that
    /// …", "the claim by Clinton that …", "the mayor's warning that …".</summary>
    private void NominalAttribution(int sIndex, int cue)
    {
        var s = _sentences[sIndex];
        var next = cue + 1;
        TokenRange source;
        if (Is(next, "by") && !IsCap(cue))
        {
            source = RightNp(next + 1, s.End);
            next = source.End;
        }
        else if (PossessivePronounBefore(cue, s) is var pronoun and >= 0)
        {
            // "his claim that …", "their recent warning that …": the pronoun is the source, resolved like any other
            source = new TokenRange(pronoun, pronoun + 1);
        }
        else if (PossessiveBefore(cue, s) is var marker and >= 0)
        {
            // "Trump's claim", "the mayor's warning", "Trump's recent evidence-free assertion": the possessor, without the
            // possessive marker; with tags, only nouns, names and adjectives and one determiner ("support the mayor's claim"
            // is not the mayor's support)
            var owner = LeftNp(marker - 1, s.First);
            if (Tagged)
            {
                var first = marker;
                while (first - 1 >= s.First && Upos(first - 1) is "PROPN" or "NOUN" or "ADJ" or "NUM" && _inQuote[first - 1] < 0)
                {
                    first--;
                }

                if (first - 1 >= s.First && Upos(first - 1) is "DET")
                {
                    first--;
                }

                owner = first < marker ? new TokenRange(first, marker) : TokenRange.None;
            }

            // the mention keeps its possessive marker, as PolNeAR marks it ("Nervo's conclusion that …")
            source = owner.IsEmpty ? TokenRange.None : new TokenRange(owner.First, marker + 1);
        }
        else
        {
            return;
        }

        if (source.IsEmpty || next + 1 >= s.End || !(source.Count == 1 && Words.PossessivePronouns.Has(W(source.First))) && !IsPlausibleSubject(source))
        {
            return;
        }

        // "Rubio's response was that …" (the copula is part of the cue, as PolNeAR marks it), "Their argument: …"
        var cueEnd = cue + 1;
        if (next + 2 < s.End && W(next) is "was" or "is" && IsChar(next + 1, ':') && IsOpenMark(next + 2))
        {
            // "Clinton's response was: “…”"
            if (!_quotedUsed[_markOpens[next + 2]])
            {
                var quoted = NewDraft(sIndex, cue, next + 2, source, "nominal");
                FinishCueThenQuote(quoted, _markOpens[next + 2], s);
                quoted.Confidence = 0.7;
            }

            return;
        }

        if (next + 2 < s.End && W(next) is "was" or "is" && Is(next + 1, "that"))
        {
            cueEnd = next + 1;
            next++;
        }
        else if (next == cue + 1 && IsChar(next, ':') && next + 2 < s.End && StartsClause(next + 1, s))
        {
            AddReported(sIndex, cue, next + 1, source, TextSpan.FromBounds(StartOf(next + 1, s), ContentEnd(s, next + 1, false)), "nominal", 0.6);
            return;
        }

        if (!Is(next, "that") || IsPronounThat(next))
        {
            return;
        }

        var start = next + 1;
        if (!HasClause(start, s))
        {
            return;
        }

        var end = ContentEnd(s, start, false);
        if (NominalSubjectClauseEnd(s, start, cue) is { } main)
        {
            end = Math.Min(end, _tokens[main].Start);
        }

        AddReported(sIndex, cue, cueEnd, source, TextSpan.FromBounds(StartOf(start, s), end), "nominal", 0.6);
    }

    /// <summary>A possessive pronoun before a nominal cue, with at most two adjectives between ("his recent claim"), or -1.</summary>
    private int PossessivePronounBefore(int cue, Sentence s)
    {
        var p = SkipAdjectivesBefore(cue, s);
        return p >= s.First && IsWord(p) && Words.PossessivePronouns.Has(W(p)) && (!Tagged || Upos(p) is "PRON" or "DET") ? p : -1;
    }

    /// <summary>The possessive marker before a nominal cue, with at most two adjectives between ("Trump's recent
    /// claim"), or -1; it has a word before it.</summary>
    private int PossessiveBefore(int cue, Sentence s)
    {
        var p = SkipAdjectivesBefore(cue, s);
        return p > s.First && IsPossessive(p) ? p : -1;
    }

    /// <summary>"Trump leads by 57 percent to 33 percent |in| the 50-state poll.", "Clinton led Sanders more than 2-1 |in| an
    /// NBC News/Marist poll Jan. 23-24": one poll or survey at the end of a clause is the source of that clause, from its
    /// subject to "in" (not polls in general: "he is running third in most polls" is the writer's summary).</summary>
    private bool PollAfter(int sIndex, int cue)
    {
        var s = _sentences[sIndex];
        if (!Tagged || Xpos(cue - 1) is "VBN" || IsWord(cue - 1) && W(cue - 1) is "out" or "so" or "surveyed" or "polled" or "questioned" or "interviewed" or "sampled")
        {
            return false; // (a participle's phrase: "the Republicans surveyed in the CBS poll", "is borne out in …")
        }

        var head = -1;
        for (var k = cue + 1; k < s.End && k - cue <= 10 && (IsWord(k) || IsNumber(k) || IsChar(k, '/') || IsChar(k, '-') || IsPossessiveMark(k)) && _inQuote[k] < 0; k++)
        {
            if (W(k) is "poll" or "survey")
            {
                head = k;
                break;
            }

            if (Upos(k) is "VERB" or "AUX" or "ADP" || W(k) is "and" or "or")
            {
                return false; // "in hypothetical matchups in recent polls": another phrase first
            }
        }

        // the poll ends the clause: the sentence ends, or a comma, a date or a participle phrase follows
        var after = head + 1;
        if (head < 0 || !(after >= s.End || IsTerminal(after) || IsComma(after) || IsChar(after, ';') || IsDash(after) || Xpos(after) is "VBN"
                || IsWord(after) && (Words.Weekdays.Has(W(after)) || Words.Months.Has(W(after))
                    || W(after) is "released" or "conducted" or "taken" or "published" or "this" or "last" or "of")))
        {
            return false;
        }

        // the clause: the subject of the last finite verb before "in"
        var verb = -1;
        for (var k = cue - 1; k > s.First; k--)
        {
            if (_inQuote[k] >= 0 || IsComma(k) && verb >= 0 || IsChar(k, ';'))
            {
                break;
            }

            if (Upos(k) is "VERB" or "AUX" && IsFinite(k))
            {
                verb = k;
            }
        }

        if (verb < 0)
        {
            return false;
        }

        var first = VerbGroupStart(verb, s, 3);
        var subject = LeftSpeaker(first, s.First);
        if (subject.IsEmpty || subject.End != first || _inQuote[subject.First] >= 0)
        {
            return false;
        }

        return AddReported(sIndex, cue, cue + 1, new TokenRange(cue + 1, head + 1),
            TextSpan.FromBounds(_tokens[subject.First].Start, _tokens[cue - 1].End), "in-poll", 0.6) is not null;
    }

    private int SkipAdjectivesBefore(int cue, Sentence s)
    {
        var p = cue - 1;
        while (Tagged && p > s.First && cue - p <= 2 && Upos(p) is "ADJ" && _inQuote[p] < 0)
        {
            p--;
        }

        return p;
    }

    /// <summary>"In the new Morning Consult poll, conducted March 11-13, 40 percent of likely Democrat voters back
    /// Sanders": a poll or survey that opens the sentence is the source of the clause after its comma.</summary>
    private bool InPoll(int sIndex, int first)
    {
        var s = _sentences[sIndex];
        var head = -1;
        for (var k = first + 1; k < s.End && k - first <= 10 && (IsWord(k) || IsChar(k, '/') || IsChar(k, '-')); k++)
        {
            if (W(k) is "poll" or "polls" or "survey" or "surveys")
            {
                head = k;
                break;
            }

            if (W(k) is "as" or "where" or "when" or "that" or "which" or "after" or "before" or "while")
            {
                return false; // "In a memo released as polls closed": the poll is in another clause
            }
        }

        if (head < 0)
        {
            return false;
        }

        // the comma that ends the opening phrase, past a participle phrase ("released Monday", "conducted March 11-13")
        var comma = -1;
        for (var k = head + 1; k < s.End && k - head <= 10; k++)
        {
            if (IsComma(k) && !(IsWord(k + 1) && Upos(k + 1) is "VERB" && Xpos(k + 1) is "VBN"))
            {
                comma = k;
                break;
            }

            if (_inQuote[k] >= 0 || IsTerminal(k))
            {
                return false;
            }
        }

        if (comma < 0 || !HasClause(comma + 1, s))
        {
            return false;
        }

        // the poll is the source, without the participle phrase after it; a verb in that phrase is no cue ("released")
        var source = new TokenRange(first + 1, head + 1);
        if (AddReported(sIndex, first, first + 1, source, TextSpan.FromBounds(StartOf(comma + 1, s), ContentEnd(s, comma + 1, false)), "in-poll", 0.6) is null)
        {
            return false;
        }

        for (var k = first; k < comma; k++)
        {
            _cueUsed[k] = true;
        }

        return true;
    }

    /// <summary>"Asked whether he would fire a speechwriter, Priebus said …", "when asked about the former first lady":
    /// the question put to someone, with nobody named as asking it. The content runs to the comma.</summary>
    private bool AskedQuestion(int sIndex, int asked)
    {
        var s = _sentences[sIndex];
        if (!(asked == s.First || Is(asked - 1, "when") && (asked - 1 == s.First || IsComma(asked - 2) || IsWord(asked - 2) && (!IsCap(asked - 2) || W(asked - 2) is "But" or "And"))))
        {
            return false;
        }

        // over who asked and when: "Asked by Matt Lauer whether …", "When asked on Monday about …"
        var next = asked + 1;
        var asker = TokenRange.None;
        for (var hop = 0; hop < 3; hop++)
        {
            if (Is(next, "by") && RightNp(next + 1, s.End) is { IsEmpty: false } np)
            {
                (asker, next) = (np, np.End);
            }
            else if (TimePhraseEnd(next, s) is var phraseEnd && phraseEnd > next)
            {
                next = phraseEnd;
            }
            else
            {
                break;
            }
        }

        // (over a venue too: "Asked on Fox News who leads the party, …", "Asked at a briefing Monday in Washington about …")
        if (Tagged && IsWord(next) && Words.Prepositions.Has(W(next)) && !Is(next, "about") && !Is(next, "to"))
        {
            for (var k = next + 1; k < s.End && k - next <= 10 && IsWord(k) && _inQuote[k] < 0 && !IsFinite(k); k++)
            {
                if (W(k) is "whether" or "why" or "how" or "what" or "who" or "about" && !IsCap(k))
                {
                    next = k;
                    break;
                }
            }
        }

        // (or to do something: "Asked to describe the device, O'Neill said …")
        if (!IsWord(next) || W(next) is not ("whether" or "if" or "why" or "how" or "what" or "which" or "who" or "where" or "about")
            && !(Is(next, "to") && Tagged && Xpos(next + 1) is "VB"))
        {
            return false;
        }

        // ("asked about" is the cue, as PolNeAR marks it, unless words come between)
        var cueEnd = next == asked + 1 && Is(next, "about") ? next + 1 : asked + 1;
        var start = Math.Max(next, cueEnd);
        var comma = -1;
        for (var k = start + 1; k < s.End && k - start < 40; k++)
        {
            if (IsComma(k) && _inQuote[k] < 0)
            {
                comma = k;
                break;
            }
        }

        // ("“Absolutely,” he said when asked by a reporter if that remains his view.": to the end of the sentence)
        if (comma < 0 && asked > s.First + 1 && Is(asked - 1, "when") && IsTerminal(s.End - 1) && s.End - 1 - start < 40 && !HasQuotationIn(start, s.End))
        {
            comma = s.End - 1;
        }

        if (comma < 0 || comma == start + 1 && !IsWord(start))
        {
            return false;
        }

        // "Asked about it after a debate, …": the occasion is not what was asked
        var end = comma;
        for (var k = start + 2; k < comma; k++)
        {
            if (TimePhraseEnd(k, s) == comma)
            {
                end = k;
                break;
            }
        }

        return AddReported(sIndex, asked, cueEnd, asker, TextSpan.FromBounds(_tokens[start].Start, _tokens[end - 1].End), "asked", 0.6) is not null;
    }

    /// <summary>An expectation or an appearance nobody is named as holding: "The central bank is expected to act in
    /// December", "Sanders seemed to reap the benefits", "It seems that no icon will be spared". What is expected or seems
    /// so is the subject and the "to" clause, in two pieces (or the clause after "it seems"), with no speaker.</summary>
    private bool Evidential(int sIndex, int verb)
    {
        var s = _sentences[sIndex];
        var cue = Is(verb, "expected") ? CopulaBefore(verb, s, negated: true) : verb;
        if (cue < 0)
        {
            return false;
        }

        var first = VerbGroupStart(cue, s, 3);

        var next = verb + 1;
        while (next < s.End && IsWord(next) && Upos(next) is "ADV" && next - verb <= 2)
        {
            next++; // "seems increasingly likely", "appeared poised"
        }

        // "It seems that …", "it appears like …", "It now seems Mr. Rubio will …": the clause is what seems so
        var it = first - 1;
        while (it > s.First && Tagged && Upos(it) is "ADV" && first - it <= 2)
        {
            it--;
        }

        if (Is(it, "it") && !Is(verb, "expected"))
        {
            var clause = Is(next, "that") || Is(next, "like") ? next + 1 : next;
            if (clause < s.End && HasClause(clause, s) && (clause > next || Tagged && Upos(clause) is "PROPN" or "PRON" or "DET" or "NOUN" or "NUM" or "ADJ"))
            {
                return AddReported(sIndex, cue, verb + 1, TokenRange.None, TextSpan.FromBounds(StartOf(clause, s), ContentEnd(s, clause, false)), "evidential", 0.55) is not null;
            }
        }

        // "appeared to blame low-level workers", "seems to suggest": a cue of its own follows, whose subject is its speaker
        // (but a cue with only a venue after it says nothing of its own: "are expected to speak at the gala"; and what is
        // expected is an expectation whatever its verb: "The leaders were expected to discuss …")
        var venueOnly = IsWord(next + 2) && Words.Prepositions.Has(W(next + 2)) && W(next + 2) is not ("about" or "of" or "on" or "for" or "against" or "to" or "with" or "that");
        if (!Is(next, "to") || !IsVerbAfterTo(next + 1) || !venueOnly && !Is(verb, "expected") && (_lex.TryGetCue(W(next + 1), out _) || _cues is not null && Tagged && LearnedCueScore(next + 1) > 0))
        {
            return false;
        }

        // the subject, with a relative clause between commas when it has one ("The bank, which has held rates near zero, is")
        var head = first - 1;
        if (IsComma(head))
        {
            head = -1;
            for (var k = first - 2; k > s.First && first - k < 40; k--)
            {
                if (IsComma(k) && (Is(k + 1, "which") || Is(k + 1, "who")))
                {
                    head = k - 1;
                    break;
                }

                // "The Obama administration, under growing pressure, is expected to …": a phrase with no verb of its own
                if (IsComma(k) && Tagged && first - k <= 8 && Upos(k + 1) is "ADP" && !HasFiniteVerb(k + 1, first - 1))
                {
                    head = k - 1;
                    break;
                }
            }
        }

        // the whole subject, prepositional phrases and all ("the lack of enthusiasm for Clinton among black voters")
        var start = head;
        while (start - 1 >= s.First && head - start < 20 && IsWord(start - 1) && !IsFinite(start - 1) && !Words.Subordinators.Has(W(start - 1))
            && !(Tagged && Upos(start - 1) is "SCONJ" or "VERB" or "AUX") && !Is(start - 1, "but") && !Is(start - 1, "that"))
        {
            start--;
        }

        var subject = head >= s.First && start <= head ? new TokenRange(start, head + 1) : TokenRange.None;
        // (a relative pronoun or "it" is what is expected, as PolNeAR marks it: "the Fed move, which is widely expected to come
        // on Dec. 16", "It is expected to show another solid gain"; but nothing seems so of "it")
        if (subject.IsEmpty || (Is(subject.First, "which") || Is(subject.First, "who") || Is(subject.First, "it")) && !(Is(verb, "expected") && subject.Count == 1))
        {
            return false;
        }

        var subjectSpan = TextSpan.FromBounds(_tokens[subject.First].Start, _tokens[IsComma(first - 1) ? first - 2 : subject.End - 1].End);
        var end = ContentEnd(s, next, false);
        if (IsComma(subject.First - 1) && W(subject.First) is "which" or "who")
        {
            // "the Fed move, which is widely expected |to come on Dec. 16|, presents …": the main clause's verb after the
            // relative clause's closing comma ends it
            for (var k = next + 1; k < s.End && _tokens[k].Start < end; k++)
            {
                if (IsComma(k) && _inQuote[k] < 0 && IsFinite(k + 1))
                {
                    end = _tokens[k].Start;
                    break;
                }
            }
        }

        var draft = AddReported(sIndex, cue, verb + 1, TokenRange.None, TextSpan.FromBounds(StartOf(next, s), end), "evidential", 0.6);
        draft?.Content.Insert(0, subjectSpan);
        return draft is not null;
    }

    /// <summary>The copula before <paramref name="word"/> over up to two adverbs ("is increasingly critical", "has been
    /// widely expected"; with <paramref name="negated"/>, also over "not"), or -1.</summary>
    private int CopulaBefore(int word, Sentence s, bool negated)
    {
        var k = word - 1;
        while (k > s.First && word - k <= 2 && IsWord(k) && (Upos(k) is "ADV" || negated && Upos(k) is "PART"))
        {
            k--;
        }

        return IsWord(k) && Words.Copulas.Has(W(k)) ? k : -1;
    }

    /// <summary>Where the verb group of <paramref name="verb"/> starts: over at most <paramref name="most"/> auxiliaries
    /// and adverbs before it ("has been", "will also be").</summary>
    private int VerbGroupStart(int verb, Sentence s, int most)
    {
        var first = verb;
        while (first - 1 >= s.First && IsWord(first - 1) && IsAuxiliary(first - 1) && verb - first < most)
        {
            first--;
        }

        return first;
    }

    // a verb after "to", not a noun phrase ("to the court"); the tagger sometimes reads a verb as an adjective ("to open"),
    // and a verb it has not seen as a noun after a preposition "to" ("expected to inject over $200 million", "to cruise past")
    private bool IsVerbAfterTo(int t) => t < _tokens.Length && IsWord(t) && !IsCap(t)
        && (!Tagged ? !Words.Determiners.Has(W(t)) : Upos(t) is "VERB" or "AUX" or "ADJ" || Upos(t) is "ADV" && Upos(t + 1) is "VERB" or "AUX"
            || Xpos(t) is "NN" && Xpos(t - 1) is "IN" && IsWord(t + 1) && !Is(t + 1, "of") && Upos(t + 1) is not ("NOUN" or "PROPN" or "VERB" or "AUX"));

    /// <summary>A stance held as an adjective after a copula: "Trump has been critical of Clinton", "Democrats are worried
    /// about turnout", "The senator is confident that …". The adjective is a known stance adjective (the learned detector
    /// adds nothing on PolNeAR dev); the subject must be someone (a person, an organisation, a role, a group).</summary>
    private void StanceAdjective(int sIndex, int adjective)
    {
        var s = _sentences[sIndex];
        if (!Words.StanceAdjectives.Has(W(adjective)))
        {
            return;
        }

        var copula = CopulaBefore(adjective, s, negated: false);
        if (copula < 0)
        {
            return;
        }

        var first = VerbGroupStart(copula, s, 4);

        var subject = LeftNp(first - 1, s.First);
        if (subject.IsEmpty || subject.End != first || !IsAgent(subject))
        {
            return;
        }

        var next = adjective + 1;
        int start;
        int cueEnd;
        if (Is(next, "that") && !IsPronounThat(next) && HasClause(next + 1, s))
        {
            (start, cueEnd) = (next + 1, next);
        }
        else if (IsWord(next) && W(next) is "about" or "of" or "over" or "on" or "with" or "toward" or "towards" && next + 1 < s.End && IsWord(next + 1))
        {
            (start, cueEnd) = (next + 1, next + 1);
        }
        else
        {
            return;
        }

        // what a stance adjective's preposition leads to is a noun phrase, a gerund or a "whether" clause: it ends where a
        // noun phrase would ("critical of Trump | since they both were competing …")
        var end = ContentEnd(s, start, false);
        if (cueEnd > adjective + 1 || !HasClause(start, s) && !HasVerb(start, TokenAt(end - 1) + 1))
        {
            end = Math.Min(end, NounPhraseContentEnd(s, start));
        }

        AddReported(sIndex, adjective, cueEnd, subject, TextSpan.FromBounds(StartOf(start, s), end), "stance", 0.55);
    }

    /// <summary>Where the sentence's own verb starts when the nominal cue is its subject: "The mayor's statement that the
    /// bridge is safe | angered residents". Null when the document is untagged or the cue follows a finite verb.</summary>
    private int? NominalSubjectClauseEnd(Sentence s, int from, int cue)
    {
        if (!Tagged)
        {
            return null;
        }

        for (var k = s.First; k < cue; k++)
        {
            if (IsFinite(k))
            {
                return null;
            }
        }

        var k2 = from;
        while (k2 < s.End && !IsFinite(k2))
        {
            k2++;
        }

        // past the clause's own verb group ("is growing", "had been told")
        k2++;
        while (k2 < s.End && Xpos(k2) is "VB" or "VBG" or "VBN" or "RB")
        {
            k2++;
        }

        for (; k2 < s.End; k2++)
        {
            if (IsFinite(k2))
            {
                return k2;
            }

            if (Is(k2, "that") || Is(k2, "which") || Is(k2, "who") || Is(k2, "and") || Is(k2, "but") || IsComma(k2))
            {
                return null; // another clause starts: where the main verb is, is no longer clear
            }
        }

        return null;
    }

    private bool HasFiniteVerb(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (IsFinite(k))
            {
                return true;
            }
        }

        return false;
    }

    // the content starts right after "that" (or "that,"): "said that because …", "noted that, like him, …"
    private bool AfterThat(int start) => Is(start - 1, "that") || IsComma(start - 1) && Is(start - 2, "that");

    /// <summary>Whether the gerund at <paramref name="cue"/> is a progressive after a contracted or tagged form of "be",
    /// over "not" and adverbs: "he’s not predicting", "they're endorsing".</summary>
    private bool IsProgressive(int cue, Sentence s)
    {
        var k = cue - 1;
        while (k > s.First && cue - k <= 3 && IsWord(k) && (Is(k, "not") || Is(k, "n't") || Is(k, "n’t") || Words.CueAdverbs.Has(W(k)) || IsLyAdverb(k)))
        {
            k--;
        }

        return Tagged && k > s.First && IsWord(k) && W(k) is "'s" or "’s" or "'re" or "’re" or "'m" or "’m" && Xpos(k) is "VBZ" or "VBP";
    }

    /// <summary>The object of a causative verb (<see cref="Words.CausativeVerbs"/>) before "to" (at <paramref name="to"/>),
    /// who does the verb after it: "led |Reince Priebus| to declare …", "allow |him| to call for …"; empty when there is
    /// none.</summary>
    private TokenRange ControlledSubject(int to, Sentence s)
    {
        var k = to - 1;
        if (k - 1 < s.First || !IsWord(k))
        {
            return TokenRange.None;
        }

        var controlled = IsObjectPronoun(k) ? new TokenRange(k, k + 1) : LeftNp(k, s.First);
        if (controlled.IsEmpty || controlled.End != to || controlled.First - 1 < s.First)
        {
            return TokenRange.None;
        }

        var verb = controlled.First - 1;
        return IsWord(verb) && Words.CausativeVerbs.Has(W(verb)) && Upos(verb) is "VERB" && (controlled.Count == 1 && Xpos(controlled.First) is "PRP" || IsPlausibleSubject(controlled))
            ? controlled
            : TokenRange.None;
    }

    /// <summary>"was accused", "has been criticized", "is being sued": a form of be (or get) before the cue.</summary>
    private bool IsPassive(int cue, Sentence s)
    {
        for (var k = cue - 1; k >= s.First && cue - k <= 4; k--)
        {
            if (!IsWord(k) || !(IsAuxiliary(k) || IsLyAdverb(k)))
            {
                return false;
            }

            if (Words.Passive.Has(W(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A subject has a name, a pronoun, a determiner, a plural or a role noun: not a lone modifier ("criminal
    /// charges").</summary>
    private bool IsPlausibleSubject(TokenRange np, bool whatMayPrecede = false)
    {
        if (np.Count == 1 && Words.ObjectPronouns.Has(W(np.First)) || Is(np.First - 1, "what") && !whatMayPrecede)
        {
            return false; // "reviewed them told", "what Trump says"
        }

        for (var t = np.First; t < np.End; t++)
        {
            if (W(t).EndsWith("n't", StringComparison.OrdinalIgnoreCase) || W(t).EndsWith("n’t", StringComparison.OrdinalIgnoreCase))
            {
                return false; // "Don't blame Bush."
            }
        }

        // (but a hedged share is a group: "About two-thirds, 67 percent, say", "Over 60 percent said")
        if (Tagged && Upos(np.First) is "ADP" && np.Count > 1 && !(IsCountWord(np.First + 1) || IsWord(np.First + 1) && W(np.First + 1) is "a" or "one" or "half" or "two-thirds" or "three-quarters")
            || Tagged && IsCap(np.First) && Xpos(np.First) is "VBG" && Upos(np.First + 1) is "DET" or "ADP" or "PRON")
        {
            return false; // an opening phrase: "With the help", "Making the rounds"
        }

        if (!IsCap(np.First) && W(np.First).EndsWith("ing") && !IsRoleWord(np.First)
            && !(np.Count == 2 && (IsPluralRole(np.First + 1) || IsRoleWord(np.First + 1))))
        {
            return false; // "surveilling him for counter-terrorism purposes"; but "restructuring experts", "striking workers"
        }

        for (var t = np.First; t < np.End; t++)
        {
            if (IsCap(t) || IsNumber(t) || Words.Determiners.Has(W(t)) || t == np.First && Words.SubjectPronouns.Has(W(t))
                || IsRoleWord(t) && np.Count > 1 || IsPluralRole(t) || IsPossessive(t) || Words.DocumentNouns.Has(W(t)))
            {
                return true;
            }
        }

        // a head with its relative clause is judged by the head: "others who oppose abortion"
        for (var r = np.First + 1; r < np.End - 1; r++)
        {
            if (IsWord(r) && W(r) is "who" or "whose")
            {
                return IsPlausibleSubject(new TokenRange(np.First, r), whatMayPrecede);
            }
        }

        return W(np.End - 1).EndsWith('s') && !W(np.End - 1).EndsWith("ss") || Words.CollectiveNouns.Has(W(np.End - 1))
            || np.Count == 1 && (Words.Quantifiers.Has(W(np.First)) || W(np.First) is "someone" or "somebody" or "everyone" or "everybody" or "anyone"
                || Words.EvidenceNouns.Has(W(np.First))); // "many said", "then someone asked", "although history says"
    }

    /// <summary>The end of the time and venue phrases from <paramref name="t"/> ("on Monday at the conference"), or
    /// <paramref name="t"/> when none starts there.</summary>
    private int TimePhraseEnd(int t, Sentence s)
    {
        var pos = t;
        for (var phrases = 0; phrases < 4; phrases++)
        {
            var next = -1;
            for (var k = pos; k < s.End && IsWord(k) && k - pos < 7; k++)
            {
                // (a determiner right after a phrase starts a noun phrase of its own: "said on Monday |the| interview was
                // cordial")
                if (k == next && Words.Determiners.Has(W(k)))
                {
                    break;
                }

                // (a number after "at least" is a count: "said at least 116 people died")
                if ((Words.TimeWords.Has(W(k)) || IsNumber(k) && !IsCountStart(pos))
                    && TimePhraseStart(k, pos) == pos)
                {
                    next = k + 1;
                }
            }

            if (next < 0)
            {
                break;
            }

            pos = next;
        }

        return pos;
    }

    /// <summary>"as he labored over the speech.": a clause of time or reason to the end of the sentence, from
    /// <paramref name="t"/>.</summary>
    private bool WhenClauseAt(int t, Sentence s) =>
        Tagged && IsWord(t) && W(t) is "as" or "while" or "when" or "before" or "after" or "because" or "since" or "until"
        && RightNp(t + 1, s.End) is { IsEmpty: false } subject && subject.End < s.End && IsFinite(subject.End) && !HasQuotationIn(t, s.End);

    /// <summary>"said on Saturday, |about 20 buildings collapsed|": a clause after the comma that ends the time phrase at
    /// <paramref name="t"/>, also from a count and with a past tense the tagger reads as a participle.</summary>
    private bool ClauseAfterOccasion(int t, Sentence s)
    {
        var comma = TimePhraseEnd(t, s);
        if (comma <= t || !IsComma(comma) || comma + 1 >= s.End)
        {
            return false;
        }

        var clause = comma + 1;
        return StartsClause(AfterCount(clause), s, pastParticiple: true);
    }

    /// <summary>The opening mark of a quotation after a phrase of time or place and a comma ("earlier in the morning before
    /// the call, |“|I WON …!” on Twitter"), closed in the sentence with only such a phrase or the sentence end after it; -1
    /// when there is none.</summary>
    private int QuotationAfterOccasion(int from, Sentence s)
    {
        if (!Tagged || from >= s.End || IsOpenMark(from) || !IsWord(from) || !(Words.TimeWords.Has(W(from)) || Words.Prepositions.Has(W(from)) || Is(from, "earlier") || Is(from, "later")))
        {
            return -1;
        }

        for (var k = from + 1; k < s.End && k - from <= 14; k++)
        {
            if (!IsWord(k) && !IsComma(k) || IsFinite(k))
            {
                return -1;
            }

            if (IsComma(k) && IsOpenMark(k + 1) && _markOpens[k + 1] is var q and >= 0 && !_quotedUsed[q] && _quoted[q].IsClosed && _quoted[q].CloseToken < s.End)
            {
                var after = _quoted[q].CloseToken + 1;
                return after >= s.End || IsTerminal(after) || TimePhraseStartsAt(after, s) ? k + 1 : -1;
            }
        }

        return -1;
    }

    /// <summary>"at least 116 people", "at most a dozen", "about 20 buildings": a count, not a preposition's phrase.</summary>
    private bool IsCountStart(int t) => Is(t, "at") && IsWord(t + 1) && W(t + 1) is "least" or "most"
        || IsWord(t) && W(t) is "about" or "around" or "over" or "under" or "nearly" or "almost" or "roughly" && (IsNumber(t + 1) || Upos(t + 1) is "NUM");

    /// <summary>Where the words after a count's opening words start ("at least |116|", "about |20|"), or
    /// <paramref name="t"/> when no count starts there.</summary>
    private int AfterCount(int t) => !IsCountStart(t) ? t : Is(t, "at") ? t + 2 : t + 1;

    /// <summary>Whether the clause from <paramref name="t"/> is only time and venue phrases up to its end:
    /// "in a statement on Thursday.".</summary>
    private bool TimePhraseStartsAt(int t, Sentence s)
    {
        var pos = t;
        for (var phrases = 0; phrases < 4; phrases++)
        {
            var next = -1;
            for (var k = pos; k < s.End && IsWord(k) && k - pos < 7; k++)
            {
                if (TimePhraseStart(k, pos) == pos)
                {
                    next = k + 1;
                }
            }

            if (next < 0)
            {
                return false;
            }

            if (next >= s.End || IsTerminal(next) || IsComma(next) || IsCloseMark(next))
            {
                return true;
            }

            pos = next;
        }

        return false;
    }

    /// <summary>The paragraph after the one sentence <paramref name="s"/> ends, when it starts with a word outside
    /// quotation marks and has no cue of its own in its first sentence; null otherwise.</summary>
    private TextSpan? ParagraphAfter(Sentence s)
    {
        if (s.Paragraph + 1 >= _doc.Paragraphs.Length || _doc.Paragraphs[s.Paragraph].FirstSentence + _doc.Paragraphs[s.Paragraph].SentenceCount - 1 != _sentenceOf[s.First])
        {
            return null;
        }

        var next = _doc.Paragraphs[s.Paragraph + 1];
        if (next.Count == 0 || !IsWord(next.First) || _inQuote[next.First] >= 0)
        {
            return null;
        }

        var first = _sentences[next.FirstSentence];
        for (var k = first.First; k < first.End; k++)
        {
            if (IsCue(k, out _, out _))
            {
                return null;
            }
        }

        var last = next.First + next.Count - 1;
        if (IsTerminal(last) && last > next.First)
        {
            last--;
        }

        return TextSpan.FromBounds(_tokens[next.First].Start, _tokens[last].End);
    }

    /// <summary>Whether token <paramref name="k"/> is a relative pronoun that is the subject of the verb after it: "which",
    /// "who", or "that" after a noun that is no cue itself ("the department, which reported", "a message that said").</summary>
    private bool IsRelativeSubject(int k, Sentence s) =>
        k > s.First && (Is(k, "who") || Is(k, "which") || Is(k, "that") && IsWord(k - 1) && !IsCue(k - 1, out _, out _) && Upos(k - 1) is "NOUN" or "PROPN");

    /// <summary>"As reported by Western Journalism, last year Seattle became …", "As stated in Davis' commentary, …": the
    /// source after "by" or "in", the clause after the comma.</summary>
    private bool AsReportedBy(int sIndex, int t)
    {
        var s = _sentences[sIndex];
        var cue = t + 1;
        var cueEnd = cue + 1;
        if (!Tagged || cueEnd >= s.End || !_lex.TryGetCue(W(cue), out var word) || word.Form is not (VerbForm.Past or VerbForm.Participle) || _cueUsed[cue]
            || !Is(cueEnd, "by") && !Is(cueEnd, "in") || RightNp(cueEnd + 1, s.End) is not { IsEmpty: false } source)
        {
            return false;
        }

        var np = WithPhrases(source, s.End);
        if (!IsComma(np.End) || np.End + 1 >= s.End || !HasFiniteVerb(np.End + 1, s.End))
        {
            return false;
        }

        var from = np.End + 1;
        return AddReported(sIndex, t, cueEnd + 1, np, TextSpan.FromBounds(StartOf(from, s), ContentEnd(s, from, false)), "according-to", 0.7) is not null;
    }

    /// <summary>"According to AP, …" and "…, according to the poll."</summary>
    private void AccordingTo(int cue, int cueEnd, Sentence s)
    {
        var np = RightNp(cueEnd, s.End);
        if (np.IsEmpty && Tagged)
        {
            // a bare noun phrase RightNp does not take ("according to exit polls, …", "according to data from …"): the
            // words up to the comma, as below, when they end with a noun (or up to the parenthesis the phrase closes:
            // "Iowa (93 percent of voters were white, according to exit polls)")
            var k = cueEnd;
            // (up to twelve words before the end of the sentence: "according to calculations by Amy Glasmeier of the
            // Massachusetts Institute of Technology.")
            while (k < s.End && k - cueEnd < 12 && IsWord(k) && _inQuote[k] < 0 && !IsFinite(k) && !Is(k, "that"))
            {
                k++;
            }

            if (k > cueEnd && (k >= s.End || IsComma(k) && k - cueEnd < 6 || IsTerminal(k) || IsChar(k, ')') && OpenParenthesisBefore(cue, s) >= 0) && (Upos(k - 1) is "NOUN" or "PROPN" || Words.DocumentNouns.Has(W(k - 1))))
            {
                np = new TokenRange(cueEnd, k);
            }
        }

        if (np.IsEmpty)
        {
            return;
        }

        // the whole source up to its comma: "according to a New York Times/CBS News poll released last week,", "an
        // analysis by Lily Batchelder" (tagged documents: no finite verb may come before the comma)
        if (Tagged)
        {
            // (over a restrictive relative clause at the end of the sentence: "according to a senior official who spoke on
            // the condition of anonymity.")
            var k = np.End;
            var relative = false;
            // (not over a measure after the source: "according to the New York Times |about 100 miles from Okinawa|")
            while (k < s.End && k - np.End < 15 && !IsComma(k) && !IsTerminal(k) && !IsOpenMark(k) && !IsCloseMark(k)
                && (!IsFinite(k) || relative) && !Is(k, "that") && !IsChar(k, ')') && !IsCountStart(k))
            {
                relative |= Is(k, "who") && cue > s.First + 1;
                k++;
            }

            if (k > np.End && (k >= s.End || IsComma(k) || IsTerminal(k) || IsChar(k, ')')))
            {
                np = new TokenRange(np.First, k);
            }

            // (with the abbreviation in parentheses that closes it: "according to Notes from Poland (NFP), …")
            if (IsChar(np.End, ')') && OpensParenthesisIn(np))
            {
                np = new TokenRange(np.First, np.End + 1);
            }
        }

        // "According to his wife, Amanda, Huber succumbed …": a name in apposition is part of the source
        if (Tagged && IsComma(np.End) && !IsAgentName(np) && NameApposition(np.End + 1, s) is var named and > 0)
        {
            np = new TokenRange(np.First, named);
        }

        // "according to the mayor of Yartsevo via news agency Interfax": the mayor speaks, the agency reported it
        var via = TokenRange.None;
        for (var k = np.First + 1; k < np.End - 1; k++)
        {
            if (Is(k, "via"))
            {
                var outlet = k + 1;
                while (outlet < np.End && !IsCap(outlet))
                {
                    outlet++;
                }

                if (outlet < np.End && IsOutlet(new TokenRange(outlet, np.End)))
                {
                    (np, via) = (new TokenRange(np.First, k), new TokenRange(outlet, np.End));
                }

                break;
            }
        }

        var sIndex = _sentenceOf[cue];
        TextSpan? content;
        TextSpan? rest = null; // the second piece of a content around the phrase
        // (also after a colon: "And it hasn't gone unnoticed: According to recent polls, Trump holds …")
        // (and after a semicolon: "…; according to prosecutors, he owed …")
        if (cue == s.First || cue == s.First + 1 && !IsWord(s.First) || IsChar(cue - 1, ':') && IsCap(cue) || IsChar(cue - 1, ';'))
        {
            var from = np.End;
            if (IsComma(from))
            {
                from++;
            }

            // (over a relative clause on the source: "According to Agence France-Presse, which cited sources close to the
            // investigation, the man had …")
            if (Is(from, "which") || Is(from, "who") || Is(from, "whose"))
            {
                var close = from + 1;
                while (close < s.End && close - from <= 20 && !IsComma(close) && _inQuote[close] < 0 && !IsTerminal(close))
                {
                    close++;
                }

                from = close + 1 < s.End && IsComma(close) && HasFiniteVerb(close + 1, s.End) ? close + 1 : from;
            }

            content = from < s.End ? TextSpan.FromBounds(StartOf(from, s), ContentEnd(s, from, false)) : null;
        }
        else if (CommaAfter(np.End, s) is var comma and >= 0 && comma + 1 < s.End
            && (!HasClause(s.First, new Sentence(s.First, cue - s.First, s.Paragraph, s.Span)) || IsComma(cue - 1) && EndsWithCue(cue - 1)
                || AfterConjunction(cue) && !IsFinite(comma + 1)) // ("… specified no cause, but, according to his agent, Hunter had undergone surgery")
            && (!Tagged || HasFiniteVerb(comma + 1, s.End) || Xpos(comma + 1) is "VB"))
        {
            // "On Sunday in London, according to witnesses, a man entered a store …" and "Politico reported, according to
            // sources in the meetings, Clinton tried …": the clause comes after
            var from = comma + 1;
            content = TextSpan.FromBounds(StartOf(from, s), ContentEnd(s, from, false));

            // "Other major cleavages, according to the poll, include ideology …": the subject before, the verb after
            if (Tagged && IsComma(cue - 1) && (IsFinite(from) || Xpos(from) is "VB") && BeforeClause(cue - 1, s) is { } subject && !HasFiniteVerb(s.First, cue))
            {
                (content, rest) = (subject, content);
            }
        }
        else if (OpenParenthesisBefore(cue, s) is var paren and >= 0)
        {
            content = BeforeClause(cue - 1, new Sentence(paren + 1, s.End - paren - 1, s.Paragraph, s.Span)); // "(the number is closer to 15 percent, according to Factcheck.org)"
        }
        else
        {
            // (up to the comma before it, or up to it: "placing the wreck according to the Gazette")
            // (the word before it is what was said, whatever its kind: "badly |injured| according to police", "95|%|"; but not
            // the verb of "That's according to …" and "That is according to …", which is the cue's)
            content = BeforeClause(!Is(cue - 1, "that") && W(cue - 1) is not ("'s" or "’s" or "is" or "was") ? cue : cue - 1, s);

            // "G4S receives, according to one report, $234 million in contracts": the verb before, its object after
            if (Tagged && IsComma(cue - 1) && Xpos(cue - 2) is "VBZ" or "VBD" or "VBP" && CommaAfter(np.End, s) is var after and >= 0
                && after + 1 < s.End && !IsTerminal(after + 1))
            {
                rest = TextSpan.FromBounds(StartOf(after + 1, s), ContentEnd(s, after + 1, false));
            }
        }

        if (content is { } c && c.Length > 0 && AddReported(sIndex, cue, cueEnd, np, c, "according-to", 0.7) is { } draft)
        {
            if (rest is { } r && r.Length > 0)
            {
                AddPiece(draft, r);
            }

            AddSourceIfAgency(draft, via);
        }
    }

    /// <summary>Whether a conjunction that opens a new clause stands right before <paramref name="t"/>, with or without
    /// its comma: "…, but, according to …", "… and according to …".</summary>
    private bool AfterConjunction(int t)
    {
        var k = IsComma(t - 1) ? t - 2 : t - 1;
        return k >= 0 && IsWord(k) && W(k) is "but" or "and" or "yet" or "so" or "But" or "And" or "Yet" or "So";
    }

    private bool OpensParenthesisIn(TokenRange np)
    {
        for (var k = np.First; k < np.End; k++)
        {
            if (IsChar(k, '('))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a cue can stand before its speaker ("said Hua", "writes Smith"): not "according to", whose noun
    /// phrase is a source, nor "told", whose noun phrase is the listener ("…, told the BBC News website").</summary>
    private static bool CanPrecedeSpeaker(CueWord cue) => cue.Lemma is not ("according to" or "tell");

    /// <summary>Whether the noun phrase is a name already ("Trump", "the Associated Press"), which takes no name in
    /// apposition.</summary>
    private bool IsAgentName(TokenRange np) => StartsWithName(np) || IsOutlet(np);

    /// <summary>The end of a short name that starts at <paramref name="t"/> and closes with a comma before a clause ("his
    /// wife, |Amanda|, Huber succumbed …"); -1 when there is none.</summary>
    private int NameApposition(int t, Sentence s)
    {
        var k = t;
        while (k < s.End && k - t < 4 && IsWord(k) && IsCap(k) && Upos(k) is "PROPN")
        {
            k++;
        }

        if (k == t || !IsComma(k) || k + 1 >= s.End)
        {
            return -1;
        }

        // (also over a time phrase set off by commas: "According to the mayor, Dee Margo, |during the weekend,| police …")
        var clause = TimePhraseEnd(k + 1, s) is var timeEnd && timeEnd > k + 1 && IsComma(timeEnd) ? timeEnd + 1 : k + 1;
        return clause < s.End && StartsClause(clause, s) ? k : -1;
    }

    /// <summary>"Politico reported" or "Clinton asked" before the comma at <paramref name="comma"/>: a reporting verb.</summary>
    private bool EndsWithCue(int comma) => comma > 0 && IsWord(comma - 1) && _lex.TryGetCue(W(comma - 1), out var c) && c.Form is VerbForm.Past or VerbForm.ThirdPerson
        || comma > 1 && Is(comma - 1, "that") && IsWord(comma - 2) && _lex.TryGetCue(W(comma - 2), out _);

    /// <summary>The dash that closes an aside opened by the dash at <paramref name="open"/> within 15 words, with no
    /// quotation or clause end between; -1 when there is none.</summary>
    private int DashClosing(int open, Sentence s)
    {
        for (var k = open + 1; k < s.End && k - open <= 15; k++)
        {
            if (IsDash(k))
            {
                return k;
            }

            if (_inQuote[k] >= 0 || IsTerminal(k) || IsOpenMark(k))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Whether every word of <paramref name="np"/> is capitalised (after a leading "the"): a name.</summary>
    private bool AllCapitalised(TokenRange np)
    {
        for (var k = np.First; k < np.End; k++)
        {
            if (IsWord(k) && !IsCap(k) && !(k == np.First && Is(k, "the")) && !IsPossessive(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The "(" that opens a parenthesis still open at <paramref name="t"/> in its sentence, or -1.</summary>
    private int OpenParenthesisBefore(int t, Sentence s)
    {
        for (var k = t - 1; k >= s.First; k--)
        {
            if (IsChar(k, ')'))
            {
                return -1;
            }

            if (IsChar(k, '('))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The comma that closes a phrase starting at <paramref name="t"/> within a few words, or -1.</summary>
    private int CommaAfter(int t, Sentence s)
    {
        for (var k = t; k < s.End && k - t < 6; k++)
        {
            if (IsComma(k))
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

    /// <summary>Headlines and leads of the form "China: US has not proved Huawei is security risk".</summary>
    private void HeadlineColon(int sIndex)
    {
        var s = _sentences[sIndex];
        if (_transcriptSentences?[sIndex] == true)
        {
            return; // a transcript's label took the paragraph
        }

        var colon = -1;
        for (var t = s.First; t < s.End && t - s.First <= 5; t++)
        {
            if (IsChar(t, ':'))
            {
                colon = t;
                break;
            }

            if (!IsCap(t) && !IsChar(t, '.') && !IsPossessive(t) || _inQuote[t] >= 0 || _tokens[t].Has(TokenFlags.Debris))
            {
                return;
            }
        }

        if (colon <= s.First || colon + 3 >= s.End || _inQuote[colon] >= 0)
        {
            return;
        }

        // (a picture's credit is no speaker: "Tom Tancredo Image: US Congress", "Jo JorgensenImage: …")
        if (W(colon - 1).EndsWith("Image", StringComparison.Ordinal) || W(colon - 1) is "Photo" or "Picture" or "Credit")
        {
            return;
        }

        var np = new TokenRange(s.First, colon);
        if (!IsSpeakerLike(np) && !(np.Count <= 3 && (Words.DocumentNouns.Has(W(colon - 1)) && !Words.SectionLabels.Has(W(s.First)) || IsNamed(np))))
        {
            return;
        }

        var from = colon + 1;
        var content = TextSpan.FromBounds(StartOf(from, s), ContentEnd(s, from, false));
        if (_doc.Text.AsSpan(content.Start, content.Length) is var said && said.Contains('@') && !said.ContainsAny(' ', '\n'))
        {
            return; // a byline's handle or a contact address: "Twitter: @Milbank", "EMAIL: desk@example.com"
        }
        var draft = AddReported(sIndex, colon, colon + 1, np, content, "colon", 0.55);
        if (draft is not null)
        {
            draft.Cue = null;
        }
    }

    /// <summary>A capitalised phrase whose every word the entity recogniser tags as part of a person's or an
    /// organisation's name, here or elsewhere in the document ("Pence:" in a headline, where the tagger sees a noun, is
    /// "Mike Pence" in the text), when the document is tagged.</summary>
    private bool IsNamed(TokenRange np)
    {
        if (!Tagged)
        {
            return false;
        }

        if (_namedWords is null)
        {
            _namedWords = new HashSet<string>(StringComparer.Ordinal);
            for (var t = 0; t < _tokens.Length; t++)
            {
                if (IsPersonOrOrganization(t))
                {
                    _namedWords.Add(W(t).ToString());
                }
            }
        }

        var lookup = _namedWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = np.First; t < np.End; t++)
        {
            if (!IsCap(t) || !IsPersonOrOrganization(t) && !lookup.Contains(W(t)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the noun phrase names a country (with or without its article), which speaks through its government:
    /// "Saudi Arabia has alleged Iranian involvement".</summary>
    private bool IsCountry(TokenRange np) => _lex.TryGetCountry(_doc[SpanOf(np)], out _);

    /// <summary>Someone who can hold a stance: a person or organisation the tagger names, a personal pronoun, a role
    /// ("the senator", "scholars") or a group ("the committee"); not "the Syrian conflict" or "another possibility".</summary>
    private bool IsAgent(TokenRange np)
    {
        if (IsPersonalSubject(np))
        {
            return true;
        }

        for (var t = np.First; t < np.End; t++)
        {
            if (IsPersonOrOrganization(t))
            {
                return true;
            }
        }

        return IsRoleOrGroup(np.End - 1);
    }

    /// <summary>A personal pronoun that can be a subject ("she", "they"; not "it"), or "who".</summary>
    private bool IsPersonalSubject(TokenRange np) => np.Count == 1 && Words.SubjectPronouns.Has(W(np.First)) && !Is(np.First, "it") || Is(np.First, "who");

    /// <summary>A noun that names a role or a group: "the senator", "scholars", "the committee", "the ministry".</summary>
    private bool IsRoleOrGroup(int head) =>
        IsRoleWord(head) || IsPluralRole(head) || Words.CollectiveNouns.Has(W(head)) || Words.OrganizationHeads.Has(W(head));

    /// <summary>Whether a noun phrase's head is someone: a personal pronoun, a person's or an organisation's name, a role, a
    /// group ("Tony Blair", "Sri Lanka's president", "they"), not a thing that names one ("AMR's shares", "figures from
    /// the ONS").</summary>
    private bool IsSomeone(TokenRange np) =>
        IsPersonalSubject(np) || HeadNoun(np) is var head and >= 0 && (IsPersonOrOrganization(head) || IsRoleOrGroup(head));

    /// <summary>A short capitalised phrase that can say something: a country, an agency, a person's name, a role.</summary>
    private bool IsSpeakerLike(TokenRange np)
    {
        var span = SpanOf(np);
        var text = _doc[span];
        if (_lex.TryGetCountry(text, out _) || _lex.TryGetAgency(text, out _))
        {
            return true;
        }

        if (np.Count == 1)
        {
            var w = W(np.First);
            return !Words.SectionLabels.Has(w) && !_tokens[np.First].Has(TokenFlags.AllCaps) && (IsRoleWord(np.First) || IsPluralRole(np.First) || Words.OrganizationHeads.Has(w)
                || _lex.TagOf(w) is "LastName" or "Organization" || _lex.FemaleShare(w) is not null);
        }

        if (np.Count > 4)
        {
            return false;
        }

        for (var t = np.First; t < np.End; t++)
        {
            if (!IsCap(t) || _tokens[t].Has(TokenFlags.AllCaps) && np.Count > 1 || Words.TimeWords.Has(W(t)))
            {
                return false;
            }
        }

        return _lex.FemaleShare(W(np.First)) is not null || IsRoleWord(np.First) || IsRoleWord(np.End - 1);
    }

    // ---- Pass C: quotations with no cue continue the previous speaker ----

    private void Continuations()
    {
        for (var q = 0; q < _quoted.Length; q++)
        {
            if (_quotedUsed[q])
            {
                continue;
            }

            var span = _quoted[q];
            var s = _sentences[_sentenceOf[span.OpenToken]];
            var words = WordCount(span);
            var tailEnd = EndsItsSentence(span) ? -1 : VerblessTailEnd(span);
            if (words < _options.MinContinuationWords || span.OpenToken != s.First || !EndsItsSentence(span) && tailEnd < 0 || IsTitleOfWork(span))
            {
                continue;
            }

            var paragraph = s.Paragraph;
            var previous = -1;
            var firstParagraph = _doc.Paragraphs[Math.Max(0, paragraph - _options.ContinuationParagraphs)];
            for (var si = _sentenceOf[span.OpenToken]; si >= firstParagraph.FirstSentence && previous < 0; si--)
            {
                if (_draftsBySentence[si] is not { } list)
                {
                    continue;
                }

                foreach (var d in list)
                {
                    var draft = _drafts[d];
                    if (draft.Dropped || draft.Content.Count == 0 || draft.Speaker.IsEmpty && draft.Antecedent < 0)
                    {
                        continue;
                    }

                    // (a quotation's attribution goes before a gerund's in the same sentence: "“…,” Buchanan said, noting
                    // that Manafort did not lose a delegate. “If you're not tough, you will lose.”")
                    var quotedBefore = previous >= 0 && _drafts[previous].Kind != QuoteKind.Indirect && draft.Kind == QuoteKind.Indirect
                        && draft.Pattern == "gerund" && draft.Sentence == _drafts[previous].Sentence;
                    if (draft.Content[0].Start < _tokens[span.OpenToken].Start && !quotedBefore
                        && (previous < 0 || draft.Content[0].Start > _drafts[previous].Content[0].Start))
                    {
                        previous = d;
                    }
                }
            }

            if (previous < 0 || UnattributedQuoteBetween(_drafts[previous], q))
            {
                continue;
            }

            var antecedent = _drafts[previous];
            var sameParagraph = paragraph == _sentences[antecedent.Sentence].Paragraph;
            if (sameParagraph && antecedent.Kind != QuoteKind.Indirect && _sentenceOf[span.OpenToken] - antecedent.Sentence <= 2)
            {
                // “A,” she said. “B.”: one quote interrupted by its attribution (“B” for the top bracket.: with the words
                // that finish its sentence)
                antecedent.Content.AddRange(span.Pieces);
                if (tailEnd >= 0)
                {
                    antecedent.Content[^1] = TextSpan.FromBounds(antecedent.Content[^1].Start, tailEnd);
                    antecedent.Kind = QuoteKind.Mixed;
                }

                _quotedUsed[q] = true;
                continue;
            }

            if (tailEnd >= 0)
            {
                continue; // a fragment with words after it continues only the quote just before it
            }

            // (a relative pronoun stands for the noun phrase before it: the continuation names that, "Murphy" of
            // "Murphy, who said …")
            var speaker = antecedent.Speaker;
            if (speaker.Count == 1 && IsWord(speaker.First) && W(speaker.First) is "who" or "which" && speaker.First - 2 >= 0
                && LeftNp(IsComma(speaker.First - 1) ? speaker.First - 2 : speaker.First - 1, _sentences[antecedent.Sentence].First) is { IsEmpty: false } named)
            {
                speaker = named;
            }

            var cont = new Draft
            {
                Speaker = speaker,
                Kind = QuoteKind.Direct,
                Sentence = _sentenceOf[span.OpenToken],
                Antecedent = previous,
                Confidence = paragraph == _sentences[_drafts[previous].Sentence].Paragraph ? 0.75 : 0.6,
                Pattern = "continuation",
            };
            cont.Content.AddRange(span.Pieces);
            _quotedUsed[q] = true;
            Register(cont);
        }
    }

    /// <summary>Whether a quotation introduced by a cue and a colon, which no one was found to say, stands between
    /// <paramref name="antecedent"/>'s content and quotation <paramref name="q"/>: the speaker the scanner missed said both
    /// ("Speaking after … announced Bob Neill, …, said: "He has behaved … "His administration is now in crisis.""), not the
    /// speaker before them.</summary>
    private bool UnattributedQuoteBetween(Draft antecedent, int q)
    {
        var after = antecedent.Content[^1].End;
        for (var k = q - 1; k >= 0 && _tokens[_quoted[k].OpenToken].Start >= after; k--)
        {
            var open = _quoted[k].OpenToken;
            if (!_quotedUsed[k] && _quoted[k].Level == 0 && WordCount(_quoted[k]) >= _options.MinContinuationWords && IsChar(open - 1, ':')
                && IsWord(open - 2) && _lex.TryGetCue(W(open - 2), out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the sentence of a closed quotation ends when only a few words with no verb follow its closing mark
    /// ("“…a tax increase” for the top income bracket."); -1 otherwise.</summary>
    private int VerblessTailEnd(QuotedSpan span)
    {
        if (!span.IsClosed || !Tagged)
        {
            return -1;
        }

        var s = _sentences[_sentenceOf[span.CloseToken]];
        var last = -1;
        for (var t = span.CloseToken + 1; t < s.End; t++)
        {
            if (_inQuote[t] >= 0 || IsOpenMark(t) || Upos(t) is "VERB" or "AUX" || t - span.CloseToken > 8)
            {
                return -1;
            }

            if (IsWord(t))
            {
                last = t;
            }
        }

        return last < 0 ? -1 : _tokens[last].End;
    }

    private bool EndsItsSentence(QuotedSpan span)
    {
        if (!span.IsClosed)
        {
            return true;
        }

        var s = _sentences[_sentenceOf[span.CloseToken]];
        for (var t = span.CloseToken + 1; t < s.End; t++)
        {
            if (IsWord(t))
            {
                return false;
            }
        }

        return true;
    }

    // ---- Reporting chains: "…, the Associated Press reports" and "according to AP" around another attribution ----

    private void FoldReportingChains()
    {
        foreach (var outer in _drafts.ToList())
        {
            if (outer.Dropped || outer.Speaker.IsEmpty || outer.Pattern is not ("postposed" or "according-to" or "inverted" or "preposed")
                || !IsOutlet(outer.Speaker))
            {
                continue; // only news outlets form a reporting chain; other nested attributions stand on their own
            }

            // (an attribution nested deep inside what the outlet reported is not the report: "According to the Post,
            // campaign officials looked into what would happen if their candidate announced he would not back Trump.")
            var inner = DraftsIn(outer.Sentence, outer.Sentence).Where(d => d != outer && Inside(d, outer)).ToList();
            if (inner.Count == 0 || 2 * inner.Max(Extent) < outer.Content.Sum(c => c.Length))
            {
                continue;
            }

            var mention = SpanOf(outer.Speaker);
            var name = OutletName(mention);
            foreach (var d in inner)
            {
                d.Sources.Add(new Source(name, mention));
            }

            outer.Dropped = true;
        }
    }

    /// <summary>The length of text an attribution spans, from the first of its speaker, cue and content to the last.</summary>
    private int Extent(Draft d)
    {
        int start = d.Content[0].Start, end = d.Content[^1].End;
        if (d.Cue is { } cue)
        {
            (start, end) = (Math.Min(start, cue.Start), Math.Max(end, cue.End));
        }

        if (!d.Speaker.IsEmpty)
        {
            (start, end) = (Math.Min(start, _tokens[d.Speaker.First].Start), Math.Max(end, _tokens[d.Speaker.End - 1].End));
        }

        return end - start;
    }

    private static bool Inside(Draft inner, Draft outer)
    {
        var o = TextSpan.FromBounds(outer.Content[0].Start, outer.Content[^1].End);
        return inner.Content.All(c => o.Contains(c)) || inner.Cue is { } cue && o.Contains(cue);
    }

    // ---- helpers ----

    /// <summary>The cue as PolNeAR marks it: with the auxiliaries and adverbs of its verb group before it ("is also
    /// stressing", "have vowed", "then pointed out") and a weekday or colon right after it ("said Friday", "said:"), never
    /// reaching into the speaker's mention or the content.</summary>
    private TextSpan WholeCue(TextSpan cue, TokenRange speaker, ImmutableArray<TextSpan> content)
    {
        var first = TokenAt(cue.Start);
        var last = TokenAt(cue.End - 1);
        var lo = speaker.IsEmpty || speaker.First > first ? -1 : speaker.End - 1; // (a speaker after the cue bounds nothing: "was rejected by …")
        if (Xpos(first) is "VBG" && StatementVerbBefore(first) is var issued and > 0 && issued > lo)
        {
            first = issued; // "issued a statement Tuesday saying"
        }

        while (first - 1 > lo && IsWord(first - 1) && _inQuote[first - 1] < 0 && !IsCap(first - 1)
            && !content.Any(c => c.Start <= _tokens[first - 1].Start && _tokens[first - 1].Start < c.End))
        {
            if (IsAuxiliary(first - 1) && !Is(first - 1, "to") || Words.CueAdverbs.Has(W(first - 1))
                || Upos(first - 1) is "ADV" && W(first - 1).EndsWith("ly")
                || W(first - 1) is "both" or "all" or "each" && first - 2 > lo && IsAuxiliary(first - 2))
            {
                first--; // "is also stressing", "have vowed", "barely mentioned", "have both argued"
            }
            else if (Is(first - 1, "to") && RaisingBefore(first - 1, lo + 1) is var raising and >= 0)
            {
                first = raising; // "appeared to suggest", "are more likely to say"
            }
            else if (PurposeVerbBefore(first - 1, lo + 1) is var purpose and >= 0)
            {
                first = purpose; // "took to Twitter to say"
            }
            else if (Is(first - 1, "to") && Is(first - 2, "on") && first - 3 > lo && W(first - 3) is "went" or "goes" or "go" or "going" or "gone")
            {
                first -= 3; // "went on to say"
            }
            else if (Xpos(TokenAt(cue.Start)) is "VBG" && Words.AspectualVerbs.Has(W(first - 1)))
            {
                first--; // "began dismissing", "kept asking"
            }
            else
            {
                break;
            }
        }

        // (an adverb of manner or time right after it is part of it too: "said repeatedly", "said sarcastically", "said then")
        if (last + 1 < _tokens.Length && _inQuote[last + 1] < 0 && IsWord(last + 1) && !InContent(last + 1)
            && W(last + 1) is "repeatedly" or "recently" or "again" or "later" or "then" or "sarcastically" or "rhetorically" or "publicly" or "privately" or "instead"
                or "angrily" or "bluntly" or "flatly" or "bitterly" or "emphatically" or "firmly" or "forcefully" or "jokingly" or "tersely")
        {
            last++;
        }

        // (so is a message noun and its preposition before the content: "raised |questions about| whether …")
        if (content.Length > 0 && last + 1 < _tokens.Length && MessagePhraseEnd(last + 1, _sentences[_sentenceOf[last]]) is var message and >= 0
            && _tokens[message + 1].Start == content[0].Start)
        {
            last = message;
        }

        // (so is the statement it was said in, as PolNeAR mostly marks it: "said in a statement", 50 against 26 on train,
        // though 1 against 2 on dev)
        if (StatementVenueEnd(last + 1) is var venue and > 0 && !InContent(venue))
        {
            last = venue;
        }

        // (a colon after the cue is part of it, as PolNeAR marks it; a weekday after it mostly is not: 56 against 42 on train;
        // nor is a venue, "said in an interview": 25 against 29 on train, though 6 against 1 on dev)
        if (last + 1 < _tokens.Length && _inQuote[last + 1] < 0 && IsChar(last + 1, ':') && !InContent(last + 1))
        {
            last++;
        }

        return TextSpan.FromBounds(_tokens[first].Start, _tokens[last].End);

        bool InContent(int t) => content.Any(c => c.Start <= _tokens[t].Start && _tokens[t].Start < c.End);
    }

    /// <summary>Where "in a statement" (or "in a joint statement", "in the statement") starting at <paramref name="t"/>
    /// ends; -1 when none starts there.</summary>
    private int StatementVenueEnd(int t)
    {
        if (!Is(t, "in") || !IsWord(t + 1) || W(t + 1) is not ("a" or "an" or "the" or "his" or "her" or "its" or "their"))
        {
            return -1;
        }

        for (var k = t + 2; k < _tokens.Length && k <= t + 3 && _inQuote[k] < 0 && IsWord(k); k++)
        {
            if (Is(k, "statement"))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The verb that issued a statement a gerund cue reports ("|issued| a statement Tuesday, saying …", "|released|
    /// a statement calling on …", "|sent| an email to supporters saying"), or -1.</summary>
    private int StatementVerbBefore(int gerund)
    {
        var k = gerund - 1;
        if (IsComma(k))
        {
            k--;
        }

        // (over a time or a short phrase: "a statement Tuesday morning saying", "a text message to supporters saying"; or a
        // venue with a place in it: "a statement at his golf club outside Washington, D.C. saying")
        var first = k;
        while (k > 0 && first - k < 10 && (IsWord(k) && (Words.Weekdays.Has(W(k)) || W(k) is "morning" or "afternoon" or "evening" or "night" or "today" or "yesterday"
            || Tagged && (Upos(k) is "ADP" or "DET" or "PROPN" or "NOUN" || Xpos(k) is "PRP$" || Upos(k) is "ADJ" && first - k > 1) && !IsIssuedDocument(k))
            || IsComma(k) && Tagged && Upos(k - 1) is "PROPN" && Upos(k + 1) is "PROPN"))
        {
            k--;
        }

        if (first - k > 3 && !HasPlacePhraseIn(k + 1, first + 1))
        {
            return -1; // (a longer phrase only when it says where: not "a statement to the board of the company saying")
        }

        if (!IsWord(k) || !IsIssuedDocument(k))
        {
            return -1;
        }

        for (var v = k - 1; v >= 0 && k - v <= 4 && IsWord(v); v--)
        {
            if (W(v) is "issued" or "released" or "issues" or "releases" or "issuing" or "releasing" or "sent" or "sends" or "published" or "publishes"
                or "posted" or "posts" or "wrote" or "writes" or "filed" or "files" or "started" or "starts" or "launched" or "launches")
            {
                return v;
            }

            if (W(v) is "out" && v - 1 >= 0 && W(v - 1) is "put" or "sent" or "puts" or "sends")
            {
                return v - 1;
            }

            if (Upos(v) is not ("DET" or "ADJ" or "NOUN"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The gerund cue after the document the verb at <paramref name="verb"/> issued ("released a statement Tuesday
    /// |saying| …"), or -1.</summary>
    private int IssuedDocumentGerund(int verb, Sentence s)
    {
        for (var g = verb + 2; g < s.End && g - verb <= 15; g++)
        {
            if (Xpos(g) is "VBG" && StatementVerbBefore(g) == verb && IsCue(g, out _, out _))
            {
                return g;
            }
        }

        return -1;
    }

    /// <summary>Whether tokens [from, to) hold a place preposition with a name after it ("at his golf club outside
    /// Washington").</summary>
    private bool HasPlacePhraseIn(int from, int to)
    {
        for (var k = from; k < to - 1; k++)
        {
            if (IsWord(k) && W(k) is "at" or "in" or "outside" or "near" or "from")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A document someone issues or sends, which a gerund after it reports: "a statement", "an email", "a
    /// petition".</summary>
    private bool IsIssuedDocument(int k) =>
        Words.DocumentNouns.Has(W(k)) || W(k) is "statements" or "email" or "e-mail" or "emails" or "petition" or "message" or "op-ed" or "column" or "resolution" or "note";

    private Draft NewDraft(int sentence, int cue, int cueEnd, TokenRange speaker, string pattern)
    {
        for (var t = cue; t < cueEnd; t++)
        {
            _cueUsed[t] = true;
        }

        var draft = new Draft
        {
            Sentence = sentence,
            Cue = TextSpan.FromBounds(_tokens[cue].Start, _tokens[cueEnd - 1].End),
            Speaker = speaker.End <= cue ? WithoutSpeakingRelative(speaker) : speaker,
            Pattern = pattern,
        };
        Register(draft);
        return draft;
    }

    /// <summary>"Barkley, who said he typically votes Democratic, said …": before the cue, a relative clause that is an
    /// attribution of its own is not part of the speaker's mention, as PolNeAR mostly marks it (train speaker_mention +17
    /// right); other relative clauses are ("Donna Rawlings, who watched it, said"), and so is any after the cue ("said
    /// Barkley, who said …": -5 when trimmed too).</summary>
    private TokenRange WithoutSpeakingRelative(TokenRange speaker)
    {
        for (var r = speaker.First + 1; r + 2 < speaker.End; r++)
        {
            if (!IsComma(r) || !IsWord(r + 1) || W(r + 1) is not ("who" or "whose"))
            {
                continue;
            }

            var v = r + 2;
            while (v < speaker.End && IsWord(v) && (IsAuxiliary(v) || Words.CueAdverbs.Has(W(v))))
            {
                v++;
            }

            if (v < speaker.End && IsWord(v) && _lex.TryGetCue(W(v), out var own) && own.Form is VerbForm.Past or VerbForm.ThirdPerson or VerbForm.Participle)
            {
                return new TokenRange(speaker.First, r);
            }
        }

        return speaker;
    }

    private Draft? AddReported(int sentence, int cue, int cueEnd, TokenRange speaker, TextSpan content, string pattern, double confidence)
    {
        content = Trim(content);
        if (content.Length == 0 || !HasWord(content) || IsAnonymityTerms(TokenAt(content.Start)))
        {
            return null;
        }

        // another attribution already covers this content; but a sentence-final attribution ("…, the source added.")
        // takes the whole clause from one whose cue lies inside it ("Clinton had told police officials that …")
        // (the inner ones are dropped only once the new one is sure to stand: "Bamberg also said …, which he said were at his
        // side, the footage showed" keeps "also said" when the relative's overlap refuses the sentence-final one)
        var lastSentence = _sentenceOf[TokenAt(Math.Max(content.Start, content.End - 1))];
        List<Draft>? covered = null;
        foreach (var other in DraftsIn(sentence - 3, lastSentence))
        {
            if (pattern is "postposed" or "inverted" && !IsOutlet(speaker) && other.Pattern is "preposed" or "gerund" or "stance" && other.Cue is { } inner
                && inner.Start >= content.Start && inner.End <= content.End)
            {
                (covered ??= []).Add(other); // (also "…, a state that she hoped to carry, the race will be tight, said Dan Gerstein")
                continue;
            }

            // nested attributions may overlap: "according to" around another, an outlet's "…, the AP reports", and a
            // nominal cue inside another's content ("Auditors doubted the mayor's claim that …")
            if (other.Content.Any(c => Overlap(c, content) > 0.5 * Math.Min(c.Length, content.Length))
                && !(other.Pattern is "according-to" or "in-poll" or "transcript" || pattern is "according-to" or "in-poll" || pattern == "nominal"
                    || other.Pattern == "postposed" && IsOutlet(other.Speaker) || pattern == "postposed" && IsOutlet(speaker)))
            {
                return null;
            }
        }

        foreach (var other in covered ?? [])
        {
            other.Dropped = true;
        }

        var draft = NewDraft(sentence, cue, cueEnd, speaker, pattern);
        draft.Confidence = confidence;
        AddPiece(draft, content);
        if (draft.Kind == QuoteKind.Mixed && IsOpenMark(TokenAt(content.Start)) && _markOpens[TokenAt(content.Start)] is var q and >= 0
            && _quoted[q].IsClosed && _tokens[_quoted[q].CloseToken].End >= content.End)
        {
            draft.Kind = QuoteKind.Direct;
            draft.Content.Clear();
            draft.Content.AddRange(_quoted[q].Pieces);
        }

        AddSourcesInClause(draft, cueEnd, _sentences[sentence].End);
        return draft;
    }

    /// <summary>Whether the terms of an anonymous source start at <paramref name="t"/>, no content of theirs: "spoke on
    /// |condition of anonymity|", "requested |anonymity| to share private worries".</summary>
    private bool IsAnonymityTerms(int t)
    {
        if (Is(t, "the"))
        {
            t++;
        }

        return Is(t, "anonymity") || Is(t, "condition") && Is(t + 1, "of") && Is(t + 2, "anonymity");
    }

    /// <summary>Whether the verb group of the cue at <paramref name="cue"/> holds "not", "n't" or "never": "have not said".</summary>
    private bool IsNegated(int cue, Sentence s)
    {
        for (var k = cue - 1; k >= s.First && cue - k <= 3 && IsWord(k); k--)
        {
            if (W(k) is "not" or "never" || W(k).EndsWith("n't") || W(k).EndsWith("n’t"))
            {
                return true;
            }

            if (!IsAuxiliary(k) && !Words.CueAdverbs.Has(W(k)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A subject pronoun and its verb after a listener of up to ten words, names, numbers and possessives ("told
    /// |BBC Radio 4's Today programme| she would …"); the pronoun, or -1.</summary>
    private int PronounClauseAfterListener(int t, Sentence s)
    {
        for (var k = t + 1; k < s.End - 1 && k - t <= 10; k++)
        {
            if (IsWord(k) && Words.SubjectPronouns.Has(W(k)) && Upos(k) is "PRON" && IsFinite(k + 1))
            {
                return k;
            }

            // (a named listener: capitalised words, numbers and possessives, and a programme's noun)
            var apostrophe = (IsChar(k, '\'') || IsChar(k, '’')) && _markOpens[k] < 0 && _markCloses[k] < 0; // ("Radio 4's")
            var named = IsCap(k) || IsNumber(k) || IsPossessive(k) || apostrophe || IsWord(k) && W(k) is "s" or "programme" or "program" or "show" or "radio" or "newspaper";
            if (!named || !IsCap(t) || _inQuote[k] >= 0 && !apostrophe || Upos(k) is "VERB" or "AUX")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The start of the clause after an agency named by one word as the listener, with its programme or website
    /// ("told the BBC |Michael Howard had …|", "told BBC News website |Ford did not …|"), where the clause opens with a
    /// capitalised word; or -1.</summary>
    private int AgencyListenerEnd(int t, Sentence s)
    {
        var k = Is(t, "the") ? t + 1 : t;
        if (!IsWord(k) || !_lex.TryGetAgency(W(k), out _))
        {
            return -1;
        }

        k++;
        while (k < s.End && IsWord(k) && W(k) is "News" or "Online" or "Radio" or "TV" or "Television" or "website" or "programme" or "program")
        {
            k++;
        }

        return k < s.End && IsCap(k) && StartsClause(k, s) ? k : -1;
    }

    /// <summary>The subject after the press as listener ("told |reporters| a search mission involving three helicopters had
    /// found …"): a noun phrase opening with a determiner whose finite verb comes before any comma, dash or other cue;
    /// the subject's first token, or -1.</summary>
    private int ClauseAfterPressListener(int t, Sentence s)
    {
        var k = t;
        if (Is(k, "the") && IsWord(k + 1) && W(k + 1) is "press" or "media")
        {
            k += 2;
        }
        else if (IsWord(k) && W(k) is "reporters" or "journalists")
        {
            k++;
        }
        else
        {
            return -1;
        }

        // (or a possessive: "told the press his nephew needed a dose")
        if (!(IsWord(k) && (Upos(k) is "DET" && !Is(k, "that") || Xpos(k) is "PRP$")))
        {
            return -1;
        }

        for (var v = k + 2; v < s.End && v - k <= 24 && _inQuote[v] < 0; v++)
        {
            if (IsComma(v) || IsDash(v) || IsChar(v, ';') || IsWord(v) && W(v) is "that" or "who" or "which")
            {
                return -1;
            }

            if (IsFinite(v))
            {
                return _lex.TryGetCue(W(v), out _) ? -1 : k;
            }
        }

        return -1;
    }

    /// <summary>The "about" after phrases of place and time ("at the White House on Tuesday |about|"), within ten words
    /// and no verb or comma; or -1.</summary>
    private int AboutAfterOccasion(int t, Sentence s)
    {
        for (var k = t; k < s.End && k - t <= 10 && IsWord(k) && _inQuote[k] < 0; k++)
        {
            if (Is(k, "about") || Is(k, "of") && k == t + 1 && W(t).EndsWith("ly"))
            {
                return k + 1 < s.End && IsWord(k + 1) ? k : -1; // (or "spoke emotionally |of| his many flights")
            }

            if (Upos(k) is "VERB" or "AUX")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"Noting that both Reagan and Trump battled the media, Schlafly put her finger on …": a gerund cue that
    /// opens the sentence speaks for the subject after its phrase; what it says runs to the comma that ends the phrase.</summary>
    private bool OpeningGerund(int sIndex, int t)
    {
        var s = _sentences[sIndex];
        if (!Tagged || Xpos(t) is not "VBG" || !IsWord(t) || _inQuote[t] >= 0 || _cueUsed[t])
        {
            return false;
        }

        // (the lexicon is case-insensitive: "Noting" is "noting")
        if (!(_lex.TryGetCue(W(t), out var cue) && cue.Form == VerbForm.Gerund && cue.CueCount >= _options.WeakCueCount || _cues is not null && LearnedCueScore(t) > _options.LearnedObjectMargin))
        {
            return false;
        }

        // the phrase ends at a comma outside quotation marks, or at a closing mark after one (“… job,” Will urged)
        var end = -1;
        for (var k = t + 2; k < s.End - 2 && k - t <= 40; k++)
        {
            if (IsComma(k) && _inQuote[k] < 0 || IsCloseMark(k) && IsComma(k - 1))
            {
                end = k;
                break;
            }
        }

        if (end < 0)
        {
            return false;
        }

        var subject = WithPhraseAndApposition(RightNp(end + 1, s.End), s.End);
        var verb = subject.IsEmpty ? -1 : subject.End;
        while (verb >= 0 && verb < s.End && IsWord(verb) && (IsLyAdverb(verb) || Words.CueAdverbs.Has(W(verb))))
        {
            verb++;
        }

        if (verb < 0 || verb >= s.End || !(IsFinite(verb) || Xpos(verb) is "VB") || !(IsAgent(subject) || IsSpeakerLike(subject)))
        {
            return false;
        }

        // (not an occasion: "According to the Post, …", "Speaking to reporters at the White House, …")
        var from = ContentStart(t + 1, s);
        var contentEnd = IsCloseMark(end) ? _tokens[end].End : _tokens[end - 1].End;
        if (from >= end || IsWord(from) && Words.Prepositions.Has(W(from)) && !Is(from, "about") || TimePhraseEnd(from, s) > from || Is(from, "earlier"))
        {
            return false;
        }

        return AddReported(sIndex, t, t + 1, subject, TextSpan.FromBounds(_tokens[from].Start, contentEnd), "gerund", 0.6) is not null;
    }

    /// <summary>Adds a piece of unquoted content to a draft: the quotations inside it are used, and a quotation makes it
    /// mixed.</summary>
    private void AddPiece(Draft draft, TextSpan piece)
    {
        draft.Content.Add(piece);
        MarkQuotedInside(piece.Start, piece.End);
        draft.Kind = HasQuotedInside(draft) ? QuoteKind.Mixed : QuoteKind.Indirect;
    }

    private static int Overlap(TextSpan a, TextSpan b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));

    private int TokenAt(int position)
    {
        var lo = 0;
        var hi = _tokens.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (_tokens[mid].End <= position)
            {
                lo = mid + 1;
            }
            else if (_tokens[mid].Start > position)
            {
                hi = mid - 1;
            }
            else
            {
                return mid;
            }
        }

        return Math.Min(lo, _tokens.Length - 1);
    }

    private bool HasWord(TextSpan span)
    {
        foreach (var c in _doc[span])
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private TextSpan Trim(TextSpan span)
    {
        var s = span.Start;
        var e = span.End;
        while (s < e && (char.IsWhiteSpace(_text[s]) || _text[s] is ',' or ':' or ';' or '—' or '–'))
        {
            s++;
        }

        while (e > s && (char.IsWhiteSpace(_text[e - 1]) || _text[e - 1] is ',' or ':' or ';' or '—' or '–' or '.' && !IsAbbreviationEnd(e - 1)))
        {
            e--;
        }

        return TextSpan.FromBounds(s, e);
    }

    private bool IsAbbreviationEnd(int position) => _tokens[TokenAt(position)].Has(TokenFlags.Abbreviation);

    private void MarkQuotedInside(int start, int end)
    {
        for (var q = FirstQuotedAtOrAfter(start); q < _quoted.Length && _tokens[_quoted[q].OpenToken].Start < end; q++)
        {
            _quotedUsed[q] = true;
        }
    }

    private bool HasQuotedInside(Draft draft)
    {
        foreach (var c in draft.Content)
        {
            for (var q = FirstQuotedAtOrAfter(c.Start); q < _quoted.Length && _tokens[_quoted[q].OpenToken].Start < c.End; q++)
            {
                if (WordCount(_quoted[q]) > 0 && !IsTitleOfWork(_quoted[q]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The first top-level quoted span that opens at or after <paramref name="position"/> (they are in text order).</summary>
    private int FirstQuotedAtOrAfter(int position)
    {
        int lo = 0, hi = _quoted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (_tokens[_quoted[mid].OpenToken].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private int WordCount(QuotedSpan span)
    {
        var n = 0;
        var last = span.IsClosed ? span.CloseToken : TokenAt(span.Pieces[^1].End - 1) + 1;
        for (var t = span.OpenToken + 1; t < last && t < _tokens.Length; t++)
        {
            if (IsWord(t))
            {
                n++;
            }
        }

        return n;
    }

    private int WordsBetween(int from, int to)
    {
        var n = 0;
        for (var t = from; t < to; t++)
        {
            if (IsWord(t))
            {
                n++;
            }
        }

        return n;
    }

    private bool IsNameLike(int t) => IsCap(t) && !Words.Boundaries.Has(W(t)) && !Words.Determiners.Has(W(t));

    private TextSpan SpanOf(TokenRange r) => TextSpan.FromBounds(_tokens[r.First].Start, _tokens[r.End - 1].End);

    private static string StripArticle(string s) => s.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? s[4..] : s;

    /// <summary>The character offset where content starting at token <paramref name="t"/> begins.</summary>
    private int StartOf(int t, Sentence s) => t < s.End ? _tokens[t].Start : s.Span.End;

    /// <summary>The first content token after a cue: skips "that", a colon, the listener ("told reporters"), a time
    /// or venue phrase ("said on Tuesday in a statement that") and particles ("pointed out that").</summary>
    private int ContentStart(int t, Sentence s)
    {
        // (further over a phrase: "noted in a guest column in Saturday's New York Times that …", furthest over a chain of
        // them: "said Thursday during a taping of a town hall meeting in Buffalo, New York, that …")
        var telling = IsWord(t - 1) && Words.TellingVerbs.Has(W(t - 1));
        var limit = Math.Min(s.End, t + (Tagged && IsWord(t) && (Upos(t) is "ADP" || Words.TimeWords.Has(W(t)) && IsWord(t + 1) && Upos(t + 1) is "ADP") ? 22
            : telling || IsComma(t) ? 16 : 10));
        for (var k = t; k < limit; k++)
        {
            // over a relative aside between commas: "said on CNN, where he is now a paid contributor, that …"
            if (k > t && IsComma(k - 1) && IsWord(k) && W(k) is "where" or "who" or "which" or "when")
            {
                var close = k + 1;
                while (close < s.End && close - k < 14 && !IsComma(close) && _inQuote[close] < 0)
                {
                    close++;
                }

                if (close < s.End && IsComma(close) && Is(close + 1, "that") && !IsPronounThat(close + 1))
                {
                    limit = Math.Min(s.End, Math.Max(limit, close + 3));
                    k = close;
                    continue;
                }
            }

            // over a short capitalised name in quotation marks: "tells MSNBC’s “Morning Joe” on Friday that …"
            if (IsOpenMark(k) && _markOpens[k] is var named and >= 0 && IsShortName(named, 6) && _quoted[named].CloseToken + 1 < s.End)
            {
                limit = Math.Min(s.End, limit + (_quoted[named].CloseToken - k));
                k = _quoted[named].CloseToken;
                continue;
            }

            // (not a relative pronoun: a noun, "that" and a verb, "imposed sweeping new sanctions that bar …", "called for
            // changing any of the provisions that benefit him"; after a listener only for verbs of telling, "warned voters that
            // …", not "criticized loopholes that benefit …")
            if (Is(k, "that") && k > t && !IsPronounThat(k)
                && !IsGlossRelative(k, t)
                // (a capitalised word the tagger reads as a verb is a name: "said last month that |Rangers| had told him")
                && !(Upos(k - 1) is "NOUN" or "PROPN" && Upos(k + 1) is "VERB" or "AUX" && (!IsCap(k + 1) || IsCap(k)) && !(IsWord(t - 1) && Words.ListenerVerbs.Has(W(t - 1)) && StanceLemma(t - 1) is not ("criticize" or "criticise" or "praise" or "blame" or "thank"))))
            {
                // (a noun whose clause it is stays: "found little evidence that the toll hurts shops")
                return IsWord(k - 1) && W(k - 1) is "evidence" or "sign" or "signs" or "proof" or "indication" or "indications" or "hint"
                    or "notion" or "idea" or "impression" or "assurance" or "assurances" or "guarantee" or "guarantees" ? t : k + 1;
            }

            // (nor across another cue's verb: "filed a lawsuit against the owner, alleging that …")
            if (IsOpenMark(k) && !IsPossessiveMark(k) || !IsWord(k) && !IsChar(k, ',') && !IsPossessiveMark(k) || Words.Boundaries.Has(W(k)) && !Is(k, "that") && !(Is(k, "to") && Upos(k + 1) is not ("VERB" or "AUX") && (k == t || Upos(t) is "ADP"))
                    && !(telling && Is(k, "and") && k > t && IsCap(k - 1) && IsCap(k + 1)) // ("told The Post and Courier that …")
                || k > t && Upos(k) is "VERB" && _lex.TryGetCue(W(k), out _))
            {
                break;
            }
        }

        var j = t;

        // "He added, though, that in the end …": a parenthetical adverb between commas before the clause
        if (IsComma(j) && IsWord(j + 1) && Words.ParentheticalAdverbs.Has(W(j + 1)) && IsComma(j + 2) && j + 3 < s.End)
        {
            j += 2;
        }

        // "said — on Twitter, as it happens — that Trump raised …": an aside between dashes before the clause
        if (IsDash(j))
        {
            for (var k = j + 1; k < s.End && k - j < 14; k++)
            {
                if (IsDash(k))
                {
                    if (Is(k + 1, "that") && !IsPronounThat(k + 1))
                    {
                        j = k;
                    }

                    break;
                }
            }
        }

        if (Is(j, "that") && !IsPronounThat(j) || IsChar(j, ':') || IsComma(j) || Is(j, "out") || IsDash(j))
        {
            j++;
            if (Is(j, "that") && !IsPronounThat(j))
            {
                j++;
            }

            // "say that, in addition to Scott, he would …"
            if (Is(j - 1, "that") && IsComma(j) && j + 1 < s.End && IsWord(j + 1))
            {
                j++;
            }
        }

        // "raised new questions about whether …", "took credit for …": a message noun and its preposition belong to the cue
        if (MessagePhraseEnd(j, s) is var preposition and >= 0)
        {
            j = preposition + 1;
        }

        // "reported, according to people at the meeting, the mayor tried …": the nested attribution is not the content
        if (Is(j, "according") && Is(j + 1, "to") && CommaAfter(j + 2, s) is var comma and >= 0 && IsWord(comma + 1))
        {
            j = Is(comma + 1, "that") && !IsPronounThat(comma + 1) ? comma + 2 : comma + 1;
        }

        return j;
    }

    /// <summary>Whether the "that" at <paramref name="k"/> opens a relative clause on a noun set off by a comma after the
    /// content that starts at <paramref name="t"/> ("called |himself pro-choice|, stances that he has since disavowed"),
    /// not the cue's clause; a verb of telling may still reach over a place ("is telling customers at a breakfast spot
    /// in Manchester, New Hampshire, that …").</summary>
    private bool IsGlossRelative(int k, int t) =>
        Upos(k - 1) is "NOUN" && !Words.TimeWords.Has(W(k - 1)) && (IsComma(k - 2) || Upos(k - 2) is "ADJ" && IsComma(k - 3)) && k - 3 >= t
        && !(IsWord(t - 1) && (Words.TellingVerbs.Has(W(t - 1)) || Words.ListenerVerbs.Has(W(t - 1))));

    /// <summary>The preposition ending a message noun phrase at <paramref name="t"/> that a light verb makes part of its cue
    /// ("made conflicting statements |about| how he would …", "took credit |for| …"), with at least two words of content
    /// after it; -1 when there is none. Not after "that", nor when the phrase is a clause's subject ("said questions about
    /// the deal remain").</summary>
    private int MessagePhraseEnd(int t, Sentence s)
    {
        if (!Tagged || Is(t - 1, "that") || !IsWord(t - 1) || Upos(t - 1) is not "VERB"
            || _lex.TryGetCue(W(t - 1), out var verb) && Words.SpeechActLemmas.Has(verb.Lemma))
        {
            return -1; // (a verb of speech has the noun phrase as its content: "announced his support for …")
        }

        var k = t;
        while (k < s.End && k - t < 4 && (Upos(k) is "DET" or "ADJ" or "NUM" || Xpos(k) is "PRP$"))
        {
            k++;
        }

        if (k >= s.End || !IsWord(k) || !Words.MessageNouns.Has(W(k)) || !IsWord(k + 1) || !Words.MessagePrepositions.Has(W(k + 1))
            || k + 3 >= s.End || !IsWord(k + 2) || !IsWord(k + 3) || IsFinite(k + 2))
        {
            return -1;
        }

        for (var v = k + 2; v < s.End && v - k < 8; v++)
        {
            if (IsFinite(v) && !Is(v - 1, "that") && Upos(v - 1) is "NOUN" or "PROPN" && !HasWh(k + 2, v))
            {
                return -1; // "said questions about the deal remain": the noun phrase is a subject
            }
        }

        return k + 1;

        bool HasWh(int from, int to)
        {
            for (var w = from; w < to; w++)
            {
                if (IsWord(w) && W(w) is "whether" or "how" or "why" or "what" or "who" or "when" or "where" or "which" or "that" or "if")
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Whether a participle or a relative clause after a document says what it says ("a letter to Zucker
    /// |asking| that …", "a book |in which| he exposes …").</summary>
    private bool SaysAfter(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (Xpos(k) is "VBG" || IsWord(k) && W(k) is "which" or "that" or "where" or "whose" || IsOpenMark(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A piece of writing, as the object of "wrote": "a letter", "his dissertation", "the introduction".</summary>
    private bool IsWrittenWork(int head) => IsWord(head) && (Words.DocumentNouns.Has(W(head)) || Words.CreativeWorks.Has(W(head))
        || W(head) is "books" or "dissertation" or "thesis" or "introduction" or "foreword" or "column" or "columns" or "op-ed"
            or "essay" or "essays" or "memoir" or "biography" or "piece" or "check" or "checks" or "constitution");

    /// <summary>"say that will not happen": "that" is the subject, not the complementizer, when a verb follows it.</summary>
    // "that is …" (a pronoun) or, as the tagger reads it, "that assignment" (a determiner): no complementizer
    private bool IsPronounThat(int t) =>
        IsWord(t + 1) && !IsCap(t + 1) && (_lex.TagOf(W(t + 1)) is "Modal" or "Copula" || W(t + 1) is "is" or "was" or "has" or "will" or "would" or "could" or "can")
        || Xpos(t) is "DT" && IsWord(t + 1) && Upos(t + 1) is "NOUN" && !IsCap(t + 1);

    /// <summary>The listener between a cue and its content: "told |reporters| that", "told |The Associated Press|".</summary>
    private TokenRange ListenerBetween(int cueEnd, int contentStart)
    {
        var e = contentStart - 1;
        while (e >= cueEnd && (Is(e, "that") || IsComma(e) || IsChar(e, ':')))
        {
            e--;
        }

        return e >= cueEnd ? new TokenRange(cueEnd, e + 1) : TokenRange.None;
    }

    /// <summary>Where content that starts at token <paramref name="from"/> ends: the sentence end (or the end of the
    /// multi-sentence quotation it opens), before a trailing attribution (", the AP reports"), or at the first comma
    /// of a subordinate clause.</summary>
    private int ContentEnd(Sentence s, int from, bool subordinate)
    {
        if (IsOpenMark(from) && _quoted[_markOpens[from]] is var q && q.IsClosed && q.CloseToken >= s.End)
        {
            var cs = _sentences[_sentenceOf[q.CloseToken]];
            return EndBeforeTail(cs, q.CloseToken + 1);
        }

        if (subordinate)
        {
            for (var t = from; t < s.End; t++)
            {
                // (or after a quotation whose comma is inside its marks: "“so swollen …,”")
                // (not when no verb follows: the clause ends the sentence, and the comma is a list's, "…, which
                // challenges |reductions in early voting, restrictions on voter registration and the voter ID requirement|.")
                if ((IsComma(t) || IsCloseMark(t) && IsComma(t - 1)) && _inQuote[t] < 0 && !(Tagged && !HasVerb(t + 1, s.End)))
                {
                    // and before the same speaker's next cue or another clause within it ("Though she called X
                    // 'outrageous' and called for …,")
                    return Math.Min(IsComma(t) ? _tokens[t].Start : _tokens[t].End, EndBeforeTail(s, from));
                }
            }
        }

        var end = EndBeforeTail(s, from);

        // a quotation that opens inside the content and runs on past the sentence is said whole: "Leubsdorf said Carson
        // is “losing strength because of … knowledge. Some of his evangelical support appears to be moving to Cruz.”"
        for (var t = from; t < s.End && _tokens[t].Start < end; t++)
        {
            if (IsOpenMark(t) && _quoted[_markOpens[t]] is { IsClosed: true } inner && inner.CloseToken >= s.End
                && _sentences[_sentenceOf[inner.CloseToken]].Paragraph == s.Paragraph && !_quotedUsed[_markOpens[t]])
            {
                return Math.Max(end, _tokens[inner.CloseToken].End);
            }
        }

        return end;
    }

    /// <summary>Whether the gerund at <paramref name="gerund"/> and its object are the subject of a verb within eight words,
    /// with no comma between: "|wearing| a face covering would become compulsory".</summary>
    private bool GerundSubjectClause(int gerund, Sentence s)
    {
        for (var k = gerund + 1; k < s.End && k - gerund <= 8 && !IsComma(k) && !IsTerminal(k) && !Is(k, "that"); k++)
        {
            if (IsFinite(k))
            {
                return Xpos(k) is "MD" || Xpos(k) is "VBZ" or "VBD" && Upos(k) is "AUX" or "VERB" && !Is(k - 1, "that") && !Is(k - 1, "who") && !Is(k - 1, "which");
            }
        }

        return false;
    }

    /// <summary>Whether the content starting at <paramref name="from"/> follows a gerund cue ("touting |their own
    /// experience| and saying …"), so that a coordinated gerund cue ends it.</summary>
    private bool IsGerundCueBefore(int from)
    {
        var k = from - 1;
        while (k >= 0 && IsWord(k) && !Words.Boundaries.Has(W(k)) && from - k <= 3 && Xpos(k) is not "VBG")
        {
            k--;
        }

        return k >= 0 && Xpos(k) is "VBG" && (_lex.TryGetCue(W(k), out _) || _cues is not null && LearnedCueScore(k) > 0);
    }

    /// <summary>Whether the verb after the "and"/"but" at <paramref name="conjunction"/> is a second verb of the content's
    /// own clause ("say |he posed a deadly threat and refused to drop the gun|", "said |they're fine with it but just want
    /// …|"), not the speaker's next attribution ("acknowledged that … but declined to provide a list", "say the pier should
    /// stay and believe …", "said the aim was … and hinted that …"). Only a content that opens with a subject and verb can go
    /// on, and only with a verb that reports no clause of its own; then its tense decides: an act of speech goes on it when
    /// it agrees with the content's verb and not with the cue's, any other verb unless it agrees with the cue's and not with
    /// the content's (a participle after "has said" agrees with the cue: "has repeatedly said … and dismissed claims").</summary>
    private bool ContinuesContentClause(Sentence s, int from, int conjunction, int verb, string lemma)
    {
        if (!Tagged || !StartsClause(from, s))
        {
            return false;
        }

        // a verb that reports a clause of its own is the speaker's next attribution: "said the aim was … and hinted that
        // …", "said they welcomed the rules and believed they would …"
        if (Is(verb + 1, "that") || IsChar(verb + 1, ':') || StartsClause(verb + 1, s) && !Words.ObjectControlVerbs.Has(W(verb))
            || Words.ListenerVerbs.Has(W(verb)) && RightNp(verb + 1, s.End) is { IsEmpty: false } listener && (Is(listener.End, "that") || StartsClause(listener.End, s)))
        {
            return false;
        }

        var content = -1;
        for (var k = from; k < conjunction && content < 0; k++)
        {
            content = IsFinite(k) ? k : -1;
        }

        if (content < 0)
        {
            return false;
        }

        var cue = from - 1;
        while (cue >= s.First && !IsFinite(cue))
        {
            cue--;
        }

        var tense = TenseOf(conjunction + 1);
        if (tense == 0)
        {
            return false; // a bare verb: "say the pier should stay and believe …"
        }

        var withContent = TenseOf(content) == tense;
        var withCue = cue >= s.First && TenseOf(cue) == tense;
        if (cue >= s.First && W(cue) is "has" or "have" && tense == 1)
        {
            withCue = true; // "has repeatedly said … and dismissed claims": a participle of the same perfect
        }

        return Words.SpeechActLemmas.Has(lemma) ? withContent && !withCue : withContent || !withCue;
    }

    /// <summary>Whether a gerund follows the "and" at <paramref name="and"/>, or a short noun phrase and a gerund ("and
    /// Senator Sanders pressing his attack"), where the content from <paramref name="from"/> has no gerund of its own that it
    /// could coordinate with ("proposing projects like installing solar panels and giving states …").</summary>
    private bool GerundAfterAnd(int from, int and, Sentence s)
    {
        for (var k = from; k < and; k++)
        {
            if (Xpos(k) is "VBG" && _inQuote[k] < 0)
            {
                return false;
            }
        }

        if (Xpos(and + 1) is "VBG" && Upos(and + 1) is "VERB" && !Is(and + 1, "including"))
        {
            return true;
        }

        var np = RightNp(and + 1, s.End);
        return !np.IsEmpty && np.Count <= 6 && Xpos(np.End) is "VBG" && Upos(np.End) is "VERB";
    }

    /// <summary>Whether the noun phrase holds a number: "78 percent of voters", "a staggering 56 percent".</summary>
    private bool HasNumber(TokenRange np)
    {
        for (var k = np.First; k < np.End; k++)
        {
            if (IsNumber(k) || Upos(k) is "NUM")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The tense of a finite verb or modal: 1 past ("said", "would"), 2 present ("says", "will"), 0 none.</summary>
    private int TenseOf(int k) => Xpos(k) switch
    {
        "VBD" => 1,
        "VBZ" or "VBP" => 2,
        "MD" => W(k) is "would" or "could" or "might" or "should" ? 1 : 2,
        _ => 0,
    };

    private int EndBeforeTail(Sentence s, int from)
    {
        var end = s.End;

        // a content with no clause of its own, an object ("blasted |Rubio|"), which the speaker's or the writer's next verb ends
        var objectContent = Tagged && !StartsClause(from, s) && !IsOpenMark(from);
        for (var t = Math.Max(from, s.First + 1); t < s.End; t++)
        {
            if (_inQuote[t] >= 0)
            {
                continue;
            }

            if ((IsComma(t) || IsDash(t)) && IsTail(t + 1, s))
            {
                end = t;
                break;
            }

            // the word after t, over an adverb: where a second cue of the same speaker may stand
            var afterAdverb = IsWord(t + 1) && t + 2 < s.End && (Words.CueAdverbs.Has(W(t + 1)) || IsLyAdverb(t + 1)) ? t + 2 : t + 1;

            // ", arguing that …", ", adding that …", ", even suggesting …": a second attribution by the same speaker
            if ((IsComma(t) || IsDash(t) || IsCloseMark(t) && IsComma(t - 1)) && t > from && IsWord(afterAdverb) && _lex.TryGetCue(W(afterAdverb), out var g)
                && g.Form == VerbForm.Gerund && !IsCap(afterAdverb))
            {
                end = IsComma(t) || IsDash(t) ? t : t + 1; // (also after a dash: "dismissed the accusations — saying …")
                break;
            }

            // ", however, a UN report concluded …": a new clause joined with a comma is the writer's
            if (Tagged && IsComma(t) && t > from + 2 && Is(t + 1, "however") && IsComma(t + 2) && t + 3 < s.End && (StartsClause(t + 3, s) || Upos(t + 3) is "DET" or "PROPN" or "PRON" && HasFiniteVerb(t + 3, s.End)))
            {
                end = t;
                break;
            }

            // ", but …", ", although …", ", who …", ", a reference to …": what follows is the writer's, not the speaker's
            // (also after a quoted fragment whose comma is inside the marks: "is “true,” but …")
            // (but "was ready to appear behind closed doors, but would not be part of …" goes on with the same subject, and
            // "said his staff did the wrong thing, but that the DNC's blocking …" with a second clause of the same cue)
            if ((IsComma(t) || IsCloseMark(t) && IsComma(t - 1)) && IsWord(t + 1) && (t > from + 2 || t > from && W(t + 1) is "but" or "although" or "though" or "whereas" or "yet") && !IsCap(t + 1)
                && Words.ContentEnders.Has(W(t + 1)) && !(Is(t + 1, "but") && (Upos(t + 2) is "AUX" or "VERB" || Is(t + 2, "that") && Tagged && HasClause(t + 3, s)))
                && !IsConcessiveAside(t + 1) && !IsRelativeInSubject(from, t, s))
            {
                end = IsComma(t) ? t : t + 1;
                break;
            }

            // "… but noted that …": the same speaker's second attribution
            // (a verb as the tagger reads it: not "federal and state law"; also after its auxiliaries: ", and has called for")
            if (Tagged && (Is(t, "but") || Is(t, "and")) && IsWord(t + 1) && IsAuxiliary(t + 1) && !Is(t + 1, "to"))
            {
                afterAdverb = t + 1;
                while (afterAdverb < s.End && afterAdverb - t <= 3 && IsWord(afterAdverb) && (IsAuxiliary(afterAdverb) || Words.CueAdverbs.Has(W(afterAdverb))))
                {
                    afterAdverb++;
                }
            }

            // "calling him a “nice guy” and he didn't provide …": a new subject and verb after a content with no clause of its
            // own are the writer's next clause (not after a verb of the content's, "said the figures were heartening but he
            // would not rest …", nor after the quotation that a mixed content's rest follows: "insisted his plans were
            // “affordable” and he could afford …")
            if (objectContent && (Is(t, "but") || Is(t, "and")) && t > from + 1 && !HasFiniteVerb(from, t) && !IsCloseMark(from - 1)
                && IsWord(t + 1) && Words.SubjectPronouns.Has(W(t + 1)) && !Is(t + 1, "it") && !Is(t + 1, "you") && !Is(t + 1, "who") && !Is(t + 1, "which")
                && (IsFinite(t + 2) || IsAuxiliary(t + 2)))
            {
                end = IsComma(t - 1) ? t - 1 : t;
                break;
            }

            // "pointing to |his record| and saying …", "calling |her “the champion working families need”| and its president
            // hugging her": after a gerund cue's object, a coordinated gerund (with or without its own subject) is the
            // writer's next act
            if (objectContent && Is(t, "and") && t > from && Xpos(t - 1) is not "VBG" && IsGerundCueBefore(from) && GerundAfterAnd(from, t, s))
            {
                end = IsComma(t - 1) ? t - 1 : t;
                break;
            }

            // (two words of content are enough: "calling |them rapists| and vowing to …")
            if ((Is(t, "but") || Is(t, "and")) && t > from + 1 && IsWord(afterAdverb) && _lex.TryGetCue(W(afterAdverb), out var same) && (!Tagged || Upos(afterAdverb) is "VERB")
                && (same.Form is VerbForm.Past or VerbForm.ThirdPerson or VerbForm.Base || same.Form == VerbForm.Gerund && Xpos(from) is not "VBG" && IsGerundCueBefore(from))
                && same.CueCount >= _options.WeakCueCount && !ContinuesContentClause(s, from, t, afterAdverb, same.Lemma))
            {
                end = IsComma(t - 1) ? t - 1 : t;
                break;
            }

            // "called for more information about the shooting, looping the streets …": after a noun phrase, a participle
            // clause tells what the speaker did, not what was said
            // (not a gerund that is the subject of the clause after an opening phrase: "announced that from June 15, |wearing|
            // a face covering would become compulsory")
            if (Tagged && IsComma(t) && t > from + 2 && Xpos(t + 1) is "VBG" && Upos(t + 1) is "VERB" && !Is(t + 1, "including") && !HasFiniteVerb(from, t)
                && !IsOpenMark(from) && !(IsWord(from) && Upos(from) is "ADP" && GerundSubjectClause(t + 1, s)))
            {
                end = t;
                break;
            }

            // "refused |to speak to reporters| as she left": a subordinate clause after an infinitive content is the writer's
            if (objectContent && Is(from, "to") && t > from + 1 && IsWord(t) && W(t) is "as" or "because" or "when" or "while" or "after" or "before" or "until" or "since" or "although" or "though" or "whereas"
                && !IsComma(t - 1) && StartsClause(t + 1, s))
            {
                end = t;
                break;
            }

            // "pledged to be … and cast doubt on the rate, suggested that …": a finite cue after a comma is the speaker's next
            // attribution in a list of their acts (not after an apposition: "denied Mr Yeo, his spokesman, said the plans …")
            if (Tagged && IsComma(t) && t > from + 2 && IsWord(afterAdverb) && _lex.TryGetCue(W(afterAdverb), out var finite)
                && finite.Form is VerbForm.Past or VerbForm.ThirdPerson && Xpos(afterAdverb) is "VBD" or "VBZ" && !IsCap(afterAdverb) && !IsOpenMark(from)
                && finite.CueCount >= _options.WeakCueCount && !HasCommaBetween(from, t))
            {
                end = t;
                break;
            }

            // "called himself pro-choice, stances that he has since disavowed": a plural noun and its relative clause gloss
            // what came before
            if (Tagged && IsComma(t) && t > from + 1 && Xpos(t + 1) is "NNS" && (Is(t + 2, "that") || Is(t + 2, "which")) && Upos(t + 3) is "PRON" or "DET" or "PROPN")
            {
                end = t;
                break;
            }

            // "… the most aggressive language about bombing, with Cruz recently promising to …": an absolute "with" and its
            // gerund are the writer's (not a figure's, which a poll's content holds: ", with 78 percent of voters backing …")
            if (Tagged && IsComma(t) && t > from + 1 && Is(t + 1, "with") && RightNp(t + 2, s.End) is { IsEmpty: false } withNp && withNp.Count <= 6
                && !HasNumber(withNp)
                && (Xpos(withNp.End) is "VBG" || IsLyAdverb(withNp.End) && Xpos(withNp.End + 1) is "VBG" || Is(withNp.End, "now") && Xpos(withNp.End + 1) is "VBG"))
            {
                end = t;
                break;
            }

            // "… were women, a proportion that had risen in recent years": the writer's gloss on the whole clause
            if (Tagged && IsComma(t) && t > from + 3 && (Is(t + 1, "a") || Is(t + 1, "an")) && IsGloss(t + 2, s))
            {
                end = t;
                break;
            }

            // "… consider Rep. Don Beyer (D-Va.), a former lieutenant governor who can raise the cash": an apposition after
            // a name at the end of the content is the writer's
            if (Tagged && IsComma(t) && t > from + 2 && IsWord(t + 1) && W(t + 1) is "a" or "an" or "the"
                && (Upos(t - 1) is "PROPN" || IsChar(t - 1, ')')) && IsClosingApposition(t + 1, s) && !InfinitiveAfterApposition(t, s))
            {
                end = t;
                break;
            }

            // ", and the downgrade is casting …": a new clause with its own subject ("…, and when asked, he declined"; also
            // after a one-word content: "blasted |Rubio|, and Rubio smacked back")
            if (IsComma(t) && t > from && (Is(t + 1, "and") || Is(t + 1, "but") || Is(t + 1, "or"))
                && (StartsClause(t + 2, s, pastParticiple: true) || Is(t + 2, "then") && StartsClause(t + 3, s, pastParticiple: true)
                    || IsWord(t + 2) && W(t + 2) is "when" or "after" or "before" or "while" or "once"))
            {
                end = t;
                break;
            }

            // "… was not intentional; they only learned on Friday …": after a semicolon, a new clause is the writer's (also
            // when its subject is longer than a noun phrase: "…; 29 percent (and 43 percent of Republicans) said …"; and after a
            // one-word content: "opposed |it|; newspaper editorials railed against it")
            if (IsChar(t, ';') && t > from && (StartsClause(t + 1, s) || Tagged && HasFiniteVerb(t + 1, Math.Min(s.End, t + 12))))
            {
                end = t;
                break;
            }

            // "…, compared with four in 10 who said …": a comparison after the content is the writer's
            if (IsComma(t) && t > from + 1 && Is(t + 1, "compared") && IsWord(t + 2) && W(t + 2) is "with" or "to")
            {
                end = t;
                break;
            }

            // "declined |the assignment| and has since left", "blasted |Rubio| and defended Cruz": a second verb of the speaker
            // after a noun-phrase content (after a one-word object too, and over an adverb: "supports |Clinton| but is not
            // working for her", "blamed |hackers| but later admitted …")
            if ((Is(t, "and") || Is(t, "but")) && (t > from + 1 || objectContent && t > from) && t + 1 < s.End
                && (IsFinite(t + 1) || objectContent && IsWord(t + 1) && Words.CueAdverbs.Has(W(t + 1)) && !Is(t + 1, "not") && IsFinite(t + 2))
                && !HasFiniteVerb(from, t))
            {
                end = IsComma(t - 1) ? t - 1 : t;
                break;
            }

            // "…, but he said witnesses saw a gun", "… and Democrats accused the GOP of …": a new attribution starts
            // (also after a bare comma: "Although Weiner admitted that they had “been friends,” he claimed …")
            if ((Is(t, "but") || Is(t, "and") || Is(t, "while") || Is(t, "whereas") || IsChar(t, ';') || IsComma(t) || IsCloseMark(t) && IsComma(t - 1))
                && t > from + 2 && StartsAttribution(t + 1, s))
            {
                end = IsComma(t - 1) ? t - 1 : t;
                break;
            }
        }

        var last = end - 1;
        while (last > from && IsTrailingPunctuation(last) && !(IsChar(last, ')') && OpensBefore(from, last)))
        {
            last--;
        }

        return last >= from ? _tokens[last].End : _tokens[Math.Min(from, _tokens.Length - 1)].Start;
    }

    /// <summary>Whether token <paramref name="t"/> is punctuation a content does not end with (a comma, a dash), not a
    /// closing quotation mark, nor a percent sign, which is part of its number ("showing |1.1%|, and economists …").</summary>
    private bool IsTrailingPunctuation(int t) => _tokens[t].Kind == TokenKind.Punctuation && !IsCloseMark(t) && !IsChar(t, '%');

    /// <summary>Whether the ", which …," or ", who …," at the comma <paramref name="comma"/> is a relative clause inside the
    /// subject of the content from <paramref name="from"/>, whose verb follows its closing comma: "suggest |a new feature on
    /// the 737 Max, which had not suffered a crash before, was forcing the nose down|".</summary>
    private bool IsRelativeInSubject(int from, int comma, Sentence s)
    {
        if (!Tagged || !IsWord(comma + 1) || W(comma + 1) is not ("which" or "who") || HasFiniteVerb(from, comma))
        {
            return false;
        }

        for (var k = comma + 2; k < s.End && k - comma <= 20; k++)
        {
            if (_inQuote[k] >= 0)
            {
                continue;
            }

            if (IsComma(k))
            {
                return IsFinite(k + 1) && Upos(k + 1) is "VERB" or "AUX";
            }
        }

        return false;
    }

    /// <summary>"Democratic, |though culturally conservative|, areas": a concessive word before adjectives and a comma is an
    /// aside inside a noun phrase, not a clause of the writer's.</summary>
    private bool IsConcessiveAside(int t)
    {
        if (!Tagged || !IsWord(t) || W(t) is not ("though" or "although" or "but" or "yet" or "if"))
        {
            return false;
        }

        var k = t + 1;
        while (k < _tokens.Length && k - t <= 3 && Upos(k) is "ADV")
        {
            k++;
        }

        var adjectives = 0;
        while (k < _tokens.Length && k - t <= 5 && Upos(k) is "ADJ")
        {
            k++;
            adjectives++;
        }

        return adjectives > 0 && IsComma(k);
    }

    /// <summary>Whether a "(" stands in tokens [from, close), so that the ")" at <paramref name="close"/> closes it.</summary>
    private bool OpensBefore(int from, int close)
    {
        for (var k = close - 1; k >= from; k--)
        {
            if (IsChar(k, '('))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"proportion that …", "high sum.", "dig at his opponents", "sign of growing unease", "sentiment endorsed by
    /// …", "step they believe …": a noun (after adjectives) followed by a relative clause, the sentence end, a preposition or
    /// a participle: a gloss that starts at <paramref name="t"/>.</summary>
    private bool IsGloss(int t, Sentence s)
    {
        var k = t;
        while (k < s.End && k - t < 3 && Upos(k) is "ADJ" or "ADV")
        {
            k++;
        }

        return k < s.End && Upos(k) is "NOUN" && !IsCap(k) && !IsRoleWord(k) && !IsPluralRole(k)
            && (Is(k + 1, "that") || Is(k + 1, "which") || IsTerminal(k + 1) || k + 1 >= s.End || Is(k + 1, "at") || Is(k + 1, "on") || Is(k + 1, "with")
                || Is(k + 1, "of") || Xpos(k + 1) is "VBN" or "VBG" || Upos(k + 1) is "PRON");
    }

    /// <summary>A noun phrase from <paramref name="t"/> to the end of the sentence whose only verbs are in its relative
    /// clauses: "a former lieutenant governor and ambassador who can raise the cash to run statewide."</summary>
    private bool IsClosingApposition(int t, Sentence s)
    {
        var relative = false;
        for (var k = t; k < s.End; k++)
        {
            // (a list goes on: "the musician Chuck Berry, the baseball player Willie Mays and …")
            if (_inQuote[k] >= 0 || IsOpenMark(k) || IsComma(k) && Is(k + 1, "and") || Is(k, "and") && Is(k + 1, "the") && !relative)
            {
                return false;
            }

            relative |= IsWord(k) && W(k) is "who" or "which" or "that" or "whose" or "where";
            if (!relative && (IsFinite(k) || IsChar(k, ';') || IsChar(k, ':')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the sentence from token <paramref name="t"/> is a trailing attribution:
    /// "the Associated Press reports.", "according to AP.", "she said.", "said Smith, a doctor.".</summary>
    private bool IsTail(int t, Sentence s)
    {
        if (t >= s.End)
        {
            return false;
        }

        if (Is(t, "according") && Is(t + 1, "to"))
        {
            var np = RightNp(t + 2, s.End);
            if (np.IsEmpty)
            {
                return false;
            }

            // the source may run on with its own phrases to the end: "according to the Roper Center for Public Opinion"
            var e = np.End;
            while (e < s.End && e - np.End < 12 && IsWord(e) && !IsFinite(e))
            {
                e++;
            }

            return e >= s.End || IsTerminal(e) || IsCloseMark(e);
        }

        if (_lex.TryGetCue(W(t), out var c) && c.Form is VerbForm.Past or VerbForm.ThirdPerson)
        {
            var np = RightNp(t + 1, s.End);
            return !np.IsEmpty && EndsClause(SkipApposition(np.End, s.End), s);
        }

        var subject = RightNp(t, s.End);
        if (subject.IsEmpty)
        {
            return false;
        }

        var k = subject.End;
        while (k < s.End && IsWord(k) && IsAuxiliary(k))
        {
            k++;
        }

        // "the video should be released." is a passive clause, not "…, he said"
        // (nor "he is not worried.": any form of "be" before the verb, or an adjective as the tagger reads it)
        // (nor "Mr. Trump's remarks.": a noun after a possessive)
        return k < s.End && _lex.TryGetCue(W(k), out var cue) && cue.Form is VerbForm.Past or VerbForm.ThirdPerson && EndsClause(k + 1, s)
            && !HasPassiveAuxiliary(subject.End, k) && !(Tagged && Upos(k) is "ADJ")
            && !IsPossessive(k - 1) && !IsPossessiveMark(k - 1);
    }

    private bool HasPassiveAuxiliary(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (IsWord(k) && Words.Passive.Has(W(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the content from <paramref name="t"/> holds a clause (a finite verb, "that", "to" + verb, a
    /// quotation) rather than a bare noun phrase.</summary>
    private bool HasClause(int t, Sentence s)
    {
        if (Is(t - 1, "that") || Is(t, "to") || IsOpenMark(t))
        {
            return true;
        }

        for (var k = t; k < s.End && k - t < 25; k++)
        {
            if (IsOpenMark(k) && !IsTitleOfWork(_quoted[_markOpens[k]]))
            {
                return true;
            }

            if (Tagged && IsComma(k) && IsTail(k + 1, s))
            {
                return false; // "found cracks in its spillway, the water board said": the verb is another attribution's
            }

            // a finite verb (or, untagged, a word shaped like one)
            if (Tagged ? IsFinite(k) || Xpos(k) is "VBG" && k > t
                : IsWord(k) && !IsCap(k) && (IsAuxiliary(k) && !W(k).EndsWith("ly") && !Is(k, "also")
                    || _lex.TagOf(W(k)) is "PastTense" or "Modal" or "Copula" || W(k).EndsWith("ing")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>", noting …" or a short phrase and then it ("in Paris, noting …"), from <paramref name="t"/>: the gerund
    /// cue of the same speaker's next attribution ends this one.</summary>
    private bool GerundCueAfterComma(int t, Sentence s)
    {
        var comma = t;
        if (!IsComma(comma) && IsTrailingPhrase(t, s, orComma: true))
        {
            while (comma < s.End && !IsComma(comma))
            {
                comma++;
            }
        }

        return IsComma(comma) && IsCue(comma + 1, out var next, out _) && next.Form == VerbForm.Gerund;
    }

    /// <summary>A short prepositional phrase that ends the sentence: "…, said one source |in the room|." (or, with
    /// <paramref name="orComma"/>, a clause: "…, Hollande said Tuesday |in Paris|, noting …").</summary>
    private bool IsTrailingPhrase(int t, Sentence s, bool orComma = false)
    {
        if (!IsWord(t) || !Words.Prepositions.Has(W(t)))
        {
            return false;
        }

        for (var k = t + 1; k < s.End; k++)
        {
            if (IsTerminal(k) || IsCloseMark(k) && !IsShortTitleMark(k) || orComma && IsComma(k))
            {
                return k - t <= 6;
            }

            // (a show's title may stand in it: "on MSNBC's “Morning Joe.”")
            if (IsShortTitleMark(k) && !IsWord(k))
            {
                continue;
            }

            if (!IsWord(k) || IsVerbLike(k) || _lex.TryGetCue(W(k), out _) && !IsCap(k) || k - t > 6)
            {
                return false;
            }
        }

        return s.End - t <= 6;
    }

    /// <summary>Where the clause inside a free relative ends ("what Trump says |his tax plan would do| and what it would
    /// actually do began …"): before a comma, a conjunction, or a finite verb after the clause's own verb group.</summary>
    private int FreeRelativeEnd(Sentence s, int start)
    {
        var seenVerb = false;
        for (var k = start; k < s.End; k++)
        {
            var verb = IsFinite(k) || Upos(k) is "VERB" or "AUX";
            if (IsComma(k) || (Is(k, "and") || Is(k, "but") || Is(k, "or")) && Upos(k + 1) is "PRON" or "SCONJ" or "ADV" or "DET"
                || seenVerb && IsFinite(k) && !IsFinite(k - 1) && Upos(k - 1) is not ("AUX" or "ADV"))
            {
                var last = k - 1;
                return last >= start ? _tokens[last].End : _tokens[start].End;
            }

            seenVerb |= verb;
        }

        return s.Span.End;
    }

    /// <summary>"one in five", "about nine in 10": a share of a group, as a subject that starts at token
    /// <paramref name="t"/>; empty when there is none.</summary>
    private TokenRange ShareAfter(int t, Sentence s)
    {
        var k = t;
        while (k < s.End && IsWord(k) && W(k) is "about" or "nearly" or "roughly" or "almost" or "only" or "just" or "About" or "Nearly" or "Roughly"
            or "Almost" or "Only" or "Just")
        {
            k++;
        }

        return k + 2 < s.End && IsCountWord(k) && Is(k + 1, "in") && IsCountWord(k + 2) ? new TokenRange(t, k + 3) : TokenRange.None;
    }

    /// <summary>A subject followed by a finite verb: "the downgrade is casting", "prices rose".</summary>
    private bool StartsClause(int t, Sentence s, bool pastParticiple = false)
    {
        var np = ShareAfter(t, s) is { IsEmpty: false } share ? share : RightNp(t, s.End);
        if (np.IsEmpty || np.Count > 8)
        {
            return false;
        }

        var k = np.End;
        if (Tagged)
        {
            // "the coal miners' union also stepped in": adverbs between the subject and its verb
            while (k < s.End && k - np.End < 2 && Xpos(k) is "RB")
            {
                k++;
            }

            // (a past tense the tagger reads as a participle, where the caller allows it: "and the union also stepped in")
            return k < s.End && (IsFinite(k) || pastParticiple && Xpos(k) is "VBN" && !Is(k + 1, "by"));
        }

        return k < s.End && IsWord(k) && !IsCap(k) && (IsAuxiliary(k) && !W(k).EndsWith("ly") || _lex.TagOf(W(k)) is "PastTense" or "Modal" or "Copula");
    }

    /// <summary>Where the verb after the noun phrase at <paramref name="t"/> (of at most <paramref name="longest"/> words)
    /// stands, over auxiliaries and adverbs in -ly: "he |said|", "Trump has repeatedly |said|"; -1 when no noun phrase
    /// starts there.</summary>
    private int VerbAfterSubject(int t, Sentence s, int longest)
    {
        var np = ShareAfter(t, s) is { IsEmpty: false } share ? share : RightNp(t, s.End);
        if (np.IsEmpty || np.Count > longest)
        {
            return -1;
        }

        var k = np.End;
        while (k < s.End && IsWord(k) && (IsAuxiliary(k) || IsLyAdverb(k)))
        {
            k++;
        }

        return k;
    }

    /// <summary>A subject followed (after auxiliaries) by a reporting verb: "he said", "Democrats accused".</summary>
    private bool StartsAttribution(int t, Sentence s)
    {
        var k = VerbAfterSubject(t, s, 6);
        return k >= 0 && k < s.End && _lex.TryGetCue(W(k), out var cue) && cue.CueCount >= _options.WeakCueCount && cue.Form is VerbForm.Past or VerbForm.ThirdPerson;
    }

    private bool EndsClause(int t, Sentence s) => t >= s.End || IsTerminal(t) || IsCloseMark(t) || TimePhraseStartsAt(t, s)
        || IsComma(t) && (Is(t + 1, "according") || _lex.TryGetCue(W(t + 1), out var c) && c.Form == VerbForm.Gerund);

    /// <summary>The content before a post-posed attribution ending at token <paramref name="end"/> (exclusive):
    /// from the sentence start, or the whole quotation when the sentence is inside one that began earlier.</summary>
    private TextSpan? BeforeClause(int end, Sentence s)
    {
        var first = s.First;
        if (_inQuote[first] >= 0 && _quoted[_inQuote[first]].OpenToken < first)
        {
            // a quotation of several sentences that closes before the cue, with the writer's words after it, is said whole:
            // "“You know what I want to do? I want to wait until I meet with Bibi” before discussing specifics, he said."
            var q = _inQuote[first];
            if (!_quoted[q].IsClosed || _quoted[q].CloseToken >= end - 1 || _quotedUsed[q]
                || _sentences[_sentenceOf[_quoted[q].OpenToken]].Paragraph != s.Paragraph)
            {
                return null; // inside a multi-sentence quotation that pass A did not attribute
            }

            first = _sentences[_sentenceOf[_quoted[q].OpenToken]].First; // (from the start of the sentence the quotation opens in)
        }

        // "((Aparna Garg))  Challenges, I would say, are …": an interview's speaker label is no part of what was said
        if (s.Paragraph < _doc.Paragraphs.Length && _doc.Paragraphs[s.Paragraph].First == first && ParenthesisedLabelEnd(first, _doc.Paragraphs[s.Paragraph]) is var label and > 0)
        {
            first = label + 2;
        }

        while (first < end && !IsWord(first) && !IsOpenMark(first))
        {
            first++;
        }

        // "UPDATE: The ferry will run …": a section label is the writer's
        if (first + 2 < end && IsWord(first) && Words.SectionLabels.Has(W(first)) && IsChar(first + 1, ':'))
        {
            first += 2;
        }

        if (first >= end)
        {
            return null;
        }

        var e = end - 1;
        while (e > first && (IsComma(e) || IsDash(e)))
        {
            e--;
        }

        return TextSpan.FromBounds(_tokens[first].Start, _tokens[e].End);
    }

    /// <summary>Whether the clause whose subject starts at <paramref name="subjectStart"/> is subordinate to the rest of
    /// the sentence: "However, given that U.S. officials have vowed to …, the charges could …".</summary>
    private bool IsSubordinate(Sentence s, int subjectStart)
    {
        for (var t = s.First; t < subjectStart; t++)
        {
            if (IsWord(t) && (Words.Subordinators.Has(W(t)) && !Is(t, "as") || Is(t, "that") && Is(t - 1, "given")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Who does a gerund cue: the subject of the nearest finite verb before it ("Donald Trump unleashed tweets
    /// criticizing …"), the speaker of an attribution it extends ("…,” she said, adding that …"), or the sentence subject.</summary>
    private TokenRange GerundSubject(Sentence s, int cue)
    {
        // "…, the agency said on Monday, adding that …": the speaker of the attribution the participle follows
        foreach (var d in DraftsIn(_sentenceOf[cue], _sentenceOf[cue]))
        {
            // (any attribution whose cue the comma before the participle follows: "The comments were not a “one-off”, he
            // said, claiming …")
            if (d.Cue is { } said && said.End <= _tokens[cue].Start && !d.Speaker.IsEmpty
                && (d.Pattern is "postposed" or "inverted" && !HasFiniteVerb(TokenAt(said.End - 1) + 1, cue)
                    || IsComma(cue - 1) && TokenAt(said.End - 1) == cue - 2 && d.Speaker.End <= cue - 2))
            {
                return d.Speaker;
            }
        }

        // "…, but South Korea's National Police Agency when announcing the arrest …": the noun phrase before "when" or "while"
        // is the subject the participle's clause interrupts
        if (Tagged && cue - 2 >= s.First && AfterWhenOrWhile(cue) && LeftSpeaker(cue - 1, s.First) is { IsEmpty: false } interrupted
            && interrupted.End == cue - 1 && IsPlausibleSubject(interrupted) && !Words.TimeWords.Has(W(interrupted.First)) && !HasCommaBetween(interrupted.First, interrupted.End)
            && (interrupted.First == s.First || IsComma(interrupted.First - 1) || Is(interrupted.First - 1, "but") || Is(interrupted.First - 1, "and")))
        {
            return interrupted;
        }

        // "with the American Federation of Teachers calling her …": the noun phrase of an absolute "with" does the act (not
        // its adverb: "with Tony Blair hastily adding …")
        var beforeGerund = cue - 1;
        // (or a day: "with the latter yesterday confirming …")
        while (beforeGerund > s.First && (IsLyAdverb(beforeGerund) || IsWord(beforeGerund) && W(beforeGerund) is "yesterday" or "today" or "also" or "now" or "later" or "earlier"))
        {
            beforeGerund--;
        }

        // (or "despite": "despite photos showing a row of windows")
        if (Tagged && beforeGerund > s.First && LeftNp(beforeGerund, s.First) is { IsEmpty: false } absolute && absolute.First - 1 >= s.First && (Is(absolute.First - 1, "with") || Is(absolute.First - 1, "despite"))
            && IsPlausibleSubject(absolute))
        {
            return absolute;
        }

        // (and a noun phrase with its apposition: "with the next highest country, the United Kingdom, reporting …")
        if (Tagged && IsComma(beforeGerund) && LeftNp(beforeGerund - 1, s.First) is { IsEmpty: false } apposition && IsComma(apposition.First - 1)
            && LeftNp(apposition.First - 2, s.First) is { IsEmpty: false } head && head.First - 1 >= s.First && Is(head.First - 1, "with") && IsPlausibleSubject(apposition))
        {
            return new TokenRange(head.First, apposition.End);
        }

        if (IsComma(cue - 1))
        {
            // "An eyewitness described how the attack unfolded, stating …": the main clause's subject speaks (also of a
            // copula, "Clinton is more conservative, saying …", or a past tense the tagger reads as a participle, "The
            // mayor intervened, saying …")
            for (var k = s.First; k < cue - 1; k++)
            {
                if (IsFiniteVerb(k) && !(Tagged && Upos(k) is "NOUN" && k > s.First && Upos(k - 1) is "ADJ" or "NUM") || Tagged && _inQuote[k] < 0 && (Upos(k) is "VERB" or "AUX" && IsFinite(k)
                    || Xpos(k) is "VBN" && k > s.First && Upos(k - 1) is "NOUN" or "PROPN" or "PRON"))
                {
                    if (SubjectOf(k, s) is { IsEmpty: false } main)
                    {
                        return main;
                    }

                    break;
                }
            }
        }

        for (var k = cue - 1; k >= s.First && cue - k <= 25; k--)
        {
            if (IsFiniteVerb(k) || Tagged && _inQuote[k] < 0 && Upos(k) is "VERB" && IsFinite(k))
            {
                if (SubjectOf(k, s) is { IsEmpty: false } nearest)
                {
                    return nearest;
                }

                break;
            }
        }

        return SentenceSubject(s, cue);
    }

    /// <summary>Whether the participle at <paramref name="gerund"/> opens a clause of time that interrupts a subject and its
    /// verb: "the National Police Agency |when| announcing the arrest … identified him".</summary>
    private bool AfterWhenOrWhile(int gerund) => Is(gerund - 1, "when") || Is(gerund - 1, "while");

    /// <summary>A lower-case past-tense verb or finite reporting verb outside quotations: "unleashed", "said", "says".</summary>
    private bool IsFiniteVerb(int k) =>
        _inQuote[k] < 0 && IsWord(k) && !IsCap(k)
        && (_lex.TagOf(W(k)) is "PastTense" || _lex.TryGetCue(W(k), out var c) && c.Form is VerbForm.Past or VerbForm.ThirdPerson);

    /// <summary>Who does the verb at <paramref name="verb"/>: the speaker of the attribution whose cue it is, or a
    /// plausible subject to its left; empty when there is neither.</summary>
    private TokenRange SubjectOf(int verb, Sentence s)
    {
        // (an auxiliary's participle is the verb of a passive's cue: "were |described| by Johnson as …, saying …" is Johnson's)
        var head = verb;
        while (Tagged && head + 1 < s.End && head - verb < 3 && Upos(head) is "AUX" or "ADV" && Upos(head + 1) is "AUX" or "VERB" or "ADV")
        {
            head++;
        }

        foreach (var d in DraftsIn(_sentenceOf[verb], _sentenceOf[verb]))
        {
            if (d.Cue is { } dc && (dc.Start == _tokens[verb].Start || d.Pattern == "passive" && dc.Start == _tokens[head].Start) && !d.Speaker.IsEmpty)
            {
                return d.Speaker;
            }
        }

        var np = LeftSpeaker(verb, s.First);
        return !np.IsEmpty && IsPlausibleSubject(np) ? np : TokenRange.None;
    }

    /// <summary>The subject of the first finite verb of sentence <paramref name="s"/> before <paramref name="before"/>, as
    /// the speaker rules read it (over participle phrases between commas: "House Democrats, looking for a way …, seized the
    /// floor … and said …"); empty when there is none or it is not plausible.</summary>
    private TokenRange FirstVerbSubject(Sentence s, int before)
    {
        if (!Tagged)
        {
            return TokenRange.None;
        }

        for (var k = s.First + 1; k < before; k++)
        {
            if (_inQuote[k] < 0 && Upos(k) is "VERB" or "AUX" && IsFinite(k))
            {
                var verb = VerbGroupStart(k, s, 3);
                var np = LeftSpeaker(verb, s.First);
                return !np.IsEmpty && IsPlausibleSubject(np) && np.End <= verb ? np : TokenRange.None;
            }
        }

        return TokenRange.None;
    }

    /// <summary>The speaker of the nearest attribution before <paramref name="before"/> in sentence <paramref name="s"/>
    /// whose cue is a finite verb: the subject a coordinated verb shares ("Trump, speaking to veterans, said he would
    /// order a review and warned against …"); empty when there is none.</summary>
    private TokenRange EarlierSpeaker(Sentence s, int before)
    {
        var best = TokenRange.None;
        var bestCue = -1;
        foreach (var d in DraftsIn(_sentenceOf[s.First], _sentenceOf[s.First]))
        {
            if (d.Cue is { } c && !d.Speaker.IsEmpty && TokenAt(c.Start) is var t && t < before && t > bestCue && IsFinite(VerbGroupStart(t, s, 3))
                && d.Speaker.End <= t && !NewClauseBetween(TokenAt(c.End - 1) + 1, before, s))
            {
                best = d.Speaker;
                bestCue = t;
            }
        }

        return best;
    }

    /// <summary>The subject of the clause that starts after the last comma or parenthesis before the conjunction at
    /// <paramref name="conjunction"/>: "when my mother mentioned the devil, |I| laughed and said"; empty when none does.</summary>
    private TokenRange ClauseSubjectBefore(int conjunction, Sentence s)
    {
        for (var k = conjunction - 2; k > s.First && conjunction - k <= 20; k--)
        {
            if (_inQuote[k] >= 0 || IsWord(k) && W(k) is "who" or "which" or "that")
            {
                return TokenRange.None;
            }

            if ((IsComma(k) || IsChar(k, '(')) && Tagged)
            {
                return StartsClause(k + 1, s) && RightNp(k + 1, s.End) is { IsEmpty: false } subject && IsPlausibleSubject(subject) ? subject : TokenRange.None;
            }
        }

        return TokenRange.None;
    }

    /// <summary>Whether a clause with its own subject starts after a comma or parenthesis between tokens
    /// <paramref name="from"/> and <paramref name="to"/>: "when my mother mentioned the devil to me, |I laughed| and said".</summary>
    private bool NewClauseBetween(int from, int to, Sentence s)
    {
        for (var k = from; k < to - 1; k++)
        {
            if ((IsComma(k) || IsChar(k, '(')) && _inQuote[k] < 0 && Tagged && StartsClause(k + 1, s) && !(IsWord(k + 1) && W(k + 1) is "who" or "which"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The subject of the sentence's main clause, for gerund cues: the first noun phrase after any opening
    /// adverbial ("Last month, …").</summary>
    private TokenRange SentenceSubject(Sentence s, int before)
    {
        // "Donald Trump, her Republican opponent, bemoaned …": a name with its apposition between commas, then the verb
        if (Tagged && Upos(s.First) is "PROPN" && RightNp(s.First, before) is { IsEmpty: false } name && IsComma(name.End)
            && WithApposition(name, before) is var named && named.End > name.End && IsComma(named.End) && named.End + 1 < before && IsFinite(named.End + 1))
        {
            return named;
        }

        var t = s.First;
        var conjunction = Is(before, "and") || Is(before, "but");
        for (var k = s.First; k < (conjunction ? before - 1 : before); k++)
        {
            // (not the comma before the coordinated verb's conjunction: "The mayor criticized the plan, but said …")
            if (IsComma(k) && k - s.First <= 5)
            {
                t = k + 1;
                break;
            }
        }

        // "However, over the past few days, the administration has …", "The day before, at a rally in Beaumont, Tex., Mr.
        // Trump was …": a second opening phrase, a prepositional one, with the place names that close it
        // (or an opening phrase longer than five words: "In a paper released Monday by the White House, Obama's aides …")
        if (t < before && IsWord(t) && (Words.Prepositions.Has(W(t)) || Tagged && _doc.Tags[t].Upos is "ADP"))
        {
            for (var k = t + 1; k < before && k - t <= (t == s.First ? 15 : 8); k++)
            {
                if (IsComma(k))
                {
                    t = k + 1;
                    while (t + 1 < before && IsCap(t) && IsComma(t + 1) && (_lex.TryGetCountry(W(t), out _) || _tokens[t].Has(TokenFlags.Abbreviation)))
                    {
                        t += 2;
                    }

                    break;
                }
            }
        }

        // "But the Scottish National Party and the Tories say …": not the opening conjunction, and both subjects; "Though
        // she called …": not the subordinator
        if (t < before && IsWord(t) && (Words.SentenceOpeners.Has(W(t)) || t == s.First && Words.Subordinators.Has(W(t)) && !Is(t, "given")))
        {
            t++;
        }

        var np = RightNp(t, before);
        if (np.IsEmpty || Words.Pronouns.Has(W(np.First)) && Is(np.First, "it"))
        {
            return TokenRange.None;
        }

        if (Is(np.End, "and") && RightNp(np.End + 1, before) is { IsEmpty: false } second && second.End < before && IsCap(second.First) == IsCap(np.First))
        {
            np = new TokenRange(np.First, second.End);
        }

        // the subject must be followed by a verb-like word, not be the whole clause before the cue
        return np.End < before ? np : TokenRange.None;
    }

    private void AddSourceIfAgency(Draft draft, TokenRange np)
    {
        if (IsOutlet(np))
        {
            var span = SpanOf(np);
            draft.Sources.Add(new Source(OutletName(span), span));
        }
    }

    /// <summary>A news outlet: a known agency or outlet ("AP", "The New York Times"), or a capitalised name with an outlet
    /// head ("the Northfield Gazette").</summary>
    private bool IsOutlet(TokenRange np)
    {
        if (np.IsEmpty)
        {
            return false;
        }

        if (_lex.TryGetAgency(_doc[SpanOf(np)], out _))
        {
            return true;
        }

        // (also a name with what it is after it: "the Herald newspaper", "the Guardian newspaper")
        var last = np.End - 1;
        return IsCap(last) && Words.OutletHeads.Has(W(last)) && (np.Count > 1 && IsCap(last - 1) || Words.Determiners.Has(W(np.First)) && np.Count > 2)
            || np.Count > 1 && IsWord(last) && W(last) is "newspaper" or "magazine" or "tabloid" && IsCap(last - 1);
    }

    private string OutletName(TextSpan mention) =>
        _lex.TryGetAgency(_doc[mention], out var agency) ? agency.Name : WithoutKindWord(StripArticle(_doc.Substring(mention)));

    // "Herald newspaper" is the Herald
    private static string WithoutKindWord(string name)
    {
        foreach (var kind in (string[])[" newspaper", " magazine", " tabloid"])
        {
            if (name.EndsWith(kind, StringComparison.Ordinal) && name.Length > kind.Length)
            {
                return name[..^kind.Length];
            }
        }

        return name;
    }

    /// <summary>"according to AP" or "told Reuters" in the rest of the sentence after an attribution's cue.</summary>
    private void AddSourcesInClause(Draft draft, int from, int end)
    {
        for (var t = Math.Max(0, from - 1); t < end; t++)
        {
            if (_inQuote[t] >= 0)
            {
                continue;
            }

            if (Is(t, "according") && Is(t + 1, "to"))
            {
                var np = RightNp(t + 2, end);
                if (IsOutlet(np))
                {
                    var span = SpanOf(np);
                    draft.Sources.Add(new Source(OutletName(span), span));
                    _cueUsed[t] = _cueUsed[t + 1] = true;
                }
            }
            else if (IsWord(t) && (Words.ListenerVerbs.Has(W(t)) && t < from + 3 || Is(t, "with") && (Is(t - 1, "interview") || Is(t - 1, "interviews"))))
            {
                // "told Reuters", "in an interview with The Associated Press"
                var np = RightNp(t + 1, end);
                if (!np.IsEmpty)
                {
                    AddSourceIfAgency(draft, np);
                }
            }
        }
    }

    private ImmutableArray<Quote> Build()
    {
        foreach (var d in _drafts)
        {
            var trimmed = d.Content.Select(Trim).Where(c => c.Length > 0).OrderBy(c => c.Start).ToList();
            d.Content = trimmed;
        }

        var kept = _drafts.Where(d => !d.Dropped && d.Content.Count > 0).ToList();
        var index = new Dictionary<Draft, int>();
        var ordered = kept.OrderBy(d => d.Content[0].Start).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            index[ordered[i]] = i;
        }

        var quotes = ImmutableArray.CreateBuilder<Quote>(ordered.Count);
        foreach (var d in ordered)
        {
            TextSpan? speaker = d.Speaker.IsEmpty ? null : SpanOf(d.Speaker);
            var antecedent = d.Antecedent >= 0 && index.TryGetValue(_drafts[d.Antecedent], out var a) ? a : -1;
            var content = d.Content.ToImmutableArray();
            quotes.Add(new Quote(d.Kind, content, d.Cue is { } cue ? d.Pattern == "nominal" ? cue : WholeCue(cue, d.Speaker, content) : null, speaker, [.. d.Sources.DistinctBy(x => x.Name)],
                _sentences[d.Sentence].Paragraph, d.Confidence, d.Pattern)
            { Antecedent = antecedent });
        }

        return quotes.DrainToImmutable();
    }
}
