using WhoSaid.Lexicons;
using WhoSaid.Tagging;
using WhoSaid.Tokens;

namespace WhoSaid.Training;

/// <summary>One training sentence: its words joined by single spaces, the tokens over that text, and the gold class
/// of each token (an index into <see cref="NerFeatures.Classes"/>).</summary>
internal sealed record NerSentence(string Text, Token[] Tokens, int[] Labels)
{
    public static NerSentence From(List<string> words, List<string> tags)
    {
        var tokens = new Token[words.Count];
        var labels = new int[words.Count];
        var position = 0;
        var previous = 0;
        for (var i = 0; i < words.Count; i++)
        {
            tokens[i] = new Token(position, words[i].Length, TokenKind.Word, TokenFlags.None);
            position += words[i].Length + 1;
            var c = NerFeatures.Classes.IndexOf(tags[i]);
            if (c < 0)
            {
                c = 0;
            }

            // repair IOB2 after mapping: an I-X that does not continue an X starts one
            if (!NerFeatures.Allowed(previous, c))
            {
                c--;
            }

            labels[i] = c;
            previous = c;
        }

        return new NerSentence(string.Join(' ', words), tokens, labels);
    }
}

/// <summary>Readers for the entity corpora, each mapped to PER/ORG/LOC in IOB2.
/// Label mapping:
/// UNER English-EWT (IOB2): PER, ORG, LOC kept; OTH is learned as MISC, which the recogniser writes as O; the stray
/// "B-O"/"I-O" tags become O.
/// wikigold (CoNLL-2003 style, IOB1): PER, ORG, LOC, MISC kept (converted to IOB2); MISC is written as O.
/// GUM (entity brackets in the MISC column of dep/*.conllu, train split, commercially usable genres only): named
/// mentions (proper nouns, after a leading determiner or title) of type person -> PER, organization -> ORG,
/// place -> LOC; every other mention and type is O.</summary>
internal static class NerCorpora
{
    /// <summary>UNER: "id TAB word TAB tag [TAB ...]" lines, comments with '#', blank lines between sentences.</summary>
    public static List<NerSentence> ReadUner(string path)
    {
        var result = new List<NerSentence>();
        foreach (var rows in Conllu.WordRows(path, minColumns: 2))
        {
            List<string> words = [.. rows.Select(f => f[1])];
            List<string> tags = [.. rows.Select(f => MapUner(f.Length > 2 ? f[2] : "O"))];
            Flush(result, words, tags);
        }

        return result;
    }

    /// <summary>wikigold: "word SPACE tag" lines in IOB1, "-DOCSTART-" lines, blank lines between sentences.</summary>
    public static List<NerSentence> ReadWikigold(string path)
    {
        var result = new List<NerSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            var space = line.LastIndexOf(' ');
            if (line.Length == 0 || space <= 0)
            {
                Flush(result, words, tags);
                continue;
            }

            var word = line[..space];
            if (word == "-DOCSTART-")
            {
                Flush(result, words, tags);
                continue;
            }

            var tag = line[(space + 1)..];
            var type = tag.Length > 2 ? tag[2..] : "";
            if (type is not ("PER" or "ORG" or "LOC" or "MISC"))
            {
                tag = "O";
            }
            else if (tag[0] == 'I' && (tags.Count == 0 || tags[^1].Length < 2 || tags[^1][2..] != type))
            {
                tag = "B-" + type; // IOB1 -> IOB2
            }

            words.Add(word);
            tags.Add(tag);
        }

        Flush(result, words, tags);
        return result;
    }

    /// <summary>GUM dep/*.conllu: "Entity=(3-person-new-...-Identity" opens a mention, "3)" closes it, "(3-...)" is a
    /// one-token mention.</summary>
    public static List<NerSentence> ReadGum(string path)
    {
        var result = new List<NerSentence>();
        var words = new List<string>();
        var upos = new List<string>();
        var tags = new List<string>();
        var open = new List<(string Id, int Start, string? Type)>();
        var spans = new List<(int Start, int End, string Type)>();
        foreach (var rows in Conllu.WordRows(path, minColumns: 10))
        {
            foreach (var f in rows)
            {
                var index = words.Count;
                words.Add(f[1]);
                upos.Add(f[3]);
                tags.Add("O");
                var entity = f[9].Split('|').FirstOrDefault(x => x.StartsWith("Entity=", StringComparison.Ordinal));
                if (entity is null)
                {
                    continue;
                }

                var s = entity["Entity=".Length..];
                var k = 0;
                while (k < s.Length)
                {
                    if (s[k] == '(')
                    {
                        var end = k + 1;
                        while (end < s.Length && s[end] != '(' && s[end] != ')')
                        {
                            end++;
                        }

                        var fields = s[(k + 1)..end].Split('-');
                        var id = fields[0];
                        var type = fields.Length > 1 ? fields[1] : "";
                        var mapped = type switch { "person" => "PER", "organization" => "ORG", "place" => "LOC", _ => null };
                        if (end < s.Length && s[end] == ')')
                        {
                            if (mapped is not null)
                            {
                                spans.Add((index, index + 1, mapped));
                            }

                            k = end + 1;
                        }
                        else
                        {
                            open.Add((id, index, mapped));
                            k = end;
                        }
                    }
                    else if (char.IsDigit(s[k]))
                    {
                        var end = k;
                        while (end < s.Length && s[end] != ')')
                        {
                            end++;
                        }

                        var id = s[k..end];
                        var o = open.FindLastIndex(x => x.Id == id);
                        if (o >= 0)
                        {
                            if (open[o].Type is { } t && open[o].Start <= index)
                            {
                                spans.Add((open[o].Start, index + 1, t));
                            }

                            open.RemoveAt(o);
                        }

                        k = end + 1;
                    }
                    else
                    {
                        k++;
                    }
                }
            }

            FlushGum(result, words, upos, tags, spans);
        }

        return result;

        // Mentions may cross sentence ends in GUM only rarely; an open mention whose start is in an earlier sentence
        // is simply dropped when the sentence is flushed.
        void FlushGum(List<NerSentence> into, List<string> w, List<string> u, List<string> t, List<(int Start, int End, string Type)> found)
        {
            found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
            var taken = new bool[w.Count];
            foreach (var (start, end, type) in found)
            {
                // a named mention: after a leading determiner (and, for people, titles as UNER leaves them out) and
                // a trailing possessive, proper nouns first and last with at most "of", "and", "the" between
                // ("Bank of America"); "Australian children" and "the organization founded by ..." are not named
                var a = start;
                var b = Math.Min(end, w.Count);
                while (a < b && (u[a] == "DET" || type == "PER" && b - a > 1 && LexiconSet.Default.IsTitle(w[a])))
                {
                    a++;
                }

                while (b > a && u[b - 1] is "PART" or "PUNCT")
                {
                    b--;
                }

                if (a >= b || u[a] != "PROPN" || u[b - 1] != "PROPN"
                    || Enumerable.Range(a, b - a).Any(k => u[k] is not ("PROPN" or "ADP" or "DET" or "CCONJ")))
                {
                    continue;
                }

                if (a >= b || end > w.Count || taken.AsSpan(a, b - a).Contains(true))
                {
                    continue;
                }

                for (var i = a; i < b; i++)
                {
                    t[i] = (i == a ? "B-" : "I-") + type;
                    taken[i] = true;
                }
            }

            found.Clear();
            open.Clear();
            Flush(into, w, t);
            u.Clear();
        }
    }

    private static string MapUner(string tag) =>
        tag.Length > 2 && tag[0] is 'B' or 'I' ? tag[2..] switch { "PER" or "ORG" or "LOC" => tag, "OTH" => tag[..2] + "MISC", _ => "O" } : "O";

    private static void Flush(List<NerSentence> result, List<string> words, List<string> tags)
    {
        if (words.Count > 0)
        {
            result.Add(NerSentence.From(words, tags));
        }

        words.Clear();
        tags.Clear();
    }
}
