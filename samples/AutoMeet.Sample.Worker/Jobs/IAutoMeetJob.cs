namespace AutoMeet.Sample.Worker.Jobs;

/// <summary>A unit of periodic background work that <see cref="JobRunner"/> runs on every tick.</summary>
/// <remarks>Jobs are singletons; each run gets its own DI scope (and so its own store). A run that throws is logged and tried again on the next tick.</remarks>
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
