using Microsoft.Extensions.Logging;

namespace AutoMeet.Maintenance;

/// <summary>Log messages of the cleanup (event ids 1810–1819).</summary>
internal static partial class MaintenanceLog
{
    [LoggerMessage(EventId = 1810, Level = LogLevel.Information, Message = "Cleanup deleted {WorkItems} completed work items, {Notifications} delivered notifications and {EmailEvents} e-mail events past their retention.")]
    public static partial void CleanedUp(ILogger logger, int workItems, int notifications, int emailEvents);

    [LoggerMessage(EventId = 1811, Level = LogLevel.Information, Message = "Cleanup expired {Holds} stale meeting holds.")]
    public static partial void HoldsExpired(ILogger logger, int holds);

    [LoggerMessage(EventId = 1812, Level = LogLevel.Information, Message = "Cleanup redacted {Messages} message bodies and {Drafts} reply drafts, and deleted {DomainEvents} domain events and {WebhookAttempts} webhook delivery attempts past their retention.")]
    public static partial void RetentionApplied(ILogger logger, int messages, int drafts, int domainEvents, int webhookAttempts);
}
