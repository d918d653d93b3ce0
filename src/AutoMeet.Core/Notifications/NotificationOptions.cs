namespace AutoMeet.Notifications;

/// <summary>
/// The default notification preferences (section <c>AutoMeet:Notifications</c>): per notification kind, whether it
/// is delivered and by which channel, for example <c>AutoMeet:Notifications:Kinds:campaign.starting:Enabled=false</c>
/// or <c>…:reply.referral:Channel=Webhook</c>. Kinds not listed are delivered by the channel they were queued with.
/// </summary>
public sealed class NotificationOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "AutoMeet:Notifications";

    /// <summary>Gets the preferences per notification kind (case-insensitive).</summary>
    public Dictionary<string, NotificationKindOptions> Kinds { get; } = new(StringComparer.OrdinalIgnoreCase);
}
