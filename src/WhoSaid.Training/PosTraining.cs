namespace WhoSaid.Training;

/// <summary>Trains the part-of-speech tagger on UD English-EWT train (dev for the number of epochs).</summary>
internal static class PosTraining
{
    public static int Run(string shared, string outDir)
    {
        Console.Error.WriteLine("whosaid-train: part-of-speech training is not written yet");
        return 1;
    }
}
