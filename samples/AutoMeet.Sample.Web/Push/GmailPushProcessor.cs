using AutoMeet.Accounts;
using AutoMeet.Replies.Pipeline;

namespace AutoMeet.Sample.Web.Push;

/// <summary>Runs the reply pipeline for each mailbox a Gmail push notification named, one at a time.</summary>
internal sealed partial class GmailPushProcessor(GmailPushQueue queue, ReplyProcessingJob replies, ILogger<GmailPushProcessor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            Id<MailboxAccount> accountId;
            try
            {
                accountId = await queue.DequeueAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                var result = await replies.ProcessAccountAsync(accountId, stoppingToken);
                LogProcessed(accountId.Value, result.Processed);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The worker's polling job reads the same history later: nothing is lost.
                LogFailed(accountId.Value, ex);
            }
        }
    }

    [LoggerMessage(EventId = 5130, Level = LogLevel.Information, Message = "Gmail push: processed {Processed} messages of account {AccountId}")]
    private partial void LogProcessed(Guid accountId, int processed);

    [LoggerMessage(EventId = 5131, Level = LogLevel.Warning, Message = "Gmail push: processing account {AccountId} failed; polling will pick it up")]
    private partial void LogFailed(Guid accountId, Exception exception);
}
