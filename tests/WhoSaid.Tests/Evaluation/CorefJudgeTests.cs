using System.Collections.Immutable;
using WhoSaid.Cli;
using WhoSaid.Coreference;
using Xunit;

namespace WhoSaid.Tests.Evaluation;

/// <summary>What <c>whosaid eval-coref</c> counts as a right full name.</summary>
public class CorefJudgeTests
{
    [Theory]
    [InlineData("Delia Fenwick", "Delia Fenwick", true)]
    [InlineData("delia  fenwick", "Delia Fenwick", true)]
    [InlineData("Delia Fenwick", "Mayor Delia Fenwick", true)]
    [InlineData("Mayor Delia Fenwick", "Fenwick", true)]
    [InlineData("Tom Okafor", "Delia Fenwick", false)]
    [InlineData("Al Fenwick", "Alan Fenwick", false)]
    [InlineData("", "Delia Fenwick", false)]
    public void Names_match_when_equal_or_one_holds_the_other_as_whole_words(string a, string b, bool match)
        => Assert.Equal(match, CorefEvaluation.NamesMatch(a, b));

    [Fact]
    public void Surname_left_as_its_own_entity_is_unresolved()
        => Assert.Equal(CorefEvaluation.Outcome.Unresolved, CorefEvaluation.Judge("Fenwick", Person("Fenwick"), ["Delia Fenwick"]));

    [Fact]
    public void Pronoun_resolved_to_another_person_is_wrong()
        => Assert.Equal(CorefEvaluation.Outcome.Wrong, CorefEvaluation.Judge("she", Person("Ann Lowe"), ["Delia Fenwick"]));

    [Fact]
    public void Pronoun_resolved_to_the_full_name_is_correct()
        => Assert.Equal(CorefEvaluation.Outcome.Correct, CorefEvaluation.Judge("she", Person("Delia Fenwick"), ["Mayor Delia Fenwick"]));

    private static Entity Person(string name) => new(0, name, EntityType.Person, Gender.Female, null, null, null, ImmutableArray<WhoSaid.Text.TextSpan>.Empty);
}
