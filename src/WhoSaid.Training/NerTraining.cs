namespace WhoSaid.Training;

/// <summary>Trains the entity recogniser on UNER English-EWT train, GUM (CC-BY genres) and wikigold.</summary>
internal static class NerTraining
{
    public static int Run(string shared, string outDir)
    {
        Console.Error.WriteLine("whosaid-train: entity training is not written yet");
        return 1;
    }
}
