using System.Collections.Immutable;

namespace WhoSaid.Tagging;

/// <summary>Trains an averaged perceptron (Collins 2002; the lazy averaging of Honnibal's tagger): on a wrong guess the
/// true class's weights go up and the guessed class's down; the model keeps each weight averaged over every update
/// step. Deterministic for the same examples in the same order. Not thread-safe.</summary>
public sealed class PerceptronTrainer(ImmutableArray<string> classes)
{
    private readonly Dictionary<ulong, float[]> _weights = [];
    private readonly Dictionary<ulong, float[]> _totals = [];
    private readonly Dictionary<ulong, int[]> _stamps = [];
    private int _step;

    public ImmutableArray<string> Classes { get; } = classes;

    /// <summary>The current (not averaged) best class, for training-time decoding.</summary>
    public int Predict(ReadOnlySpan<ulong> features)
    {
        Span<float> scores = stackalloc float[Classes.Length];
        foreach (var f in features)
        {
            if (_weights.TryGetValue(f, out var row))
            {
                for (var c = 0; c < row.Length; c++)
                {
                    scores[c] += row[c];
                }
            }
        }

        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>The current (not averaged) best class among those <paramref name="allowed"/> (one flag per class), for
    /// training-time decoding under label constraints (IOB2, BIOES); the first allowed class when none scores higher.</summary>
    public int Predict(ReadOnlySpan<ulong> features, ReadOnlySpan<bool> allowed)
    {
        Span<float> scores = stackalloc float[Classes.Length];
        Score(features, scores);
        var best = allowed.IndexOf(true);
        for (var c = best + 1; c < scores.Length; c++)
        {
            if (allowed[c] && scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best < 0 ? 0 : best;
    }

    /// <summary>Adds the current (not averaged) weights of <paramref name="features"/> into <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var f in features)
        {
            if (_weights.TryGetValue(f, out var row))
            {
                for (var c = 0; c < row.Length; c++)
                {
                    scores[c] += row[c];
                }
            }
        }
    }

    /// <summary>One training step: counts the example and, when <paramref name="guess"/> is wrong, moves the weights.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        _step++;
        if (truth == guess)
        {
            return;
        }

        foreach (var f in features)
        {
            Add(f, truth, 1f);
            Add(f, guess, -1f);
        }
    }

    /// <summary>The averaged weights as an immutable model.</summary>
    public PerceptronModel ToModel(float minimumWeight = 0f)
    {
        var averaged = new Dictionary<ulong, float[]>(_weights.Count);
        foreach (var (f, row) in _weights)
        {
            var totals = _totals[f];
            var stamps = _stamps[f];
            var avg = new float[row.Length];
            var any = false;
            for (var c = 0; c < row.Length; c++)
            {
                var total = totals[c] + (_step - stamps[c]) * row[c];
                avg[c] = _step == 0 ? 0 : total / _step;
                if (Math.Abs(avg[c]) <= minimumWeight)
                {
                    avg[c] = 0;
                }

                any |= avg[c] != 0;
            }

            if (any)
            {
                averaged[f] = avg;
            }
        }

        return new PerceptronModel(Classes, averaged);
    }

    private void Add(ulong feature, int c, float delta)
    {
        if (!_weights.TryGetValue(feature, out var row))
        {
            row = new float[Classes.Length];
            _weights[feature] = row;
            _totals[feature] = new float[Classes.Length];
            _stamps[feature] = new int[Classes.Length];
        }

        var totals = _totals[feature];
        var stamps = _stamps[feature];
        totals[c] += (_step - stamps[c]) * row[c];
        stamps[c] = _step;
        row[c] += delta;
    }
}
