using Xunit.Abstractions;

namespace WhoSaid.Tests.Support;

/// <summary>A theory case's name, shown whole in test results (xunit cuts string arguments at 50 characters).</summary>
public sealed class CaseName : IXunitSerializable
{
    [Obsolete("for the xunit serializer")]
    public CaseName()
    {
        Value = "";
    }

    public CaseName(string value) => Value = value;

    public string Value { get; private set; }

    public static implicit operator string(CaseName name) => name.Value;

    public static Xunit.TheoryData<CaseName> All(IEnumerable<string> names)
    {
        var data = new Xunit.TheoryData<CaseName>();
        foreach (var name in names)
        {
            data.Add(new CaseName(name));
        }

        return data;
    }

    public void Deserialize(IXunitSerializationInfo info) => Value = info.GetValue<string>(nameof(Value));

    public void Serialize(IXunitSerializationInfo info) => info.AddValue(nameof(Value), Value);

    public override string ToString() => Value;
}
