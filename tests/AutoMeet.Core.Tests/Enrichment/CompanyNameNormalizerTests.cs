using AutoMeet.Enrichment.Companies;

namespace AutoMeet.Core.Tests.Enrichment;

public sealed class CompanyNameNormalizerTests
{
    [Theory]
    [InlineData("Acme, Inc.", "Acme")]
    [InlineData("Acme Inc", "Acme")]
    [InlineData("Acme Incorporated", "Acme")]
    [InlineData("Acme LLC", "Acme")]
    [InlineData("Acme, L.L.C.", "Acme")]
    [InlineData("Acme Ltd.", "Acme")]
    [InlineData("Acme Limited", "Acme")]
    [InlineData("Müller GmbH", "Müller")]
    [InlineData("Müller GmbH & Co. KG", "Müller")]
    [InlineData("Siemens AG", "Siemens")]
    [InlineData("Nestlé S.A.", "Nestlé")]
    [InlineData("Philips N.V.", "Philips")]
    [InlineData("Booking B.V.", "Booking")]
    [InlineData("Barclays PLC", "Barclays")]
    [InlineData("Atlassian Pty Ltd", "Atlassian")]
    [InlineData("Bank of America Corp.", "Bank of America")]
    [InlineData("Acme Holdings Ltd, Inc.", "Acme Holdings")]
    [InlineData("acme robotics", "Acme Robotics")]
    [InlineData("ACME ROBOTICS LTD", "Acme Robotics")]
    [InlineData("IBM", "IBM")]
    [InlineData("SAP SE", "SAP")]
    [InlineData("eBay Inc.", "eBay")]
    [InlineData("McKinsey & Company", "McKinsey & Company")]
    [InlineData("bank of america", "Bank of America")]
    [InlineData("coca-cola", "Coca-Cola")]
    [InlineData("  Acme    Robotics  ", "Acme Robotics")]
    [InlineData("Inc", "Inc")]
    [InlineData("AG", "AG")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Normalize_ReturnsDisplayName(string? input, string expected)
    {
        Assert.Equal(expected, CompanyNameNormalizer.Normalize(input));
    }

    [Theory]
    [InlineData("ACME, Inc.", "acme")]
    [InlineData("The Acme Company Ltd", "acme company")]
    [InlineData("Müller GmbH", "muller")]
    public void MatchKey_FoldsNormalisedName(string input, string expected)
    {
        Assert.Equal(expected, CompanyNameNormalizer.MatchKey(input));
    }
}
