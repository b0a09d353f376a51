namespace WhoSaid.Attribution;

/// <summary>Knobs of the attribution rules, with defaults tuned on PolNeAR train/dev and the seed article.</summary>
public sealed record AttributionOptions
{
    /// <summary>Reporting verbs seen fewer times than this as PolNeAR cues need a strong sign (a following "that",
    /// colon or quotation) before they count as cues.</summary>
    public int WeakCueCount { get; init; } = 10;

    /// <summary>Reporting verbs seen fewer times than this as PolNeAR cues count only with a clause after them, not a
    /// bare noun phrase ("presented the accounts" is an action).</summary>
    public int ClauseOnlyCueCount { get; init; } = 150;

    /// <summary>Fewest words a quotation with no cue of its own needs to continue the previous speaker's quote.</summary>
    public int MinContinuationWords { get; init; } = 4;

    /// <summary>How many paragraphs back a quote with no cue may look for the speaker it continues.</summary>
    public int ContinuationParagraphs { get; init; } = 2;

    /// <summary>How sure the learned cue detector (<see cref="CueModel"/>) must be (its score margin) before a verb
    /// the reporting-verb lexicon lacks counts as a cue; <see cref="float.PositiveInfinity"/> turns it off.</summary>
    public float LearnedCueMargin { get; init; }

    /// <summary>How sure the learned cue detector must be before a verb the lexicon lacks counts as a cue when its speaker
    /// is someone (a person, an organisation, a role, a group or a personal pronoun: "Tony Blair has already ruled out
    /// …"), not a thing ("The deal sees …"); below <see cref="LearnedCueMargin"/>. Chosen on PolNeAR dev and train (-6:
    /// dev quote F1 +0.13, train +0.06; -10 adds as many spurious quotes as right ones); lowering
    /// <see cref="LearnedCueMargin"/> itself to -6 gains a little more on PolNeAR but lets things speak ("The figures
    /// sparked a rally").</summary>
    public float AgentLearnedCueMargin { get; init; } = -6;

    /// <summary>The PolNeAR cue count a learned cue is treated as having (see <see cref="WeakCueCount"/> and
    /// <see cref="ClauseOnlyCueCount"/>).</summary>
    public int LearnedCueCount { get; init; } = 50;

    /// <summary>How sure the learned cue detector must be before a rarer cue verb may take a bare noun phrase as what
    /// was said, when its subject is a person, an organisation, a role or a group: "Cruz has endorsed Trump", "Scholars
    /// have long debated the salience of …" (PolNeAR counts stances as attributions), and to stay a cue before a second
    /// verb of its subject ("bemoaned the unrest and said he thought …"); chosen on PolNeAR dev.</summary>
    public float LearnedObjectMargin { get; init; } = 6;

    /// <summary>How sure the learned cue detector must be for a verb it finds to stay a cue when a lexicon cue follows
    /// after a comma within 12 words ("mocked Romney for not releasing his returns, claiming that …" is two
    /// attributions; "filed charges alleging that …" one); chosen on PolNeAR dev.</summary>
    public float SureLearnedCueMargin { get; init; } = 20;

    /// <summary>How low the learned cue detector's score of a verb of stance ("attacked", "is defending", "support") may be
    /// for it to count as a cue when neither the lexicon nor the detector's own margin takes it; chosen on PolNeAR dev
    /// (-3, -8, -12 and -20 tried: -8 best on dev and train).</summary>
    public float StanceCueMargin { get; init; } = -8;

    /// <summary>Longest speaker mention in tokens.</summary>
    public int MaxMentionTokens { get; init; } = 12;
}
