namespace AutoMeet.Scheduling;

/// <summary>Represents why a meeting start is not bookable.</summary>
public enum SlotBlockReason
{
    /// <summary>The meeting does not fit in any working range of the participant (or ends after the range ends).</summary>
    OutsideWorkingHours = 0,

    /// <summary>The start is inside working time but not on the slot grid (range start plus a multiple of the slot interval).</summary>
    NotOnSlotGrid = 1,

    /// <summary>The meeting does not lie inside the requested window.</summary>
    OutsideRequestedWindow = 2,

    /// <summary>The start is sooner than the minimum notice allows.</summary>
    UnderMinimumNotice = 3,

    /// <summary>The start is past the rolling booking horizon.</summary>
    BeyondHorizon = 4,

    /// <summary>The meeting overlaps busy time.</summary>
    Busy = 5,

    /// <summary>The buffer before the meeting overlaps busy time that ends before the meeting.</summary>
    InsideBufferBefore = 6,

    /// <summary>The buffer after the meeting overlaps busy time that starts after the meeting.</summary>
    InsideBufferAfter = 7,

    /// <summary>The meeting (or its buffers) overlaps time held by a pending proposal.</summary>
    HeldByPendingProposal = 8,

    /// <summary>The participant already has the most meetings allowed that day.</summary>
    DailyLimitReached = 9,

    /// <summary>The participant already has the most meetings allowed that week.</summary>
    WeeklyLimitReached = 10,
}
