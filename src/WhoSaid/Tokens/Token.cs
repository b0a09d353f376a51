using WhoSaid.Text;

namespace WhoSaid.Tokens;

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    QuotationMark,
    Symbol,
}

[Flags]
public enum TokenFlags : ushort
{
    None = 0,

    /// <summary>First letter upper case.</summary>
    Capitalized = 1,

    /// <summary>Two or more letters, all upper case.</summary>
    AllCaps = 2,

    /// <summary>A word that carries its own period: "U.S.", "Sen.", "J.".</summary>
    Abbreviation = 4,

    /// <summary>Starts inside a word run with no space before it, where a capital follows a lower-case letter
    /// ("Mnuchin|Steven"): the mark of scraped link text glued to the article.</summary>
    Glued = 8,

    /// <summary>Part of scraping debris (related-link widgets and the like): never a name, cue or quote.</summary>
    Debris = 16,

    /// <summary>A new paragraph starts at this token.</summary>
    ParagraphStart = 32,

    /// <summary>A new sentence starts at this token.</summary>
    SentenceStart = 64,
}

/// <summary>A token: a small row pointing into the document's text.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind, TokenFlags Flags)
{
    public int End => Start + Length;

    public TextSpan Span => new(Start, Length);

    public bool Has(TokenFlags flag) => (Flags & flag) != 0;

    public Token With(TokenFlags flag) => this with { Flags = Flags | flag };
}
