namespace AutoMeet.Analytics.Forecasting;

/// <summary>What a running campaign is projected to add from here on.</summary>
/// <param name="AdditionalReplies">The replies still to come.</param>
/// <param name="AdditionalMeetings">The meetings still to be booked from those replies.</param>
/// <param name="ConfidenceLevel">The confidence level of the intervals, for example 0.95.</param>
/// <param name="DataTooThin">Whether the data is too thin to trust the projection (see <see cref="Notes"/>).</param>
/// <param name="Notes">Plain statements of what the projection rests on and where data is thin.</param>
public sealed record CampaignForecast(Projection AdditionalReplies, Projection AdditionalMeetings, double ConfidenceLevel, bool DataTooThin, IReadOnlyList<string> Notes);
