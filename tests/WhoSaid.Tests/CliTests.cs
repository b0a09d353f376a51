using System.Text;
using System.Text.Json;
using WhoSaid.Tests.Support;
using Xunit;

namespace WhoSaid.Tests;

/// <summary><c>whosaid extract</c> on good and bad input, run as a separate process: one-line errors, no stack traces,
/// exit 0 (all read), 1 (an article could not be read) or 2 (bad command line or paths).</summary>
public sealed class CliTests : IDisposable
{
    private const string Article = "“The ferry will run again by March,” said Mayor Delia Fenwick.\n";
    private const string SecondArticle = "Councillor Petra Lindqvist said that the new flood plan would put three villages under water.\n";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("whosaid-cli-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Write(string name, string text) => Write(name, new UTF8Encoding(false).GetBytes(text));

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static void AssertOneLineError(CliProcess.Result result, int exitCode, string mentions)
    {
        Assert.True(exitCode == result.ExitCode, result.ToString());
        var line = Assert.Single(result.StderrLines);
        Assert.StartsWith("whosaid: ", line);
        Assert.Contains(mentions, line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.DoesNotContain("Exception", result.Stderr);
    }

    [Theory]
    [InlineData("empty.txt", "")]
    [InlineData("blank.txt", " \n\n\t \n")]
    public void Empty_or_blank_file_is_a_one_line_error(string name, string text)
    {
        var path = Write(name, text);

        var result = CliProcess.Run(null, "extract", path);

        AssertOneLineError(result, 1, "empty");
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void Binary_file_is_a_one_line_error_without_stack_trace()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0];
        var path = Write("picture.txt", png);

        var result = CliProcess.Run(null, "extract", path);

        AssertOneLineError(result, 1, "binary");
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void Invalid_utf8_is_a_one_line_error()
    {
        var bytes = new UTF8Encoding(false).GetBytes("The caf\u00e9 owner said the rent had doubled.").ToList();
        bytes.InsertRange(8, [0xC3, 0x28, 0xFF]); // a broken two-byte sequence and a byte UTF-8 never uses
        var path = Write("latin.txt", [.. bytes]);

        var result = CliProcess.Run(null, "extract", path);

        AssertOneLineError(result, 1, "UTF-8");
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void Hundred_megabyte_file_is_refused_by_size_before_reading()
    {
        var path = Path.Combine(_dir.FullName, "huge.txt");
        using (var file = new FileStream(path, FileMode.CreateNew))
        {
            file.SetLength(100_000_000); // sparse where the file system allows: nothing to read
        }

        var result = CliProcess.Run(null, "extract", path);

        AssertOneLineError(result, 1, "size limit");
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(20), $"took {result.Elapsed.TotalSeconds:0.0} s");
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void Folder_without_txt_articles_is_a_usage_error()
    {
        Write("notes.md", "# not an article");
        Write("data.json", "{}");

        var result = CliProcess.Run(null, "extract", _dir.FullName);

        AssertOneLineError(result, 2, "no .txt articles");
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void Missing_path_is_a_usage_error()
    {
        var missing = Path.Combine(_dir.FullName, "nowhere", "article.txt");

        var result = CliProcess.Run(null, "extract", missing);

        AssertOneLineError(result, 2, "no such file or folder");
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void Dash_reads_the_article_from_standard_input()
    {
        var result = CliProcess.Run(Article, "extract", "-");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        Assert.Equal("stdin", json.RootElement.GetProperty("id").GetString());
        var quote = Assert.Single(json.RootElement.GetProperty("quotes").EnumerateArray());
        Assert.Equal("Delia Fenwick", quote.GetProperty("speaker").GetProperty("name").GetString());
        Assert.Equal("The ferry will run again by March", quote.GetProperty("content")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Folder_with_two_articles_gives_two_lines_named_after_the_files()
    {
        Write("ferry.txt", Article);
        Write(Path.Combine("more", "flood.txt"), SecondArticle);

        var result = CliProcess.Run(null, "extract", _dir.FullName, "--format", "jsonl");

        Assert.True(result.ExitCode == 0, result.ToString());
        var ids = result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString() ?? "").ToArray();
        Assert.Equal(2, ids.Length);
        Assert.Equal(["ferry", "flood"], ids.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Unreadable_article_in_a_folder_does_not_stop_the_others()
    {
        Write("ferry.txt", Article);
        Write("broken.txt", [0x41, 0x00, 0x42, 0x00]);

        var result = CliProcess.Run(null, "extract", _dir.FullName);

        Assert.True(result.ExitCode == 1, result.ToString());
        var line = Assert.Single(result.StdoutLines);
        Assert.Equal("ferry", JsonDocument.Parse(line).RootElement.GetProperty("id").GetString());
        Assert.Contains(result.StderrLines, l => l.Contains("broken.txt", StringComparison.Ordinal) && l.Contains("binary", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    public void Format_json_is_one_valid_json_array()
    {
        Write("ferry.txt", Article);
        Write("flood.txt", SecondArticle);

        var result = CliProcess.Run(null, "extract", _dir.FullName, "--format", "json", "--with-text");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.Equal(2, json.RootElement.GetArrayLength());
        var ferry = json.RootElement.EnumerateArray().Single(a => a.GetProperty("id").GetString() == "ferry");
        Assert.Equal(Article, ferry.GetProperty("text").GetString());
        Assert.Equal("Delia Fenwick", ferry.GetProperty("quotes")[0].GetProperty("speaker").GetProperty("name").GetString());
    }

    [Fact]
    public void Format_table_shows_speaker_title_and_quote()
    {
        var path = Write("ferry.txt", Article);

        var result = CliProcess.Run(null, "extract", path, "--format", "table");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("ferry", result.Stdout);
        Assert.Contains("1 quotes", result.Stdout);
        Assert.Contains("Delia Fenwick", result.Stdout);
        Assert.Contains("Mayor", result.Stdout);
        Assert.Contains("direct", result.Stdout);
        Assert.Empty(result.Stderr);
    }

    [Fact]
    public void Output_option_writes_the_file_instead_of_standard_output()
    {
        var path = Write("ferry.txt", Article);
        var output = Path.Combine(_dir.FullName, "out.jsonl");

        var result = CliProcess.Run(null, "extract", path, "--output", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Stdout);
        var line = Assert.Single(File.ReadAllLines(output));
        Assert.Equal("ferry", JsonDocument.Parse(line).RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public void Unknown_format_is_rejected_without_stack_trace()
    {
        var path = Write("ferry.txt", Article);

        var result = CliProcess.Run(null, "extract", path, "--format", "xml");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("whosaid: Argument 'xml' not recognized", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain('{', result.Stdout);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    public void Missing_path_argument_is_a_usage_error()
    {
        var result = CliProcess.Run(null, "extract");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    public void Terminated_run_keeps_every_article_already_written_whole()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir.FullName, "many"));
        var body = string.Concat(Enumerable.Repeat(Article + "\n\n", 40));
        for (var i = 0; i < 1500; i++)
        {
            File.WriteAllText(Path.Combine(folder.FullName, $"a{i:D4}.txt"), body);
        }

        var output = Path.Combine(_dir.FullName, "out.jsonl");
        using var process = CliProcess.Start("extract", folder.FullName, "--format", "jsonl", "--output", output);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!process.HasExited && (!File.Exists(output) || new FileInfo(output).Length == 0) && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            Thread.Sleep(20);
        }

        if (!process.HasExited)
        {
            using var kill = System.Diagnostics.Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
        }

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "whosaid did not stop after SIGTERM");
        var stderr = process.StandardError.ReadToEnd();
        var lines = File.ReadAllLines(output);

        // on a machine fast enough to finish first, the run ends normally; either way no line is cut
        Assert.True(process.ExitCode is 130 or 0, $"exit {process.ExitCode}: {stderr}");
        Assert.All(lines, line => System.Text.Json.JsonDocument.Parse(line).Dispose());
        if (process.ExitCode == 130)
        {
            Assert.True(lines.Length < 1500);
            Assert.Contains("interrupted", stderr, StringComparison.Ordinal);
        }
    }
}
