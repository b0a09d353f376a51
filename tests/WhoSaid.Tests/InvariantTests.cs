using System.Text;
using System.Text.Json;
using WhoSaid.Output;
using WhoSaid.Tests.Support;
using WhoSaid.Text;
using Xunit;

namespace WhoSaid.Tests;

/// <summary>What holds for every article, well-formed or not: processing never throws, spans lie inside the text,
/// are non-empty and sorted, and the JSON record's text equals the text at its code point offsets.</summary>
public class InvariantTests
{
    private const int RandomCases = 300;

    // Pieces of news text, marks of every style and the debris that scraping leaves, for the random articles.
    private static readonly string[] s_pieces =
    [
        "said", "says", "told reporters", "according to", "according to AP", "has denied that", "has been accused by", "alleging that", "vowed to",
        "she continued", "he said", "Mayor Delia Fenwick", "Fenwick", "the Associated Press reports", "AP", "a spokesperson",
        "Hugh Hill, a doctor,", "Foreign Ministry spokeswoman Lin Meirong", "U.S.", "Sen.", "Jan.", "J.", "Dr.", "Canada:", "the",
        "bridge", "will", "not", "reopen", "MnuchinSteven", "QuimbyGerald Ashford", "MORE", "that", "and", "in", "on Monday",
        "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "“", "‚", "‹", "›", "`", ",", ".", ":", ";", "!", "?", "…", "—", "-", "(", ")",
        "[", "]", " ", " ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\u00A0", "\u200B", "\uFEFF", "\u2029",
        "🌉", "😀", "🇳🇴", "👩‍⚕️", "\uD800", "\uDC00", "\uDBFF", "\u0000", "\u0001", "\u001B", "\u007F", "\u0085",
        "0", "1,200", "3:45", "'s", "’s", "don't", "O'Brien", "é", "\u0301", "ß", "İ", "中文", "العربية",
    ];

    public static TheoryData<int> Seeds => new(Enumerable.Range(0, RandomCases));

    public static TheoryData<string> FixtureNames => new(Fixtures().Keys);

    /// <summary>Every article the suite writes: golden articles, pattern cases and known gaps, the repo's samples.</summary>
    private static Dictionary<string, string> Fixtures()
    {
        var fixtures = new Dictionary<string, string>();
        var golden = Path.Combine(AppContext.BaseDirectory, "Golden");
        foreach (var dir in Directory.EnumerateDirectories(golden))
        {
            fixtures["golden/" + Path.GetFileName(dir)] = File.ReadAllText(Path.Combine(dir, "article.txt"));
        }

        var i = 0;
        foreach (var text in AttributionPatternTests.Texts.Concat(RegressionTests.Texts))
        {
            fixtures[$"case/{i++:000}"] = text;
        }

        var samples = Path.Combine(Newsroom.RepositoryRoot().FullName, "samples");
        if (Directory.Exists(samples))
        {
            foreach (var file in Directory.EnumerateFiles(samples, "*.txt"))
            {
                fixtures["samples/" + Path.GetFileName(file)] = File.ReadAllText(file);
            }
        }

        return fixtures;
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Fixture_article_keeps_the_invariants(string name) => AssertInvariants(Fixtures()[name]);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_text_keeps_the_invariants(int seed) => AssertInvariants(RandomText(seed));

    [Fact]
    public void Random_texts_are_the_same_on_every_run()
    {
        Assert.Equal(RandomText(7), RandomText(7));
        Assert.NotEqual(RandomText(7), RandomText(8));
    }

    [Fact]
    public void Random_texts_reach_the_attribution_rules()
    {
        var docs = Enumerable.Range(0, RandomCases).Select(seed => Newsroom.Annotate(RandomText(seed))).ToList();

        // the invariants mean little unless the noise makes quotes, speakers, cues and sources
        var withQuotes = docs.Count(d => !d.Quotes.IsEmpty);
        Assert.True(withQuotes >= RandomCases / 10, $"only {withQuotes} of {RandomCases} random texts have a quote");
        Assert.Contains(docs, d => d.Quotes.Any(q => q.SpeakerMention is not null && q.Cue is not null));
        Assert.Contains(docs, d => d.Quotes.Any(q => !q.Sources.IsEmpty));
        Assert.Contains(docs, d => d.Quotes.Any(q => q.Content.Length > 1));
    }

    /// <summary>Two kinds of noise: news-like pieces glued at random, or raw UTF-16 code units (every third seed).</summary>
    internal static string RandomText(int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder();
        if (seed % 3 == 2)
        {
            var n = random.Next(0, 400);
            for (var i = 0; i < n; i++)
            {
                sb.Append(random.Next(10) switch
                {
                    0 => (char)random.Next(0xD800, 0xE000),      // surrogates, mostly unpaired
                    1 => (char)random.Next(0, 0x20),             // control characters
                    2 => " \n“”\"'‘’«»„.,:"[random.Next(14)],     // marks and punctuation
                    _ => (char)random.Next(0x20, 0x3000),
                });
            }

            return sb.ToString();
        }

        var pieces = random.Next(0, 120);
        for (var i = 0; i < pieces; i++)
        {
            sb.Append(s_pieces[random.Next(s_pieces.Length)]);
            if (random.Next(3) > 0)
            {
                sb.Append(' ');
            }
        }

        return sb.ToString();
    }

    private static void AssertInvariants(string text)
    {
        var doc = Newsroom.Annotate(text);

        Assert.Equal(text, doc.Text);
        AssertTokensAndSentences(doc);
        AssertQuotes(doc);
        AssertRecord(doc);
    }

    private static void AssertTokensAndSentences(Document doc)
    {
        var previousEnd = 0;
        foreach (var token in doc.Tokens)
        {
            Assert.True(token.Length > 0 && token.Start >= previousEnd && token.End <= doc.Text.Length, $"token {token.Span} out of order or outside the text");
            previousEnd = token.End;
        }

        Assert.All(doc.Sentences, s => Assert.True(doc.Paragraphs[s.Paragraph].Span.Contains(s.Span), $"sentence {s.Span} outside its paragraph"));
        Assert.All(doc.QuotedSpans, q => Assert.All(q.Pieces, p => Assert.True(p.Start >= 0 && p.End <= doc.Text.Length, $"quoted piece {p} outside the text")));
    }

    private static void AssertQuotes(Document doc)
    {
        var previousStart = -1;
        foreach (var quote in doc.Quotes)
        {
            Assert.False(quote.Content.IsDefaultOrEmpty, "a quote without content");
            var end = -1;
            foreach (var c in quote.Content)
            {
                AssertInside(doc, c, "content");
                Assert.True(c.Start >= end, $"content spans not sorted or overlapping: {string.Join(", ", quote.Content)}");
                end = c.End;
            }

            Assert.True(quote.Content[0].Start >= previousStart, "quotes are not in text order");
            previousStart = quote.Content[0].Start;

            if (quote.SpeakerMention is { } mention)
            {
                AssertInside(doc, mention, "speaker mention");
            }

            if (quote.Cue is { } cue)
            {
                AssertInside(doc, cue, "cue");
            }

            Assert.All(quote.Sources, s =>
            {
                AssertInside(doc, s.Mention, "source mention");
                Assert.False(string.IsNullOrWhiteSpace(s.Name));
            });

            if (doc.SpeakerOf(quote) is { } entity)
            {
                Assert.Equal(quote.Entity, entity.Id);
                Assert.False(string.IsNullOrWhiteSpace(entity.Name), "a speaker without a name");
            }
        }
    }

    private static void AssertInside(Document doc, TextSpan span, string what)
    {
        Assert.True(span.Length > 0, $"empty {what} at {span.Start}");
        Assert.True(span.Start >= 0 && span.End <= doc.Text.Length, $"{what} {span} outside a text of {doc.Text.Length}");
        Assert.Equal(doc.Text.AsSpan(span.Start, span.Length).ToString(), doc.Substring(span));
    }

    private static void AssertRecord(Document doc)
    {
        var record = RecordWriter.ToRecord(doc, includeText: true);
        var codePoints = CodePoints.Split(doc.Text);
        var spans = record.Quotes.SelectMany(q => q.Content.Append(q.Cue).Append(q.Speaker?.Mention).Concat(q.Sources.Select(s => s.Mention)))
            .OfType<SpanRecord>();
        foreach (var s in spans)
        {
            Assert.True(s.Start >= 0 && s.Start < s.End && s.End <= codePoints.Count, $"record span [{s.Start}, {s.End}) outside {codePoints.Count} code points");
            Assert.Equal(s.Text, string.Concat(codePoints.Skip(s.Start).Take(s.End - s.Start)));
        }

        using var json = JsonDocument.Parse(RecordWriter.ToJsonLine(record));
        Assert.Equal(record.Quotes.Count, json.RootElement.GetProperty("quotes").GetArrayLength());
    }
}
