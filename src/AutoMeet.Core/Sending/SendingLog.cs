using Microsoft.Extensions.Logging;

namespace AutoMeet.Sending;

internal static partial class SendingLog
{
    [LoggerMessage(EventId = 1500, EventName = "OutboxRowSent", Level = LogLevel.Debug,
        Message = "Sent outbox row {RowId} (step {Step}) from mailbox {MailboxId}.")]
    public static partial void RowSent(ILogger logger, Guid rowId, int step, Guid mailboxId);

    [LoggerMessage(EventId = 1501, EventName = "OutboxRowRecovered", Level = LogLevel.Information,
        Message = "Outbox row {RowId} was already sent before a crash or lost response; recorded it without sending again.")]
    public static partial void RowRecovered(ILogger logger, Guid rowId);

    [LoggerMessage(EventId = 1502, EventName = "OutboxRowCancelled", Level = LogLevel.Information,
        Message = "Cancelled outbox row {RowId}: {Reason}.")]
    public static partial void RowCancelled(ILogger logger, Guid rowId, string reason);

    [LoggerMessage(EventId = 1503, EventName = "OutboxRowDeferred", Level = LogLevel.Information,
        Message = "Deferred outbox row {RowId} to {DueAt}: {Reason}.")]
    public static partial void RowDeferred(ILogger logger, Guid rowId, NodaTime.Instant dueAt, string reason);

    [LoggerMessage(EventId = 1504, EventName = "OutboxRowFailed", Level = LogLevel.Warning,
        Message = "Outbox row {RowId} failed for good after {Attempts} attempt(s): {Reason}.")]
    public static partial void RowFailed(ILogger logger, Guid rowId, int attempts, string reason);

    [LoggerMessage(EventId = 1505, EventName = "OutboxSendFailed", Level = LogLevel.Warning,
        Message = "Sending outbox row {RowId} failed (attempt {Attempts}); its outcome is unknown, so the next attempt looks it up first.")]
    public static partial void SendFailed(ILogger logger, Guid rowId, int attempts, Exception exception);

    [LoggerMessage(EventId = 1506, EventName = "OutboxLeaseLost", Level = LogLevel.Warning,
        Message = "Lost the lease on outbox row {RowId}; another sender owns it and will look it up before sending.")]
    public static partial void LeaseLost(ILogger logger, Guid rowId);

    [LoggerMessage(EventId = 1507, EventName = "OutboxRecordConflict", Level = LogLevel.Debug,
        Message = "Recording outbox row {RowId} met a concurrent change (attempt {Attempt}); retrying with fresh data.")]
    public static partial void RecordConflict(ILogger logger, Guid rowId, int attempt);

    [LoggerMessage(EventId = 1508, EventName = "OutboxRunCompleted", Level = LogLevel.Debug,
        Message = "Sender run: {Claimed} claimed, {Sent} sent, {Recovered} recovered, {Cancelled} cancelled, {Deferred} deferred, {Failed} failed, {LeaseLost} lease lost.")]
    public static partial void RunCompleted(ILogger logger, int claimed, int sent, int recovered, int cancelled, int deferred, int failed, int leaseLost);

    [LoggerMessage(EventId = 1520, EventName = "SchedulerCampaignSkipped", Level = LogLevel.Warning,
        Message = "Campaign {CampaignId} cannot be planned: {Reason}.")]
    public static partial void CampaignSkipped(ILogger logger, Guid campaignId, string reason);

    [LoggerMessage(EventId = 1521, EventName = "SchedulerRunCompleted", Level = LogLevel.Debug,
        Message = "Scheduler run: {Campaigns} campaign(s), {Planned} send(s) planned, {Finished} enrollment(s) finished.")]
    public static partial void SchedulerRun(ILogger logger, int campaigns, int planned, int finished);
}
