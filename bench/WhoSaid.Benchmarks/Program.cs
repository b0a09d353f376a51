using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using WhoSaid.Benchmarks;

// dotnet run -c Release --project bench/WhoSaid.Benchmarks -- --filter '*' [--job short] [--join]
var config = DefaultConfig.Instance.AddColumn(StatisticColumn.Median, new ThroughputColumn());
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkInput).Assembly).Run(args, config);
