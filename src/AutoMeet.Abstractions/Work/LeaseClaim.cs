using NodaTime;

namespace AutoMeet.Work;

/// <summary>Represents a request to claim due work with a lease.</summary>
public sealed record LeaseClaim
{
    /// <summary>The most items one claim returns.</summary>
    public const int MaxBatch = 1000;

    /// <summary>Initializes a new instance of the <see cref="LeaseClaim"/> class.</summary>
    /// <param name="leaseOwner">A name unique to the claiming worker (for example host name + process id + a GUID).</param>
    /// <param name="maxItems">How many items to claim at most (1 to <see cref="MaxBatch"/>).</param>
    /// <param name="leaseDuration">How long the lease lasts (more than zero, at most one day).</param>
    /// <param name="kinds">The kinds to claim; <see langword="null"/> or empty claims every kind.</param>
    /// <exception cref="ArgumentException">An argument is blank or out of range.</exception>
    public LeaseClaim(string leaseOwner, int maxItems, Duration leaseDuration, IReadOnlyList<string>? kinds = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(leaseOwner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxItems);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxItems, MaxBatch);
        if (leaseDuration <= Duration.Zero || leaseDuration > Duration.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(leaseDuration), leaseDuration, "A lease lasts more than zero and at most one day.");
        }

        LeaseOwner = leaseOwner;
        MaxItems = maxItems;
        LeaseDuration = leaseDuration;
        Kinds = kinds ?? [];
    }

    /// <summary>Gets the claiming worker's name.</summary>
    public string LeaseOwner { get; }

    /// <summary>Gets how many items to claim at most.</summary>
    public int MaxItems { get; }

    /// <summary>Gets how long the lease lasts.</summary>
    public Duration LeaseDuration { get; }

    /// <summary>Gets the kinds to claim; empty claims every kind.</summary>
    public IReadOnlyList<string> Kinds { get; }
}
