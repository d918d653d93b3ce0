namespace AutoMeet.Meetings.Aftercare;

/// <summary>
/// Configures what happens around a booked meeting (section <c>AutoMeet:Meetings:Aftercare</c>): the reminders before
/// it, the owner's "did it happen?" links after it, the rule for meetings left unmarked, and the re-booking follow-up
/// to a prospect who did not show up.
/// </summary>
/// <remarks>
/// <para>
/// <b>When a reminder is sent.</b> Each reminder is due at its moment (the meeting's start minus its offset) and is sent
/// at most once per meeting, offset and start: a moved meeting gets fresh reminders for its new time, and a cancelled
/// (or otherwise no longer scheduled) one none. A reminder that could not go out at its moment (for example the
/// workers were down) is still sent up to <see cref="ReminderMaxLateness"/> after it, but never once the meeting has
/// started, and never when a reminder closer to the start is already due (after a long outage only the latest one goes
/// out). Otherwise it is skipped, not sent late.
/// </para>
/// <para>
/// <b>After the meeting.</b> <see cref="OutcomeGracePeriod"/> after its end, the owner gets an e-mail with two signed,
/// expiring, single-use links ("it happened", "no-show"); opening one only shows a page, its button decides. When the
/// owner has not decided <see cref="UnmarkedOutcomeAfter"/> after that e-mail, <see cref="UnmarkedOutcomeAction"/> applies.
/// </para>
/// </remarks>
public sealed class MeetingAftercareOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "AutoMeet:Meetings:Aftercare";

    /// <summary>The longest reminder offset allowed.</summary>
    public static readonly TimeSpan MaxReminderOffset = TimeSpan.FromDays(7);

    /// <summary>Gets or sets how long before the start reminders go out; <see langword="null"/> means 24 hours and 1 hour, an empty list sends none.</summary>
    /// <value>The default value is <see langword="null"/> (24 hours and 1 hour). Each offset is between 5 minutes and 7 days; no duplicates.</value>
    public IList<TimeSpan>? ReminderOffsets { get; set; }

    /// <summary>Gets or sets a value indicating whether the owner gets a reminder notification.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool RemindOwner { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether the prospect gets a reminder e-mail in the meeting's thread.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool RemindProspect { get; set; } = true;

    /// <summary>Gets or sets how often the reminder job plans the reminders due before its next run (each reminder still goes out at its own moment).</summary>
    /// <value>The default value is 1 hour (5 minutes to 1 day).</value>
    public TimeSpan ReminderScanInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Gets or sets how late a reminder may still be sent after its moment (see the remarks for the whole rule).</summary>
    /// <value>The default value is 1 hour (1 minute to 1 day).</value>
    public TimeSpan ReminderMaxLateness { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Gets or sets how long after a meeting's end the owner is asked whether it took place.</summary>
    /// <value>The default value is 30 minutes (0 to 1 day).</value>
    public TimeSpan OutcomeGracePeriod { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Gets or sets how long the owner's "it happened" / "no-show" links work.</summary>
    /// <value>The default value is 7 days (1 hour to 30 days).</value>
    public TimeSpan OutcomeLinkLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Gets or sets how long after the owner was asked <see cref="UnmarkedOutcomeAction"/> applies.</summary>
    /// <value>The default value is 3 days (1 hour to 30 days).</value>
    public TimeSpan UnmarkedOutcomeAfter { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Gets or sets what happens to a meeting the owner has not marked in time.</summary>
    /// <value>The default value is <see cref="UnmarkedOutcomeAction.AssumeCompleted"/>.</value>
    public UnmarkedOutcomeAction UnmarkedOutcomeAction { get; set; } = UnmarkedOutcomeAction.AssumeCompleted;

    /// <summary>Gets or sets a value indicating whether a prospect marked as no-show gets one e-mail offering new times (new holds, like a proposal).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool NoShowFollowUpEnabled { get; set; } = true;

    /// <summary>Gets or sets how long after the no-show is marked the follow-up goes out.</summary>
    /// <value>The default value is 1 hour (0 to 7 days).</value>
    public TimeSpan NoShowFollowUpDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Gets or sets the opening of the follow-up e-mail, as plain text; <c>{first_name}</c> and <c>{sender_name}</c> are
    /// replaced (the prospect's first name, or "there"; the mailbox's display name). The offered times and the sign-off follow it.
    /// </summary>
    /// <value>The default value is a short "sorry we missed each other" note (1 to 2000 characters).</value>
    public string NoShowFollowUpText { get; set; } =
        "Hi {first_name},\n\nIt looks like we missed each other for our call. No problem at all: would one of these times work to try again?";

    /// <summary>Gets the reminder offsets in effect, longest first.</summary>
    /// <returns>The offsets.</returns>
    internal IReadOnlyList<TimeSpan> EffectiveReminderOffsets() =>
        [.. (ReminderOffsets ?? [TimeSpan.FromHours(24), TimeSpan.FromHours(1)]).Distinct().OrderDescending()];
}
