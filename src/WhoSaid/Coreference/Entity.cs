using System.Collections.Immutable;
using WhoSaid.Text;

namespace WhoSaid.Coreference;

public enum EntityType
{
    Person,
    Organization,
    Country,
    Group,
    Document,
    Anonymous,
}

public enum Gender
{
    Unknown,
    Female,
    Male,
}

/// <summary>Someone or something that speaks in the article, with every mention that refers to it.
/// <see cref="Title"/> is the fullest role the article gives ("Foreign Ministry spokeswoman"), split into
/// <see cref="Role"/> ("spokeswoman") and <see cref="Affiliation"/> ("Foreign Ministry").</summary>
public sealed record Entity(
    int Id,
    string Name,
    EntityType Type,
    Gender Gender,
    string? Title,
    string? Role,
    string? Affiliation,
    ImmutableArray<TextSpan> Mentions);
