using AutoMeet.Replies.Ai;

namespace AutoMeet.Core.Tests.Replies.Ai;

public sealed class AiReplyOptionsValidatorTests
{
    private static string? Validate(Action<AiReplyOptions> configure)
    {
        var options = new AiReplyOptions();
        configure(options);
        var result = new AiReplyOptionsValidator().Validate(null, options);
        return result.Failed ? result.FailureMessage : null;
    }

    [Fact]
    public void Validate_Defaults_Succeeds() => Assert.Null(Validate(_ => { }));

    [Theory]
    [InlineData("Timeout")]
    [InlineData("MinConfidence")]
    [InlineData("MaxConfidence")]
    [InlineData("StrongOfflineConfidence")]
    [InlineData("DisagreementConfidenceCap")]
    [InlineData("MaxTextChars")]
    [InlineData("MaxThreadContextChars")]
    [InlineData("AvailabilityHorizon")]
    [InlineData("MinWindowLength")]
    [InlineData("EarliestHour")]
    [InlineData("MaxWindows")]
    public void Validate_BadSetting_NamesIt(string setting)
    {
        var message = Validate(o =>
        {
            switch (setting)
            {
                case "Timeout": o.Timeout = TimeSpan.FromMinutes(10); break;
                case "MinConfidence": o.MinConfidence = -0.1; break;
                case "MaxConfidence": o.MaxConfidence = 1.2; break;
                case "StrongOfflineConfidence": o.StrongOfflineConfidence = double.NaN; break;
                case "DisagreementConfidenceCap": o.DisagreementConfidenceCap = 2; break;
                case "MaxTextChars": o.MaxTextChars = 10; break;
                case "MaxThreadContextChars": o.MaxThreadContextChars = -1; break;
                case "AvailabilityHorizon": o.AvailabilityHorizon = TimeSpan.FromHours(1); break;
                case "MinWindowLength": o.MinWindowLength = TimeSpan.FromHours(13); break;
                case "EarliestHour": o.EarliestHour = 23; o.LatestHour = 8; break;
                case "MaxWindows": o.MaxWindows = 0; break;
            }
        });

        Assert.NotNull(message);
        Assert.Contains("AutoMeet:Ai:" + setting, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MinAboveMax_Fails()
    {
        var message = Validate(o => { o.MinConfidence = 0.95; o.MaxConfidence = 0.9; });

        Assert.Contains("AutoMeet:Ai:MinConfidence (0.95) is above", message, StringComparison.Ordinal);
    }
}
