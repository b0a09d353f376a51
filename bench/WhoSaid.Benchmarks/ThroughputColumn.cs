using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace WhoSaid.Benchmarks;

/// <summary>MB/s: UTF-8 bytes of article text in the benchmark's input divided by the median time of one operation
/// (one operation processes every article of the input once). MB is 10^6 bytes. The median, because on a small shared
/// machine a few iterations slowed by other work move the mean but not the median.</summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Throughput: UTF-8 bytes of input per second of median time, in MB (10^6 bytes)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var medianNs = summary[benchmarkCase]?.ResultStatistics?.Median;
        if (medianNs is not > 0 || benchmarkCase.Parameters["Input"] is not string input)
        {
            return "-";
        }

        var bytes = BenchmarkInput.Load(input).Utf8Bytes;
        return (bytes / (medianNs.Value / 1e9) / 1e6).ToString("0.00", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
