using AutoMeet.Compliance;
using AutoMeet.Storage;
using AutoMeet.Storage.Conformance.Tests.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AutoMeet.Core.Tests.Compliance;

/// <summary>AutoMeet with the in-memory store and a fake clock, for the compliance services.</summary>
internal sealed class ComplianceHost : IAsyncDisposable
{
    public ComplianceHost(Action<LinkSigningOptions>? configureLinks = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddAutoMeet();
        services.AddInMemoryAutoMeetStore();
        if (configureLinks is not null)
        {
            services.Configure(configureLinks);
        }

        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero));

    public ServiceProvider Services { get; }

    public IAuditTrail Audit => Services.GetRequiredService<IAuditTrail>();

    public ILinkSigner Signer => Services.GetRequiredService<ILinkSigner>();

    public ISuppressionService Suppression => Services.GetRequiredService<ISuppressionService>();

    public static string NewKey() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public async Task<T> InStoreAsync<T>(Func<IAutoMeetStore, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IAutoMeetStore>());
    }

    public async Task InStoreAsync(Func<IAutoMeetStore, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<IAutoMeetStore>());
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
