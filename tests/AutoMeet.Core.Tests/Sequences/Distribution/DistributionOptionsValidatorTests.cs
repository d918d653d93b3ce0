using AutoMeet.Sequences.Distribution;
using AutoMeet.Sequences.Distribution.Internal;

namespace AutoMeet.Core.Tests.Sequences.Distribution;

public sealed class DistributionOptionsValidatorTests
{
    private static string Failure(Action<DistributionOptions> configure)
    {
        var options = new DistributionOptions();
        configure(options);
        var result = new DistributionOptionsValidator().Validate(null, options);
        Assert.True(result.Failed);
        return Assert.Single(result.Failures!);
    }

    [Fact]
    public void Validate_Defaults_Succeed() =>
        Assert.True(new DistributionOptionsValidator().Validate(null, new DistributionOptions()).Succeeded);

    [Theory]
    [InlineData(nameof(DistributionOptions.MaxDailySendsPerMailbox))]
    [InlineData(nameof(DistributionOptions.MaxNewProspectsPerMailboxPerDay))]
    [InlineData(nameof(DistributionOptions.MaxPerDomainPerMailboxPerDay))]
    [InlineData(nameof(DistributionOptions.BreakerMinSample))]
    public void Validate_ZeroCap_FailsNamingTheSetting(string setting)
    {
        var message = Failure(o => typeof(DistributionOptions).GetProperty(setting)!.SetValue(o, 0));

        Assert.Equal($"AutoMeet:Distribution:{setting} is 0; it must be at least 1.", message);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(0.6)]
    [InlineData(double.NaN)]
    public void Validate_JitterOutOfRange_Fails(double jitter) =>
        Assert.StartsWith("AutoMeet:Distribution:JitterFraction is ", Failure(o => o.JitterFraction = jitter), StringComparison.Ordinal);

    [Theory]
    [InlineData(0)]
    [InlineData(1.5)]
    public void Validate_BounceThresholdOutOfRange_Fails(double threshold) =>
        Assert.EndsWith("it must be in (0, 1].", Failure(o => o.BounceRateThreshold = threshold), StringComparison.Ordinal);

    [Fact]
    public void Validate_ComplaintThresholdZero_FailsNamingIt() =>
        Assert.Equal("AutoMeet:Distribution:ComplaintRateThreshold is 0; it must be in (0, 1].", Failure(o => o.ComplaintRateThreshold = 0));

    [Fact]
    public void Validate_DecreasingWarmupSchedule_FailsNamingTheDay()
    {
        var message = Failure(o =>
        {
            o.WarmupSchedule.Add(10);
            o.WarmupSchedule.Add(20);
            o.WarmupSchedule.Add(15);
        });

        Assert.Equal("AutoMeet:Distribution:WarmupSchedule:2 is 15, less than the day before (20); the warm-up schedule must be non-decreasing.", message);
    }

    [Fact]
    public void Validate_ZeroWarmupDay_Fails() =>
        Assert.Contains("WarmupSchedule:0 is 0", Failure(o => o.WarmupSchedule.Add(0)), StringComparison.Ordinal);

    [Fact]
    public void Validate_NegativeMinGap_Fails() =>
        Assert.StartsWith("AutoMeet:Distribution:MinGap is -", Failure(o => o.MinGap = TimeSpan.FromMinutes(-1)), StringComparison.Ordinal);

    [Fact]
    public void Validate_ZeroCooldownInCooldownMode_Fails() =>
        Assert.Contains("BreakerCooldown", Failure(o => o.BreakerCooldown = TimeSpan.Zero), StringComparison.Ordinal);

    [Fact]
    public void Validate_ZeroCooldownInManualMode_Succeeds()
    {
        var options = new DistributionOptions { BreakerReset = BreakerResetMode.Manual, BreakerCooldown = TimeSpan.Zero };

        Assert.True(new DistributionOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsOptionsValidationException() =>
        Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => DistributionFixtures.Distributor(o => o.MaxNewProspectsPerMailboxPerDay = 0));
}
