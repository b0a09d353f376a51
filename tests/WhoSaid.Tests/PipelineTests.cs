using WhoSaid.Output;
using WhoSaid.Pipeline;
using WhoSaid.Sentences;
using WhoSaid.Tests.Support;
using WhoSaid.Tokens;
using Xunit;

namespace WhoSaid.Tests;

/// <summary>The pipeline's contract: requirements checked when it is built, limits, one shared pipeline for all threads.</summary>
public class PipelineTests
{
    [Fact]
    public void Component_before_what_it_requires_fails_at_build_naming_what_is_missing()
    {
        var builder = new PipelineBuilder().Use(new SentenceSplitter()).Use(new Tokenizer());

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains("sentences", error.Message);
        Assert.Contains("Tokens", error.Message);
    }

    [Fact]
    public void Tagging_pipeline_declares_every_annotation()
    {
        var doc = WhoSaidPipeline.Default.Process("test", "“Yes,” said Mayor Delia Fenwick.");

        foreach (var annotation in Enum.GetValues<Annotations>().Where(a => a != Annotations.None))
        {
            Assert.True(doc.Has.HasFlag(annotation), $"the tagging pipeline does not provide {annotation}");
        }
    }

    [Fact]
    public void Default_pipeline_declares_every_annotation()
    {
        var doc = Newsroom.Annotate("“Yes,” said Mayor Delia Fenwick.");

        foreach (var annotation in Enum.GetValues<Annotations>().Where(a => a != Annotations.None))
        {
            Assert.True(doc.Has.HasFlag(annotation), $"the default pipeline does not provide {annotation}");
        }
    }

    [Fact]
    public void Fast_pipeline_declares_every_annotation_but_the_tags()
    {
        var doc = WhoSaidPipeline.Fast.Process("test", "“Yes,” said Mayor Delia Fenwick.");

        foreach (var annotation in Enum.GetValues<Annotations>().Where(a => a != Annotations.None))
        {
            var tags = annotation is Annotations.PartsOfSpeech or Annotations.NamedEntities;
            Assert.True(doc.Has.HasFlag(annotation) != tags, $"the fast pipeline {(tags ? "provides" : "does not provide")} {annotation}");
        }

        Assert.Empty(doc.Tags);
        Assert.Equal("Delia Fenwick", doc.SpeakerOf(doc.Quotes.Single())?.Name);
    }

    [Fact]
    public void Article_over_the_length_limit_is_refused()
    {
        var pipeline = new PipelineBuilder().UseDefaults().WithOptions(new PipelineOptions { MaxTextLength = 100 }).Build();

        var error = Assert.Throws<ArticleTooLargeException>(() => pipeline.Process("long", new string('a', 101)));

        Assert.Equal(101, error.ArticleLength);
        Assert.Equal(100, error.Limit);
        Assert.Empty(pipeline.Process("fits", new string('a', 100)).Quotes);
    }

    [Fact]
    public void Cancelled_run_throws_operation_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => WhoSaidPipeline.Default.Process("cancelled", "“Yes,” she said.", cancel.Token));
    }

    [Fact]
    public void Shared_pipeline_gives_the_same_result_on_many_threads()
    {
        var texts = Enumerable.Range(0, 40).Select(InvariantTests.RandomText)
            .Append("“The bridge will reopen in spring,” said Mayor Delia Fenwick.\n\n“Nobody will pay a toll,” she continued.")
            .ToList();
        var sequential = texts.Select(t => RecordWriter.ToJsonLine(RecordWriter.ToRecord(WhoSaidPipeline.Default.Process("t", t)))).ToList();

        var parallel = texts.AsParallel().AsOrdered().WithDegreeOfParallelism(4)
            .Select(t => RecordWriter.ToJsonLine(RecordWriter.ToRecord(WhoSaidPipeline.Default.Process("t", t))))
            .ToList();

        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Document_text_is_never_rewritten()
    {
        const string text = "\uFEFF  “Odd\u00A0spaces,”\r\n said\tMayor Delia Fenwick.\u200B ";

        var doc = Newsroom.Annotate(text);

        Assert.Same(text, doc.Text);
    }
}
