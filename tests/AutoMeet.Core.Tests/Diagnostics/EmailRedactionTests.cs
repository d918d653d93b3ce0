using AutoMeet.Diagnostics;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;

namespace AutoMeet.Core.Tests.Diagnostics;

public sealed class EmailRedactionTests
{
    [Theory]
    [InlineData("ada.lovelace@example.com", "a***@example.com")]
    [InlineData("A@b.co", "A***@b.co")]
    [InlineData("first+tag@mail.example.org", "f***@mail.example.org")]
    [InlineData("\"ada lovelace\"@example.com", "***@example.com")]
    [InlineData("jörg@bücher.example", "j***@bücher.example")]
    [InlineData("send to ada@example.com and bob@example.org now", "send to a***@example.com and b***@example.org now")]
    [InlineData("Ada Lovelace <ada@example.com>", "Ada Lovelace <a***@example.com>")]
    [InlineData("no address here", "no address here")]
    [InlineData("", "")]
    public void Redact_Value_MasksLocalPartKeepsDomain(string value, string expected) =>
        Assert.Equal(expected, EmailRedaction.Redact(value));

    [Fact]
    public void Redact_Null_ReturnsEmpty() => Assert.Equal(string.Empty, EmailRedaction.Redact(null));

    [Fact]
    public void EmailAddressRedactor_ThroughRedactionProvider_RedactsClassifiedValues()
    {
        var services = new ServiceCollection();
        services.AddRedaction(b => b.SetEmailAddressRedactor());
        using var provider = services.BuildServiceProvider();

        var redactor = provider.GetRequiredService<IRedactorProvider>().GetRedactor(AutoMeetDataClassifications.EmailAddress);

        Assert.IsType<EmailAddressRedactor>(redactor);
        Assert.Equal("a***@example.com", redactor.Redact("ada.lovelace@example.com"));
    }

    [Fact]
    public void EmailAddressRedactor_DestinationTooSmall_Throws()
    {
        var redactor = new EmailAddressRedactor();
        var destination = new char[3];

        Assert.Throws<ArgumentException>(() => redactor.Redact("ada@example.com".AsSpan(), destination.AsSpan()));
        Assert.Equal("a***@example.com".Length, redactor.GetRedactedLength("ada@example.com"));
    }
}
