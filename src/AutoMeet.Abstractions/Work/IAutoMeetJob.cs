namespace AutoMeet.Work;

/// <summary>
/// Represents a unit of periodic background work. Hosts run every registered job on a timer (the worker sample runs
/// them each <c>AutoMeetOptions.JobInterval</c>); AutoMeet's packages register their jobs as <see cref="IAutoMeetJob"/>.
/// </summary>
/// <remarks>
/// Jobs are singletons and must be idempotent: several worker processes may run the same job at the same time,
/// so a job claims what it works on (for example through the work queue's leases). Each run gets its own DI scope
/// (and so its own store). A run that throws should be logged by the host and tried again on the next tick.
/// </remarks>
public interface IAutoMeetJob
{
    /// <summary>Gets the job's name, for logs.</summary>
    string Name { get; }

    /// <summary>Runs the job once.</summary>
    /// <param name="scopedServices">The services of a scope opened for this run.</param>
    /// <param name="cancellationToken">Signals that the host is stopping.</param>
    /// <returns>A task that completes when the run is over.</returns>
    Task RunAsync(IServiceProvider scopedServices, CancellationToken cancellationToken);
}
