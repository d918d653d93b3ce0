namespace AutoMeet.Maintenance;

/// <summary>Represents what one cleanup run deleted.</summary>
/// <param name="WorkItems">Completed work items past their retention.</param>
/// <param name="Notifications">Delivered notifications past their retention.</param>
/// <param name="EmailEvents">E-mail events past their retention (zero when events are kept for good).</param>
public sealed record CleanupReport(int WorkItems, int Notifications, int EmailEvents)
{
    /// <summary>Gets how many stale meeting holds (proposals or meetings awaiting approval past their hold) were expired, releasing their slots.</summary>
    public int ExpiredHolds { get; init; }

    /// <summary>Gets how many stored e-mail message bodies were redacted past <see cref="CleanupOptions.MessageBodyRetention"/>.</summary>
    public int RedactedMessages { get; init; }

    /// <summary>Gets how many finished reply drafts had their text redacted past <see cref="CleanupOptions.MessageBodyRetention"/>.</summary>
    public int RedactedDrafts { get; init; }

    /// <summary>Gets how many domain events were deleted past <see cref="CleanupOptions.DomainEventRetention"/>.</summary>
    public int DomainEvents { get; init; }

    /// <summary>Gets how many webhook delivery attempts were deleted past <see cref="CleanupOptions.WebhookDeliveryLogRetention"/>.</summary>
    public int WebhookAttempts { get; init; }
}
