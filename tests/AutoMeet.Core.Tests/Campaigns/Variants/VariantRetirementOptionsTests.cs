using AutoMeet.Campaigns.Variants;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AutoMeet.Core.Tests.Campaigns.Variants;

public sealed class VariantRetirementOptionsTests
{
    [Fact]
    public void Validate_Defaults_SucceedAndAreStricterThanAOneOffComparison()
    {
        var options = new VariantRetirementOptions();

        Assert.True(new VariantRetirementOptionsValidator().Validate(null, options).Succeeded);
        var settings = options.ToAbTestSettings();
        Assert.True(settings.Alpha < AutoMeet.Analytics.AbTestSettings.Default.Alpha);
        Assert.True(settings.MinimumTrialsPerVariant > AutoMeet.Analytics.AbTestSettings.Default.MinimumTrialsPerVariant);
    }

    [Theory]
    [InlineData(0.0, 200, 60, "Alpha")]
    [InlineData(0.6, 200, 60, "Alpha")]
    [InlineData(0.01, 0, 60, "MinimumTrialsPerVariant")]
    [InlineData(0.01, 200, 1, "Interval")]
    public void Validate_OutOfRange_FailsNamingTheSetting(double alpha, long minimum, int intervalMinutes, string setting)
    {
        var options = new VariantRetirementOptions { Alpha = alpha, MinimumTrialsPerVariant = minimum, Interval = TimeSpan.FromMinutes(intervalMinutes) };

        var result = new VariantRetirementOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains($"AutoMeet:VariantRetirement:{setting}", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAutoMeet_RegistersTheRetirementServiceJobAndHandler()
    {
        var services = new ServiceCollection();
        services.AddAutoMeet();

        Assert.Contains(services, d => d.ServiceType == typeof(IVariantRetirement));
        Assert.Contains(services, d => d.ServiceType == typeof(IAutoMeetJob) && d.ImplementationType == typeof(VariantRetirementJob));
        Assert.Contains(services, d => d.ServiceType == typeof(IWorkItemHandler) && d.ImplementationType == typeof(VariantRetirementWorkItemHandler));
        Assert.Contains(services, d => d.ServiceType == typeof(IValidateOptions<VariantRetirementOptions>));
    }
}
