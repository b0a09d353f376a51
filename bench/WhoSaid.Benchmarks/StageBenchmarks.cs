using BenchmarkDotNet.Attributes;
using WhoSaid.Attribution;
using WhoSaid.Coreference;
using WhoSaid.Pipeline;
using WhoSaid.Sentences;
using WhoSaid.Text;
using WhoSaid.Tokens;

namespace WhoSaid.Benchmarks;

/// <summary>Times one stage of the default pipeline alone (or a run of stages, from <see cref="StageType"/> to
/// <see cref="LastStageType"/>): the setup runs the stages before it, and one operation runs the stage over every
/// document of the input.</summary>
public abstract class StageBenchmark
{
    private IPipelineComponent[] _stages = [];
    private Document[] _documents = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInput.Invented;

    public static IEnumerable<string> Inputs => BenchmarkInput.Available();

    protected abstract Type StageType { get; }

    protected virtual Type LastStageType => StageType;

    [GlobalSetup]
    public void Setup()
    {
                var components = WhoSaidPipeline.Default.Components;
        var index = components.IndexOf(components.Single(c => c.GetType() == StageType));
        var last = components.IndexOf(components.Single(c => c.GetType() == LastStageType));
        _stages = [.. components.Skip(index).Take(last - index + 1)];
        _documents = [.. BenchmarkInput.Load(Input).Texts.Select((text, i) =>
        {
            var document = new Document(i.ToString(System.Globalization.CultureInfo.InvariantCulture), text);
            for (var k = 0; k < index; k++)
            {
                document = components[k].Process(document, CancellationToken.None);
            }

            return document;
        })];
    }

    protected Document RunStage()
    {
        var last = _documents[0];
        foreach (var document in _documents)
        {
            last = document;
            foreach (var stage in _stages)
            {
                last = stage.Process(last, CancellationToken.None);
            }
        }

        return last;
    }
}

[MemoryDiagnoser]
public class TokenizerBenchmark : StageBenchmark
{
    protected override Type StageType => typeof(Tokenizer);

    [Benchmark]
    public Document Tokenize() => RunStage();
}

[MemoryDiagnoser]
public class SentenceSplitterBenchmark : StageBenchmark
{
    protected override Type StageType => typeof(SentenceSplitter);

    [Benchmark]
    public Document SplitSentences() => RunStage();
}

[MemoryDiagnoser]
public class QuotationMarkFinderBenchmark : StageBenchmark
{
    protected override Type StageType => typeof(QuotationMarkFinder);

    [Benchmark]
    public Document FindQuotationMarks() => RunStage();
}

[MemoryDiagnoser]
public class DebrisDetectorBenchmark : StageBenchmark
{
    protected override Type StageType => typeof(DebrisDetector);

    [Benchmark]
    public Document DetectDebris() => RunStage();
}

[MemoryDiagnoser]
public class AttributionFinderBenchmark : StageBenchmark
{
    protected override Type StageType => typeof(AttributionFinder);

    [Benchmark]
    public Document FindAttributions() => RunStage();
}

[MemoryDiagnoser]
public class SpeakerResolverBenchmark : StageBenchmark
{
    protected override Type StageType => typeof(SpeakerResolver);

    [Benchmark]
    public Document ResolveSpeakers() => RunStage();
}

/// <summary>The whole default pipeline from text, as a caller sees it (document creation and the per-article timeout
/// included).</summary>
[MemoryDiagnoser]
public class PipelineBenchmark
{
    private readonly WhoSaidPipeline _pipeline = WhoSaidPipeline.Default;
    private IReadOnlyList<string> _texts = [];

    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = BenchmarkInput.Invented;

    public static IEnumerable<string> Inputs => BenchmarkInput.Available();

    [GlobalSetup]
    public void Setup() => _texts = BenchmarkInput.Load(Input).Texts;

    [Benchmark]
    public Document Pipeline()
    {
        Document? last = null;
        foreach (var text in _texts)
        {
            last = _pipeline.Process("article", text);
        }

        return last!;
    }
}
