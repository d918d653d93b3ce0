using AutoMeet.Compliance;
using AutoMeet.Messaging;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Sending.Tracking;

/// <summary>The default <see cref="IEngagementTracker"/> (a singleton that opens a scope per request).</summary>
internal sealed class EngagementTracker(IServiceScopeFactory scopes, ILinkSigner signer, IClock clock) : IEngagementTracker
{
    public Task<TrackingResult> ClickAsync(string? token, CancellationToken cancellationToken = default) =>
        RecordAsync(token, LinkPurposes.TrackClick, EmailEventKind.Clicked, cancellationToken);

    public Task<TrackingResult> OpenAsync(string? token, CancellationToken cancellationToken = default) =>
        RecordAsync(token, LinkPurposes.TrackOpen, EmailEventKind.Opened, cancellationToken);

    private async Task<TrackingResult> RecordAsync(string? token, string purpose, EmailEventKind kind, CancellationToken cancellationToken)
    {
        var verification = signer.Verify(token, purpose);
        var payload = verification.Payload;
        var target = purpose == LinkPurposes.TrackClick && payload is { Subjects.Count: 2 } && Uri.TryCreate(payload.Subjects[1], UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri : null;
        if (verification.Status == LinkVerificationStatus.Expired)
        {
            return new TrackingResult(TrackingOutcome.Expired, target);
        }

        if (!verification.IsValid || payload is null || !Guid.TryParse(payload.Subjects[0], out var rowId) || (purpose == LinkPurposes.TrackClick && target is null))
        {
            return new TrackingResult(TrackingOutcome.Invalid, null);
        }

        var scope = scopes.CreateAsyncScope();
        await using var scopeLifetime = scope.ConfigureAwait(false);
        var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
        var row = await store.Outbox.FindAsync(new Id<OutboxMessage>(rowId), cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return new TrackingResult(TrackingOutcome.Unknown, target);
        }

        await Events.DomainEventRecorder.AddEmailEventAsync(
            store,
            new EmailEvent
            {
                Kind = kind,
                OccurredAt = clock.GetCurrentInstant(),
                CampaignId = row.CampaignId,
                ProspectId = row.ProspectId,
                EnrollmentId = row.EnrollmentId,
                StepPosition = row.StepPosition,
                Variant = row.Variant,
                Detail = kind == EmailEventKind.Clicked ? target!.Host : null,
            },
            cancellationToken).ConfigureAwait(false);
        return new TrackingResult(TrackingOutcome.Recorded, target);
    }
}
