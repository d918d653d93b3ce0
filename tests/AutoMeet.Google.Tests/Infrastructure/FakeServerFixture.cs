using AutoMeet.Google.Tests.Fakes;

namespace AutoMeet.Google.Tests.Infrastructure;

/// <summary>Starts one fake Google server per test class.</summary>
public sealed class FakeServerFixture : IAsyncLifetime
{
    public FakeGoogleServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await FakeGoogleServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
