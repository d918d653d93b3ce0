using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AutoMeet.Samples.Tests.Web;

/// <summary>
/// Hosts the web sample with a <see cref="FakeTimeProvider"/> standing at <see cref="Now"/> (Wednesday 2026-10-28
/// 00:00 UTC). The test registration comes after the sample's <c>TryAdd</c> of <see cref="TimeProvider.System"/>, so
/// it wins, and the NodaTime clock derived from it follows.
/// </summary>
public sealed class FakeClockWebFactory : SampleWebFactory
{
    public static readonly DateTimeOffset Now = new(2026, 10, 28, 0, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Now);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Time));
    }
}
