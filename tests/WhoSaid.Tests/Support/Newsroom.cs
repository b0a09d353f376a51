using System.Text;
using WhoSaid.Attribution;
using WhoSaid.Pipeline;
using WhoSaid.Sentences;
using WhoSaid.Text;
using WhoSaid.Tokens;

namespace WhoSaid.Tests.Support;

/// <summary>Annotates hand-written articles for the tests.</summary>
internal static class Newsroom
{
    /// <summary>Tokens, sentences, paragraphs, quotation marks and debris only: no lexicons, no attribution.</summary>
    public static readonly WhoSaidPipeline TextStages = new PipelineBuilder()
        .Use(new Tokenizer())
        .Use(new SentenceSplitter())
        .Use(new QuotationMarkFinder())
        .Use(new DebrisDetector())
        .Build();

    public static Document Annotate(string text, string id = "test") => WhoSaidPipeline.Default.Process(id, text);

    public static Document Split(string text) => TextStages.Process("test", text);

    public static string TextOf(this Document doc, Token token) => doc.Text.Substring(token.Start, token.Length);

    public static string TextOf(this Document doc, Sentence sentence) => doc.Substring(sentence.Span);

    public static string[] TokenTexts(this Document doc) => [.. doc.Tokens.Select(t => doc.TextOf(t))];

    /// <summary>Content spans joined with " | ", the notation the attribution tables use.</summary>
    public static string ContentOf(this Document doc, Quote quote) => string.Join(" | ", quote.Content.Select(doc.Substring));

    public static string? MentionOf(this Document doc, Quote quote) => quote.SpeakerMention is { } m ? doc.Substring(m) : null;

    /// <summary>The quote whose content contains <paramref name="fragment"/>, or a failure listing what was found.</summary>
    public static Quote QuoteContaining(this Document doc, string fragment)
    {
        var found = doc.Quotes.Where(q => doc.ContentOf(q).Contains(fragment, StringComparison.Ordinal)).ToList();
        if (found.Count != 1)
        {
            throw new Xunit.Sdk.XunitException(
                $"expected one quote containing \"{fragment}\", found {found.Count}.{Environment.NewLine}{doc.Describe()}");
        }

        return found[0];
    }

    /// <summary>Every quote on one line: kind, content, mention, speaker, sources. For failure messages.</summary>
    public static string Describe(this Document doc)
    {
        var sb = new StringBuilder();
        sb.Append(doc.Quotes.Length).Append(" quote(s)");
        foreach (var q in doc.Quotes)
        {
            var e = doc.SpeakerOf(q);
            sb.AppendLine()
                .Append("  ").Append(q.Kind).Append('/').Append(q.Pattern)
                .Append(" content=[").Append(doc.ContentOf(q)).Append(']')
                .Append(" mention=[").Append(doc.MentionOf(q)).Append(']')
                .Append(" speaker=[").Append(e?.Name).Append("] title=[").Append(e?.Title).Append(']')
                .Append(" sources=[").Append(string.Join(", ", q.Sources.Select(s => s.Name))).Append(']');
        }

        return sb.ToString();
    }

    /// <summary>The folder holding WhoSaid.sln, found by walking up from the test binaries.</summary>
    public static DirectoryInfo RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WhoSaid.sln")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException($"no WhoSaid.sln above {AppContext.BaseDirectory}");
    }
}
