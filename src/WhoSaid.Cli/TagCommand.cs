using System.Collections.Immutable;
using System.CommandLine;
using System.Text;
using WhoSaid.Pipeline;
using WhoSaid.Sentences;
using WhoSaid.Tagging;
using WhoSaid.Text;
using WhoSaid.Tokens;

namespace WhoSaid.Cli;

/// <summary><c>whosaid tag PATH...</c>: each token of each article with its part of speech and entity tag, one line a
/// token. <c>whosaid tag --conllu FILE</c>: the same tags written into a CoNLL-U file with gold tokens (UPOS and XPOS
/// in their columns, <c>NER=B-PER</c> in MISC), every other line kept, so that anyone can score it.</summary>
internal static class TagCommand
{
    private const long MaxConlluBytes = 500_000_000;

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Article files, folders (every .txt inside, recursively) or - for standard input", Arity = ArgumentArity.ZeroOrMore };
        var conllu = new Option<string?>("--conllu") { Description = "Tag the gold tokens of this CoNLL-U file and write it back with the predicted tags" };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var maxSize = new Option<double>("--max-size") { Description = "Largest article in MB", DefaultValueFactory = _ => 10 };
        var command = new Command("tag", "Print each token with its part of speech (UPOS, XPOS) and entity tag")
        {
            paths, conllu, output, maxSize,
        };
        command.SetAction(parse => Run(parse.GetValue(paths) ?? [], parse.GetValue(conllu), parse.GetValue(output), parse.GetValue(maxSize)));
        return command;
    }

    internal static int Run(string[] paths, string? conllu, string? outputPath, double maxSizeMb)
    {
        if (conllu is null == (paths.Length == 0))
        {
            return Program.Fail("tag needs either PATH... or --conllu FILE", 2);
        }

        if (maxSizeMb <= 0)
        {
            return Program.Fail("--max-size must be positive", 2);
        }

        List<ArticleSource> sources;
        try
        {
            sources = conllu is null ? ArticleInput.Resolve(paths) : ArticleInput.Resolve([conllu], ".conllu");
        }
        catch (InputException e)
        {
            return Program.Fail(e.Message, 2);
        }

        if (conllu is not null && sources[0].Path is not null && !File.Exists(sources[0].Path))
        {
            return Program.Fail($"--conllu needs a file, not a folder: '{conllu}'", 2);
        }

        using var writer = outputPath is null ? null : new StreamWriter(outputPath, append: false, new UTF8Encoding(false));
        var output = writer ?? Console.Out;
        try
        {
            if (conllu is not null)
            {
                var text = ArticleInput.Read(sources[0], MaxConlluBytes);
                TagConllu(text, output);
            }
            else
            {
                var maxBytes = (long)(maxSizeMb * 1_000_000);
                foreach (var source in sources)
                {
                    var text = ArticleInput.Read(source, maxBytes);
                    WriteTokens(WhoSaidPipeline.Default.Process(source.Id, text), output);
                }
            }
        }
        catch (InputException e)
        {
            return Program.Fail(e.Message, 1);
        }

        output.Flush();
        return 0;
    }

    private static void WriteTokens(Document document, TextWriter output)
    {
        var tags = document.Tags;
        foreach (var sentence in document.Sentences)
        {
            for (var i = sentence.First; i < sentence.End; i++)
            {
                var tag = i < tags.Length ? tags[i] : default;
                output.Write(document[document.Tokens[i]]);
                output.Write('\t');
                output.Write(tag.Upos ?? "_");
                output.Write('\t');
                output.Write(tag.Xpos ?? "_");
                output.Write('\t');
                output.Write(tag.Entity ?? "O");
                output.Write('\n');
            }

            output.Write('\n');
        }
    }

    /// <summary>Tags the words of a CoNLL-U file as given (no tokenizer) and writes every line back, word lines with
    /// the predicted UPOS, XPOS and NER.</summary>
    private static void TagConllu(string content, TextWriter output)
    {
        var lines = content.Split('\n');
        var words = new List<int>(); // line index of each word, in order
        var text = new StringBuilder();
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        var first = 0;
        var sentenceStart = 0;

        void EndSentence()
        {
            if (tokens.Count > first)
            {
                var span = new TextSpan(sentenceStart, text.Length - sentenceStart);
                paragraphs.Add(new Paragraph(first, tokens.Count - first, sentences.Count, 1, span));
                sentences.Add(new Sentence(first, tokens.Count - first, paragraphs.Count - 1, span));
                text.Append('\n');
            }

            first = tokens.Count;
            sentenceStart = text.Length;
        }

        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].TrimEnd('\r');
            if (line.Length == 0)
            {
                EndSentence();
                continue;
            }

            if (line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 10)
            {
                throw new InputException($"line {n + 1}: a CoNLL-U word line has 10 tab-separated columns, not {columns.Length}");
            }

            if (!int.TryParse(columns[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                continue; // multiword token "1-2" or empty node "1.1"
            }

            var form = columns[1];
            if (form.Length == 0)
            {
                throw new InputException($"line {n + 1}: empty word form");
            }

            if (tokens.Count > first)
            {
                text.Append(' ');
            }

            var flags = Shape(form) | (tokens.Count == first ? TokenFlags.SentenceStart : TokenFlags.None);
            tokens.Add(new Token(text.Length, form.Length, KindOf(form), flags));
            text.Append(form);
            words.Add(n);
        }

        EndSentence();

        var document = new Document("conllu", text.ToString())
        {
            Tokens = tokens.DrainToImmutable(),
            Sentences = sentences.DrainToImmutable(),
            Paragraphs = paragraphs.DrainToImmutable(),
            Has = Annotations.Tokens | Annotations.Sentences | Annotations.Paragraphs,
        };
        foreach (var component in WhoSaidPipeline.Default.Components)
        {
            if ((component.Provides & (Annotations.PartsOfSpeech | Annotations.NamedEntities)) == 0)
            {
                continue;
            }

            var missing = component.Requires & ~document.Has;
            if (missing != Annotations.None)
            {
                throw new InputException($"the tagger '{component.Name}' needs {missing}, which a CoNLL-U file does not give");
            }

            document = component.Process(document, CancellationToken.None);
        }

        var tags = document.Tags;
        var word = 0;
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].TrimEnd('\r');
            if (word < words.Count && words[word] == n)
            {
                var tag = word < tags.Length ? tags[word] : default;
                var columns = line.Split('\t');
                columns[3] = tag.Upos ?? "_";
                columns[4] = tag.Xpos ?? "_";
                var ner = "NER=" + (tag.Entity ?? "O");
                columns[9] = columns[9] == "_" ? ner : columns[9] + "|" + ner;
                line = string.Join('\t', columns);
                word++;
            }

            if (n < lines.Length - 1 || line.Length > 0)
            {
                output.Write(line);
                output.Write('\n');
            }
        }
    }

    private static TokenKind KindOf(string form)
    {
        var c = form[0];
        return char.IsLetter(c) ? TokenKind.Word
            : char.IsDigit(c) ? TokenKind.Number
            : c is '"' or '\'' or '`' or '“' or '”' or '‘' or '’' or '«' or '»' ? TokenKind.QuotationMark
            : char.IsPunctuation(c) ? TokenKind.Punctuation
            : TokenKind.Symbol;
    }

    private static TokenFlags Shape(string form)
    {
        if (!char.IsUpper(form[0]))
        {
            return TokenFlags.None;
        }

        var letters = 0;
        foreach (var c in form)
        {
            if (char.IsLower(c))
            {
                return TokenFlags.Capitalized;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2 ? TokenFlags.Capitalized | TokenFlags.AllCaps : TokenFlags.Capitalized;
    }
}
