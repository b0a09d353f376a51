using System.Text.Encodings.Web;
using System.Text.Json;
using WhoSaid.Attribution;
using WhoSaid.Coreference;
using WhoSaid.Text;

namespace WhoSaid.Output;

/// <summary>Turns annotated documents into the JSON contract.</summary>
public static class RecordWriter
{
    private static readonly JsonSerializerOptions s_compact = new(WhoSaidJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions s_indented = new(s_compact) { WriteIndented = true };

    public static ArticleRecord ToRecord(Document document, bool includeText = false)
    {
        var map = new CodePointMap(document.Text);
        var quotes = new List<QuoteRecord>(document.Quotes.Length);
        foreach (var q in document.Quotes)
        {
            var entity = document.SpeakerOf(q);
            SpeakerRecord? speaker = q.SpeakerMention is null && entity is null ? null : new SpeakerRecord(
                q.SpeakerMention is { } m ? Span(document, map, m) : null,
                entity?.Name,
                entity?.Title,
                entity?.Role,
                entity?.Affiliation,
                entity is null ? null : TypeName(entity.Type),
                entity?.Id);
            quotes.Add(new QuoteRecord(
                KindName(q.Kind),
                [.. q.Content.Select(c => Span(document, map, c))],
                q.Cue is { } cue ? Span(document, map, cue) : null,
                speaker,
                [.. q.Sources.Select(s => new SourceRecord(s.Name, Span(document, map, s.Mention)))],
                q.Paragraph,
                Math.Round(q.Confidence, 2),
                q.Pattern));
        }

        var spoken = document.Quotes.Select(q => q.Entity).Where(e => e >= 0).ToHashSet();
        var entities = document.Entities
            .Where(e => spoken.Contains(e.Id))
            .Select(e => new EntityRecord(e.Id, e.Name, TypeName(e.Type), e.Gender == Gender.Unknown ? null : e.Gender.ToString().ToLowerInvariant(), e.Title, e.Mentions.Length))
            .ToList();
        return new ArticleRecord(document.Id, includeText ? document.Text : null, quotes, entities);
    }

    /// <summary>One line of JSONL.</summary>
    public static string ToJsonLine(ArticleRecord record) => JsonSerializer.Serialize(record, s_compact.GetTypeInfo(typeof(ArticleRecord)));

    public static string ToIndentedJson(IReadOnlyList<ArticleRecord> records) =>
        JsonSerializer.Serialize(records.ToList(), s_indented.GetTypeInfo(typeof(List<ArticleRecord>)));

    public static string KindName(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Indirect => "indirect",
        _ => "mixed",
    };

    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Country => "country",
        EntityType.Group => "group",
        EntityType.Document => "document",
        _ => "anonymous",
    };

    private static SpanRecord Span(Document document, CodePointMap map, TextSpan span) =>
        new(map.ToCodePoint(span.Start), map.ToCodePoint(span.End), document.Substring(span));
}
