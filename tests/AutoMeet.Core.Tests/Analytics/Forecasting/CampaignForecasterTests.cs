using AutoMeet.Analytics;
using AutoMeet.Analytics.Forecasting;

namespace AutoMeet.Core.Tests.Analytics.Forecasting;

public sealed class CampaignForecasterTests
{
    [Fact]
    public void Forecast_WellMeasuredSteps_ProjectsRatesTimesRemainingWithInterval()
    {
        StepProgress[] steps = [new(1, 400, 40, 100), new(2, 300, 15, 200)];

        var forecast = CampaignForecaster.Forecast(steps, meetingsBooked: 22);

        // 100 × 10 % + 200 × 5 % = 20 replies; 22 of 55 replies became meetings (40 %) → 8 meetings.
        Assert.Equal(20, forecast.AdditionalReplies.Expected, 9);
        Assert.InRange(forecast.AdditionalReplies.Lower, 12, 19.9);
        Assert.InRange(forecast.AdditionalReplies.Upper, 20.1, 30);
        Assert.Equal(8, forecast.AdditionalMeetings.Expected, 9);
        Assert.True(forecast.AdditionalMeetings.Lower < 8 && forecast.AdditionalMeetings.Upper > 8);
        Assert.False(forecast.DataTooThin);
        Assert.Contains(forecast.Notes, n => n.Contains("700 deliveries", StringComparison.Ordinal));
    }

    [Fact]
    public void Forecast_StepWithFewDeliveries_SaysDataTooThin()
    {
        var forecast = CampaignForecaster.Forecast([new StepProgress(1, 400, 40, 0), new StepProgress(2, 12, 1, 300)], meetingsBooked: 5);

        Assert.True(forecast.DataTooThin);
        Assert.Contains(forecast.Notes, n => n.StartsWith("Data is too thin: step 2 rests on 12 deliveries", StringComparison.Ordinal));
    }

    [Fact]
    public void Forecast_StepNotStarted_BorrowsPooledRate()
    {
        var forecast = CampaignForecaster.Forecast([new StepProgress(1, 200, 20, 0), new StepProgress(2, 0, 0, 100)], meetingsBooked: 10);

        Assert.Equal(10, forecast.AdditionalReplies.Expected, 9);
        Assert.Contains(forecast.Notes, n => n.Contains("borrows the campaign's pooled reply rate", StringComparison.Ordinal));
    }

    [Fact]
    public void Forecast_NoRepliesYet_ThinAndMeetingsIntervalOpen()
    {
        var forecast = CampaignForecaster.Forecast([new StepProgress(1, 100, 0, 50)], meetingsBooked: 0);

        Assert.True(forecast.DataTooThin);
        Assert.Equal(0, forecast.AdditionalMeetings.Expected);
        Assert.True(forecast.AdditionalMeetings.Upper > 0);
        Assert.Contains(forecast.Notes, n => n.Contains("no replies yet", StringComparison.Ordinal));
    }

    [Fact]
    public void Forecast_RepliesAboveDeliveries_ThrowsNamingSteps()
    {
        var error = Assert.Throws<AnalyticsValidationException>(() => CampaignForecaster.Forecast([new StepProgress(1, 5, 6, 0)], 0));
        Assert.Equal("steps", error.Field);
    }

    [Fact]
    public void Forecast_ConfidenceOutOfRange_ThrowsNamingConfidenceLevel()
    {
        var error = Assert.Throws<AnalyticsValidationException>(() => CampaignForecaster.Forecast([], 0, confidenceLevel: 1));
        Assert.Equal("confidenceLevel", error.Field);
    }
}
