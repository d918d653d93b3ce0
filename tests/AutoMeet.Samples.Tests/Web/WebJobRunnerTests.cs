using AutoMeet.Sample.Hosting.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AutoMeet.Samples.Tests.Web;

public sealed class WebJobRunnerTests
{
    [Fact]
    public void WebHost_ByDefault_RunsTheJobsInProcess()
    {
        using var factory = new SampleWebFactory { RunJobs = true };

        Assert.Single(factory.Services.GetServices<IHostedService>().OfType<JobRunner>());
    }

    [Fact]
    public void WebHost_RunJobsFalse_LeavesTheJobsToAWorker()
    {
        using var factory = new SampleWebFactory { RunJobs = false };

        Assert.Empty(factory.Services.GetServices<IHostedService>().OfType<JobRunner>());
    }
}
