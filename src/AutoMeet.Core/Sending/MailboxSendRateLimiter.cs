using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace AutoMeet.Sending;

/// <summary>
/// Keeps each mailbox under the provider's per-user send rate (<see cref="SendingOptions.MaxSendsPerMinutePerMailbox"/>):
/// a sliding one-minute window per mailbox (System.Threading.RateLimiting). Per process; across processes the outbox
/// claim already allows only one send in flight per mailbox.
/// </summary>
internal sealed class MailboxSendRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<Guid> _limiter;

    public MailboxSendRateLimiter(IOptions<SendingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var perMinute = options.Value.MaxSendsPerMinutePerMailbox;
        _limiter = PartitionedRateLimiter.Create<Guid, Guid>(mailbox => RateLimitPartition.GetSlidingWindowLimiter(
            mailbox,
            _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = perMinute,
                Window = TimeSpan.FromMinutes(1),
                SegmentsPerWindow = 6,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>Takes one send from the mailbox's allowance; <see langword="false"/> when the minute's allowance is used up.</summary>
    public bool TryAcquire(Guid mailboxId)
    {
        using var lease = _limiter.AttemptAcquire(mailboxId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
