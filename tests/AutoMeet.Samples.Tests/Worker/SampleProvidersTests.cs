using AutoMeet.Messaging;
using AutoMeet.Sample.Worker;
using AutoMeet.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AutoMeet.Samples.Tests.Worker;

public sealed class SampleProvidersTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "automeet-providers-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private IHost Build(Dictionary<string, string?> settings)
    {
        var root = _root;
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection(settings);
        var builder = SampleWorker.CreateBuilder([], new HostApplicationBuilderSettings
        {
            ContentRootPath = Directory.CreateDirectory(root).FullName,
            Configuration = configuration,
        });
        return builder.Build();
    }

    [Fact]
    public void CreateBuilder_NoGoogleClient_UsesTheSandboxMailbox()
    {
        using var host = Build([]);

        Assert.IsType<SandboxMailbox>(host.Services.GetRequiredService<IMailbox>());
    }

    [Fact]
    public void CreateBuilder_GoogleClientConfigured_UsesGmail()
    {
        using var host = Build(new()
        {
            ["AutoMeet:Google:ClientId"] = "client.apps.googleusercontent.com",
            ["AutoMeet:Google:ClientSecret"] = "secret",
            ["AutoMeet:Google:RedirectUri"] = "https://crm.example.com/connect/google/callback",
        });

        var mailbox = host.Services.GetRequiredService<IMailbox>();

        Assert.IsNotType<SandboxMailbox>(mailbox);
        Assert.Equal("AutoMeet.Google", mailbox.GetType().Assembly.GetName().Name);
    }
}
