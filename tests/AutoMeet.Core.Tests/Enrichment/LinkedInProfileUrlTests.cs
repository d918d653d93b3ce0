using AutoMeet.Enrichment.LinkedIn;

namespace AutoMeet.Core.Tests.Enrichment;

public sealed class LinkedInProfileUrlTests
{
    [Theory]
    [InlineData("https://www.linkedin.com/in/jane-doe", "jane-doe")]
    [InlineData("https://www.linkedin.com/in/jane-doe/", "jane-doe")]
    [InlineData("http://linkedin.com/in/jane-doe", "jane-doe")]
    [InlineData("linkedin.com/in/jane-doe", "jane-doe")]
    [InlineData("www.linkedin.com/in/Jane-Doe-4a1b2c3/", "jane-doe-4a1b2c3")]
    [InlineData("https://de.linkedin.com/in/jane-doe", "jane-doe")]
    [InlineData("https://uk.linkedin.com/in/jane-doe?trk=public_profile", "jane-doe")]
    [InlineData("https://m.linkedin.com/in/jane-doe#about", "jane-doe")]
    [InlineData("https://www.linkedin.com/in/jane-doe/details/experience/", "jane-doe")]
    [InlineData("https://WWW.LINKEDIN.COM/IN/JANE-DOE", "jane-doe")]
    [InlineData("https://www.linkedin.com/in/j%C3%BCrgen-m%C3%BCller", "jürgen-müller")]
    [InlineData("  https://www.linkedin.com/in/jane  ", "jane")]
    public void Parse_ProfileUrl_NormalisesToCanonicalForm(string input, string slug)
    {
        var url = LinkedInProfileUrl.Parse(input);

        Assert.True(url.IsValid, url.Message);
        Assert.Equal(slug, url.Slug);
        Assert.Equal("https://www.linkedin.com/in/" + Uri.EscapeDataString(slug), url.Url);
    }

    [Theory]
    [InlineData(null, LinkedInUrlError.Empty)]
    [InlineData("  ", LinkedInUrlError.Empty)]
    [InlineData("ftp://www.linkedin.com/in/jane", LinkedInUrlError.NotAUrl)]
    [InlineData("javascript:alert(1)", LinkedInUrlError.NotAUrl)]
    [InlineData("https://www.linkedin.com:8443/in/jane", LinkedInUrlError.NotAUrl)]
    [InlineData("https://user@www.linkedin.com/in/jane", LinkedInUrlError.NotAUrl)]
    [InlineData("https://www.linkedin.com.evil.com/in/jane", LinkedInUrlError.NotLinkedIn)]
    [InlineData("https://evil-linkedin.com/in/jane", LinkedInUrlError.NotLinkedIn)]
    [InlineData("https://linkedin.co/in/jane", LinkedInUrlError.NotLinkedIn)]
    [InlineData("https://www.xing.com/profile/Jane_Doe", LinkedInUrlError.NotLinkedIn)]
    [InlineData("https://api.linkedin.com/in/jane", LinkedInUrlError.NotLinkedIn)]
    [InlineData("https://lnkd.in/abc123", LinkedInUrlError.ShortLink)]
    [InlineData("https://www.linkedin.com/company/acme", LinkedInUrlError.CompanyPage)]
    [InlineData("https://www.linkedin.com/company/acme/", LinkedInUrlError.CompanyPage)]
    [InlineData("https://www.linkedin.com/school/mit", LinkedInUrlError.CompanyPage)]
    [InlineData("https://www.linkedin.com/showcase/acme-cloud", LinkedInUrlError.CompanyPage)]
    [InlineData("https://www.linkedin.com/feed/", LinkedInUrlError.NotAProfile)]
    [InlineData("https://www.linkedin.com/posts/jane_activity-123", LinkedInUrlError.NotAProfile)]
    [InlineData("https://www.linkedin.com/pub/jane-doe/1/2/3", LinkedInUrlError.NotAProfile)]
    [InlineData("https://www.linkedin.com/", LinkedInUrlError.NotAProfile)]
    [InlineData("https://www.linkedin.com/in/", LinkedInUrlError.InvalidSlug)]
    [InlineData("https://www.linkedin.com/in/ab", LinkedInUrlError.InvalidSlug)]
    [InlineData("https://www.linkedin.com/in/jane.doe", LinkedInUrlError.InvalidSlug)]
    [InlineData("https://www.linkedin.com/in/jane%20doe", LinkedInUrlError.InvalidSlug)]
    public void Parse_NotAProfileUrl_ReportsError(string? input, LinkedInUrlError expected)
    {
        var url = LinkedInProfileUrl.Parse(input);

        Assert.False(url.IsValid);
        Assert.Equal(expected, url.Error);
        Assert.Null(url.Url);
        Assert.False(string.IsNullOrEmpty(url.Message));
    }

    [Fact]
    public void Parse_SlugOf101Characters_Rejected()
    {
        Assert.Equal(LinkedInUrlError.InvalidSlug, LinkedInProfileUrl.Parse("https://www.linkedin.com/in/" + new string('a', 101)).Error);
    }
}
