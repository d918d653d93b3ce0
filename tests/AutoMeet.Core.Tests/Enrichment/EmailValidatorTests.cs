using AutoMeet.Enrichment.Emails;
using DnsClient;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace AutoMeet.Core.Tests.Enrichment;

public sealed class EmailValidatorTests
{
    private readonly FakeTimeProvider _time = new(EnrichmentFixtures.Start);
    private readonly FakeDns _dns = new();

    private EmailValidator Sut(EmailValidationOptions? options = null) => EnrichmentFixtures.EmailValidator(_dns, _time, options);

    [Fact]
    public async Task ValidateAsync_DomainWithMx_IsDeliverableWithHostsByPreference()
    {
        _dns.Mx("example.com", 3600, (20, "mx2.example.com."), (10, "MX1.example.com."));

        var result = await Sut().ValidateAsync("jane.doe@example.com");

        Assert.Equal(EmailVerdict.Deliverable, result.Verdict);
        Assert.Empty(result.Issues);
        Assert.Equal(["mx1.example.com", "mx2.example.com"], result.MailHosts);
    }

    [Fact]
    public async Task ValidateAsync_InvalidSyntax_IsUndeliverableWithoutDns()
    {
        var result = await Sut().ValidateAsync("not an address");

        Assert.Equal(EmailVerdict.Undeliverable, result.Verdict);
        Assert.Equal(EmailIssueCode.InvalidSyntax, Assert.Single(result.Issues).Code);
        Assert.Empty(_dns.Client.ReceivedCalls());
    }

    [Fact]
    public async Task ValidateAsync_NxDomain_IsUndeliverable()
    {
        _dns.NxDomain("no-such-domain.example");

        var result = await Sut().ValidateAsync("jane@no-such-domain.example");

        Assert.Equal(EmailVerdict.Undeliverable, result.Verdict);
        Assert.True(result.Has(EmailIssueCode.DomainNotFound));
    }

    [Fact]
    public async Task ValidateAsync_NullMx_IsUndeliverable()
    {
        _dns.Mx("nomail.example.com", 3600, (0, "."));

        var result = await Sut().ValidateAsync("jane@nomail.example.com");

        Assert.Equal(EmailVerdict.Undeliverable, result.Verdict);
        Assert.True(result.Has(EmailIssueCode.NullMx));
        Assert.Equal(0, _dns.Calls("nomail.example.com", QueryType.A));
    }

    [Fact]
    public async Task ValidateAsync_NoMxButARecord_FallsBackToImplicitMx()
    {
        _dns.A("implicit.example.com", 300, "192.0.2.10");

        var result = await Sut().ValidateAsync("jane@implicit.example.com");

        Assert.Equal(EmailVerdict.Deliverable, result.Verdict);
        Assert.True(result.Has(EmailIssueCode.ImplicitMx));
        Assert.Equal(["implicit.example.com"], result.MailHosts);
    }

    [Fact]
    public async Task ValidateAsync_NoMxNoAButAaaa_FallsBackToImplicitMx()
    {
        _dns.Aaaa("v6only.example.com", 300, "2001:db8::1");

        var result = await Sut().ValidateAsync("jane@v6only.example.com");

        Assert.Equal(EmailVerdict.Deliverable, result.Verdict);
        Assert.True(result.Has(EmailIssueCode.ImplicitMx));
    }

    [Fact]
    public async Task ValidateAsync_NoRecordsAtAll_IsUndeliverableNoMailServer()
    {
        var result = await Sut().ValidateAsync("jane@empty.example.com");

        Assert.Equal(EmailVerdict.Undeliverable, result.Verdict);
        Assert.True(result.Has(EmailIssueCode.NoMailServer));
    }

    [Fact]
    public async Task ValidateAsync_DnsTimesOut_IsUnknownNotUndeliverable()
    {
        _dns.Hangs("slow.example.com");
        var sut = Sut(new EmailValidationOptions { DnsTimeout = TimeSpan.FromSeconds(2) });

        var pending = sut.ValidateAsync("jane@slow.example.com").AsTask();
        while (!pending.IsCompleted)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(10, CancellationToken.None);
        }

        var result = await pending;
        Assert.Equal(EmailVerdict.Unknown, result.Verdict);
        Assert.True(result.Has(EmailIssueCode.DnsTimeout));
    }

    [Fact]
    public async Task ValidateAsync_DnsClientReportsConnectionTimeout_IsUnknown()
    {
        _dns.Throws("timeout.example.com", new DnsResponseException(DnsResponseCode.ConnectionTimeout, "timed out"));

        var result = await Sut().ValidateAsync("jane@timeout.example.com");

        Assert.Equal(EmailVerdict.Unknown, result.Verdict);
        Assert.True(result.Has(EmailIssueCode.DnsTimeout));
    }

    [Fact]
    public async Task ValidateAsync_ServerFailure_IsUnknown()
    {
        _dns.ServFail("broken.example.com");

        var result = await Sut().ValidateAsync("jane@broken.example.com");

        Assert.Equal(EmailVerdict.Unknown, result.Verdict);
        Assert.True(result.Has(EmailIssueCode.DnsFailure));
    }

    [Fact]
    public async Task ValidateAsync_CallerCancels_Throws()
    {
        _dns.Hangs("slow.example.com");
        using var cts = new CancellationTokenSource();
        var pending = Sut().ValidateAsync("jane@slow.example.com", cts.Token).AsTask();

        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
    }

    [Theory]
    [InlineData("info@example.com")]
    [InlineData("Sales@example.com")]
    [InlineData("noreply@example.com")]
    [InlineData("no-reply@example.com")]
    [InlineData("support+tickets@example.com")]
    [InlineData("\"postmaster\"@example.com")]
    public async Task ValidateAsync_RoleAccount_IsRisky(string address)
    {
        _dns.Mx("example.com", 3600, (10, "mx.example.com"));

        var result = await Sut().ValidateAsync(address);

        Assert.Equal(EmailVerdict.Risky, result.Verdict);
        Assert.True(result.IsRoleAccount);
    }

    [Theory]
    [InlineData("jane@mailinator.com")]
    [InlineData("jane@eu.mailinator.com")]
    [InlineData("jane@yopmail.com")]
    [InlineData("jane@10minutemail.com")]
    public async Task ValidateAsync_DisposableDomain_IsRisky(string address)
    {
        var domain = address[(address.IndexOf('@') + 1)..];
        _dns.Mx(domain, 3600, (10, "mx." + domain));

        var result = await Sut().ValidateAsync(address);

        Assert.Equal(EmailVerdict.Risky, result.Verdict);
        Assert.True(result.IsDisposable);
    }

    [Fact]
    public async Task ValidateAsync_AdditionalDisposableDomainFromOptions_IsRisky()
    {
        var options = new EmailValidationOptions();
        options.AdditionalDisposableDomains.Add("throwaway.test");
        _dns.Mx("throwaway.test", 3600, (10, "mx.throwaway.test"));

        var result = await Sut(options).ValidateAsync("jane@throwaway.test");

        Assert.True(result.IsDisposable);
    }

    [Fact]
    public async Task ValidateAsync_DomainBehindAcceptAllGateway_IsCatchAllSuspected()
    {
        _dns.Mx("bigcorp.com", 3600, (10, "us-smtp-inbound-1.mimecast.com."), (20, "us-smtp-inbound-2.mimecast.com."));

        var result = await Sut().ValidateAsync("jane@bigcorp.com");

        Assert.Equal(EmailVerdict.Risky, result.Verdict);
        Assert.True(result.Has(EmailIssueCode.CatchAllSuspected));
    }

    [Fact]
    public async Task ValidateAsync_KnownCatchAllDomainFromOptions_IsRisky()
    {
        var options = new EmailValidationOptions();
        options.AdditionalCatchAllDomains.Add("acceptall.example");
        _dns.Mx("acceptall.example", 3600, (10, "mx.acceptall.example"));

        var result = await Sut(options).ValidateAsync("anyone@acceptall.example");

        Assert.True(result.Has(EmailIssueCode.CatchAllSuspected));
    }

    [Fact]
    public async Task ValidateAsync_SameDomainTwice_QueriesDnsOnce()
    {
        _dns.Mx("example.com", 3600, (10, "mx.example.com"));
        var sut = Sut();

        await sut.ValidateAsync("a@example.com");
        await sut.ValidateAsync("b@EXAMPLE.com");

        Assert.Equal(1, _dns.Calls("example.com", QueryType.MX));
    }

    [Fact]
    public async Task ValidateAsync_CachedPastTtl_QueriesAgain()
    {
        _dns.Mx("example.com", 120, (10, "mx.example.com"));
        var sut = Sut();
        await sut.ValidateAsync("a@example.com");

        _time.Advance(TimeSpan.FromSeconds(119));
        await sut.ValidateAsync("a@example.com");
        Assert.Equal(1, _dns.Calls("example.com", QueryType.MX));

        _time.Advance(TimeSpan.FromSeconds(2));
        await sut.ValidateAsync("a@example.com");
        Assert.Equal(2, _dns.Calls("example.com", QueryType.MX));
    }

    [Fact]
    public async Task ValidateAsync_TtlIgnored_UsesConfiguredDuration()
    {
        _dns.Mx("example.com", 5, (10, "mx.example.com"));
        var sut = Sut(new EmailValidationOptions { UseDnsTimeToLive = false, CacheDuration = TimeSpan.FromMinutes(10) });
        await sut.ValidateAsync("a@example.com");

        _time.Advance(TimeSpan.FromMinutes(9));
        await sut.ValidateAsync("a@example.com");

        Assert.Equal(1, _dns.Calls("example.com", QueryType.MX));
    }

    [Fact]
    public async Task ValidateAsync_TimeoutsAreNotCached()
    {
        _dns.Throws("flaky.example.com", new DnsResponseException(DnsResponseCode.ConnectionTimeout, "timed out"));
        var sut = Sut();

        await sut.ValidateAsync("a@flaky.example.com");
        await sut.ValidateAsync("a@flaky.example.com");

        Assert.Equal(2, _dns.Calls("flaky.example.com", QueryType.MX));
    }

    [Fact]
    public async Task ValidateAsync_IdnDomain_QueriesPunycode()
    {
        _dns.Mx("xn--bcher-kva.de", 3600, (10, "mx.xn--bcher-kva.de"));

        var result = await Sut().ValidateAsync("info2@bücher.de");

        Assert.Equal(EmailVerdict.Deliverable, result.Verdict);
        Assert.Equal(1, _dns.Calls("xn--bcher-kva.de", QueryType.MX));
    }

    [Fact]
    public async Task ValidateAsync_MailServerChecksOff_IsUnknownWithoutDns()
    {
        var result = await Sut(new EmailValidationOptions { CheckMailServers = false }).ValidateAsync("jane@example.com");

        Assert.Equal(EmailVerdict.Unknown, result.Verdict);
        Assert.True(result.Has(EmailIssueCode.MailServerNotChecked));
        Assert.Empty(_dns.Client.ReceivedCalls());
    }

    [Fact]
    public void ValidateSyntax_ValidAddress_IsUnknownAndSkipsDns()
    {
        var result = Sut().ValidateSyntax("jane@example.com");

        Assert.Equal(EmailVerdict.Unknown, result.Verdict);
        Assert.Empty(_dns.Client.ReceivedCalls());
    }

    [Fact]
    public void ValidateSyntax_RoleAtDisposable_ListsBothReasons()
    {
        var result = Sut().ValidateSyntax("info@mailinator.com");

        Assert.True(result.IsRoleAccount);
        Assert.True(result.IsDisposable);
    }

    [Fact]
    public void Issues_NeverRepeatTheAddress()
    {
        var result = Sut().ValidateSyntax("sales@mailinator.com");

        Assert.All(result.Issues, i => Assert.DoesNotContain("sales@mailinator.com", i.Message, StringComparison.Ordinal));
    }
}
