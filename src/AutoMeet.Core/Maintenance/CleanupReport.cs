namespace AutoMeet.Maintenance;

/// <summary>Represents what one cleanup run deleted.</summary>
/// <param name="WorkItems">Completed work items past their retention.</param>
/// <param name="Notifications">Delivered notifications past their retention.</param>
/// <param name="EmailEvents">E-mail events past their retention (zero when events are kept for good).</param>
public sealed record CleanupReport(int WorkItems, int Notifications, int EmailEvents)
{
    /// <summary>Gets how many stale meeting holds (proposals or meetings awaiting approval past their hold) were expired, releasing their slots.</summary>
    public int ExpiredHolds { get; init; }
}
