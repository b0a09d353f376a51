using System.Globalization;
using WhoSaid.Text;

namespace WhoSaid.Training;

/// <summary>Reads a PolNeAR split (brat standoff: text/*.txt and attributions/*.ann), the first annotator's file where
/// there are several, as ../shared/eval/score.py reads it. PolNeAR is for internal use: its text is read at training time
/// and never written anywhere.</summary>
internal static class PolNear
{
    /// <summary>Each article's text and its spans labelled <paramref name="label"/> ("Cue", "Content", "Source"), one
    /// list of pieces per annotation, as UTF-16 spans of the text (brat counts code points).</summary>
    public static IEnumerable<(string Text, List<List<TextSpan>> Spans)> Read(string split, string label)
    {
        var anns = Directory.GetFiles(Path.Combine(split, "attributions"), "*.ann").Order(StringComparer.Ordinal).ToList();
        foreach (var txt in Directory.GetFiles(Path.Combine(split, "text"), "*.txt").Order(StringComparer.Ordinal))
        {
            // "<article>_<annotator>.ann"
            var stem = Path.GetFileNameWithoutExtension(txt);
            var ann = anns.FirstOrDefault(a => Path.GetFileName(a).StartsWith(stem + "_", StringComparison.Ordinal));
            if (ann is null)
            {
                continue;
            }

            var text = File.ReadAllText(txt);
            var utf16 = Utf16Positions(text);
            var spans = new List<List<TextSpan>>();
            foreach (var line in File.ReadLines(ann))
            {
                var parts = line.Split('\t');
                if (parts.Length < 2 || !parts[0].StartsWith('T') || !parts[1].StartsWith(label + " ", StringComparison.Ordinal))
                {
                    continue;
                }

                var pieces = new List<TextSpan>();
                foreach (var range in parts[1][(label.Length + 1)..].Split(';'))
                {
                    var bounds = range.Split(' ');
                    var start = utf16[int.Parse(bounds[0], CultureInfo.InvariantCulture)];
                    var end = utf16[int.Parse(bounds[1], CultureInfo.InvariantCulture)];
                    pieces.Add(TextSpan.FromBounds(start, end));
                }

                spans.Add(pieces);
            }

            yield return (text, spans);
        }
    }

    // brat offsets count code points; the text's indexes count UTF-16 units
    private static int[] Utf16Positions(string text)
    {
        var positions = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            positions.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        positions.Add(text.Length);
        return [.. positions];
    }
}
