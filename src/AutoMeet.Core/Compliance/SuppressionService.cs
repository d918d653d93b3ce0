using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace AutoMeet.Compliance;

/// <summary>The default <see cref="ISuppressionService"/> over <see cref="ISuppressionStore"/>, <see cref="ILinkSigner"/> and <see cref="IAuditTrail"/>.</summary>
internal sealed class SuppressionService : ISuppressionService
{
    internal const string UnsubscribeSource = "unsubscribe-link";

    private readonly IServiceScopeFactory _scopes;
    private readonly ILinkSigner _signer;
    private readonly IAuditTrail _audit;
    private readonly IClock _clock;
    private readonly ILogger _logger;

    public SuppressionService(IServiceScopeFactory scopes, ILinkSigner signer, IAuditTrail audit, IClock clock, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(clock);
        _scopes = scopes;
        _signer = signer;
        _audit = audit;
        _clock = clock;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<SuppressionService>();
    }

    public async Task<bool> IsSuppressedAsync(UserId ownerId, string emailAddress, CancellationToken cancellationToken = default)
    {
        var address = SuppressionAddresses.NormalizeAddress(emailAddress, nameof(emailAddress));
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
            var match = await store.Suppressions.FindMatchAsync(ownerId, address, SuppressionAddresses.Hash(ownerId, address), cancellationToken).ConfigureAwait(false);
            return match is not null;
        }
    }

    public Task<bool> SuppressAsync(UserId ownerId, string emailAddress, SuppressionReason reason, string? source = null, CancellationToken cancellationToken = default) =>
        AddAsync(ownerId, SuppressionKind.Address, SuppressionAddresses.NormalizeAddress(emailAddress, nameof(emailAddress)), reason, source, cancellationToken);

    public Task<bool> SuppressDomainAsync(UserId ownerId, string domain, SuppressionReason reason, string? source = null, CancellationToken cancellationToken = default) =>
        AddAsync(ownerId, SuppressionKind.Domain, SuppressionAddresses.NormalizeDomain(domain, nameof(domain)), reason, source, cancellationToken);

    public string CreateUnsubscribeToken(UserId ownerId, string emailAddress, Duration validFor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId.Value, nameof(ownerId));
        var address = SuppressionAddresses.NormalizeAddress(emailAddress, nameof(emailAddress));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(validFor, Duration.Zero);
        return _signer.Sign(new LinkTokenPayload(LinkPurposes.Unsubscribe, [ownerId.Value, address], _clock.GetCurrentInstant() + validFor));
    }

    public async Task<UnsubscribeOutcome> UnsubscribeAsync(string? token, CancellationToken cancellationToken = default)
    {
        var verification = _signer.Verify(token, LinkPurposes.Unsubscribe);
        if (verification.Status == LinkVerificationStatus.Expired)
        {
            return UnsubscribeOutcome.ExpiredLink;
        }

        if (!verification.IsValid || !TryReadSubjects(verification.Payload!, out var ownerId, out var address))
        {
            return UnsubscribeOutcome.InvalidLink;
        }

        var entry = NewEntry(ownerId, SuppressionKind.Address, address, SuppressionReason.Unsubscribed, UnsubscribeSource);
        if (!await AddEntryAsync(entry, cancellationToken, countInCampaigns: true).ConfigureAwait(false))
        {
            return UnsubscribeOutcome.AlreadyUnsubscribed;
        }

        // The audit names the person only by the one-way hash, so the audit chain holds no address to erase later.
        await _audit.RecordAsync(
            ownerId,
            ActorKind.Prospect,
            SuppressionAddresses.Hash(ownerId, address),
            "suppression.unsubscribed",
            nameof(SuppressionEntry),
            entry.Id.ToString(),
            """{"source":"unsubscribe-link"}""",
            cancellationToken).ConfigureAwait(false);
        return UnsubscribeOutcome.Unsubscribed;
    }

    public string HashAddress(UserId ownerId, string emailAddress) =>
        SuppressionAddresses.Hash(ownerId, SuppressionAddresses.NormalizeAddress(emailAddress, nameof(emailAddress)));

    private static bool TryReadSubjects(LinkTokenPayload payload, out UserId ownerId, out string address)
    {
        ownerId = default;
        address = string.Empty;
        if (payload.Subjects.Count != 2 || string.IsNullOrWhiteSpace(payload.Subjects[0]) || payload.Subjects[0].Length > UserId.MaxLength)
        {
            return false;
        }

        try
        {
            address = SuppressionAddresses.NormalizeAddress(payload.Subjects[1], nameof(payload));
        }
        catch (ArgumentException)
        {
            return false;
        }

        ownerId = new UserId(payload.Subjects[0]);
        return true;
    }

    /// <summary>
    /// Adds an <see cref="Messaging.EmailEventKind.Unsubscribed"/> e-mail event to every campaign that mailed the
    /// prospect and has none yet, attributed to the step and variant of the campaign's last message to them (the
    /// message whose link was most likely followed). The event feeds analytics only; <c>prospect.unsubscribed</c> is
    /// appended once, with the suppression entry.
    /// </summary>
    private static async Task CountInCampaignsAsync(IAutoMeetStore store, Id<Prospects.Prospect> prospectId, Instant occurredAt, CancellationToken cancellationToken)
    {
        const int PageSize = 500;
        var query = new Messaging.EmailEventQuery { ProspectId = prospectId, Kinds = [Messaging.EmailEventKind.Sent, Messaging.EmailEventKind.Unsubscribed] };
        var lastSent = new Dictionary<Id<Campaigns.Campaign>, Messaging.EmailEvent>();
        var counted = new HashSet<Id<Campaigns.Campaign>>();
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await store.EmailEvents.ListAsync(query, new PageRequest(skip, PageSize), cancellationToken).ConfigureAwait(false);
            foreach (var e in page.Where(e => e.CampaignId is not null))
            {
                if (e.Kind == Messaging.EmailEventKind.Unsubscribed)
                {
                    counted.Add(e.CampaignId!.Value);
                }
                else if (!lastSent.TryGetValue(e.CampaignId!.Value, out var seen) || e.OccurredAt >= seen.OccurredAt)
                {
                    lastSent[e.CampaignId!.Value] = e;
                }
            }

            if (page.Count < PageSize)
            {
                break;
            }
        }

        foreach (var (campaignId, sent) in lastSent.Where(p => !counted.Contains(p.Key)))
        {
            await store.EmailEvents.AddAsync(
                new Messaging.EmailEvent
                {
                    Kind = Messaging.EmailEventKind.Unsubscribed, OccurredAt = occurredAt, CampaignId = campaignId, ProspectId = prospectId,
                    EnrollmentId = sent.EnrollmentId, StepPosition = sent.StepPosition, Variant = sent.Variant, Detail = UnsubscribeSource,
                },
                cancellationToken).ConfigureAwait(false);
        }
    }

    private static SuppressionEntry NewEntry(UserId ownerId, SuppressionKind kind, string value, SuppressionReason reason, string? source) =>
        new() { OwnerId = ownerId, Kind = kind, Value = value, Reason = reason, Source = source };

    private async Task<bool> AddAsync(UserId ownerId, SuppressionKind kind, string value, SuppressionReason reason, string? source, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId.Value, nameof(ownerId));
        return await AddEntryAsync(NewEntry(ownerId, kind, value, reason, source), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Adds the entry and, when it newly suppresses an address because the person asked (unsubscribed) or the owner did
    /// (manual), appends <c>prospect.unsubscribed</c> in the same transaction: exactly one event per suppression, whichever
    /// path (link, reply, API) suppressed first.
    /// </summary>
    /// <param name="entry">The entry.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <param name="countInCampaigns">
    /// Whether the unsubscribe also counts in the analytics of the campaigns that mailed the person (the link path; the
    /// reply path records its own <see cref="Messaging.EmailEventKind.Unsubscribed"/> event against the replied thread).
    /// </param>
    private async Task<bool> AddEntryAsync(SuppressionEntry entry, CancellationToken cancellationToken, bool countInCampaigns = false)
    {
        var scope = _scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
            var occurredAt = _clock.GetCurrentInstant();
            var added = await store.ExecuteInTransactionAsync(
                async token =>
                {
                    if (!await store.Suppressions.AddIfAbsentAsync(entry, token).ConfigureAwait(false))
                    {
                        return false;
                    }

                    if (entry.Kind == SuppressionKind.Address && entry.Reason is SuppressionReason.Unsubscribed or SuppressionReason.Manual)
                    {
                        var prospect = await store.Prospects.FindByEmailAsync(entry.OwnerId, entry.Value, token).ConfigureAwait(false);
                        await Events.DomainEventRecorder.ProspectUnsubscribedAsync(store, entry, prospect?.Id, occurredAt, token).ConfigureAwait(false);
                        if (countInCampaigns && prospect is not null)
                        {
                            await CountInCampaignsAsync(store, prospect.Id, occurredAt, token).ConfigureAwait(false);
                        }
                    }

                    return true;
                },
                cancellationToken).ConfigureAwait(false);
            if (added)
            {
                ComplianceLog.Suppressed(_logger, entry.OwnerId.Value, entry.Reason, entry.Source);
            }

            return added;
        }
    }
}
