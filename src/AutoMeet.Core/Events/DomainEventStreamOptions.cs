namespace AutoMeet.Events;

/// <summary>Settings of the in-process domain-event stream. Bind from <c>AutoMeet:Events</c>; validated when the host starts.</summary>
public sealed class DomainEventStreamOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "AutoMeet:Events";

    /// <summary>
    /// Gets or sets how often a waiting subscriber reads the log even without an in-process signal, to see events other
    /// processes wrote (default 2 seconds; 10 milliseconds to 5 minutes).
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets or sets how many events one read of the log returns at most (1 to 1000; default 200).</summary>
    public int BatchSize { get; set; } = 200;
}
