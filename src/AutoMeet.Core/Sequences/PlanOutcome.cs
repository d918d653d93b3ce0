namespace AutoMeet.Sequences;

/// <summary>Represents the kind of decision the <see cref="ISequencePlanner"/> made for one enrollment.</summary>
public enum PlanOutcome
{
    /// <summary>An e-mail step goes out at <see cref="PlannedStep.EarliestAt"/> (now or later).</summary>
    Send = 0,

    /// <summary>A condition step is evaluated at <see cref="PlannedStep.EarliestAt"/>, once its delay has elapsed.</summary>
    WaitingOnCondition = 1,

    /// <summary>The enrollment is snoozed; its next e-mail goes out at <see cref="PlannedStep.EarliestAt"/>.</summary>
    Snoozed = 2,

    /// <summary>The enrollment is paused; nothing is planned.</summary>
    Paused = 3,

    /// <summary>Every step has run: the enrollment is complete.</summary>
    Completed = 4,

    /// <summary>A condition step did not hold when evaluated: the sequence ends here for this prospect.</summary>
    ConditionNotMet = 5,

    /// <summary>The enrollment stopped (or must stop now); <see cref="PlannedStep.StopReason"/> says why.</summary>
    Stopped = 6,

    /// <summary>The next send would fall at or after the campaign's end: nothing more is sent.</summary>
    CampaignEnded = 7,

    /// <summary>No sending window opens within the planner's search horizon (for example holidays cover it all).</summary>
    NoSendingWindow = 8,
}
