using AutoMeet.Sample.Hosting.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AutoMeet.Samples.Tests.Worker;

public sealed class SampleWorkerHostTests
{
    [Fact]
    public async Task Host_StartAndStop_CreatesDatabaseAndStopsCleanly()
    {
        await using var worker = new WorkerHostFixture();

        await worker.Host.StartAsync();
        Assert.True(File.Exists(worker.SqliteFile), "The worker should create the SQLite database (and its folder) at start-up.");
        await worker.WaitForLogAsync(5200); // the job loop is running
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await worker.Host.StopAsync(timeout.Token);
        await worker.WaitForLogAsync(5201); // ...and observed the stopping token

        var runner = worker.Host.Services.GetServices<IHostedService>().OfType<JobRunner>().Single();
        Assert.NotNull(runner.ExecuteTask);
        Assert.True(runner.ExecuteTask.IsCompletedSuccessfully, $"The job loop should end without error; status {runner.ExecuteTask.Status}.");
        Assert.False(timeout.IsCancellationRequested);
    }
}
