using System.Text;
using WhoSaid.Coreference;
using WhoSaid.Lexicons;
using WhoSaid.Pipeline;
using WhoSaid.Text;

namespace WhoSaid.Cli;

/// <summary>One mention to resolve and the names it may resolve to: the gold antecedent's name (GAP's A or B) or
/// every full-name mention of its gold coreference chain (GUM).</summary>
internal sealed record CorefItem(TextSpan Mention, string Kind, IReadOnlyList<string> GoldNames);

/// <summary>One text with the mentions to resolve in it.</summary>
internal sealed record CorefCase(string Id, string Text, IReadOnlyList<CorefItem> Items);

/// <summary>Counts for one row of the report: mentions, how many resolved to an entity, how many to the right one.</summary>
internal sealed record CorefScore(string Data, int Mentions, int Resolved, int Correct)
{
    public double ResolvedPercent => Percent(Resolved, Mentions);

    public double CorrectPercent => Percent(Correct, Mentions);

    public double CorrectOfResolvedPercent => Percent(Correct, Resolved);

    private static double Percent(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;
}

/// <summary>Scores <see cref="SpeakerResolver.Resolve(Document, IReadOnlyList{TextSpan})"/> against GAP (pronouns in
/// Wikipedia snippets) and GUM (pronoun and surname mentions whose gold chain holds a person's full name).
/// A resolution is <em>correct</em> when the entity's name and a gold name are equal, or one holds the other as whole
/// words, ignoring case ("Cres Eastman" matches "Professor Cres Eastman"); an entity named exactly as the mention itself
/// (a surname left unlinked to any full name) counts as unresolved.</summary>
internal static class CorefEvaluation
{
    private static readonly HashSet<string> s_personalPronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "him", "his", "himself", "she", "her", "hers", "herself", "they", "them", "their", "theirs", "themselves",
    };

    private static readonly HashSet<string> s_pluralPronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "they", "them", "their", "theirs", "themselves",
    };

    /// <summary>GUM genres written as news: Wikinews reports and interviews.</summary>
    public static readonly IReadOnlyList<string> NewsGenres = ["news", "interview"];

    /// <summary>Resolves every item of every case with the default pipeline and counts the results per
    /// <see cref="CorefItem.Kind"/> (and in total, as <paramref name="data"/>).</summary>
    public static IReadOnlyList<CorefScore> Score(string data, IEnumerable<CorefCase> cases, bool byKind = true, TextWriter? errors = null)
    {
        var resolver = new SpeakerResolver(LexiconSet.Default);
        var counts = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var c in cases)
        {
            var document = WhoSaidPipeline.Default.Process(c.Id, c.Text);
            var entities = resolver.Resolve(document, [.. c.Items.Select(i => i.Mention)]);
            for (var i = 0; i < c.Items.Count; i++)
            {
                var item = c.Items[i];
                var outcome = Judge(document.Substring(item.Mention), entities[i], item.GoldNames);
                if (errors is not null && outcome != Outcome.Correct)
                {
                    var from = Math.Max(0, item.Mention.Start - 300);
                    var context = c.Text[from..item.Mention.Start] + "[" + document.Substring(item.Mention) + "]"
                        + c.Text[item.Mention.End..Math.Min(c.Text.Length, item.Mention.End + 100)];
                    errors.WriteLine($"{data}\t{c.Id}\t{outcome}\t{entities[i]?.Name}\t{string.Join(" | ", item.GoldNames.Distinct())}\t{context.ReplaceLineEndings(" ")}");
                }

                foreach (var key in byKind ? [data, $"{data} {item.Kind}"] : new[] { data })
                {
                    var row = counts.TryGetValue(key, out var r) ? r : counts[key] = new int[3];
                    row[0]++;
                    row[1] += outcome == Outcome.Unresolved ? 0 : 1;
                    row[2] += outcome == Outcome.Correct ? 1 : 0;
                }
            }
        }

        return [.. counts.Select(kv => new CorefScore(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2]))];
    }

    internal enum Outcome
    {
        Unresolved,
        Wrong,
        Correct,
    }

    /// <summary>Whether <paramref name="entity"/>, resolved from <paramref name="mention"/>, is one of the gold names.</summary>
    internal static Outcome Judge(string mention, Entity? entity, IReadOnlyList<string> goldNames)
    {
        if (entity is null || NormalizeName(entity.Name) == NormalizeName(mention))
        {
            return Outcome.Unresolved;
        }

        return goldNames.Any(g => NamesMatch(entity.Name, g)) ? Outcome.Correct : Outcome.Wrong;
    }

    /// <summary>Equal, or one holds the other as whole words, ignoring case and spacing.</summary>
    internal static bool NamesMatch(string a, string b)
    {
        a = NormalizeName(a);
        b = NormalizeName(b);
        return a.Length > 0 && b.Length > 0 && (a == b || $" {a} ".Contains($" {b} ", StringComparison.Ordinal) || $" {b} ".Contains($" {a} ", StringComparison.Ordinal));
    }

    private static string NormalizeName(string name)
        => string.Join(' ', name.ToLowerInvariant().Split((char[])[' ', '\t', '\n', '\r', '\u00a0'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The rows of a GAP file (tab-separated: ID, Text, Pronoun, Pronoun-offset, A, A-offset, A-coref, B,
    /// B-offset, B-coref, URL) whose pronoun refers to A or to B; rows where it refers to neither are left out. The kind
    /// is the pronoun's gender, "M" or "F".</summary>
    public static IEnumerable<CorefCase> ReadGap(string path, int limit = int.MaxValue)
    {
        var taken = 0;
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 10 || taken >= limit)
            {
                continue;
            }

            var gold = bool.Parse(f[6]) ? f[4] : bool.Parse(f[9]) ? f[7] : null;
            if (gold is null)
            {
                continue;
            }

            var text = f[1];
            var start = Utf16Offset(text, int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture));
            var pronoun = f[2];
            var gender = pronoun.ToLowerInvariant() is "she" or "her" or "hers" or "herself" ? "F" : "M";
            taken++;
            yield return new CorefCase(f[0], text, [new CorefItem(new TextSpan(start, pronoun.Length), gender, [gold])]);
        }
    }

    /// <summary>GAP offsets count code points; the text is almost all ASCII, but not quite.</summary>
    private static int Utf16Offset(string text, int codePoints)
    {
        var i = 0;
        for (var n = 0; n < codePoints && i < text.Length; n++)
        {
            i += char.IsSurrogatePair(text, i) ? 2 : 1;
        }

        return i;
    }

    /// <summary>The GUM documents named in <paramref name="split"/> ("dev", "test") of splits.md, restricted to
    /// <paramref name="genres"/> when given, each as its text rebuilt from dep/NAME.conllu (sentences joined by a space,
    /// paragraphs by a blank line) with the mentions of coref/NAME.conll to resolve: third-person personal pronouns
    /// (kind "pronoun", or "they" for the plural forms) and one-word proper-name mentions that are the last word of a
    /// full name (kind "surname"), wherever the gold chain holds a person's full name (two or more singular proper nouns starting one of its mentions).</summary>
    public static IEnumerable<CorefCase> ReadGum(string gumFolder, string split, IReadOnlyCollection<string>? genres = null, int limit = int.MaxValue)
    {
        var names = SplitDocuments(Path.Combine(gumFolder, "splits.md"), split);
        foreach (var name in names.Take(limit))
        {
            var conllu = Path.Combine(gumFolder, "dep", name + ".conllu");
            var conll = Path.Combine(gumFolder, "coref", name + ".conll");
            if (!File.Exists(conllu) || !File.Exists(conll))
            {
                continue;
            }

            var words = ReadConlluWords(conllu, out var genre, out var text);
            if (genres is not null && !genres.Contains(genre))
            {
                continue;
            }

            yield return new CorefCase(name, text, GumItems(words, ReadConllMentions(conll, words.Count)));
        }
    }

    private sealed record GumWord(string Form, string Upos, string Xpos, TextSpan Span);

    private sealed record GumMention(string Type, int Chain, int First, int End);

    private static List<string> SplitDocuments(string splitsPath, string split)
    {
        var names = new List<string>();
        var inSplit = false;
        foreach (var line in File.ReadLines(splitsPath))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                inSplit = line[3..].Trim() == split;
            }
            else if (inSplit && line.Trim() is ['*', ' ', .. var doc])
            {
                names.Add(doc.Trim());
            }
        }

        return names;
    }

    /// <summary>The words of a CoNLL-U file (multiword-token ranges written without inner spaces) with their offsets in
    /// the text rebuilt from them.</summary>
    private static List<GumWord> ReadConlluWords(string path, out string genre, out string text)
    {
        var words = new List<GumWord>();
        var sb = new StringBuilder();
        genre = "";
        var (rangeStart, rangeEnd) = (0, -1);
        var pendingSpace = false;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("# meta::genre = ", StringComparison.Ordinal))
            {
                genre = line["# meta::genre = ".Length..].Trim();
            }
            else if (line.StartsWith("# newpar", StringComparison.Ordinal) && !line.StartsWith("# newpar_", StringComparison.Ordinal) && sb.Length > 0)
            {
                sb.Append("\n\n");
                pendingSpace = false;
            }
            else if (line.Length == 0)
            {
                (rangeStart, rangeEnd) = (0, -1); // the end of a sentence
            }
            else if (line[0] != '#')
            {
                var f = line.Split('\t');
                if (f.Length < 10 || f[0].Contains('.', StringComparison.Ordinal))
                {
                    continue;
                }

                var dash = f[0].IndexOf('-', StringComparison.Ordinal);
                if (dash > 0)
                {
                    rangeStart = int.Parse(f[0][..dash], System.Globalization.CultureInfo.InvariantCulture);
                    rangeEnd = int.Parse(f[0][(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture);
                    continue;
                }

                var id = int.Parse(f[0], System.Globalization.CultureInfo.InvariantCulture);
                if (id == 1)
                {
                    pendingSpace = sb.Length > 0 && sb[^1] != '\n'; // a new sentence in the same paragraph
                }

                if (pendingSpace)
                {
                    sb.Append(' ');
                }

                words.Add(new GumWord(f[1], f[3], f[4], new TextSpan(sb.Length, f[1].Length)));
                sb.Append(f[1]);
                var insideRange = id >= rangeStart && id < rangeEnd;
                pendingSpace = !insideRange && !f[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
            }
        }

        text = sb.ToString();
        return words;
    }

    /// <summary>The mentions of a GUM coref file: one word a line (index, form, brackets such as "(person-1",
    /// "person-1)", "(person-2-Identity)").</summary>
    private static List<GumMention> ReadConllMentions(string path, int wordCount)
    {
        var mentions = new List<GumMention>();
        var open = new Dictionary<string, Stack<int>>(StringComparer.Ordinal);
        var index = -1;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            index++;
            if (f.Length < 3 || f[2] == "_" || index >= wordCount)
            {
                continue;
            }

            var s = f[2];
            var i = 0;
            while (i < s.Length)
            {
                if (s[i] == '(')
                {
                    var j = s.IndexOfAny(['(', ')'], i + 1);
                    j = j < 0 ? s.Length : j;
                    var key = Key(s[(i + 1)..j]);
                    if (j < s.Length && s[j] == ')')
                    {
                        Add(key, index, index + 1);
                        i = j + 1;
                    }
                    else
                    {
                        (open.TryGetValue(key, out var stack) ? stack : open[key] = new Stack<int>()).Push(index);
                        i = j;
                    }
                }
                else
                {
                    var j = s.IndexOf(')', i);
                    j = j < 0 ? s.Length : j;
                    var key = Key(s[i..j]);
                    if (open.TryGetValue(key, out var stack) && stack.Count > 0)
                    {
                        Add(key, stack.Pop(), index + 1);
                    }

                    i = j + 1;
                }
            }
        }

        return mentions;

        // "person-12-Cres_Eastman" is entity 12 of type person
        static string Key(string label)
        {
            var parts = label.Split('-');
            return parts.Length >= 2 ? $"{parts[0]}-{parts[1]}" : label;
        }

        void Add(string key, int first, int end)
        {
            var dash = key.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && int.TryParse(key[(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var chain))
            {
                mentions.Add(new GumMention(key[..dash], chain, first, end));
            }
        }
    }

    private static List<CorefItem> GumItems(List<GumWord> words, List<GumMention> mentions)
    {
        // a person's full names: two or more singular proper nouns that start a mention of the chain (after "the"), such as
        // "Joshua Abraham Norton" in "Joshua Abraham Norton (February 4, 1818 – January 8, 1880)"; not "Senate Republicans"
        var fullNames = new Dictionary<int, List<string>>();
        foreach (var m in mentions.Where(m => m.Type == "person"))
        {
            var first = m.First < m.End - 1 && words[m.First].Upos == "DET" ? m.First + 1 : m.First;
            var end = first;
            while (end < m.End && words[end].Xpos == "NNP")
            {
                end++;
            }

            if (end - first >= 2)
            {
                var name = string.Join(' ', Enumerable.Range(first, end - first).Select(w => words[w].Form));
                (fullNames.TryGetValue(m.Chain, out var list) ? list : fullNames[m.Chain] = []).Add(name);
            }
        }

        var items = new List<CorefItem>();
        foreach (var m in mentions.Where(m => m.Type == "person" && fullNames.ContainsKey(m.Chain)).OrderBy(m => m.First))
        {
            var end = m.End;
            while (end > m.First + 1 && words[end - 1].Xpos == "POS")
            {
                end--;
            }

            if (end - m.First != 1)
            {
                continue;
            }

            var word = words[m.First];
            var gold = fullNames[m.Chain];
            var kind = s_personalPronouns.Contains(word.Form) ? (s_pluralPronouns.Contains(word.Form) ? "they" : "pronoun")
                : word.Upos == "PROPN" && gold.Any(g => g.EndsWith(" " + word.Form, StringComparison.Ordinal)) ? "surname"
                : null;
            if (kind is not null)
            {
                items.Add(new CorefItem(word.Span, kind, gold));
            }
        }

        return items;
    }
}
