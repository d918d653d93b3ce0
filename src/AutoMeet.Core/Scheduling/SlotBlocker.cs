namespace AutoMeet.Scheduling;

/// <summary>Represents one reason a meeting start is not bookable.</summary>
/// <param name="Reason">The reason.</param>
/// <param name="Participant">The participant it concerns (index in the request), or -1 when it concerns everyone (notice, window, horizon).</param>
/// <param name="Detail">A sentence for people, naming the times involved.</param>
public sealed record SlotBlocker(SlotBlockReason Reason, int Participant, string Detail)
{
    /// <summary>Gets the index of the busy interval involved in the participant's busy list, if the reason is busy time.</summary>
    public int? BusyIndex { get; init; }

    /// <summary>Gets the busy interval involved, if the reason is busy time.</summary>
    public BusyTime? Busy { get; init; }
}
