namespace AutoMeet.Analytics.Forecasting;

/// <summary>A running campaign's progress at one sequence step.</summary>
/// <param name="StepPosition">The step position.</param>
/// <param name="Delivered">The messages of this step delivered so far.</param>
/// <param name="Replied">The replies to them so far (excluding out-of-office and bounces).</param>
/// <param name="StillToReceive">The prospects who will still receive this step if the campaign runs on.</param>
public sealed record StepProgress(int StepPosition, long Delivered, long Replied, long StillToReceive);
