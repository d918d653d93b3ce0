using AutoMeet.Compliance;
using AutoMeet.Storage;
using NodaTime;

namespace AutoMeet.Core.Tests.Compliance;

public sealed class SuppressionServiceTests : IAsyncDisposable
{
    private static readonly UserId Owner = new("owner-1");
    private static readonly UserId OtherOwner = new("owner-2");
    private readonly ComplianceHost _host = new(o =>
    {
        o.Keys["a"] = ComplianceHost.NewKey();
        o.ActiveKeyId = "a";
    });

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private ISuppressionService Service => _host.Suppression;

    [Fact]
    public async Task SuppressAsync_MixedCaseAndSpaces_MatchesNormalisedAddress()
    {
        Assert.True(await Service.SuppressAsync(Owner, "  Ann@Example.COM ", SuppressionReason.Manual, "api"));

        Assert.True(await Service.IsSuppressedAsync(Owner, "ann@example.com"));
        Assert.True(await Service.IsSuppressedAsync(Owner, "ANN@EXAMPLE.COM"));
        Assert.False(await Service.IsSuppressedAsync(Owner, "bob@example.com"));
        Assert.False(await Service.IsSuppressedAsync(OtherOwner, "ann@example.com"));
    }

    [Fact]
    public async Task SuppressAsync_QuotedLocalPartWithSpace_MatchesTheSameAddressOnly()
    {
        Assert.True(await Service.SuppressAsync(Owner, "\"Ann Smith\"@example.com", SuppressionReason.Manual));

        Assert.True(await Service.IsSuppressedAsync(Owner, "\"ann smith\"@EXAMPLE.com"));
        Assert.False(await Service.IsSuppressedAsync(Owner, "annsmith@example.com"));
    }

    [Fact]
    public async Task SuppressAsync_Twice_IsIdempotent()
    {
        Assert.True(await Service.SuppressAsync(Owner, "ann@example.com", SuppressionReason.Manual));
        Assert.False(await Service.SuppressAsync(Owner, "ANN@example.com", SuppressionReason.Bounced));

        var entries = await _host.InStoreAsync(s => s.Suppressions.ListByOwnerAsync(Owner, new PageRequest(0, 10)));
        var entry = Assert.Single(entries);
        Assert.Equal(SuppressionReason.Manual, entry.Reason);
        Assert.Equal("ann@example.com", entry.Value);
    }

    [Fact]
    public async Task SuppressDomainAsync_Domain_SuppressesEveryAddressOfIt()
    {
        Assert.True(await Service.SuppressDomainAsync(Owner, "@Example.com", SuppressionReason.Manual));

        Assert.True(await Service.IsSuppressedAsync(Owner, "anyone@example.com"));
        Assert.False(await Service.IsSuppressedAsync(Owner, "anyone@example.org"));
        Assert.False(await Service.SuppressDomainAsync(Owner, "example.com", SuppressionReason.Manual));
    }

    [Fact]
    public async Task IsSuppressedAsync_ErasedHashStored_MatchesAddress()
    {
        var hash = Service.HashAddress(Owner, " Ann@Example.com");
        await _host.InStoreAsync(s => s.Suppressions.AddIfAbsentAsync(new SuppressionEntry { OwnerId = Owner, Kind = SuppressionKind.AddressHash, Value = hash, Reason = SuppressionReason.Erased }));

        Assert.True(await Service.IsSuppressedAsync(Owner, "ann@example.com"));
        Assert.False(await Service.IsSuppressedAsync(OtherOwner, "ann@example.com"));
        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.NotEqual(hash, Service.HashAddress(OtherOwner, "ann@example.com"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("no-at-sign")]
    [InlineData("@example.com")]
    [InlineData("ann@")]
    [InlineData("ann smith@example.com")]
    [InlineData("\"ann\" smith@example.com")]
    [InlineData("\"ann\"@exa mple.com")]
    public async Task IsSuppressedAsync_MalformedAddress_ThrowsArgumentException(string address)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Service.IsSuppressedAsync(Owner, address));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Service.SuppressAsync(Owner, address, SuppressionReason.Manual));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ann@example.com")]
    [InlineData("exa mple.com")]
    public async Task SuppressDomainAsync_BadDomain_ThrowsArgumentException(string domain)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Service.SuppressDomainAsync(Owner, domain, SuppressionReason.Manual));
    }

    [Fact]
    public async Task UnsubscribeAsync_ValidLink_SuppressesAcrossOwnerAndAudits()
    {
        var token = Service.CreateUnsubscribeToken(Owner, "Ann@Example.com", Duration.FromDays(30));

        var outcome = await Service.UnsubscribeAsync(token);

        Assert.Equal(UnsubscribeOutcome.Unsubscribed, outcome);
        Assert.True(await Service.IsSuppressedAsync(Owner, "ann@example.com"));
        Assert.False(await Service.IsSuppressedAsync(OtherOwner, "ann@example.com"));
        var entry = Assert.Single(await _host.InStoreAsync(s => s.Suppressions.ListByOwnerAsync(Owner, new PageRequest(0, 10))));
        Assert.Equal(SuppressionReason.Unsubscribed, entry.Reason);
        Assert.Equal("unsubscribe-link", entry.Source);
        var audit = Assert.Single(await _host.InStoreAsync(s => s.AuditLog.ListAsync(Owner, 1, 10)));
        Assert.Equal(ActorKind.Prospect, audit.ActorKind);
        Assert.Equal("suppression.unsubscribed", audit.Action);
        Assert.Equal(entry.Id.ToString(), audit.EntityId);
        Assert.Equal(Service.HashAddress(Owner, "ann@example.com"), audit.ActorId);
        Assert.DoesNotContain("ann@", audit.ActorId + audit.Detail, StringComparison.Ordinal);
        Assert.True((await _host.Audit.VerifyAsync(Owner)).IsIntact);
    }

    [Fact]
    public async Task UnsubscribeAsync_SameLinkTwice_IsAlreadyUnsubscribedWithoutSecondAudit()
    {
        var token = Service.CreateUnsubscribeToken(Owner, "ann@example.com", Duration.FromDays(30));
        await Service.UnsubscribeAsync(token);

        var outcome = await Service.UnsubscribeAsync(token);

        Assert.Equal(UnsubscribeOutcome.AlreadyUnsubscribed, outcome);
        Assert.Single(await _host.InStoreAsync(s => s.AuditLog.ListAsync(Owner, 1, 10)));
    }

    [Fact]
    public async Task UnsubscribeAsync_AddressSuppressedByHand_IsAlreadyUnsubscribed()
    {
        await Service.SuppressAsync(Owner, "ann@example.com", SuppressionReason.Manual);

        var outcome = await Service.UnsubscribeAsync(Service.CreateUnsubscribeToken(Owner, "ann@example.com", Duration.FromDays(1)));

        Assert.Equal(UnsubscribeOutcome.AlreadyUnsubscribed, outcome);
    }

    [Fact]
    public async Task UnsubscribeAsync_ExpiredLink_IsExpiredAndChangesNothing()
    {
        var token = Service.CreateUnsubscribeToken(Owner, "ann@example.com", Duration.FromDays(1));
        _host.Time.Advance(TimeSpan.FromDays(2));

        var outcome = await Service.UnsubscribeAsync(token);

        Assert.Equal(UnsubscribeOutcome.ExpiredLink, outcome);
        Assert.False(await Service.IsSuppressedAsync(Owner, "ann@example.com"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("v1.a.eyJwIjoidW5zdWJzY3JpYmUifQ.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task UnsubscribeAsync_ForgedOrGarbledLink_IsInvalidLink(string? token)
    {
        Assert.Equal(UnsubscribeOutcome.InvalidLink, await Service.UnsubscribeAsync(token));
        Assert.Empty(await _host.InStoreAsync(s => s.Suppressions.ListByOwnerAsync(Owner, new PageRequest(0, 10))));
    }

    [Fact]
    public async Task UnsubscribeAsync_TamperedLink_IsInvalidLink()
    {
        var token = Service.CreateUnsubscribeToken(Owner, "ann@example.com", Duration.FromDays(1));
        var tampered = token[..^2] + (token[^2] == 'x' ? "yy" : "xx");

        Assert.Equal(UnsubscribeOutcome.InvalidLink, await Service.UnsubscribeAsync(tampered));
    }

    [Fact]
    public async Task UnsubscribeAsync_LinkForOtherPurpose_IsInvalidLink()
    {
        var token = _host.Signer.Sign(new LinkTokenPayload("approval", ["owner-1", "ann@example.com"], Instant.FromUtc(2030, 1, 1, 0, 0)));

        Assert.Equal(UnsubscribeOutcome.InvalidLink, await Service.UnsubscribeAsync(token));
    }

    [Fact]
    public async Task UnsubscribeAsync_AuthenticLinkWithBadSubjects_IsInvalidLink()
    {
        var token = _host.Signer.Sign(new LinkTokenPayload(LinkPurposes.Unsubscribe, ["owner-1"], Instant.FromUtc(2030, 1, 1, 0, 0)));

        Assert.Equal(UnsubscribeOutcome.InvalidLink, await Service.UnsubscribeAsync(token));
    }

    [Fact]
    public void CreateUnsubscribeToken_NonPositiveValidity_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Service.CreateUnsubscribeToken(Owner, "ann@example.com", Duration.Zero));
    }
}
