using AutoMeet.Accounts;
using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AutoMeet.Replies.Pipeline;

/// <summary>
/// Reads new replies of every connected mailbox on each run (hosts run jobs every <see cref="AutoMeetOptions.JobInterval"/>,
/// one minute by default), and processes one mailbox on demand through <see cref="ProcessAccountAsync"/> (for push
/// notifications such as Gmail's Pub/Sub).
/// </summary>
/// <remarks>
/// Several workers may run it at once: every message is decided once (the decision is unique per message) and each
/// cursor only moves forward from where a run started. A mailbox that fails is logged and the others still run.
/// </remarks>
public sealed class ReplyProcessingJob : IAutoMeetJob
{
    private readonly IReplyProcessor _processor;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance of the <see cref="ReplyProcessingJob"/> class.</summary>
    /// <param name="processor">The reply processor.</param>
    /// <param name="loggerFactory">Creates the logger; without one nothing is logged.</param>
    /// <exception cref="ArgumentNullException"><paramref name="processor"/> is <see langword="null"/>.</exception>
    public ReplyProcessingJob(IReplyProcessor processor, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(processor);
        _processor = processor;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<ReplyProcessingJob>();
    }

    /// <inheritdoc/>
    public string Name => "reply-processing";

    /// <inheritdoc/>
    public async Task RunAsync(IServiceProvider scopedServices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopedServices);
        var accounts = scopedServices.GetRequiredService<IAutoMeetStore>().MailboxAccounts;
        int total = 0, processed = 0, failed = 0;
        for (var skip = 0; ; skip += PageRequest.MaxTake)
        {
            var page = await accounts.ListByStatusAsync(AccountStatus.Connected, new PageRequest(skip, PageRequest.MaxTake), cancellationToken).ConfigureAwait(false);
            foreach (var account in page)
            {
                total++;
                try
                {
                    processed += (await _processor.ProcessAccountAsync(account.Id, cancellationToken).ConfigureAwait(false)).Processed;
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    failed++;
                    ReplyPipelineLog.AccountFailed(_logger, account.Id.Value, ex);
                }
            }

            if (page.Count < PageRequest.MaxTake)
            {
                break;
            }
        }

        ReplyPipelineLog.JobRan(_logger, total, processed, failed);
    }

    /// <summary>Processes one mailbox now (for example when its provider pushes a change notification).</summary>
    /// <param name="accountId">The mailbox account.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>What the run saw and did.</returns>
    /// <exception cref="KeyNotFoundException">The account does not exist.</exception>
    public Task<ReplyProcessingResult> ProcessAccountAsync(Id<MailboxAccount> accountId, CancellationToken cancellationToken = default) =>
        _processor.ProcessAccountAsync(accountId, cancellationToken);
}
