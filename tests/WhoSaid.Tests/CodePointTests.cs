using System.Text.Json;
using WhoSaid.Output;
using WhoSaid.Tests.Support;
using WhoSaid.Text;
using Xunit;

namespace WhoSaid.Tests;

/// <summary>JSON offsets are Unicode code points, as Python's str indexes them, even with emoji beyond U+FFFF.</summary>
public class CodePointTests
{
    private const string EmojiArticle =
        "🌉 Bridge closed 🚧\n\n"
        + "“The bridge 🌉 is closed until 🗓 spring,” said Mayor Delia Fenwick. 😀😀\n\n"
        + "Councillor Petra Lindqvist said that the 𝔣𝔞𝔫𝔠𝔶 lights would stay 💡 on.";

    [Fact]
    public void Record_offsets_slice_the_text_by_code_points()
    {
        var doc = Newsroom.Annotate(EmojiArticle);
        var record = RecordWriter.ToRecord(doc);

        Assert.NotEmpty(record.Quotes);
        var spans = record.Quotes.SelectMany(q => q.Content.Append(q.Cue).Append(q.Speaker?.Mention).Concat(q.Sources.Select(s => s.Mention)))
            .OfType<SpanRecord>()
            .ToList();
        Assert.All(spans, s => Assert.Equal(s.Text, CodePoints.Slice(EmojiArticle, s.Start, s.End)));
    }

    [Fact]
    public void Offsets_after_emoji_count_each_emoji_once()
    {
        var doc = Newsroom.Annotate(EmojiArticle);
        var record = RecordWriter.ToRecord(doc);

        var quote = Assert.Single(record.Quotes, q => q.Kind == "direct");
        var content = Assert.Single(quote.Content);
        Assert.Equal("The bridge 🌉 is closed until 🗓 spring", content.Text);
        var utf16Start = EmojiArticle.IndexOf("The bridge", StringComparison.Ordinal);
        Assert.Equal(utf16Start - 2, content.Start); // 🌉 and 🚧 in the headline are two code units each
        Assert.Equal(content.Start + content.Text.EnumerateRunes().Count(), content.End);
    }

    [Fact]
    public void Json_line_offsets_round_trip_through_code_points()
    {
        var doc = Newsroom.Annotate(EmojiArticle, "emoji");
        var line = RecordWriter.ToJsonLine(RecordWriter.ToRecord(doc, includeText: true));

        using var json = JsonDocument.Parse(line);
        var text = json.RootElement.GetProperty("text").GetString()!;
        Assert.Equal(EmojiArticle, text);
        foreach (var quote in json.RootElement.GetProperty("quotes").EnumerateArray())
        {
            foreach (var c in quote.GetProperty("content").EnumerateArray())
            {
                Assert.Equal(c.GetProperty("text").GetString(), CodePoints.Slice(text, c.GetProperty("start").GetInt32(), c.GetProperty("end").GetInt32()));
            }
        }
    }

    [Fact]
    public void CodePointMap_counts_surrogate_pairs_once_and_lone_surrogates_as_one()
    {
        // (text, UTF-16 positions, expected code point positions); in code because theory data would mangle lone surrogates
        (string Text, int[] Utf16, int[] CodePoints)[] cases =
        [
            ("plain ascii", [0, 3, 11], [0, 3, 11]),
            ("a😀b", [0, 1, 3, 4], [0, 1, 2, 3]),
            ("😀😀x", [0, 2, 4, 5], [0, 1, 2, 3]),
            ("a\uD800b", [0, 1, 2, 3], [0, 1, 2, 3]),
            ("\uDC00\uD800x😀", [0, 2, 3, 5], [0, 2, 3, 4]),
            ("x\uD83D", [0, 1, 2], [0, 1, 2]),
        ];

        foreach (var (text, utf16, codePoints) in cases)
        {
            var map = new CodePointMap(text);
            Assert.Equal(codePoints, utf16.Select(map.ToCodePoint).ToArray());
        }
    }
}
