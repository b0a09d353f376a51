using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using WhoSaid.Tokens;

namespace WhoSaid.Benchmarks;

/// <summary>A throughput column: an amount of the benchmark's input (bytes, tokens) divided by the median time of one
/// operation, which processes every article of the input once. The median, because on a small shared machine a few
/// iterations slowed by other work move the mean but not the median.</summary>
public abstract class PerSecondColumn(string name, int priority, string legend) : IColumn
{
    public string Id => GetType().Name;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => priority;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var medianNs = summary[benchmarkCase]?.ResultStatistics?.Median;
        if (medianNs is not > 0 || benchmarkCase.Parameters["Input"] is not string input)
        {
            return "-";
        }

        return Format(Amount(input) / (medianNs.Value / 1e9));
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;

    /// <summary>How much of <paramref name="input"/> one operation processes.</summary>
    protected abstract double Amount(string input);

    protected abstract string Format(double perSecond);
}

/// <summary>MB/s: UTF-8 bytes of article text per second, in MB (10^6 bytes).</summary>
public sealed class ThroughputColumn() : PerSecondColumn("MB/s", 0, "Throughput: UTF-8 bytes of input per second of median time, in MB (10^6 bytes)")
{
    protected override double Amount(string input) => BenchmarkInput.Load(input).Utf8Bytes;

    protected override string Format(double perSecond) => (perSecond / 1e6).ToString("0.00", CultureInfo.InvariantCulture);
}

/// <summary>Tokens/s: tokens of the input as the tokenizer splits it, per second.</summary>
public sealed class TokensPerSecondColumn() : PerSecondColumn("tokens/s", 1, "Throughput: tokens of input per second of median time")
{
    private static readonly ConcurrentDictionary<string, long> s_tokens = new();

    protected override double Amount(string input) =>
        s_tokens.GetOrAdd(input, static n => BenchmarkInput.Load(n).Texts.Sum(t => (long)Tokenizer.Tokenize(t).Length));

    protected override string Format(double perSecond) => perSecond.ToString("N0", CultureInfo.InvariantCulture);
}
