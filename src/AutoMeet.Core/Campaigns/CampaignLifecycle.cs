using AutoMeet.Sequences;
using NodaTime;

namespace AutoMeet.Campaigns;

/// <summary>
/// The campaign lifecycle: draft → scheduled → active ⇄ paused → completed, with cancel (from any live status),
/// unschedule (scheduled → draft) and archive (from draft, completed or cancelled). Pure: it computes what changes;
/// the caller stores it.
/// </summary>
public static class CampaignLifecycle
{
    /// <summary>Gets a value indicating whether the lifecycle has an edge from <paramref name="from"/> to <paramref name="to"/> (guards aside).</summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">The status asked for.</param>
    /// <returns><see langword="true"/> when the edge exists.</returns>
    public static bool IsEdge(CampaignStatus from, CampaignStatus to) => (from, to) switch
    {
        (CampaignStatus.Draft, CampaignStatus.Scheduled) => true,
        (CampaignStatus.Scheduled, CampaignStatus.Draft) => true,
        (CampaignStatus.Scheduled, CampaignStatus.Active) => true,
        (CampaignStatus.Active, CampaignStatus.Paused) => true,
        (CampaignStatus.Paused, CampaignStatus.Active) => true,
        (CampaignStatus.Active or CampaignStatus.Paused, CampaignStatus.Completed) => true,
        (CampaignStatus.Draft or CampaignStatus.Scheduled or CampaignStatus.Active or CampaignStatus.Paused, CampaignStatus.Cancelled) => true,
        (CampaignStatus.Draft or CampaignStatus.Completed or CampaignStatus.Cancelled, CampaignStatus.Archived) => true,
        _ => false,
    };

    /// <summary>Checks a transition with its guards and computes what it changes.</summary>
    /// <param name="campaign">The campaign.</param>
    /// <param name="to">The status asked for.</param>
    /// <param name="context">The schedule, sequence, mailboxes and current instant.</param>
    /// <returns>The transition; <see cref="CampaignTransition.Error"/> says why when it is refused.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static CampaignTransition Check(Campaign campaign, CampaignStatus to, CampaignTransitionContext context)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(context);
        var from = campaign.Status;
        var error = !IsEdge(from, to)
            ? from == to ? $"the campaign is already {from}." : $"there is no {from} → {to} transition."
            : Guard(campaign, to, context);
        if (error is not null)
        {
            return new CampaignTransition(from, to, error, campaign.StartedAt, campaign.EndedAt);
        }

        var startedAt = to == CampaignStatus.Active ? campaign.StartedAt ?? context.Now : campaign.StartedAt;
        var endedAt = to is CampaignStatus.Completed or CampaignStatus.Cancelled or CampaignStatus.Archived
            ? campaign.EndedAt ?? context.Now
            : campaign.EndedAt;
        return new CampaignTransition(from, to, null, startedAt, endedAt);
    }

    /// <summary>Checks a transition and applies it to the campaign.</summary>
    /// <param name="campaign">The campaign; its status and start/end instants are updated.</param>
    /// <param name="to">The status asked for.</param>
    /// <param name="context">The schedule, sequence, mailboxes and current instant.</param>
    /// <returns>The applied transition.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidCampaignTransitionException">The transition is not allowed; the campaign is unchanged.</exception>
    public static CampaignTransition Transition(Campaign campaign, CampaignStatus to, CampaignTransitionContext context)
    {
        var transition = Check(campaign, to, context);
        transition.ApplyTo(campaign);
        return transition;
    }

    /// <summary>Gets why a campaign is not ready to be scheduled or activated, or <see langword="null"/> when it is.</summary>
    /// <param name="campaign">The campaign.</param>
    /// <param name="context">The schedule, sequence and mailboxes.</param>
    /// <returns>A message naming what is missing, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string? Readiness(Campaign campaign, CampaignTransitionContext context)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(context);
        if (context.Sequence is not { } sequence || campaign.SequenceId is null)
        {
            return "the campaign has no sequence.";
        }

        if (sequence.Id != campaign.SequenceId)
        {
            return $"the sequence given ({sequence.Id}) is not the campaign's ({campaign.SequenceId}).";
        }

        if (!sequence.Steps.Any(s => s.Kind is SequenceStepKind.NewThreadEmail or SequenceStepKind.FollowUpEmail))
        {
            return $"sequence '{sequence.Name}' has no e-mail step.";
        }

        if (sequence.Steps.FirstOrDefault(s => s.DelayAmount < 0) is { } negative)
        {
            return $"step {negative.Position} of sequence '{sequence.Name}' has a negative delay ({negative.DelayAmount}).";
        }

        if (campaign.MailboxAccountId is null && context.OwnerMailboxCount <= 0)
        {
            return "the campaign names no mailbox and its owner has none to rotate across.";
        }

        if (context.Schedule is not { } schedule)
        {
            return "the campaign has no schedule.";
        }

        if (SendingWindow.From(schedule).Validate() is { } windowError)
        {
            return windowError;
        }

        if (context.Zones.GetZoneOrNull(schedule.TimeZoneId) is null)
        {
            return $"the schedule's time zone '{schedule.TimeZoneId}' is not a known IANA zone.";
        }

        if (schedule.EndAt is { } end && (end <= context.Now || (schedule.StartAt is { } start && end <= start)))
        {
            return $"the schedule ends at {end}, before it could start.";
        }

        return null;
    }

    private static string? Guard(Campaign campaign, CampaignStatus to, CampaignTransitionContext context)
    {
        switch (campaign.Status, to)
        {
            case (CampaignStatus.Draft, CampaignStatus.Scheduled):
                return Readiness(campaign, context);
            case (CampaignStatus.Scheduled, CampaignStatus.Active):
                if (Readiness(campaign, context) is { } notReady)
                {
                    return notReady;
                }

                return context.Schedule!.StartAt is { } startAt && startAt > context.Now
                    ? $"its start {startAt} is still in the future (now {context.Now})."
                    : null;
            case (CampaignStatus.Paused, CampaignStatus.Active):
                return context.Schedule?.EndAt is { } endAt && endAt <= context.Now
                    ? $"its schedule ended at {endAt}; complete it instead."
                    : null;
            default:
                return null;
        }
    }
}
