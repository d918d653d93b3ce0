using NodaTime;

namespace AutoMeet.Work;

/// <summary>
/// Represents a row that workers claim with a lease: due when <see cref="DueAt"/> has passed, not completed and
/// not leased (or its lease has expired). A claim sets the lease; the holder completes, fails or renews it.
/// </summary>
public interface ILeasedWork
{
    /// <summary>Gets or sets the kind of work; workers claim by kind.</summary>
    string Kind { get; set; }

    /// <summary>Gets or sets the earliest instant the work may run.</summary>
    Instant DueAt { get; set; }

    /// <summary>Gets or sets the worker holding the lease, if any.</summary>
    string? LeaseOwner { get; set; }

    /// <summary>Gets or sets when the current lease ends; after it, another worker may claim the work.</summary>
    Instant? LeaseExpiresAt { get; set; }

    /// <summary>Gets or sets how many times the work was claimed.</summary>
    int Attempts { get; set; }

    /// <summary>Gets or sets when the work completed; completed work is never claimed again.</summary>
    Instant? CompletedAt { get; set; }

    /// <summary>Gets or sets the last failure message, if any (no personal data).</summary>
    string? LastError { get; set; }
}
