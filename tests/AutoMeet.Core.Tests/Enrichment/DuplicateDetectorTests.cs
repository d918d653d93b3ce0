using AutoMeet.Enrichment.Duplicates;
using AutoMeet.Prospects;

namespace AutoMeet.Core.Tests.Enrichment;

public sealed class DuplicateDetectorTests
{
    private readonly DuplicateDetector _sut = EnrichmentFixtures.DuplicateDetector();

    [Theory]
    [InlineData("Jane.Doe@Gmail.com", "janedoe@gmail.com")]
    [InlineData("j.a.n.e.doe+newsletter@gmail.com", "janedoe@gmail.com")]
    [InlineData("janedoe@googlemail.com", "janedoe@gmail.com")]
    [InlineData("jane.doe+x@outlook.com", "jane.doe@outlook.com")]
    [InlineData("jane+work@icloud.com", "jane@icloud.com")]
    [InlineData("jane.doe+x@acme.com", "jane.doe+x@acme.com")]
    [InlineData("Jane.Doe@ACME.com", "jane.doe@acme.com")]
    [InlineData("jane.doe@yahoo.com", "jane.doe@yahoo.com")]
    [InlineData("not an address", "not an address")]
    public void CanonicalEmail_AppliesProviderRules(string input, string expected)
    {
        Assert.Equal(expected, _sut.CanonicalEmail(input));
    }

    [Fact]
    public void CanonicalEmail_AdditionalPlusTagDomain_DropsTag()
    {
        var options = new DuplicateDetectionOptions();
        options.AdditionalPlusTagDomains.Add("acme.com");

        Assert.Equal("jane@acme.com", EnrichmentFixtures.DuplicateDetector(options).CanonicalEmail("jane+crm@acme.com"));
    }

    [Fact]
    public void FindDuplicates_SameAddressDifferentCase_SuggestsMergeKeepingOldest()
    {
        var older = EnrichmentFixtures.Prospect("jane@acme.com", createdMinute: 1);
        var newer = EnrichmentFixtures.Prospect("JANE@acme.com", createdMinute: 5);

        var suggestion = Assert.Single(_sut.FindDuplicates([newer, older]));

        Assert.Equal(older.Id, suggestion.KeepId);
        Assert.Equal([newer.Id], suggestion.MergeIds);
        Assert.Equal(DuplicateReason.SameEmail, suggestion.Reason);
    }

    [Fact]
    public void FindDuplicates_GmailDotsAndTags_SameMailbox()
    {
        var a = EnrichmentFixtures.Prospect("jane.doe@gmail.com", "Jane", "Doe", "", createdMinute: 1);
        var b = EnrichmentFixtures.Prospect("janedoe+promo@googlemail.com", "J.", "D.", "", createdMinute: 2);

        var suggestion = Assert.Single(_sut.FindDuplicates([a, b]));

        Assert.Equal(DuplicateReason.SameMailbox, suggestion.Reason);
    }

    [Fact]
    public void FindDuplicates_DotsAtCompanyDomain_NotDuplicates()
    {
        var a = EnrichmentFixtures.Prospect("jane.doe@acme.com", "Jane", "Doe", "");
        var b = EnrichmentFixtures.Prospect("janedoe@acme.com", "Mary", "Major", "");

        Assert.Empty(_sut.FindDuplicates([a, b]));
    }

    [Fact]
    public void FindDuplicates_MoreHistory_WinsOverAge()
    {
        var older = EnrichmentFixtures.Prospect("jane@acme.com", createdMinute: 1);
        var busy = EnrichmentFixtures.Prospect("Jane@Acme.com", createdMinute: 9);

        var suggestion = Assert.Single(_sut.FindDuplicates([older, busy], new Dictionary<Id<Prospect>, int> { [busy.Id] = 7 }));

        Assert.Equal(busy.Id, suggestion.KeepId);
    }

    [Theory]
    [InlineData("Jonathan", "Smith", "Acme Inc.", "Jonathon", "Smith", "ACME")]
    [InlineData("Jürgen", "Müller", "Müller GmbH", "Jurgen", "Muller", "Müller")]
    [InlineData("Anne-Marie", "O'Neill", "Acme Robotics", "Anne Marie", "ONeill", "Acme Robotics Ltd")]
    public void FindDuplicates_NearIdenticalNameSameCompany_Suggested(string f1, string l1, string c1, string f2, string l2, string c2)
    {
        var a = EnrichmentFixtures.Prospect("a1@example.org", f1, l1, c1, createdMinute: 1);
        var b = EnrichmentFixtures.Prospect("b2@example.net", f2, l2, c2, createdMinute: 2);

        var suggestion = Assert.Single(_sut.FindDuplicates([a, b]));

        Assert.Equal(DuplicateReason.SimilarNameAndCompany, suggestion.Reason);
        Assert.InRange(suggestion.Similarity, 0.92, 1);
    }

    [Fact]
    public void FindDuplicates_FirstAndLastNameSwapped_Suggested()
    {
        var a = EnrichmentFixtures.Prospect("a1@example.org", "Wei", "Zhang", "Acme");
        var b = EnrichmentFixtures.Prospect("b2@example.net", "Zhang", "Wei", "Acme");

        Assert.Single(_sut.FindDuplicates([a, b]));
    }

    [Fact]
    public void FindDuplicates_SimilarNameSameCompanyDomain_Suggested()
    {
        var a = EnrichmentFixtures.Prospect("jane.doe@acme.com", "Jane", "Doe", "");
        var b = EnrichmentFixtures.Prospect("jdoe@eu.acme.com", "Jane", "Doe", "");

        Assert.Equal(DuplicateReason.SimilarNameAndCompany, Assert.Single(_sut.FindDuplicates([a, b])).Reason);
    }

    [Theory]
    [InlineData("Jane", "Doe", "Acme", "Jane", "Doe", "Globex")]
    [InlineData("Jane", "Doe", "Acme", "John", "Doe", "Acme")]
    [InlineData("Jane", "Doe", "Acme", "Jane", "Dorsey", "Acme")]
    [InlineData("Jane", "", "Acme", "Jane", "", "Acme")]
    public void FindDuplicates_DifferentPersonOrCompany_NotSuggested(string f1, string l1, string c1, string f2, string l2, string c2)
    {
        var a = EnrichmentFixtures.Prospect("a1@gmail.com", f1, l1, c1);
        var b = EnrichmentFixtures.Prospect("b2@gmail.com", f2, l2, c2);

        Assert.Empty(_sut.FindDuplicates([a, b]));
    }

    [Fact]
    public void FindDuplicates_SameNameAtFreeMailWithoutCompany_NotSuggested()
    {
        var a = EnrichmentFixtures.Prospect("jane1@gmail.com", "Jane", "Doe", "");
        var b = EnrichmentFixtures.Prospect("jane2@gmail.com", "Jane", "Doe", "");

        Assert.Empty(_sut.FindDuplicates([a, b]));
    }

    [Fact]
    public void FindDuplicates_TransitiveLinks_FormOneGroup()
    {
        var a = EnrichmentFixtures.Prospect("jane.doe@gmail.com", "Jane", "Doe", "Acme", createdMinute: 1);
        var b = EnrichmentFixtures.Prospect("janedoe@gmail.com", "Jane", "Doe", "Acme", createdMinute: 2);
        var c = EnrichmentFixtures.Prospect("jane@acme.com", "Jane", "Doe", "Acme Inc", createdMinute: 3);
        var other = EnrichmentFixtures.Prospect("bob@globex.com", "Bob", "Brown", "Globex", createdMinute: 4);

        var suggestion = Assert.Single(_sut.FindDuplicates([c, other, b, a]));

        Assert.Equal(a.Id, suggestion.KeepId);
        Assert.Equal([b.Id, c.Id], suggestion.MergeIds);
        Assert.Equal(DuplicateReason.SameMailbox, suggestion.Reason);
    }

    [Fact]
    public void FindDuplicates_NoDuplicates_ReturnsEmpty()
    {
        Assert.Empty(_sut.FindDuplicates([EnrichmentFixtures.Prospect("a@acme.com"), EnrichmentFixtures.Prospect("b@globex.com", "Bob", "Brown", "Globex")]));
    }
}
