namespace WhoSaid.Tagging;

/// <summary>The tags of one token: Universal POS, Penn Treebank POS, and the entity tag in IOB2 ("B-PER", "I-ORG",
/// "O"). The strings are the model's own class names, shared, not copied per token; null where no tagger ran.</summary>
public readonly record struct TokenTag(string? Upos, string? Xpos, string? Entity);
