using WhoSaid.Text;

namespace WhoSaid.Pipeline;

/// <summary>One stage of the pipeline. Components are immutable and thread-safe; they never throw on strange text,
/// they return fewer annotations.</summary>
public interface IPipelineComponent
{
    string Name { get; }

    Annotations Requires { get; }

    Annotations Provides { get; }

    Document Process(Document document, CancellationToken cancellationToken);
}
