using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using WhoSaid.Tagging;
using WhoSaid.Text;

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

/// <summary>The entity recogniser alone over every document of the input, already tokenized, split and POS-tagged.</summary>
[MemoryDiagnoser]
[Config(typeof(TokensPerSecondConfig))]
public class EntityRecognizerBenchmark : StageBenchmark
{
    protected override Type StageType => typeof(EntityRecognizer);

    [Benchmark]
    public Document RecognizeEntities() => RunStage();
}

/// <summary>Both taggers, as the tagging pipeline runs them: the part-of-speech tagger, then the entity recogniser,
/// over every document of the input, already tokenized and split.</summary>
[MemoryDiagnoser]
[Config(typeof(TokensPerSecondConfig))]
public class TaggingBenchmark : StageBenchmark
{
    protected override Type StageType => typeof(PosTagger);

    protected override Type LastStageType => typeof(EntityRecognizer);

    [Benchmark]
    public Document TagPartsOfSpeechAndEntities() => RunStage();
}
