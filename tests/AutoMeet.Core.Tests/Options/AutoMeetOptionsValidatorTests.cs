using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AutoMeet.Core.Tests.Options;

public sealed class AutoMeetOptionsValidatorTests
{
    private static OptionsValidationException Validate(Action<AutoMeetOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddAutoMeet(configure);
        using var provider = services.BuildServiceProvider();
        return Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AutoMeetOptions>>().Value);
    }

    [Fact]
    public void Validate_Defaults_Pass()
    {
        var services = new ServiceCollection();
        services.AddAutoMeet();
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<AutoMeetOptions>>().Value;

        Assert.Equal(3, options.MaxSlotsPerProposal);
    }

    [Fact]
    public void Validate_UnknownTimeZone_FailsWithZoneName()
    {
        var error = Validate(o => o.DefaultTimeZoneId = "Europe/Atlantis");

        Assert.Equal(
            "AutoMeet:DefaultTimeZoneId 'Europe/Atlantis' is not a known IANA time zone (for example 'Europe/Berlin').",
            Assert.Single(error.Failures));
    }

    [Fact]
    public void Validate_EmptyTimeZone_FailsAsRequired()
    {
        var error = Validate(o => o.DefaultTimeZoneId = string.Empty);

        Assert.Contains(error.Failures, f => f.Contains(nameof(AutoMeetOptions.DefaultTimeZoneId), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void Validate_SlotsPerProposalOutOfRange_FailsNamingTheSetting(int slots)
    {
        var error = Validate(o => o.MaxSlotsPerProposal = slots);

        Assert.Contains(error.Failures, f => f.Contains(nameof(AutoMeetOptions.MaxSlotsPerProposal), StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_JobIntervalZero_FailsNamingTheSetting()
    {
        var error = Validate(o => o.JobInterval = TimeSpan.Zero);

        Assert.Contains(error.Failures, f => f.Contains(nameof(AutoMeetOptions.JobInterval), StringComparison.Ordinal));
    }
}
