using System.CommandLine;
using System.Globalization;

namespace WhoSaid.Cli;

/// <summary><c>whosaid eval-coref [--shared DIR] [--limit N]</c>: how often a pronoun or a surname resolves to the right
/// full name, on GAP development and test and on the GUM dev and test splits (news genres and all), printed as a
/// Markdown table. See <see cref="CorefEvaluation"/> for what counts as correct.</summary>
internal static class EvalCorefCommand
{
    public static Command Create()
    {
        var shared = new Option<string>("--shared") { Description = "The shared data folder holding data/corpora/gap-coreference and data/corpora/gum", DefaultValueFactory = _ => "../shared" };
        var limit = new Option<int>("--limit") { Description = "Score at most this many GAP rows and GUM documents per set", DefaultValueFactory = _ => int.MaxValue };
        var errors = new Option<string?>("--errors") { Description = "Write each wrong or unresolved mention (set, id, outcome, resolved name, gold names, context) to this tab-separated file" };
        var command = new Command("eval-coref", "Score pronoun and surname resolution against GAP and GUM coreference")
        {
            shared, limit, errors,
        };
        command.SetAction(parse => Run(parse.GetValue(shared) ?? "../shared", parse.GetValue(limit), parse.GetValue(errors)));
        return command;
    }

    internal static int Run(string shared, int limit, string? errorsPath = null)
    {
        if (limit < 1)
        {
            return Program.Fail("--limit must be positive", 2);
        }

        var gap = Path.Combine(shared, "data", "corpora", "gap-coreference");
        var gum = Path.Combine(shared, "data", "corpora", "gum");
        if (!File.Exists(Path.Combine(gap, "gap-test.tsv")) || !File.Exists(Path.Combine(gum, "splits.md")))
        {
            return Program.Fail($"GAP or GUM not found under '{shared}' (data/corpora/gap-coreference, data/corpora/gum)", 2);
        }

        using var errors = errorsPath is null ? null : new StreamWriter(errorsPath);
        var rows = new List<CorefScore>();
        foreach (var set in (string[])["development", "test"])
        {
            rows.AddRange(CorefEvaluation.Score($"GAP {set}", CorefEvaluation.ReadGap(Path.Combine(gap, $"gap-{set}.tsv"), limit), errors: errors));
        }

        foreach (var split in (string[])["dev", "test"])
        {
            rows.AddRange(CorefEvaluation.Score($"GUM {split} news", CorefEvaluation.ReadGum(gum, split, [.. CorefEvaluation.NewsGenres], limit)));
            rows.AddRange(CorefEvaluation.Score($"GUM {split} all", CorefEvaluation.ReadGum(gum, split, null, limit), errors: errors));
        }

        Console.WriteLine("| data | mentions | resolved % | correct % of all | correct % of resolved |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var row in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {row.Data} | {row.Mentions} | {row.ResolvedPercent:0.0} | {row.CorrectPercent:0.0} | {row.CorrectOfResolvedPercent:0.0} |"));
        }

        return 0;
    }
}
