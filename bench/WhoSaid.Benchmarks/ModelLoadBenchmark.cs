using BenchmarkDotNet.Attributes;
using WhoSaid.Attribution;
using WhoSaid.Tagging;

namespace WhoSaid.Benchmarks;

/// <summary>Loading each embedded model file from the assembly, as the library does once at start-up.</summary>
[MemoryDiagnoser]
public class ModelLoadBenchmark
{
    [Params(PosTagger.ModelName, PosTagger.SecondModelName, "ner.wspm", CueModel.ModelName)]
    public string Model { get; set; } = PosTagger.ModelName;

    [Benchmark]
    public PerceptronModel Load()
    {
        using var stream = Models.EmbeddedModel.Open(Model) ?? throw new InvalidOperationException($"{Model} is not embedded");
        return PerceptronModel.Load(stream);
    }
}
