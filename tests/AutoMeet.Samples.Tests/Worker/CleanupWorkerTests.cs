using AutoMeet.Maintenance;
using AutoMeet.Sample.Hosting.Jobs;
using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;

namespace AutoMeet.Samples.Tests.Worker;

public sealed class CleanupWorkerTests
{
    [Fact]
    public async Task JobRunner_TwoTicks_QueuesAndRunsTheDailyCleanupOnce()
    {
        await using var worker = new WorkerHostFixture();
        await worker.InitializeStoreAsync();
        var runner = worker.Host.Services.GetServices<IHostedService>().OfType<JobRunner>().Single();
        var old = await worker.EnqueueAsync("old-work", "done-long-ago");
        await using (var scope = worker.Host.Services.CreateAsyncScope())
        {
            var queue = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>().WorkQueue;
            Assert.Single(await queue.ClaimDueAsync(new LeaseClaim("someone", 10, Duration.FromMinutes(5), ["old-work"])));
            Assert.True(await queue.CompleteAsync(old.Id, "someone"));
        }

        worker.Time.Advance(TimeSpan.FromDays(8));

        await runner.RunOnceAsync(CancellationToken.None); // the cleanup job queues today's run (the work-queue job ran first)
        await runner.RunOnceAsync(CancellationToken.None); // the work-queue job runs it
        await runner.RunOnceAsync(CancellationToken.None); // same day: nothing new is queued

        await using var check = worker.Host.Services.CreateAsyncScope();
        var store = check.ServiceProvider.GetRequiredService<IAutoMeetStore>();
        Assert.Null(await store.WorkQueue.FindAsync(old.Id)); // completed 8 days ago, past the 7-day retention
        Assert.Empty(await store.WorkQueue.ClaimDueAsync(new LeaseClaim("probe", 10, Duration.FromMinutes(1), [CleanupJob.WorkKind])));
        Assert.False(await store.WorkQueue.EnqueueAsync(new WorkItem { Kind = CleanupJob.WorkKind, Key = $"cleanup:{Instant.FromDateTimeOffset(worker.Time.GetUtcNow()).InUtc().Date:yyyy-MM-dd}T00:00:00Z" }));
    }
}
