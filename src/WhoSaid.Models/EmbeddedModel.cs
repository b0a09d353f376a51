namespace WhoSaid.Models;

/// <summary>Opens the trained model files embedded in this assembly (Models/*.wspm).</summary>
public static class EmbeddedModel
{
    /// <summary>The model stream, or null when the model is not embedded (not trained yet).</summary>
    public static Stream? Open(string name) =>
        typeof(EmbeddedModel).Assembly.GetManifestResourceStream("WhoSaid.Models.Models." + name);
}
