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
        var words = new List<(string Form, string Upos, string Xpos)>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                Flush(words, sentences);
                continue;
            }

            if (line[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length < 5 || columns[0].Contains('-', StringComparison.Ordinal) || columns[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            words.Add((columns[1], columns[3], columns[4]));
        }

        Flush(words, sentences);
        return sentences;
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
