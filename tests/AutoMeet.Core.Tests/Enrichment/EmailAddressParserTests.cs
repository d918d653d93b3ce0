using AutoMeet.Enrichment.Emails;

namespace AutoMeet.Core.Tests.Enrichment;

public sealed class EmailAddressParserTests
{
    [Theory]
    [InlineData("jane.doe@example.com", "jane.doe@example.com")]
    [InlineData("  Jane.Doe@Example.COM ", "Jane.Doe@example.com")]
    [InlineData("jane+newsletter@example.com", "jane+newsletter@example.com")]
    [InlineData("o'brien@example.ie", "o'brien@example.ie")]
    [InlineData("first_last-x@sub.mail.example.co.uk", "first_last-x@sub.mail.example.co.uk")]
    [InlineData("a!#$%&'*+-/=?^_`{|}~z@example.org", "a!#$%&'*+-/=?^_`{|}~z@example.org")]
    [InlineData("\"john doe\"@example.com", "\"john doe\"@example.com")]
    [InlineData("\"john..doe\"@example.com", "\"john..doe\"@example.com")]
    [InlineData("\"a@b\"@example.com", "\"a@b\"@example.com")]
    [InlineData("\"quote\\\"inside\"@example.com", "\"quote\\\"inside\"@example.com")]
    [InlineData("user@bücher.de", "user@xn--bcher-kva.de")]
    [InlineData("user@例え.jp", "user@xn--r8jz45g.jp")]
    [InlineData("user@xn--bcher-kva.de", "user@xn--bcher-kva.de")]
    [InlineData("x@a1.io", "x@a1.io")]
    public void Parse_ValidAddress_ReturnsNormalisedAddress(string input, string expected)
    {
        var issues = new List<EmailIssue>();

        var parts = EmailAddressParser.Parse(input, issues);

        Assert.NotNull(parts);
        Assert.Equal(expected, parts.Address);
        Assert.DoesNotContain(issues, i => i.Implies == EmailVerdict.Undeliverable);
    }

    [Fact]
    public void Parse_IdnDomain_KeepsUnicodeForm()
    {
        var parts = EmailAddressParser.Parse("user@BÜCHER.de", []);

        Assert.Equal("bücher.de", parts!.UnicodeDomain);
        Assert.Equal("xn--bcher-kva.de", parts.Domain);
    }

    [Fact]
    public void Parse_UnicodeLocalPart_AcceptedButFlaggedInternationalized()
    {
        var issues = new List<EmailIssue>();

        var parts = EmailAddressParser.Parse("jürgen@example.de", issues);

        Assert.NotNull(parts);
        Assert.Contains(issues, i => i.Code == EmailIssueCode.InternationalizedLocalPart);
    }

    [Theory]
    [InlineData(null, EmailIssueCode.InvalidSyntax)]
    [InlineData("", EmailIssueCode.InvalidSyntax)]
    [InlineData("   ", EmailIssueCode.InvalidSyntax)]
    [InlineData("plainaddress", EmailIssueCode.InvalidSyntax)]
    [InlineData("@example.com", EmailIssueCode.InvalidSyntax)]
    [InlineData("jane@", EmailIssueCode.InvalidSyntax)]
    [InlineData("jane@@example.com", EmailIssueCode.InvalidSyntax)]
    [InlineData("ja@ne@example.com", EmailIssueCode.InvalidSyntax)]
    [InlineData(".jane@example.com", EmailIssueCode.InvalidSyntax)]
    [InlineData("jane.@example.com", EmailIssueCode.InvalidSyntax)]
    [InlineData("ja..ne@example.com", EmailIssueCode.InvalidSyntax)]
    [InlineData("jane doe@example.com", EmailIssueCode.InvalidSyntax)]
    [InlineData("Jane Doe <jane@example.com>", EmailIssueCode.InvalidSyntax)]
    [InlineData("jane(comment)@example.com", EmailIssueCode.InvalidSyntax)]
    [InlineData("ja,ne@example.com", EmailIssueCode.InvalidSyntax)]
    [InlineData("ja\"ne@example.com", EmailIssueCode.InvalidSyntax)]
    [InlineData("\"unclosed@example.com", EmailIssueCode.InvalidSyntax)]
    [InlineData("\"\"@example.com", EmailIssueCode.InvalidSyntax)]
    [InlineData("\"a\"b@example.com", EmailIssueCode.InvalidSyntax)]
    [InlineData("\"tab\there\"@example.com", EmailIssueCode.InvalidSyntax)]
    [InlineData("jane@localhost", EmailIssueCode.InvalidDomain)]
    [InlineData("jane@example", EmailIssueCode.InvalidDomain)]
    [InlineData("jane@example.c", EmailIssueCode.InvalidDomain)]
    [InlineData("jane@192.168.0.1", EmailIssueCode.InvalidDomain)]
    [InlineData("jane@-example.com", EmailIssueCode.InvalidDomain)]
    [InlineData("jane@example-.com", EmailIssueCode.InvalidDomain)]
    [InlineData("jane@exa_mple.com", EmailIssueCode.InvalidDomain)]
    [InlineData("jane@example..com", EmailIssueCode.InvalidDomain)]
    [InlineData("jane@.example.com", EmailIssueCode.InvalidDomain)]
    [InlineData("jane@example.com.", EmailIssueCode.InvalidDomain)]
    [InlineData("jane@exa mple.com", EmailIssueCode.InvalidDomain)]
    [InlineData("jane@[192.168.0.1]", EmailIssueCode.DomainLiteral)]
    [InlineData("jane@[IPv6:2001:db8::1]", EmailIssueCode.DomainLiteral)]
    public void Parse_InvalidAddress_ReportsCode(string? input, EmailIssueCode expected)
    {
        var issues = new List<EmailIssue>();

        var parts = EmailAddressParser.Parse(input, issues);

        Assert.Null(parts);
        Assert.Equal(expected, Assert.Single(issues).Code);
    }

    [Fact]
    public void Parse_LocalPartOf64_Accepted()
    {
        Assert.NotNull(EmailAddressParser.Parse(new string('a', 64) + "@example.com", []));
    }

    [Fact]
    public void Parse_LocalPartOf65_RejectedAsTooLong()
    {
        var issues = new List<EmailIssue>();

        Assert.Null(EmailAddressParser.Parse(new string('a', 65) + "@example.com", issues));
        Assert.Equal(EmailIssueCode.LocalPartTooLong, Assert.Single(issues).Code);
    }

    [Fact]
    public void Parse_LabelOf64_RejectedAsInvalidDomain()
    {
        var issues = new List<EmailIssue>();

        Assert.Null(EmailAddressParser.Parse("a@" + new string('b', 64) + ".com", issues));
        Assert.Equal(EmailIssueCode.InvalidDomain, Assert.Single(issues).Code);
    }

    [Fact]
    public void Parse_AddressOf254_AcceptedAnd255Rejected()
    {
        // 64 + 1 + 189 = 254: labels of 60, 60 and 63 characters and "com".
        var local = new string('a', 64);
        var domain = string.Join('.', new string('b', 60), new string('c', 60), new string('d', 63), "com");
        Assert.Equal(254, local.Length + 1 + domain.Length);
        Assert.NotNull(EmailAddressParser.Parse($"{local}@{domain}", []));

        var issues = new List<EmailIssue>();
        Assert.Null(EmailAddressParser.Parse($"{local}@e{domain}", issues));
        Assert.Equal(EmailIssueCode.AddressTooLong, Assert.Single(issues).Code);
    }

    [Theory]
    [InlineData("Jane.Doe+Promo@example.com", "jane.doe")]
    [InlineData("\"Sales Team\"@example.com", "sales team")]
    [InlineData("INFO@example.com", "info")]
    public void MailboxName_StripsTagQuotesAndCase(string input, string expected)
    {
        Assert.Equal(expected, EmailAddressParser.Parse(input, [])!.MailboxName);
    }
}
