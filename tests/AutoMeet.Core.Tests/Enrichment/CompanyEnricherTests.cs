using AutoMeet.Enrichment.Companies;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace AutoMeet.Core.Tests.Enrichment;

public sealed class CompanyEnricherTests
{
    private readonly FakeTimeProvider _time = new(EnrichmentFixtures.Start);

    [Theory]
    [InlineData("jane@gmail.com")]
    [InlineData("jane@googlemail.com")]
    [InlineData("jane@outlook.com")]
    [InlineData("jane@hotmail.co.uk")]
    [InlineData("jane@yahoo.com")]
    [InlineData("jane@icloud.com")]
    [InlineData("jane@proton.me")]
    [InlineData("jane@web.de")]
    [InlineData("jane@mailinator.com")]
    public async Task EnrichAsync_FreeMailDomain_HasNoCompanyDomain(string email)
    {
        var info = await EnrichmentFixtures.CompanyEnricher(_time).EnrichAsync(email, null);

        Assert.True(info.IsFreeMail);
        Assert.Null(info.Domain);
        Assert.Equal(CompanyNameSource.None, info.NameSource);
    }

    [Theory]
    [InlineData("jane@acme-robotics.com", "acme-robotics.com", "Acme Robotics")]
    [InlineData("jane@eu.mail.acme.com", "acme.com", "Acme")]
    [InlineData("jane@acme.co.uk", "acme.co.uk", "Acme")]
    [InlineData("jane@sales.acme.co.uk", "acme.co.uk", "Acme")]
    [InlineData("jane@acme.com.au", "acme.com.au", "Acme")]
    public async Task EnrichAsync_CompanyDomain_DerivesDomainAndName(string email, string domain, string name)
    {
        var info = await EnrichmentFixtures.CompanyEnricher(_time).EnrichAsync(email, null);

        Assert.False(info.IsFreeMail);
        Assert.Equal(domain, info.Domain);
        Assert.Equal(name, info.Name);
        Assert.Equal(CompanyNameSource.Domain, info.NameSource);
    }

    [Fact]
    public async Task EnrichAsync_GivenName_WinsAndIsNormalised()
    {
        var info = await EnrichmentFixtures.CompanyEnricher(_time).EnrichAsync("jane@acme.com", "ACME ROBOTICS, INC.");

        Assert.Equal("Acme Robotics", info.Name);
        Assert.Equal(CompanyNameSource.Given, info.NameSource);
    }

    [Fact]
    public async Task EnrichAsync_ProviderKnowsDomain_UsesProfileAndCaches()
    {
        var provider = Substitute.For<ICompanyDataProvider>();
        provider.Name.Returns("vendor");
        provider.FindByDomainAsync("acme.com", Arg.Any<CancellationToken>())
            .Returns(new CompanyProfile { Domain = "acme.com", Name = "Acme Corporation", Industry = "Robotics" });
        var sut = EnrichmentFixtures.CompanyEnricher(_time, provider);

        var first = await sut.EnrichAsync("jane@acme.com", null);
        await sut.EnrichAsync("john@mail.acme.com", null);

        Assert.Equal("Acme", first.Name);
        Assert.Equal(CompanyNameSource.Provider, first.NameSource);
        Assert.Equal("Robotics", first.Profile!.Industry);
        await provider.Received(1).FindByDomainAsync("acme.com", Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task EnrichAsync_CacheExpired_AsksProviderAgain()
    {
        var provider = Substitute.For<ICompanyDataProvider>();
        provider.FindByDomainAsync(Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns((CompanyProfile?)null);
        var sut = EnrichmentFixtures.CompanyEnricher(_time, provider);
        await sut.EnrichAsync("jane@acme.com", null);

        _time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));
        await sut.EnrichAsync("jane@acme.com", null);

        await provider.Received(2).FindByDomainAsync("acme.com", Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task EnrichAsync_ProviderThrows_RecordsFailureAndFallsBack()
    {
        var failing = Substitute.For<ICompanyDataProvider>();
        failing.Name.Returns("broken");
        failing.FindByDomainAsync(Arg.Any<string>(), Arg.Any<CancellationToken>()).ThrowsAsync(new HttpRequestException("503"));
        var sut = EnrichmentFixtures.CompanyEnricher(_time, failing);

        var info = await sut.EnrichAsync("jane@acme.com", null);
        await sut.EnrichAsync("jane@acme.com", null);

        Assert.Equal(["broken"], info.FailedProviders);
        Assert.Equal("Acme", info.Name);
        await failing.Received(2).FindByDomainAsync("acme.com", Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task EnrichAsync_FreeMail_NeverAsksProvider()
    {
        var provider = Substitute.For<ICompanyDataProvider>();

        await EnrichmentFixtures.CompanyEnricher(_time, provider).EnrichAsync("jane@gmail.com", "Acme");

        await provider.DidNotReceiveWithAnyArgs().FindByDomainAsync(default!, default);
    }

    [Fact]
    public async Task EnrichAsync_InvalidAddress_KeepsGivenName()
    {
        var info = await EnrichmentFixtures.CompanyEnricher(_time).EnrichAsync("not-an-address", "Acme Ltd");

        Assert.Null(info.Domain);
        Assert.False(info.IsFreeMail);
        Assert.Equal("Acme", info.Name);
    }
}
