using System.Text;

namespace WhoSaid.Cli;

/// <summary>One article to read: a file, or standard input.</summary>
internal sealed record ArticleSource(string Id, string? Path);

/// <summary>A problem with one input, reported as a single line.</summary>
internal sealed class InputException(string message) : Exception(message);

/// <summary>Finds the articles named on the command line and reads them strictly: UTF-8 only, no binary files, no
/// files over the size limit (checked before reading).</summary>
internal static class ArticleInput
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The articles under each path: a file, every .txt in a folder (recursively), or "-" for standard input.</summary>
    public static List<ArticleSource> Resolve(IEnumerable<string> paths, string extension = ".txt")
    {
        var result = new List<ArticleSource>();
        foreach (var path in paths)
        {
            if (path == "-")
            {
                result.Add(new ArticleSource("stdin", null));
            }
            else if (File.Exists(path))
            {
                result.Add(new ArticleSource(System.IO.Path.GetFileNameWithoutExtension(path), path));
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*" + extension, new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive })
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0)
                {
                    throw new InputException($"no {extension} articles in folder '{path}'");
                }

                result.AddRange(files.Select(f => new ArticleSource(System.IO.Path.GetFileNameWithoutExtension(f), f)));
            }
            else
            {
                throw new InputException($"no such file or folder: '{path}'");
            }
        }

        return result;
    }

    /// <summary>Reads an article's text as it is (a UTF-8 byte-order mark is dropped), or throws
    /// <see cref="InputException"/> with a one-line reason.</summary>
    public static string Read(ArticleSource source, long maxBytes)
    {
        byte[] bytes;
        if (source.Path is null)
        {
            using var stdin = Console.OpenStandardInput();
            bytes = ReadLimited(stdin, maxBytes, "standard input");
        }
        else
        {
            try
            {
                var length = new FileInfo(source.Path).Length;
                if (length > maxBytes)
                {
                    throw new InputException($"{source.Path}: {length / 1e6:0.0} MB is over the article size limit of {maxBytes / 1e6:0.#} MB (--max-size)");
                }

                using var stream = File.OpenRead(source.Path);
                bytes = ReadLimited(stream, maxBytes, source.Path);
            }
            catch (IOException e)
            {
                throw new InputException($"{source.Path}: cannot read: {e.Message}");
            }
            catch (UnauthorizedAccessException)
            {
                throw new InputException($"{source.Path}: permission denied");
            }
        }

        var name = source.Path ?? "standard input";
        return Decode(bytes, name);
    }

    internal static string Decode(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (LooksBinary(bytes))
        {
            throw new InputException($"{name}: binary content, not a text article");
        }

        string text;
        try
        {
            text = s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? $" at byte {e.Index}" : "";
            throw new InputException($"{name}: not valid UTF-8{at}");
        }

        // an empty file is bad input, not an article with nothing in it
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException($"{name}: empty, no article text");
        }

        return text;
    }

    private static byte[] ReadLimited(Stream stream, long maxBytes, string name)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > maxBytes)
            {
                throw new InputException($"{name}: over the article size limit of {maxBytes / 1e6:0.#} MB (--max-size)");
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }

    /// <summary>NUL bytes, or many control characters in the first 8 KB, mean binary.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        if (head.IndexOf((byte)0) >= 0)
        {
            return true;
        }

        var control = 0;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                control++;
            }
        }

        return head.Length > 0 && control * 20 > head.Length;
    }
}
