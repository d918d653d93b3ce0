using AutoMeet.Sample.Hosting.Jobs;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;

namespace AutoMeet.Samples.Tests.Worker;

public sealed class WorkQueueJobTests
{
    [Fact]
    public async Task JobLoop_EnqueuedItem_IsHandledOnceAndCompleted()
    {
        var handler = new RecordingHandler("test.echo");
        await using var worker = new WorkerHostFixture(s => s.AddSingleton<IWorkItemHandler>(handler));
        await worker.InitializeStoreAsync();
        var first = await worker.EnqueueAsync("test.echo", "first");

        await worker.Host.StartAsync();
        var completed = await worker.WaitUntilCompletedAsync(first.Id);

        // The next tick (fake time) handles a new item but not the completed one again.
        var second = await worker.EnqueueAsync("test.echo", "second");
        worker.Time.Advance(WorkerHostFixture.Interval);
        await worker.WaitUntilCompletedAsync(second.Id);
        worker.Time.Advance(WorkerHostFixture.Interval);
        await worker.Host.StopAsync();

        Assert.Equal([first.Id, second.Id], handler.Handled);
        Assert.Equal(1, completed.Attempts);
        Assert.Null(completed.LeaseOwner);
        Assert.Null(completed.LastError);
    }

    [Fact]
    public async Task RunOnce_HandlerThrows_RetriesLaterWithBackoffAndError()
    {
        var handler = new RecordingHandler("test.fail", new InvalidOperationException("boom"));
        await using var worker = new WorkerHostFixture(s => s.AddSingleton<IWorkItemHandler>(handler));
        await worker.InitializeStoreAsync();
        var item = await worker.EnqueueAsync("test.fail", "k");

        await worker.Host.Services.GetRequiredService<JobRunner>().RunOnceAsync(CancellationToken.None);

        var stored = await worker.FindAsync(item.Id);
        Assert.Single(handler.Handled);
        Assert.Null(stored.CompletedAt);
        Assert.Equal(1, stored.Attempts);
        Assert.Equal(worker.Now + Duration.FromSeconds(30), stored.DueAt);
        Assert.Equal("Handler for 'test.fail' failed with System.InvalidOperationException.", stored.LastError);
    }

    [Fact]
    public async Task RunOnce_NoHandlerForKind_RetriesLaterSayingSo()
    {
        await using var worker = new WorkerHostFixture();
        await worker.InitializeStoreAsync();
        var item = await worker.EnqueueAsync("nobody.handles.this", "k");

        await worker.Host.Services.GetRequiredService<JobRunner>().RunOnceAsync(CancellationToken.None);

        var stored = await worker.FindAsync(item.Id);
        Assert.Null(stored.CompletedAt);
        Assert.True(stored.DueAt > worker.Now);
        Assert.Equal("No handler is registered for work kind 'nobody.handles.this'.", stored.LastError);
    }

    [Fact]
    public async Task RunOnce_SampleLogKind_IsCompletedByTheBuiltInHandler()
    {
        await using var worker = new WorkerHostFixture();
        await worker.InitializeStoreAsync();
        var item = await worker.EnqueueAsync(LogWorkItemHandlerKind, "k");

        await worker.Host.Services.GetRequiredService<JobRunner>().RunOnceAsync(CancellationToken.None);

        Assert.NotNull((await worker.FindAsync(item.Id)).CompletedAt);
    }

    [Fact]
    public async Task RunOnce_FailingJob_IsLoggedAndOtherJobsStillRun()
    {
        var handler = new RecordingHandler("test.echo");
        await using var worker = new WorkerHostFixture(s =>
        {
            s.AddSingleton<IAutoMeetJob>(new ThrowingJob());
            s.AddSingleton<IWorkItemHandler>(handler);
        });
        await worker.InitializeStoreAsync();
        var item = await worker.EnqueueAsync("test.echo", "k");

        await worker.Host.Services.GetRequiredService<JobRunner>().RunOnceAsync(CancellationToken.None);

        Assert.NotNull((await worker.FindAsync(item.Id)).CompletedAt);
        var failure = Assert.Single(worker.Host.Services.GetFakeLogCollector().GetSnapshot(), r => r.Id.Id == 5202);
        Assert.IsType<TimeoutException>(failure.Exception);
        Assert.Contains("throwing", failure.Message, StringComparison.Ordinal);
    }

    private const string LogWorkItemHandlerKind = "sample.log";

    private sealed class ThrowingJob : IAutoMeetJob
    {
        public string Name => "throwing";

        public Task RunAsync(IServiceProvider scopedServices, CancellationToken cancellationToken) =>
            throw new TimeoutException("the job failed");
    }
}
