using WhoSaid.Tests.Support;
using Xunit;

namespace WhoSaid.Tests;

/// <summary>Acceptance on the seed article in ../shared (never copied into the repo); skipped where shared data is
/// absent.</summary>
public class SeedTests
{
    private static readonly Lazy<string?> s_seedPath = new(() =>
    {
        var path = Path.Combine(Newsroom.RepositoryRoot().FullName, "..", "shared", "data", "attribution", "seed", "huawei.txt");
        return File.Exists(path) ? Path.GetFullPath(path) : null;
    });

    private static WhoSaid.Text.Document Seed()
    {
        Skip.If(s_seedPath.Value is null, "shared data is absent: ../shared/data/attribution/seed/huawei.txt not found beside the repository");
        return Newsroom.Annotate(File.ReadAllText(s_seedPath.Value!), "huawei");
    }

    [SkippableFact]
    public void No_quote_is_attributed_to_a_name_from_the_related_links_widget()
    {
        var doc = Seed();

        Assert.NotEmpty(doc.Quotes);
        Assert.All(doc.Quotes, q => Assert.DoesNotContain("Trump", doc.SpeakerOf(q)?.Name ?? "", StringComparison.OrdinalIgnoreCase));
        Assert.All(doc.Quotes, q => Assert.DoesNotContain("Trump", doc.MentionOf(q) ?? "", StringComparison.OrdinalIgnoreCase));
    }

    [SkippableFact]
    public void Hypocritical_quote_is_by_the_spokeswoman_via_the_Associated_Press()
    {
        var doc = Seed();

        var quote = doc.QuoteContaining("hypocritical, unfair and immoral");
        Assert.True(doc.SpeakerOf(quote)?.Name == "Hua Chunying", doc.Describe());
        Assert.Contains("Associated Press", quote.Sources.Select(s => s.Name));
    }

    [SkippableTheory]
    [MemberData(nameof(EntityRecognizerTests.SeedNames), MemberType = typeof(EntityRecognizerTests))]
    public void Seed_people_and_organisations_are_recognised_whole(string name, string type)
    {
        var doc = Seed();

        var found = EntityRecognizerTests.Entities(doc);
        Assert.True(found.Contains((name, type)), "found: " + string.Join("; ", found));
    }
}
