using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using WhoSaid.Output;
using WhoSaid.Tests.Support;
using Xunit;

namespace WhoSaid.Tests;

/// <summary>Golden articles written for the repo: Golden/&lt;case&gt;/article.txt and the quotes it must give,
/// expected.json, in the JSON contract (offsets in code points). A failing golden is investigated, never re-blessed:
/// a golden the engine does not match yet goes into <see cref="KnownGaps"/> with a skipped fact naming the gap.</summary>
public class GoldenTests
{
    private static readonly JsonSerializerOptions s_json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Goldens the engine does not match yet, each with a skipped fact; a folder here must exist.</summary>
    internal static readonly string[] KnownGaps = [];

    private static string GoldenRoot => Path.Combine(AppContext.BaseDirectory, "Golden");

    public static TheoryData<string> Cases => new(AllCases().Except(KnownGaps));

    public static TheoryData<string> AllCasesData => new(AllCases());

    private static IEnumerable<string> AllCases() =>
        Directory.EnumerateDirectories(GoldenRoot).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Golden_article_gives_the_expected_quotes(string name) => Check(name);

    [Fact]
    public void Every_golden_is_tested_or_listed_as_a_known_gap()
    {
        Assert.True(AllCases().Count() >= 3);
        Assert.All(KnownGaps, gap => Assert.Contains(gap, AllCases()));
    }

    [Theory]
    [MemberData(nameof(AllCasesData))]
    public void Golden_expectation_points_into_its_article(string name)
    {
        var text = ReadArticle(name);
        var expected = ReadExpected(name);

        Assert.Equal(name, (string?)expected["id"]);
        var quotes = expected["quotes"]!.AsArray();
        Assert.NotEmpty(quotes);
        var spans = quotes.SelectMany(q => Spans(q!)).ToList();
        Assert.All(spans, s => Assert.Equal((string?)s["text"], CodePoints.Slice(text, (int)s["start"]!, (int)s["end"]!)));

        // whole words: a hand-written "he" must not point into "The"
        var codePoints = CodePoints.Split(text);
        Assert.All(spans, s =>
        {
            int start = (int)s["start"]!, end = (int)s["end"]!;
            Assert.False(start > 0 && IsWordChar(codePoints[start - 1]) && IsWordChar(codePoints[start]), $"span {s.ToJsonString()} starts inside a word");
            Assert.False(end < codePoints.Count && IsWordChar(codePoints[end]) && IsWordChar(codePoints[end - 1]), $"span {s.ToJsonString()} ends inside a word");
        });
    }

    internal static void Check(string name)
    {
        var text = ReadArticle(name);
        var expected = ReadExpected(name)["quotes"]!.AsArray().Select(q => Line(q!)).ToList();

        var doc = Newsroom.Annotate(text, name);
        var actual = JsonNode.Parse(RecordWriter.ToJsonLine(RecordWriter.ToRecord(doc)))!["quotes"]!.AsArray().Select(q => Line(q!)).ToList();

        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0 && expected.SequenceEqual(actual),
            $"golden '{name}' differs from the engine output.{Environment.NewLine}"
            + $"expected but not found:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", missing)}{Environment.NewLine}"
            + $"found but not expected:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", extra)}");
    }

    /// <summary>One quote as a line of JSON holding the compared fields: kind, content, cue, speaker mention, name and
    /// title, sources. Confidence, rule names, paragraph numbers and entity ids are the engine's own and not compared.</summary>
    private static string Line(JsonNode quote)
    {
        var speaker = quote["speaker"];
        var line = new JsonObject
        {
            ["kind"] = quote["kind"]?.DeepClone(),
            ["content"] = quote["content"]?.DeepClone(),
            ["cue"] = quote["cue"]?.DeepClone(),
            ["speaker"] = speaker is null ? null : new JsonObject
            {
                ["mention"] = speaker["mention"]?.DeepClone(),
                ["name"] = speaker["name"]?.DeepClone(),
                ["title"] = speaker["title"]?.DeepClone(),
            },
            ["sources"] = new JsonArray([.. (quote["sources"]?.AsArray() ?? []).Select(s => (JsonNode)new JsonObject
            {
                ["name"] = s!["name"]?.DeepClone(),
                ["mention"] = s["mention"]?.DeepClone(),
            })]),
        };
        return line.ToJsonString(s_json);
    }

    private static bool IsWordChar(string codePoint) => codePoint.Length == 1 && char.IsLetterOrDigit(codePoint[0]);

    private static IEnumerable<JsonNode> Spans(JsonNode quote)
    {
        foreach (var c in quote["content"]!.AsArray())
        {
            yield return c!;
        }

        if (quote["cue"] is { } cue)
        {
            yield return cue;
        }

        if (quote["speaker"]?["mention"] is { } mention)
        {
            yield return mention;
        }

        foreach (var s in quote["sources"]?.AsArray() ?? [])
        {
            yield return s!["mention"]!;
        }
    }

    private static string ReadArticle(string name) => File.ReadAllText(Path.Combine(GoldenRoot, name, "article.txt"));

    private static JsonNode ReadExpected(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(GoldenRoot, name, "expected.json")))!;
}
