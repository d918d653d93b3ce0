using System.Text.Json.Nodes;
using AutoMeet.Approvals;
using AutoMeet.Campaigns;
using AutoMeet.Compliance;
using AutoMeet.Meetings;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Replies;
using AutoMeet.Storage;

namespace AutoMeet.Events;

/// <summary>
/// Appends domain events where the engines change things, in the same transaction as the change. Payloads hold facts
/// (step, variant, label, status), never message bodies, addresses or bounce diagnostics.
/// </summary>
internal static class DomainEventRecorder
{
    /// <summary>Adds an e-mail event and its domain event in one transaction (joining the caller's, if any).</summary>
    public static Task AddEmailEventAsync(IAutoMeetStore store, EmailEvent emailEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(emailEvent);
        return store.ExecuteInTransactionAsync(
            async token =>
            {
                await store.EmailEvents.AddAsync(emailEvent, token).ConfigureAwait(false);
                if (emailEvent.Kind == EmailEventKind.Unsubscribed)
                {
                    // prospect.unsubscribed is appended with the suppression entry (ProspectUnsubscribedAsync), once per
                    // suppression, whichever path suppressed first; the e-mail event only feeds the campaign's analytics.
                    return false;
                }

                var owner = await OwnerOfAsync(store, emailEvent.CampaignId, emailEvent.ProspectId, token).ConfigureAwait(false);
                if (owner is null)
                {
                    return false;
                }

                var payload = new JsonObject { ["kind"] = emailEvent.Kind.ToString().ToLowerInvariant() };
                Put(payload, "step", emailEvent.StepPosition);
                Put(payload, "variant", emailEvent.Variant);
                Put(payload, "messageId", emailEvent.MessageId?.ToString());
                Put(payload, "enrollmentId", emailEvent.EnrollmentId?.ToString());
                if (emailEvent.Kind is EmailEventKind.Replied or EmailEventKind.Clicked)
                {
                    // The reply label or the clicked host; bounce diagnostics may quote addresses and stay out.
                    Put(payload, "detail", emailEvent.Detail);
                }

                await store.DomainEvents.AppendAsync(
                    new DomainEvent
                    {
                        Type = TypeOf(emailEvent.Kind),
                        OccurredAt = emailEvent.OccurredAt,
                        OwnerId = owner.Value,
                        CampaignId = emailEvent.CampaignId,
                        ProspectId = emailEvent.ProspectId,
                        EntityType = nameof(EmailEvent),
                        EntityId = emailEvent.Id.ToString(),
                        Payload = payload.ToJsonString(),
                    },
                    token).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }

    /// <summary>
    /// Appends <c>prospect.unsubscribed</c> for a new suppression entry (in the caller's transaction). The payload holds
    /// the reason and the source, never the address: the prospect is named by id when the owner has one at that address.
    /// </summary>
    public static Task ProspectUnsubscribedAsync(IAutoMeetStore store, SuppressionEntry entry, Id<Prospect>? prospectId, NodaTime.Instant occurredAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(entry);
        var payload = new JsonObject { ["reason"] = entry.Reason.ToString().ToLowerInvariant() };
        if (entry.Source is { Length: > 0 and <= 40 } source && source.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            // Sources are short tags (unsubscribe-link, reply, api); anything else could be free text and stays out.
            payload["source"] = source;
        }

        return store.DomainEvents.AppendAsync(
            new DomainEvent
            {
                Type = DomainEventTypes.ProspectUnsubscribed,
                OccurredAt = occurredAt,
                OwnerId = entry.OwnerId,
                ProspectId = prospectId,
                EntityType = nameof(SuppressionEntry),
                EntityId = entry.Id.ToString(),
                Payload = payload.ToJsonString(),
            },
            cancellationToken);
    }

    /// <summary>Appends <c>reply.classified</c> for a stored reply decision.</summary>
    public static Task ReplyClassifiedAsync(IAutoMeetStore store, ReplyDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(decision);
        var payload = new JsonObject
        {
            ["label"] = decision.Label.ToWireName(),
            ["confidence"] = Math.Round(decision.Confidence, 3),
            ["classifier"] = decision.Classifier,
            ["threadId"] = decision.ThreadId.ToString(),
        };
        return store.DomainEvents.AppendAsync(
            new DomainEvent
            {
                Type = DomainEventTypes.ReplyClassified,
                OccurredAt = decision.DecidedAt,
                OwnerId = decision.OwnerId,
                CampaignId = decision.CampaignId,
                ProspectId = decision.ProspectId,
                EntityType = nameof(ReplyDecision),
                EntityId = decision.Id.ToString(),
                Payload = payload.ToJsonString(),
            },
            cancellationToken);
    }

    /// <summary>
    /// Appends the domain event of a meeting or approval audit entry (the chokepoint every meeting transition and
    /// approval decision goes through); entries with no public event (requests, reminders) append nothing.
    /// </summary>
    public static async Task FromAuditAsync(IAutoMeetStore store, AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(entry);
        ApprovalRequest? request = null;
        Meeting? meeting;
        if (entry.EntityType == nameof(ApprovalRequest) && entry.Action is "approval.approved" or "approval.declined" or "approval.expired" or Meetings.ApprovalSuggestions.AuditAction)
        {
            request = Guid.TryParse(entry.EntityId, out var requestId)
                ? await store.Approvals.FindAsync(new Id<ApprovalRequest>(requestId), cancellationToken).ConfigureAwait(false)
                : null;
            meeting = request is null ? null : await store.Meetings.FindAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        }
        else if (entry.EntityType == nameof(Meeting) && entry.Action.StartsWith("meeting.", StringComparison.Ordinal) && Guid.TryParse(entry.EntityId, out var meetingId))
        {
            meeting = await store.Meetings.FindAsync(new Id<Meeting>(meetingId), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            return;
        }

        var type = request is not null ? DomainEventTypes.ApprovalDecided : MeetingTypeOf(entry.Action, meeting?.Status);
        if (type is null)
        {
            return;
        }

        var payload = new JsonObject();
        if (request is not null)
        {
            payload["decision"] = entry.Action["approval.".Length..];
            payload["decidedBy"] = entry.ActorKind.ToString().ToLowerInvariant();
            Put(payload, "meetingId", request.MeetingId.ToString());
            if (request.Status == ApprovalStatus.AlternativeSuggested)
            {
                Put(payload, "suggestedStart", request.SuggestedStart?.ToString());
            }
        }

        if (meeting is not null)
        {
            payload["status"] = MeetingAudit.Wire(meeting.Status);
            payload["start"] = meeting.Start.ToString();
            payload["end"] = meeting.End.ToString();
            if (type == DomainEventTypes.MeetingRescheduled)
            {
                Put(payload, "previousStart", PreviousStartOf(entry.Detail));
            }
        }

        await store.DomainEvents.AppendAsync(
            new DomainEvent
            {
                Type = type,
                OccurredAt = entry.OccurredAt,
                OwnerId = entry.OwnerId,
                CampaignId = meeting?.CampaignId,
                ProspectId = meeting?.ProspectId,
                EntityType = entry.EntityType,
                EntityId = entry.EntityId,
                Payload = payload.ToJsonString(),
            },
            cancellationToken).ConfigureAwait(false);
    }

    internal static string TypeOf(EmailEventKind kind) => kind switch
    {
        EmailEventKind.Sent => DomainEventTypes.EmailSent,
        EmailEventKind.Delivered => DomainEventTypes.EmailDelivered,
        EmailEventKind.Opened => DomainEventTypes.EmailOpened,
        EmailEventKind.Clicked => DomainEventTypes.EmailClicked,
        EmailEventKind.Replied => DomainEventTypes.EmailReplied,
        EmailEventKind.Bounced => DomainEventTypes.EmailBounced,
        EmailEventKind.Unsubscribed => DomainEventTypes.ProspectUnsubscribed,
        EmailEventKind.Complained => DomainEventTypes.EmailComplained,
        _ => "email." + kind.ToString().ToLowerInvariant(),
    };

    internal static string? MeetingTypeOf(string action, MeetingStatus? status) => action switch
    {
        "meeting.created" => status == MeetingStatus.AwaitingApproval ? DomainEventTypes.MeetingAwaitingApproval : DomainEventTypes.MeetingProposed,
        "meeting.proposed" => DomainEventTypes.MeetingProposed,
        "meeting.awaiting-approval" => DomainEventTypes.MeetingAwaitingApproval,
        "meeting.scheduled" => DomainEventTypes.MeetingBooked,
        "meeting.declined" => DomainEventTypes.MeetingDeclined,
        "meeting.cancelled" => DomainEventTypes.MeetingCancelled,
        Meetings.MeetingEmailComposer.RescheduledAction or Meetings.Changes.MeetingEventSync.MovedInCalendarAction => DomainEventTypes.MeetingRescheduled,
        "meeting.completed" => DomainEventTypes.MeetingCompleted,
        "meeting.no-show" => DomainEventTypes.MeetingNoShow,
        _ => null,
    };

    /// <summary>The <c>from</c> instant a move's audit detail records, when it is there and well formed.</summary>
    private static string? PreviousStartOf(string? detail)
    {
        if (string.IsNullOrEmpty(detail))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(detail) is JsonObject o && o["from"] is JsonValue v && v.TryGetValue<string>(out var from) ? from : null;
        }
        catch (System.Text.Json.JsonException)
        {
            // The detail is the engine's own JSON; a malformed one only loses this optional field.
            return null;
        }
    }

    private static async Task<UserId?> OwnerOfAsync(IAutoMeetStore store, Id<Campaign>? campaignId, Id<Prospect>? prospectId, CancellationToken cancellationToken)
    {
        if (campaignId is { } c && await store.Campaigns.FindAsync(c, cancellationToken).ConfigureAwait(false) is { } campaign)
        {
            return campaign.OwnerId;
        }

        return prospectId is { } p && await store.Prospects.FindAsync(p, cancellationToken).ConfigureAwait(false) is { } prospect
            ? prospect.OwnerId
            : null;
    }

    private static void Put(JsonObject payload, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            payload[name] = value;
        }
    }

    private static void Put(JsonObject payload, string name, int? value)
    {
        if (value is { } v)
        {
            payload[name] = v;
        }
    }
}
