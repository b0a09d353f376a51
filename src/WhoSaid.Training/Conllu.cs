using WhoSaid.Tokens;

namespace WhoSaid.Training;

/// <summary>One CoNLL-U sentence: its words joined by single spaces into a text, the words as tokens into that text,
/// and the columns a trainer needs.</summary>
internal sealed record ConlluSentence(string Text, Token[] Tokens, string[] Upos, string[] Xpos);

/// <summary>Reads CoNLL-U files (Universal Dependencies): word lines only; multiword-token lines ("1-2") and empty
/// nodes ("1.1") are skipped.</summary>
internal static class Conllu
{
    public static List<ConlluSentence> Read(string path)
    {
        var sentences = new List<ConlluSentence>();
        foreach (var rows in WordRows(path, minColumns: 5))
        {
            Flush([.. rows.Select(c => (c[1], c[3], c[4]))], sentences);
        }

        return sentences;
    }

    /// <summary>The word lines of each sentence, split into columns: comments, multiword-token lines ("1-2"), empty
    /// nodes ("1.1") and lines with fewer than <paramref name="minColumns"/> columns are left out; a blank line ends a
    /// sentence. Serves every CoNLL-style corpus the trainers read (UD, UNER, GUM).</summary>
    public static IEnumerable<List<string[]>> WordRows(string path, int minColumns)
    {
        var rows = new List<string[]>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                if (rows.Count > 0)
                {
                    yield return rows;
                    rows = [];
                }

                continue;
            }

            if (line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length < minColumns || columns[0].Contains('-', StringComparison.Ordinal) || columns[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            rows.Add(columns);
        }

        if (rows.Count > 0)
        {
            yield return rows;
        }
    }

    private static void Flush(List<(string Form, string Upos, string Xpos)> words, List<ConlluSentence> sentences)
    {
        if (words.Count == 0)
        {
            return;
        }

        var text = string.Join(' ', words.Select(w => w.Form));
        var tokens = new Token[words.Count];
        var start = 0;
        for (var i = 0; i < words.Count; i++)
        {
            tokens[i] = new Token(start, words[i].Form.Length, TokenKind.Word, TokenFlags.None);
            start += words[i].Form.Length + 1;
        }

        sentences.Add(new ConlluSentence(text, tokens, [.. words.Select(w => w.Upos)], [.. words.Select(w => w.Xpos)]));
        words.Clear();
    }
}
