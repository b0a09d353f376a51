using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using WhoSaid.Tagging;
using WhoSaid.Text;
using WhoSaid.Tokens;

namespace WhoSaid.Benchmarks;

/// <summary>The part-of-speech tagger alone (both passes) over every document of the input, already tokenized and
/// split into sentences; the tokens/s column counts the tokenizer's tokens of the input.</summary>
[MemoryDiagnoser]
[Config(typeof(TokensPerSecondConfig))]
public class PosTaggerBenchmark : StageBenchmark
{
    protected override Type StageType => typeof(PosTagger);

    [Benchmark]
    public Document TagPartsOfSpeech() => RunStage();
}

/// <summary>Adds the tokens/s column to a benchmark class.</summary>
public sealed class TokensPerSecondConfig : ManualConfig
{
    public TokensPerSecondConfig() => AddColumn(new TokensPerSecondColumn());
}

/// <summary>Tokens/s: tokens of the benchmark's input (as the tokenizer splits it) divided by the median time of one
/// operation, which processes every article of the input once.</summary>
public sealed class TokensPerSecondColumn : IColumn
{
    private static readonly ConcurrentDictionary<string, long> s_tokens = new();

    public string Id => nameof(TokensPerSecondColumn);

    public string ColumnName => "tokens/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Throughput: tokens of input per second of median time";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var medianNs = summary[benchmarkCase]?.ResultStatistics?.Median;
        if (medianNs is not > 0 || benchmarkCase.Parameters["Input"] is not string input)
        {
            return "-";
        }

        var tokens = s_tokens.GetOrAdd(input, static n => BenchmarkInput.Load(n).Texts.Sum(t => (long)Tokenizer.Tokenize(t).Length));
        return (tokens / (medianNs.Value / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
