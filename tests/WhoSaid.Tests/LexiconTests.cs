using WhoSaid.Lexicons;
using Xunit;

namespace WhoSaid.Tests;

public class LexiconTests
{
    [Theory]
    [InlineData("Andres")]
    [InlineData("Andrés")]
    [InlineData("José")]
    public void A_first_name_is_known_with_or_without_its_accents(string name)
    {
        Assert.NotNull(LexiconSet.Default.FemaleShare(name));
    }

    [Fact]
    public void A_word_that_is_no_name_stays_unknown_without_its_accents()
    {
        Assert.Null(LexiconSet.Default.FemaleShare("Réunion"));
    }
}
