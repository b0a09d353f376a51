using System.Globalization;
using System.Text;
using WhoSaid.Sentences;
using WhoSaid.Tagging;
using WhoSaid.Text;
using WhoSaid.Tokens;

namespace WhoSaid.Training;

/// <summary>Counts how often each word is capitalised when not at the start of a sentence (<see cref="WordCasing"/>),
/// over CC-licensed text only: the GUM train documents of the commercially usable genres, UD English PUD and the
/// Wikinews sample. Not UD English-EWT train: its sentences are UNER train's, and counted in they vouch for the names the
/// recogniser learns from (dev F1 fell by 2). Writes ner_casing.txt (words and buckets only, no text), sorted, so that
/// running it twice writes the same bytes.</summary>
internal static class CasingStatistics
{
    private static readonly string[] s_afterStart = ["\"", "“", "‘", "'", "(", "[", ":", "-", "--", "—", "–", "…", ".", "?", "!", "*", ">"];

    public static WordCasing Run(string shared, string outDir, IEnumerable<string> gumDocuments)
    {
        var corpora = Path.Combine(shared, "data", "corpora");
        var counts = new Dictionary<string, (int Cap, int Total)>(StringComparer.Ordinal);
        var sentences = 0;
        foreach (var file in new[] { Path.Combine(corpora, "ud-english-pud", "en_pud-ud-test.conllu") }
            .Concat(gumDocuments))
        {
            foreach (var rows in Conllu.WordRows(file, minColumns: 2))
            {
                Count(counts, [.. rows.Select(r => r[1])]);
                sentences++;
            }
        }

        foreach (var csv in Directory.EnumerateFiles(Path.Combine(shared, "data", "news", "wikinews", "data"), "*.csv").Order(StringComparer.Ordinal))
        {
            foreach (var article in ReadCsvColumn(csv, "text"))
            {
                var doc = new SentenceSplitter().Process(new Tokenizer().Process(new Document("w", article), default), default);
                foreach (var sentence in doc.Sentences)
                {
                    Count(counts, Words(article, doc.Tokens.AsSpan(sentence.First, sentence.Count)));
                    sentences++;
                }
            }
        }

        var buckets = counts.ToDictionary(kv => kv.Key, kv => WordCasing.Bucket(kv.Value.Cap, kv.Value.Total), StringComparer.Ordinal);
        var path = Path.Combine(outDir, "ner_casing.txt");
        var text = new StringBuilder();
        text.Append("# How often each word is capitalised when not at a sentence start (WhoSaid.Tagging.WordCasing buckets),\n");
        text.Append("# counted by src/WhoSaid.Training (CasingStatistics) over the GUM train documents of the CC BY / CC BY-SA\n");
        text.Append("# genres, UD English PUD (CC BY-SA 3.0) and the Wikinews sample (CC BY 2.5). Words and buckets only.\n");
        foreach (var (word, bucket) in buckets.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            text.Append(word).Append('\t').Append(bucket.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        Console.Error.WriteLine($"ner: wrote {path} ({buckets.Count} words from {sentences} sentences, {new FileInfo(path).Length / 1024} KB)");
        return new WordCasing(buckets);
    }

    // The words of a sentence, with a contraction's clitic joined back to the word it leans on ("do" "n't" -> "don't"),
    // as the statistics were first counted, so that they do not depend on how the tokenizer splits contractions.
    private static string[] Words(string text, ReadOnlySpan<Token> tokens)
    {
        var words = new List<string>(tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = text.Substring(tokens[i].Start, tokens[i].Length);
            if (words.Count > 0 && tokens[i].Start == tokens[i - 1].Start + tokens[i - 1].Length && Tokenizer.IsClitic(word))
            {
                words[^1] += word;
                continue;
            }

            words.Add(word);
        }

        return [.. words];
    }

    private static void Count(Dictionary<string, (int Cap, int Total)> counts, string[] words)
    {
        var start = true;
        foreach (var w in words)
        {
            if (w.Length == 0 || !char.IsLetter(w[0]) || w.Contains('\t', StringComparison.Ordinal))
            {
                start |= Array.IndexOf(s_afterStart, w) >= 0;
                continue;
            }

            if (!start)
            {
                var key = w.ToLowerInvariant();
                var v = counts.GetValueOrDefault(key);
                counts[key] = (v.Cap + (char.IsUpper(w[0]) ? 1 : 0), v.Total + 1);
            }

            start = false;
        }
    }

    // RFC 4180: commas between fields, fields in double quotes may hold commas, newlines and doubled quotes
    private static IEnumerable<string> ReadCsvColumn(string path, string column)
    {
        var text = File.ReadAllText(path);
        var row = new List<string>();
        var field = new StringBuilder();
        var index = -1;
        var header = true;
        var quoted = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '\n';
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                if (header)
                {
                    index = row.IndexOf(column);
                    header = false;
                }
                else if (index >= 0 && index < row.Count)
                {
                    yield return row[index];
                }

                row.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
    }
}
