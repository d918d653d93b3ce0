using System.Collections.Frozen;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace AutoMeet.Enrichment.Batch;

/// <summary>
/// One token bucket per provider configured in <see cref="EnrichmentBatchOptions.RateLimits"/>. The buckets are
/// replenished by a timer of the injected <see cref="TimeProvider"/> (not the limiter's own timer), so tests drive them
/// with a fake clock.
/// </summary>
internal sealed class EnrichmentRateLimiters : IDisposable
{
    private readonly FrozenDictionary<string, TokenBucketRateLimiter> _limiters;
    private readonly List<ITimer> _timers = [];

    public EnrichmentRateLimiters(IOptions<EnrichmentBatchOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var limiters = new Dictionary<string, TokenBucketRateLimiter>(StringComparer.OrdinalIgnoreCase);
        foreach (var (provider, limit) in options.Value.RateLimits)
        {
            var limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = limit.PermitsPerPeriod,
                TokensPerPeriod = limit.PermitsPerPeriod,
                // The bucket refuses a manual replenishment until this much real time has passed; the TimeProvider timer
                // below is what paces it (every limit.Period), so the limiter's own period is set to the minimum.
                ReplenishmentPeriod = TimeSpan.FromTicks(1),
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = false,
            });
            limiters[provider] = limiter;
            _timers.Add(time.CreateTimer(static state => ((TokenBucketRateLimiter)state!).TryReplenish(), limiter, limit.Period, limit.Period));
        }

        _limiters = limiters.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Waits for a permit of <paramref name="provider"/>; providers without a limit pass at once.</summary>
    public async ValueTask<IDisposable?> AcquireAsync(string provider, CancellationToken cancellationToken)
    {
        if (!_limiters.TryGetValue(provider, out var limiter))
        {
            return null;
        }

        var lease = await limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw new InvalidOperationException($"The rate limiter of provider '{provider}' refused a permit.");
        }

        return lease;
    }

    public void Dispose()
    {
        foreach (var timer in _timers)
        {
            timer.Dispose();
        }

        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }
    }
}
