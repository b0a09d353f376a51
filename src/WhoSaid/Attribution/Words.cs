using System.Collections.Frozen;

namespace WhoSaid.Attribution;

/// <summary>Closed word classes the attribution rules rely on, looked up over spans of the text.</summary>
internal static class Words
{
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = Set(
        "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your", "some", "many", "several",
        "another", "each", "every", "both", "all", "most", "no", "other", "such", "any", "few", "two", "three", "four", "five",
        "six", "seven", "eight", "nine", "ten", "one", "more", "much");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectPronouns = Set(
        "he", "she", "they", "it", "we", "i", "you", "who", "which");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = Set(
        "has", "have", "had", "having", "was", "were", "is", "are", "be", "been", "being", "will", "would", "could", "should", "can",
        "may", "might", "must", "did", "does", "do", "also", "then", "later", "again", "previously", "once", "repeatedly", "never",
        "not", "n't", "still", "already", "reportedly", "publicly", "privately", "recently", "just", "even", "often", "quickly",
        "flatly", "first", "long", "has", "ever", "always", "earlier", "only", "now", "too", "further", "subsequently", "finally",
        "since", "initially", "separately", "simply", "explicitly", "openly", "falsely", "wrongly", "correctly", "rightly", "had",
        "'s", "’s", "'ve", "’ve", "'d", "’d", "'ll", "’ll", "'re", "’re", "'m", "’m", "n’t", "ca", "wo", "allegedly", "apparently", "actually", "really", "clearly", "specifically", "together", "jointly");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Passive = Set(
        "was", "were", "been", "being", "is", "are", "be", "get", "got", "gets");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = Set(
        "of", "in", "on", "at", "for", "with", "by", "from", "to", "about", "into", "over", "after", "before", "during", "under",
        "against", "among", "between", "through", "without", "within", "since", "than", "as", "like", "across", "amid", "despite",
        "toward", "towards", "via", "per", "upon", "around", "behind", "beyond", "near", "outside", "inside", "onto", "throughout");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Boundaries = Set(
        "that", "which", "who", "whom", "whose", "where", "when", "while", "because", "although", "though", "if", "unless",
        "and", "but", "or", "so", "yet", "nor", "whether", "until", "whereas", "why", "how", "what", "then", "than", "not",
        "to", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should",
        "may", "might", "must", "do", "does", "did", "here", "there", "there's", "it's", "also", "however", "meanwhile", "including",
        "like", "such", "unlike", "especially", "particularly", "instead", "rather", "besides", "except", "plus", "even", "only");

    /// <summary>Particles that belong to a reporting verb's cue, as PolNeAR marks them: "called for more money", "warned
    /// against the deal", "complained about the noise".</summary>
    public static readonly FrozenDictionary<string, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> CueParticles = new Dictionary<string, string[]>
    {
        ["call"] = ["for", "on"],
        ["ask"] = ["for", "about"],
        ["push"] = ["for"],
        ["press"] = ["for"],
        ["plead"] = ["for"],
        ["appeal"] = ["for"],
        ["lobby"] = ["for"],
        ["advocate"] = ["for"],
        ["argue"] = ["for", "against"],
        ["warn"] = ["against", "of", "about"],
        ["caution"] = ["against"],
        ["complain"] = ["about", "of"],
        ["talk"] = ["about"],
        ["speak"] = ["about", "of", "out", "against"],
        ["joke"] = ["about"],
        ["worry"] = ["about"],
        ["boast"] = ["about", "of"],
        ["brag"] = ["about"],
        ["testify"] = ["about"],
        ["point"] = ["out", "to"],
        ["lash"] = ["out"],
        ["rail"] = ["against"],
        ["comment"] = ["on"],
        ["agree"] = ["with"],
        ["respond"] = ["to", "with", "by"],
        ["reply"] = ["to"],
        ["weigh"] = ["in"],
        ["insist"] = ["on"],
        ["reflect"] = ["on"],
    }.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>(), StringComparer.Ordinal);

    /// <summary>Nouns that report what someone said or believes, before a "that" clause: "Trump's claim that …".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CueNouns = Set(
        "claim", "claims", "statement", "assertion", "allegation", "allegations", "accusation", "suggestion", "insistence",
        "argument", "warning", "promise", "pledge", "belief", "view", "contention", "charge", "charges", "remark", "remarks",
        "comment", "comments", "announcement", "denial", "admission", "acknowledgment", "acknowledgement", "prediction",
        "conclusion", "threat", "vow", "demand", "fear", "fears", "hope", "hopes", "complaint", "concern", "concerns",
        "assurance", "assurances", "boast", "declaration", "insinuation", "theory", "estimate", "finding", "report", "response",
        "answer", "reply", "explanation");

    /// <summary>Nouns of a message or stance that a light verb makes a cue with a preposition after them: "raised
    /// |questions about|", "took |credit for|", "made conflicting |statements about|" (the preposition's object is the
    /// content).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MessageNouns = Set(
        "questions", "attack", "attacks", "attention", "mention", "concern", "concerns", "response", "criticism", "criticisms",
        "defense", "defence", "reference", "credit", "doubt", "doubts", "statement", "statements", "message", "messages",
        "warning", "warnings", "alarm", "alarms", "argument", "arguments", "details", "story", "stories", "advice", "grievances",
        "barbs", "praise", "complaint", "complaints", "vision", "words", "comment", "remarks", "views", "thoughts", "assurances",
        "promises", "pledge", "demands", "plea", "appeal", "accusations", "allegations", "claims", "objections", "reservations",
        "skepticism", "scepticism", "frustration", "outrage", "anger", "confidence", "hopes", "fears", "worries", "ideas");

    /// <summary>Prepositions after a message noun that open its content: "questions |about| …", "credit |for| …".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MessagePrepositions = Set(
        "about", "for", "of", "on", "to", "against", "over", "with");

    /// <summary>Adjectives of stance that say what someone thinks of something: "critical of", "worried about",
    /// "confident that".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StanceAdjectives = Set(
        "critical", "wary", "concerned", "worried", "nervous", "proud", "skeptical", "sceptical", "supportive", "confident",
        "optimistic", "pessimistic", "hopeful", "angry", "upset", "furious", "clear", "vague", "coy", "silent", "candid", "frank",
        "enthusiastic", "passionate", "bullish", "bearish", "dismissive", "fond", "tired", "sure", "certain", "unsure", "uncertain",
        "cautious", "afraid", "fearful", "pleased", "disappointed", "frustrated", "unhappy", "outspoken", "vocal", "adamant",
        "ambivalent", "doubtful", "appreciative", "grateful", "upbeat", "excited", "convinced", "insistent", "emphatic",
        "suspicious", "distrustful", "contemptuous", "respectful", "complimentary", "positive", "negative", "open", "honest",
        "defensive", "apologetic", "unapologetic", "unequivocal", "explicit", "blunt");

    /// <summary>Verbs that join a subject to a stance adjective: "is critical of", "seemed confident that".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Copulas = Set(
        "is", "are", "was", "were", "be", "been", "being", "'s", "’s", "'re", "’re", "'m", "’m", "am", "seems", "seemed", "seem",
        "remains", "remained", "remain", "appears", "appeared", "appear", "became", "become", "becomes", "grew", "grown", "sounded",
        "sounds", "looked", "looks", "felt", "feels", "feel", "stayed", "stays");

    /// <summary>Verbs of expectation and appearance whose subject and "to" clause are what is expected or seems so:
    /// "is expected to", "seemed to".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EvidentialVerbs = Set(
        "expected", "seems", "seemed", "appears", "appeared");

    /// <summary>Possessive pronouns that can own a nominal cue: "his claim", "their promise".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PossessivePronouns = Set(
        "his", "her", "their", "its", "our", "my");

    /// <summary>Verbs a reporting verb completes with "to", the subject being theirs: "he appeared to suggest".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RaisingVerbs = Set(
        "appear", "appears", "appeared", "seem", "seems", "seemed", "try", "tries", "tried", "continue", "continues", "continued",
        "begin", "begins", "began", "start", "starts", "started", "attempt", "attempts", "attempted", "need", "needs", "needed",
        "decide", "decides", "decided", "choose", "chooses", "chose", "rushed", "moved", "sought", "seeks", "dared", "managed",
        "happened", "tends", "tended", "used", "wants", "wanted", "want", "hopes", "hoped", "plans", "planned", "intends", "intended");

    /// <summary>Verbs of aspect before a gerund cue, part of it: "|began| dismissing the notion", "|kept| asking her why".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AspectualVerbs = Set(
        "begin", "begins", "began", "begun", "beginning", "start", "starts", "started", "starting", "continue", "continues",
        "continued", "continuing", "keep", "keeps", "kept", "keeping", "stop", "stops", "stopped", "quit", "resumed", "resume");

    /// <summary>Adverbs inside a cue's verb group: "is also stressing", "then pointed out", "is once again questioning".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CueAdverbs = Set(
        "also", "then", "now", "again", "once", "still", "repeatedly", "later", "previously", "recently", "even", "further",
        "publicly", "privately", "already", "never", "not", "n't", "n’t", "often", "frequently", "just", "since", "long", "sometimes",
        "always", "first");

    /// <summary>Words that count members of a group: "many of whom", "some of them".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Quantifiers = Set(
        "many", "some", "most", "all", "several", "few", "none", "each", "both", "one", "half", "two", "three", "dozens",
        "hundreds", "thousands", "millions", "others");

    /// <summary>Plural or collective nouns without an -s that speak as a group: "police said", "people say".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CollectiveNouns = Set(
        "police", "people", "staff", "military", "clergy", "public", "media", "press", "crowd", "audience", "electorate",
        "management", "leadership", "administration", "government", "family", "team", "panel", "jury", "committee", "board");

    /// <summary>Cues whose passive is an attribution even with no agent: "was accused of", "have been blamed for".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AgentlessPassiveLemmas = Set(
        "accuse", "blame", "criticize", "criticise", "charge", "condemn", "praise", "fault", "describe", "hail", "slam",
        "attack", "credit", "denounce", "suspect", "label", "brand", "portray", "dismiss", "depict");

    /// <summary>The nations of the United Kingdom, which speak as countries ("Wales said masks would not be required") though
    /// the country list, and so the recogniser's features, know only the United Kingdom.</summary>
    public static readonly FrozenSet<string> UkNations = FrozenSet.ToFrozenSet(["England", "Scotland", "Wales", "Northern Ireland"], StringComparer.Ordinal);

    /// <summary>The US states (and the District), as a place after a name: "Sen. Bob Corker of Tennessee", "Stacy Baker of
    /// Columbia, South Carolina".</summary>
    public static readonly FrozenSet<string> UsStates = FrozenSet.ToFrozenSet(
    [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
        "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts",
        "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
        "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
        "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
        "Wisconsin", "Wyoming", "District of Columbia",
    ], StringComparer.Ordinal);

    /// <summary>Days that PolNeAR keeps in the cue right after the verb: "said Friday".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Weekdays = Set(
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    /// <summary>Adverbs set off by commas between a subject and its verb: "Critics, however, allege".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ParentheticalAdverbs = Set(
        "however", "meanwhile", "too", "though", "instead", "moreover", "nevertheless", "nonetheless", "therefore", "also", "then");

    /// <summary>Reporting verbs of intention that take "to": "vowed to", "plans to", "refused to".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IntentionLemmas = Set(
        "vow", "pledge", "promise", "plan", "want", "intend", "refuse", "decline", "threaten", "seek", "hope", "expect", "agree",
        "offer", "vote", "aim", "swear", "propose", "demand", "urge", "call", "ask", "push", "fight", "campaign", "struggle", "try");

    /// <summary>Head words of organisation names: "Foreign Ministry", "Harbour Union", "the city council".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganizationHeads = Set(
        "ministry", "department", "party", "committee", "campaign", "agency", "council", "commission", "court", "university",
        "institute", "foundation", "association", "corp", "corp.", "inc", "inc.", "company", "group", "bank", "center", "centre",
        "office", "administration", "service", "board", "bureau", "news", "network", "house", "senate", "congress", "parliament",
        "government", "police", "patrol", "army", "navy", "embassy", "fund", "organization", "organisation", "union", "league", "club",
        "times", "post", "journal", "tribune", "herald", "magazine", "coalition", "alliance", "federation", "authority", "school",
        "hospital", "cabinet", "kremlin", "pentagon", "team", "staff", "firm", "llc", "ltd", "co.", "co", "media", "press", "poll", "conference", "legislature", "legislatures", "society", "institution", "bureau", "survey", "reserve", "guard", "corps", "command", "academy", "observatory", "museum", "laboratory", "project",
        "commission", "assembly", "secretariat", "tribunal", "directorate", "division", "unit", "corporation", "company's",
        "trust", "network", "consortium", "caucus", "chamber", "ministries", "departments", "agencies", "parties", "groups", "force", "forces",
        "movement");

    /// <summary>Works one writes, composes, records or releases, which say nothing themselves: "wrote songs", "released
    /// several albums".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CreativeWorks = Set(
        "song", "songs", "lyrics", "music", "album", "albums", "novel", "novels", "poem", "poems", "poetry", "script", "scripts",
        "screenplay", "screenplays", "code", "software", "film", "films", "movie", "movies", "single", "singles", "track", "tracks",
        "symphony", "opera", "play", "plays", "game", "games");

    /// <summary>What a player blasts, smashes or fires, which says nothing: "blasted the ball home", "smashed his personal
    /// best".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SportsObjects = Set(
        "ball", "shot", "shots", "goal", "goals", "header", "penalty", "free-kick", "volley", "best", "record", "records", "winner",
        "equaliser", "equalizer", "serve", "ace", "aces", "putt", "drive", "try", "six", "boundary");

    /// <summary>-ing words that open a role rather than a clause: "acting Prime Minister", "managing director".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleParticiples = Set(
        "acting", "outgoing", "incoming", "reigning", "sitting", "managing", "founding", "presiding", "visiting", "ranking", "leading",
        "ruling", "governing", "retiring", "consulting");

    /// <summary>Head words of news outlet names the agency list lacks: "the Northfield Gazette", "the Daily Courier".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OutletHeads = Set(
        "gazette", "times", "post", "herald", "tribune", "journal", "news", "chronicle", "telegraph", "guardian", "radio", "tv",
        "television", "magazine", "wire", "observer", "courier", "reporter", "independent", "standard", "mirror", "express",
        "star", "sun", "examiner", "inquirer", "dispatch", "bulletin", "gazeta", "newspaper", "broadcaster", "network", "channel",
        "insider", "mail");

    /// <summary>Labels that open headlines or paragraphs without saying who spoke: "Update: …", "Analysis: …", "WATCH: …".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SectionLabels = Set(
        "update", "updated", "analysis", "opinion", "editorial", "watch", "video", "photos", "photo", "exclusive", "breaking", "live",
        "review", "interview", "explainer", "comment", "column", "letter", "note", "correction", "related", "sponsored",
        "quiz", "factbox", "timeline", "q&a", "podcast", "listen", "read", "more", "see", "also", "warning", "alert", "obituary",
        "full", "abstract", "editor", "click", "advertisement", "plus", "clarification", "source", "credit", "image", "caption",
        "recommended", "tags", "topics", "share", "follow", "subscribe", "ps", "spoiler", "disclosure");

    /// <summary>Prepositions that make a following gerund an adverbial, not a cue: "by asking", "of questioning".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GerundBlockers = Set(
        "by", "of", "for", "about", "without", "before", "after", "in", "on", "from", "at", "with", "into", "toward", "towards");

    /// <summary>Object pronouns, which cannot be the subject of a cue: "sources who reviewed them told POLITICO".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ObjectPronouns = Set(
        "him", "them", "us", "me", "whom");

    /// <summary>Months, written out or abbreviated.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Months = Set(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.");

    /// <summary>Words that open a sentence without being part of its subject: "But the party said", "Meanwhile, officials …",
    /// "Later the government said".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceOpeners = Set(
        "but", "and", "yet", "so", "still", "however", "meanwhile", "now", "also", "instead", "indeed", "moreover", "then",
        "later", "earlier", "yesterday", "recently", "previously", "separately", "subsequently", "afterwards", "finally", "similarly", "likewise");

    /// <summary>Prepositions that join a phrase to the noun before it: "a reporter |for| USA Today", "data |from| the survey".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PostModifierPrepositions = Set(
        "for", "from", "of", "in", "at", "with", "on", "to", "about", "within");

    /// <summary>Light verbs that, with a stance noun, make a cue: "expressed outrage over", "took issue with".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LightVerbs = Set(
        "express", "expressed", "expresses", "expressing", "voice", "voiced", "voices", "voicing", "raise", "raised", "raises",
        "raising", "draw", "drew", "drawn", "draws", "drawing", "take", "took", "taken", "takes", "taking", "make", "made", "makes",
        "making", "show", "showed", "shown", "shows", "showing", "share", "shared", "shares", "sharing", "offer", "offered",
        "offers", "offering", "lodge", "lodged", "level", "leveled", "levelled", "register", "registered", "signal", "signaled",
        "signalled", "signals", "throw", "threw", "thrown", "throws", "throwing", "lend", "lent", "lends", "reiterate",
        "reiterated", "repeat", "repeated");

    /// <summary>Nouns of stance a light verb takes before what the stance is about (<see cref="LightVerbs"/>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StanceNouns = Set(
        "concern", "concerns", "outrage", "doubt", "doubts", "question", "questions", "criticism", "skepticism", "scepticism",
        "frustration", "anger", "alarm", "disappointment", "support", "opposition", "interest", "confidence", "regret",
        "sympathy", "reservations", "worry", "worries", "fear", "fears", "optimism", "pessimism", "dismay", "objection",
        "objections", "disapproval", "approval", "enthusiasm", "gratitude", "apologies", "issue", "aim", "offense", "offence",
        "secret", "case", "exception", "comments", "remarks", "allegations", "accusations", "charges", "misgivings", "displeasure",
        "admiration", "praise", "condolences", "solidarity");

    /// <summary>Nouns of a claim that a light verb makes into a cue before "that" or the preposition of what it is about: "made
    /// the case that", "made no mention of", "made a plea for" (<see cref="LightVerbs"/>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClaimNouns = Set(
        "point", "argument", "arguments", "observation", "plea", "mention", "commitment", "pitch", "promise", "pledge", "claim",
        "claims", "statement", "statements", "reference", "references", "assurance", "assurances", "appeal", "call", "joke", "jokes",
        "attack", "prediction", "predictions", "suggestion", "apology", "accusation", "vow");

    /// <summary>Prepositions that lead from a stance noun to what it is about.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StancePrepositions = Set(
        "over", "about", "at", "for", "of", "with", "on", "to", "against", "in", "toward", "towards", "behind");

    /// <summary>Verbs of stance whose object is what they are about: "accused the council of …", "praised Smith".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StanceLemmas = Set(
        "accuse", "criticize", "criticise", "blame", "praise", "attack", "endorse", "support", "deny", "reject", "condemn", "slam",
        "blast", "applaud", "defend", "dismiss", "question", "challenge", "cite", "mention", "call", "describe", "urge", "ask",
        "thank", "warn", "oppose", "welcome", "hail", "commend", "denounce", "decry", "mock", "ridicule", "disavow", "acknowledge",
        "admit", "promise", "pledge", "vow", "demand", "tell", "claim", "announce", "predict", "recommend", "propose", "suggest", "back",
        "allege");

    /// <summary>Clause openers after a comma that end the content of an attribution: ", but", ", although".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ContentEnders = Set(
        "but", "although", "though", "while", "whereas", "yet", "who", "which", "whose");

    /// <summary>Words that open a subordinate clause before its subject: "given that", "while", "although".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Subordinators = Set(
        "given", "while", "although", "though", "because", "if", "unless", "since", "whereas", "when", "after", "before", "as", "once", "even");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeWords = Set(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "tomorrow",
        "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "day", "days", "weeks", "months", "years",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "earlier", "later", "recently", "ago",
        "statement", "interview", "interviews", "tweet", "tweets", "letter", "email", "post", "speech", "conference", "rally", "briefing",
        "hearing", "release", "op-ed", "show", "program", "broadcast", "appearance", "remarks", "call", "memo", "report", "video", "message",
        "twitter", "facebook", "instagram", "podcast", "radio", "television", "tv", "debate", "event", "meeting", "session", "address",
        "testimony", "filing", "court", "documents", "transcript", "blog", "column", "editorial", "book", "article", "forum", "summit", "piece");

    /// <summary>A person named by no one in particular: "Anyone who knows him says".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IndefinitePersons = Set(
        "anyone", "everyone", "someone", "anybody", "everybody", "somebody");

    /// <summary>Bare nouns of evidence that can speak with no determiner: "although history says …".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EvidenceNouns = Set(
        "history", "research", "evidence", "experience", "data", "polling", "science", "precedent", "logic", "tradition");

    /// <summary>Where something was said, besides the occasions of <see cref="TimeWords"/>: "in a ruling", "in an on-air
    /// diatribe".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VenueNouns = Set(
        "ruling", "decision", "opinion", "diatribe", "tirade", "rant", "posts", "piece", "speeches", "statements", "letters", "ads",
        "ad", "advertisement", "comments", "op-eds", "essay");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimePrepositions = Set(
        "on", "in", "at", "during", "last", "this", "earlier", "late", "early", "next", "over", "via", "through", "from", "before", "after");

    /// <summary>Linking verbs, which say nothing before an adjective or a gerund: "remain confident", "went hiking".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LinkingVerbs = Set(
        "remain", "remains", "remained", "became", "become", "becomes", "stayed", "stay", "stays", "grew", "grow", "grows", "got",
        "get", "gets", "went", "go", "goes");

    /// <summary>Nouns in -ly that are no adverbs, for a pipeline without a tagger: "the rally", "his family".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LyNouns = Set(
        "rally", "family", "ally", "assembly", "supply", "anomaly", "monopoly", "bully", "belly", "fly", "lily", "jelly",
        "tally", "folly", "homily", "butterfly", "firefly", "reply");

    /// <summary>Letters after a person's name that are a title, not part of the name: "Peter Ainsworth MP", "Jane Doe QC".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Postnominals = Set(
        "mp", "mep", "msp", "mla", "am", "qc", "kc", "obe", "mbe", "cbe", "kbe", "dbe", "phd", "md");

    /// <summary>What the modal "may" takes right after it: "Trump May Not Have …", "may also", "may well".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ModalComplements = Set(
        "not", "have", "be", "also", "never", "well", "still", "soon", "even", "only", "just", "yet");

    /// <summary>"May" as a surname, not the modal or the month: "Theresa May said", "Mrs May", "Brian May, the guitarist",
    /// "May added". It is capitalised (not an all-capitals headline), after a name's word (not "In", "Last", "Early") or
    /// before a past-tense or third-person verb, which the modal never takes; and not before what the modal takes.</summary>
    /// <param name="word">The word.</param>
    /// <param name="previous">The word before it, when that word is capitalised (empty otherwise).</param>
    /// <param name="beforeFiniteVerb">Whether a past-tense or third-person verb follows.</param>
    /// <param name="next">The word after it.</param>
    public static bool IsModalSurname(ReadOnlySpan<char> word, ReadOnlySpan<char> previous, bool beforeFiniteVerb, ReadOnlySpan<char> next) =>
        word.SequenceEqual("May")
        && (previous.Length > 0 && !previous.SequenceEqual(previous.ToString().ToUpperInvariant()) && !TimePrepositions.Has(previous)
            && !Prepositions.Has(previous) && !Determiners.Has(previous) && !Boundaries.Has(previous) || beforeFiniteVerb)
        && !ModalComplements.Has(next);

    /// <summary>Verbs whose object is the listener, skipped before the content: "told reporters that".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ListenerVerbs = Set(
        "tell", "told", "tells", "telling", "inform", "informed", "informs", "assure", "assured", "assures", "remind", "reminded",
        "reminds", "warn", "warned", "warns", "notify", "notified", "promise", "promised", "promises", "convince", "convinced",
        "urge", "urged", "urges", "ask", "asked", "asks", "advise", "advised", "brief", "briefed", "persuade", "persuaded", "reassure",
        "reassured", "accuse", "accused", "accuses", "accusing", "blame", "blamed", "blames", "criticize", "criticized", "criticised",
        "praise", "praised", "thank", "thanked", "show", "showed", "shows", "give", "gave", "write", "wrote", "writes");

    /// <summary>Lemmas of acts of speech or stance a speaker goes on to after "and"/"but", ending the content before them
    /// ("acknowledged that … but |declined| to provide a list"); any other coordinated verb after a content clause is the
    /// content's own ("said he posed a threat and |refused| to drop the gun"); such a verb also takes a message noun as its
    /// content ("announced |his support for …|"), where a light verb makes it part of the cue ("took credit for").</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechActLemmas = Set(
        "say", "add", "note", "tell", "argue", "claim", "insist", "warn", "suggest", "ask", "acknowledge", "admit", "predict",
        "promise", "urge", "explain", "point", "describe", "write", "state", "announce", "declare", "stress", "emphasize", "vow",
        "accuse", "deny", "call", "contend", "assert", "maintain", "reply", "respond", "recall", "complain", "concede", "caution",
        "question", "dismiss", "criticize", "praise", "blame", "tweet", "post", "demand", "pledge", "express", "repeat",
        "reiterate", "mention", "report", "confirm", "testify", "decline", "refuse", "recommend", "boast", "agree", "propose",
        "cite", "mock", "file", "release");

    /// <summary>Verbs of speech that state the purpose of another verb in a "to" infinitive: "took to Twitter to |say|",
    /// "held a conference call to |defend|".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechInfinitives = Set(
        "say", "tell", "argue", "express", "announce", "explain", "complain", "discuss", "talk", "defend", "declare", "insist",
        "suggest", "note", "warn", "stress", "highlight", "criticize", "praise", "deny", "claim", "assert", "reiterate",
        "emphasize", "ask", "thank", "apologize", "condemn", "denounce", "attack", "blast", "slam", "tout", "accuse", "blame",
        "question", "challenge", "voice", "urge", "push", "call", "address", "respond", "reply", "promote", "pitch", "rebut", "remind");

    /// <summary>Verbs that bring their object to do the verb after "to": "led Priebus to declare", "allows him to call for".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CausativeVerbs = Set(
        "lead", "led", "leads", "prompt", "prompted", "prompts", "force", "forced", "forces", "drive", "drove", "drives", "spur",
        "spurred", "spurs", "inspire", "inspired", "inspires", "cause", "caused", "causes", "compel", "compelled", "compels",
        "allow", "allowed", "allows", "push", "pushed", "pushes");

    /// <summary>Verbs whose object, not their subject, does what a following "to" infinitive says: "asked reporters to
    /// say", "urged him to explain".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ObjectControlVerbs = Set(
        "ask", "asked", "asks", "urge", "urged", "urges", "tell", "told", "tells", "invite", "invited", "invites", "force",
        "forced", "forces", "pressure", "pressured", "pressures", "encourage", "encouraged", "encourages", "allow", "allowed",
        "allows", "want", "wants", "wanted", "expect", "expects", "expected", "need", "needs", "needed", "require", "required",
        "requires", "get", "got", "gets", "persuade", "persuaded", "convince", "convinced", "challenge", "challenged",
        "challenges", "dare", "dared", "beg", "begged", "lead", "led", "leads", "prompt", "prompted", "prompts", "cause",
        "caused", "push", "pushed", "pushes", "oblige", "obliges", "obliged", "compel", "compels", "compelled", "implore",
        "implored", "order", "ordered", "orders", "instruct", "instructed", "enable", "enabled", "help", "helped", "helps",
        "like", "prefer", "preferred", "remind", "reminded", "warn", "warned", "left", "leave", "leaves", "permit", "permitted",
        "advise", "advised", "recruit", "recruited", "hire", "hired");

    /// <summary>Verbs of telling, whose listener may come right before a clause with no "that": "told reporters she
    /// was leaning toward Cruz".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TellingVerbs = Set(
        "tell", "told", "tells", "telling", "inform", "informed", "informs", "assure", "assured", "assures", "remind", "reminded",
        "reminds", "warn", "warned", "warns", "promise", "promised", "promises", "reassure", "reassured", "convince", "convinced");

    /// <summary>Words that end a sentence-final attribution phrase: "…, she said on Tuesday in a statement."</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Pronouns = Set(
        "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me");

    /// <summary>Numbers in words, as counts in a share: "one in five", "Nine in 10".</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CountWords = Set(
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    /// <summary>Nouns of documents, studies and polls: sources that are not people.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DocumentNouns = Set(
        "poll", "polls", "survey", "surveys", "report", "reports", "study", "studies", "analysis", "data", "statement", "document",
        "documents", "memo", "letter", "email", "complaint", "lawsuit", "suit", "filing", "indictment", "ruling", "order", "review", "audit",
        "investigation", "research", "figures", "statistics", "numbers", "records", "emails", "paper", "book", "article", "ad",
        "advertisement", "video", "tweet", "website", "release", "footage", "transcript", "bill", "law", "platform", "census", "estimate",
        "estimates", "projections", "forecast", "index", "model", "results", "evidence", "findings", "story", "editorial", "post",
        "inspection", "inspections", "assessment", "assessments", "inquiry", "probe", "autopsy", "experiment", "experiments",
        "average", "averages", "warning", "warnings", "advisory", "bulletin");

    public static bool Has(this FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> set, ReadOnlySpan<char> word) => set.Contains(word);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
