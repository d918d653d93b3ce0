using System.Buffers;
using AutoMeet.Sequences.Distribution.Internal;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Sequences.Distribution;

/// <summary>The daily outreach distributor (see <see cref="IOutreachDistributor"/>).</summary>
/// <remarks>Stateless and thread-safe; register it as a singleton. Per call it allocates the mailboxes' fence lists and rents its sort buffers.</remarks>
public sealed class OutreachDistributor : IOutreachDistributor
{
    private readonly DistributionSettings _settings;

    /// <summary>Initializes a new instance of the <see cref="OutreachDistributor"/> class.</summary>
    /// <param name="options">The rules; validated here too, so a distributor built outside a host is checked as well.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="OptionsValidationException">The options are invalid; the message names the setting.</exception>
    public OutreachDistributor(IOptions<DistributionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        DistributionOptionsValidator.ThrowIfInvalid(value);
        _settings = new DistributionSettings(value);
    }

    /// <inheritdoc/>
    public DistributionSummary Distribute(
        ReadOnlySpan<OutreachCandidate> candidates, ReadOnlySpan<MailboxState> mailboxes, Span<DistributionDecision> results, Instant now)
    {
        if (results.Length < candidates.Length)
        {
            throw new ArgumentException(
                $"The results span holds {results.Length} items but {candidates.Length} candidates were given.", nameof(results));
        }

        var run = new DistributionRun(_settings, mailboxes, now);
        var n = Math.Max(candidates.Length, 1);
        var keys = ArrayPool<ulong>.Shared.Rent(n);
        var order = ArrayPool<int>.Shared.Rent(n);
        var bounds = ArrayPool<long>.Shared.Rent(2 * n);
        try
        {
            var count = 0;
            var origin = now.ToUnixTimeTicks();
            for (var i = 0; i < candidates.Length; i++)
            {
                ref readonly var c = ref candidates[i];
                if (c.Context is null)
                {
                    throw new ArgumentException($"Candidate {i} (enrollment {c.EnrollmentId}) has no planning context.", nameof(candidates));
                }

                if (run.TryGetBounds(in c, out var start, out var limit))
                {
                    bounds[2 * i] = start.ToUnixTimeTicks();
                    bounds[2 * i + 1] = limit.ToUnixTimeTicks();
                    keys[count] = OrderKey(c.IsFollowUp, bounds[2 * i] - origin, c.EnrollmentId.Value);
                    order[count++] = i;
                }
                else
                {
                    results[i] = DistributionDecision.Deferred(DeferralReason.WindowClosed, null);
                }
            }

            Array.Sort(keys, order, 0, count);
            for (var k = 0; k < count; k++)
            {
                var i = order[k];
                results[i] = run.Place(in candidates[i], bounds[2 * i], bounds[2 * i + 1]);
            }

            return run.Summarize(candidates.Length);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(keys);
            ArrayPool<int>.Shared.Return(order);
            ArrayPool<long>.Shared.Return(bounds);
        }
    }

    /// <inheritdoc/>
    public DistributionExplanation Explain(in OutreachCandidate candidate, ReadOnlySpan<MailboxState> mailboxes, Instant now)
    {
        Span<DistributionDecision> result = [default];
        Distribute([candidate], mailboxes, result, now);
        return new DistributionExplanation(result[0], result[0].Describe());
    }

    /// <summary>
    /// Packs the processing order into one sortable number: follow-ups first (top bit clear), then the earliest instant to the second
    /// (32 bits: up to 136 years after now), then 31 bits of the enrollment id; equal keys keep a deterministic, input-dependent order.
    /// </summary>
    private static ulong OrderKey(bool isFollowUp, long ticksAfterNow, Guid enrollment)
    {
        var seconds = (ulong)Math.Min(ticksAfterNow / NodaConstants.TicksPerSecond, uint.MaxValue);
        return (isFollowUp ? 0UL : 1UL << 63) | (seconds << 31) | ((uint)enrollment.GetHashCode() & 0x7FFF_FFFFUL);
    }
}
