using AutoMeet.Sequences.Distribution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AutoMeet.Core.Tests.Sequences.Distribution;

public sealed class DistributionRegistrationTests
{
    [Fact]
    public void AddAutoMeet_NoConfiguration_ResolvesTheDistributorAndTheDryRunAsSingletons()
    {
        var services = new ServiceCollection();
        services.AddAutoMeet();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        Assert.IsType<OutreachDistributor>(provider.GetRequiredService<IOutreachDistributor>());
        Assert.Same(provider.GetRequiredService<IOutreachDistributor>(), provider.GetRequiredService<IOutreachDistributor>());
        Assert.NotNull(provider.GetRequiredService<CampaignDryRun>());
        Assert.Single(services, d => d.ServiceType == typeof(IOutreachDistributor));
    }

    [Fact]
    public async Task AddAutoMeet_InvalidDistributionOptions_FailsOnStartNamingTheSetting()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddAutoMeet();
        builder.Services.Configure<DistributionOptions>(o => o.JitterFraction = 0.9);
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("AutoMeet:Distribution:JitterFraction is 0.9; it must be in [0, 0.5].", ex.Message, StringComparison.Ordinal);
    }
}
