using AutoMeet.Campaigns;
using NodaTime;

namespace AutoMeet.Scheduling;

/// <summary>Represents what a prospect's proposal should look like.</summary>
/// <param name="ProspectZone">The prospect's zone, in which business hours and days are judged.</param>
/// <param name="Count">How many slots to offer (K).</param>
public sealed record ProposalPreferences(DateTimeZone ProspectZone, int Count)
{
    /// <summary>Gets the start of the prospect's business hours. The default value is 09:00.</summary>
    public LocalTime BusinessStart { get; init; } = new(9, 0);

    /// <summary>Gets the end of the prospect's business hours. The default value is 17:00.</summary>
    public LocalTime BusinessEnd { get; init; } = new(17, 0);

    /// <summary>Gets the prospect's business days. The default value is Monday to Friday.</summary>
    public SendingDays BusinessDays { get; init; } = SendingDays.Weekdays;
}
