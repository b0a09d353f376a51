namespace WhoSaid.Pipeline;

/// <summary>What a document carries; components declare what they require and what they provide.</summary>
[Flags]
public enum Annotations
{
    None = 0,
    Tokens = 1,
    Sentences = 2,
    Paragraphs = 4,
    QuotationMarks = 8,
    Debris = 16,
    Quotes = 32,
    Entities = 64,
    PartsOfSpeech = 128,
    NamedEntities = 256,
}
