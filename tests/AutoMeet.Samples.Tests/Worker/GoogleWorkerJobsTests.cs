using AutoMeet.Sample.Worker;
using AutoMeet.Work;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AutoMeet.Samples.Tests.Worker;

public sealed class GoogleWorkerJobsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "automeet-google-jobs-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private IHost Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection(settings);
        return SampleWorker.CreateBuilder([], new HostApplicationBuilderSettings
        {
            ContentRootPath = Directory.CreateDirectory(_root).FullName,
            Configuration = configuration,
        }).Build();
    }

    [Fact]
    public void Worker_GoogleConfigured_RunsTokenRefreshAndWatchRenewalJobs()
    {
        using var host = Build(new()
        {
            ["AutoMeet:Google:ClientId"] = "client.apps.googleusercontent.com",
            ["AutoMeet:Google:ClientSecret"] = "secret",
            ["AutoMeet:Google:RedirectUri"] = "https://crm.example.com/connect/google/callback",
            ["AutoMeet:Google:Push:GmailTopic"] = "projects/automeet-prod/topics/gmail-push",
        });

        var jobs = host.Services.GetServices<IAutoMeetJob>().Select(j => j.Name).ToList();

        Assert.Contains("google-token-refresh", jobs);
        Assert.Contains("google-watch-renewal", jobs);
        Assert.Contains(host.Services.GetServices<IWorkItemHandler>(), h => h.Kind == "google.calendar-watch");
    }

    [Fact]
    public void Worker_NoGoogle_HasNoGoogleJobs()
    {
        using var host = Build([]);

        Assert.DoesNotContain(host.Services.GetServices<IAutoMeetJob>(), j => j.Name.StartsWith("google-", StringComparison.Ordinal));
    }
}
