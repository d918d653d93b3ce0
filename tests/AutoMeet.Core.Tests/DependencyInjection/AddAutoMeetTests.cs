using AutoMeet.Calendars;
using AutoMeet.Messaging;
using AutoMeet.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace AutoMeet.Core.Tests.DependencyInjection;

public sealed class AddAutoMeetTests
{
    private static ServiceProvider Build(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    [Fact]
    public void AddAutoMeet_NoConfiguration_ResolvesSandboxProvidersAndTime()
    {
        using var provider = Build(s => s.AddAutoMeet());

        Assert.IsType<SandboxMailbox>(provider.GetRequiredService<IMailbox>());
        Assert.IsType<SandboxCalendar>(provider.GetRequiredService<ICalendar>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        Assert.Same(DateTimeZoneProviders.Tzdb, provider.GetRequiredService<IDateTimeZoneProvider>());
        Assert.Equal("Etc/UTC", provider.GetRequiredService<IOptions<AutoMeetOptions>>().Value.DefaultTimeZoneId);
    }

    [Fact]
    public void AddAutoMeet_CalledTwice_RegistersEachServiceOnce()
    {
        var services = new ServiceCollection();
        services.AddAutoMeet();
        var count = services.Count;

        services.AddAutoMeet();

        Assert.Equal(count, services.Count);
        Assert.Single(services, d => d.ServiceType == typeof(IMailbox));
        Assert.Equal(2, services.Count(d => d.ServiceType == typeof(IValidateOptions<AutoMeetOptions>)));
    }

    [Fact]
    public void AddAutoMeet_FakeTimeProviderRegisteredFirst_DrivesTheNodaTimeClock()
    {
        var fake = new FakeTimeProvider(new DateTimeOffset(2026, 3, 29, 0, 30, 0, TimeSpan.Zero));
        using var provider = Build(s =>
        {
            s.AddSingleton<TimeProvider>(fake);
            s.AddAutoMeet();
        });
        var clock = provider.GetRequiredService<IClock>();

        fake.Advance(TimeSpan.FromHours(1));

        Assert.Equal(Instant.FromUtc(2026, 3, 29, 1, 30), clock.GetCurrentInstant());
    }

    [Fact]
    public void AddAutoMeet_ReturnsBuilderOverTheSameServices()
    {
        var services = new ServiceCollection();

        var builder = services.AddAutoMeet();

        Assert.Same(services, builder.Services);
    }

    [Fact]
    public void AddAutoMeet_ProviderRegisteredBefore_IsKept()
    {
        var mailbox = NSubstitute.Substitute.For<IMailbox>();
        using var provider = Build(s =>
        {
            s.AddSingleton(mailbox);
            s.AddAutoMeet();
        });

        Assert.Same(mailbox, provider.GetRequiredService<IMailbox>());
    }

    [Fact]
    public void AddAutoMeet_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => AutoMeetServiceCollectionExtensions.AddAutoMeet(null!));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddAutoMeet(null!));
    }

    [Fact]
    public async Task Host_InvalidOptions_FailsAtStartWithTheSettingName()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddAutoMeet(o => o.DefaultTimeZoneId = "Mars/Olympus_Mons");
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("AutoMeet:DefaultTimeZoneId 'Mars/Olympus_Mons' is not a known IANA time zone", error.Message, StringComparison.Ordinal);
    }
}
