using Spectre.Console;
using WhoSaid.Text;

namespace WhoSaid.Cli;

/// <summary>A readable table for a terminal: speaker, role, kind, quote.</summary>
internal static class TableRenderer
{
    public static void Render(IAnsiConsole console, Document document)
    {
        var table = new Table().Border(TableBorder.Rounded).Expand()
            .Title($"[bold]{Markup.Escape(document.Id)}[/]  [grey]{document.Quotes.Length} quotes[/]");
        table.AddColumn(new TableColumn("Speaker").Width(22));
        table.AddColumn(new TableColumn("Role").Width(22));
        table.AddColumn(new TableColumn("Kind").Width(8));
        table.AddColumn(new TableColumn("Quote"));
        foreach (var q in document.Quotes)
        {
            var entity = document.SpeakerOf(q);
            var speaker = entity?.Name ?? (q.SpeakerMention is { } m ? document.Substring(m) : "?");
            var via = q.Sources.IsEmpty ? "" : $"\n[grey]via {Markup.Escape(string.Join(", ", q.Sources.Select(s => s.Name)))}[/]";
            var content = string.Join(" … ", q.Content.Select(c => document.Substring(c)));
            content = string.Join(' ', content.Split((char[])[' ', '\n', '\r', '\t', '\u00a0'], StringSplitOptions.RemoveEmptyEntries));
            if (content.Length > 400)
            {
                content = content[..400] + "…";
            }

            table.AddRow(
                new Markup($"[bold]{Markup.Escape(speaker)}[/]{via}"),
                new Markup(Markup.Escape(entity?.Title ?? "")),
                new Markup($"[grey]{Output.RecordWriter.KindName(q.Kind)}[/]"),
                new Markup(Markup.Escape(content)));
        }

        console.Write(table);
    }
}
