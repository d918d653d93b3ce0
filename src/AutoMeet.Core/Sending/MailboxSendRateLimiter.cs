using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Sending;

/// <summary>
/// Keeps each mailbox under the provider's per-user send rate (<see cref="SendingOptions.MaxSendsPerMinutePerMailbox"/>):
/// an exact sliding one-minute window per mailbox (the instants of its recent sends), read from the injected clock.
/// System.Threading.RateLimiting's limiters replenish on the machine's own timer, which would put this one rule
/// outside the host's <see cref="TimeProvider"/>; the window here is a few lines and follows it (and a fake one in
/// tests). Per process; across processes the outbox claim already allows only one send in flight per mailbox.
/// </summary>
internal sealed class MailboxSendRateLimiter
{
    private static readonly Duration Window = Duration.FromMinutes(1);
    private readonly ConcurrentDictionary<Guid, Queue<Instant>> _recent = new();
    private readonly int _perMinute;
    private readonly IClock _clock;

    public MailboxSendRateLimiter(IOptions<SendingOptions> options, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        _perMinute = options.Value.MaxSendsPerMinutePerMailbox;
        _clock = clock;
    }

    /// <summary>Takes one send from the mailbox's allowance; <see langword="false"/> when the last minute's allowance is used up.</summary>
    public bool TryAcquire(Guid mailboxId)
    {
        var now = _clock.GetCurrentInstant();
        var sends = _recent.GetOrAdd(mailboxId, _ => new Queue<Instant>());
        lock (sends)
        {
            while (sends.Count > 0 && sends.Peek() <= now - Window)
            {
                sends.Dequeue();
            }

            if (sends.Count >= _perMinute)
            {
                return false;
            }

            sends.Enqueue(now);
            return true;
        }
    }
}
