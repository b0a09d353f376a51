using System.Reflection;

namespace WhoSaid.Models;

/// <summary>Reads the lexicons embedded in this assembly: plain UTF-8, one entry a line, '#' starts a comment line.</summary>
public static class EmbeddedLexicon
{
    /// <summary>The entry lines of the lexicon <paramref name="name"/> (file name without folder, e.g. "countries.txt").</summary>
    public static IEnumerable<string> ReadLines(string name)
    {
        var assembly = typeof(EmbeddedLexicon).Assembly;
        using var stream = assembly.GetManifestResourceStream("WhoSaid.Models.Lexicons." + name)
            ?? throw new InvalidOperationException($"The lexicon '{name}' is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line;
        }
    }
}
