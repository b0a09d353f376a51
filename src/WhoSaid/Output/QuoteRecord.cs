using System.Text.Json.Serialization;

namespace WhoSaid.Output;

// The JSON contract of ../shared/eval/FORMAT.md, plus speaker role, affiliation, type, entity id, paragraph,
// confidence and the rule that found each quote. Offsets are Unicode code points; end is exclusive.

public sealed record ArticleRecord(
    string Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Text,
    IReadOnlyList<QuoteRecord> Quotes,
    IReadOnlyList<EntityRecord> Entities);

public sealed record SpanRecord(int Start, int End, string Text);

public sealed record QuoteRecord(
    string Kind,
    IReadOnlyList<SpanRecord> Content,
    SpanRecord? Cue,
    SpeakerRecord? Speaker,
    IReadOnlyList<SourceRecord> Sources,
    int Paragraph,
    double Confidence,
    string Pattern);

public sealed record SpeakerRecord(
    SpanRecord? Mention,
    string? Name,
    string? Title,
    string? Role,
    string? Affiliation,
    string? Type,
    int? Entity);

public sealed record SourceRecord(string Name, SpanRecord Mention);

public sealed record EntityRecord(int Id, string Name, string Type, string? Gender, string? Title, int Mentions);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ArticleRecord))]
[JsonSerializable(typeof(List<ArticleRecord>))]
public sealed partial class WhoSaidJsonContext : JsonSerializerContext;
