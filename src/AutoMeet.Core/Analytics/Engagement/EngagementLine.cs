using System.Globalization;
using NodaTime;

namespace AutoMeet.Analytics.Engagement;

/// <summary>One signal's contribution to an engagement score.</summary>
/// <param name="Points">The points after decay, rounded.</param>
/// <param name="BasePoints">The points before decay.</param>
/// <param name="Decay">The decay factor applied: 0.5 ^ (age / half-life), in (0, 1].</param>
/// <param name="What">What happened, for example <c>replied positively (interested_meeting)</c>.</param>
/// <param name="At">When it happened.</param>
/// <param name="Age">How long ago, from the scoring instant (zero for events in the future).</param>
public sealed record EngagementLine(int Points, double BasePoints, double Decay, string What, Instant At, Duration Age)
{
    /// <summary>Gets the line as text, for example <c>+28 replied positively (interested_meeting) 2 days ago</c>.</summary>
    public string Text => $"{(Points >= 0 ? "+" : string.Empty)}{Points.ToString(CultureInfo.InvariantCulture)} {What} {Ago(Age)}";

    /// <inheritdoc/>
    public override string ToString() => Text;

    private static string Ago(Duration age)
    {
        var days = (int)Math.Floor(age.TotalDays);
        if (days >= 1)
        {
            return days == 1 ? "1 day ago" : $"{days.ToString(CultureInfo.InvariantCulture)} days ago";
        }

        var hours = (int)Math.Floor(age.TotalHours);
        return hours switch
        {
            0 => "just now",
            1 => "1 hour ago",
            _ => $"{hours.ToString(CultureInfo.InvariantCulture)} hours ago",
        };
    }
}
