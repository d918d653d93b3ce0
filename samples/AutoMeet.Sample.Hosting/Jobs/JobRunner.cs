using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using AutoMeet.Work;
using Microsoft.Extensions.Options;

namespace AutoMeet.Sample.Hosting.Jobs;

/// <summary>
/// Runs every registered <see cref="IAutoMeetJob"/> at start and then every <see cref="AutoMeetOptions.JobInterval"/>,
/// on a <see cref="PeriodicTimer"/> driven by the injected <see cref="TimeProvider"/>. Each job run has its own scope;
/// a failing job is logged with its exception and retried on the next tick, and never stops the host.
/// </summary>
public sealed partial class JobRunner(
    IEnumerable<IAutoMeetJob> jobs,
    IServiceScopeFactory scopes,
    TimeProvider timeProvider,
    IOptions<AutoMeetOptions> options,
    ILogger<JobRunner> logger) : BackgroundService
{
    private readonly IAutoMeetJob[] _jobs = [.. jobs];

    /// <summary>Runs every job once, each in its own scope; failures are logged, not thrown.</summary>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>A task that completes when every job has run.</returns>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        foreach (var job in _jobs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                await job.RunAsync(scope.ServiceProvider, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                LogJobFailed(job.Name, ex);
            }
        }
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.JobInterval;
        LogStarted(_jobs.Length, interval);
        using var timer = new PeriodicTimer(interval, timeProvider);
        try
        {
            do
            {
                await RunOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Graceful shutdown: the host is stopping.
        }

        LogStopped();
    }

    [LoggerMessage(EventId = 5200, Level = LogLevel.Information, Message = "Job runner started with {JobCount} jobs every {Interval}")]
    private partial void LogStarted(int jobCount, TimeSpan interval);

    [LoggerMessage(EventId = 5201, Level = LogLevel.Information, Message = "Job runner stopped")]
    private partial void LogStopped();

    [LoggerMessage(EventId = 5202, Level = LogLevel.Error, Message = "Job {JobName} failed; it runs again on the next tick")]
    private partial void LogJobFailed(string jobName, Exception exception);
}
