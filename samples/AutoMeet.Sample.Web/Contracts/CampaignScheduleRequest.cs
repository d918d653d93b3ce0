using NodaTime;

namespace AutoMeet.Sample.Web.Contracts;

/// <summary>The sending schedule in a <see cref="CampaignSetupRequest"/>.</summary>
/// <param name="TimeZone">The IANA zone of the sending window (required).</param>
/// <param name="Days">Sending days by name (<c>monday</c> … <c>sunday</c>); omitted: Monday to Friday.</param>
/// <param name="WindowStart">The window's start, <c>HH:mm</c> local (default 09:00).</param>
/// <param name="WindowEnd">The window's end, <c>HH:mm</c> local (default 17:00).</param>
/// <param name="StartAt">When the campaign starts (UTC instant); omitted: as soon as it is scheduled.</param>
/// <param name="EndAt">When it stops sending (UTC instant); optional.</param>
internal sealed record CampaignScheduleRequest(string? TimeZone, IReadOnlyList<string?>? Days, string? WindowStart, string? WindowEnd, Instant? StartAt, Instant? EndAt);
