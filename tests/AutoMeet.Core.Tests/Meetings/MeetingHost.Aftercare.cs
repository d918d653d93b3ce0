using System.Text.RegularExpressions;
using AutoMeet.Maintenance;
using AutoMeet.Meetings;
using AutoMeet.Meetings.Aftercare;
using AutoMeet.Messaging;
using AutoMeet.Notifications;
using AutoMeet.Prospects;
using AutoMeet.Sandbox;
using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Core.Tests.Meetings;

/// <summary>The aftercare's helpers: the jobs as a worker runs them, booking in one call, the reminders and links sent.</summary>
internal sealed partial class MeetingHost
{
    public IMeetingOutcomes Outcomes => Services.GetRequiredService<IMeetingOutcomes>();

    public MeetingAftercareOptions AftercareOptions => Services.GetRequiredService<IOptions<MeetingAftercareOptions>>().Value;

    public IClock Clock => Services.GetRequiredService<IClock>();

    /// <summary>One worker tick: the reminder and post-meeting jobs, then the work queue until nothing due is left.</summary>
    public async Task TickAsync()
    {
        foreach (var job in Services.GetServices<IAutoMeetJob>().Where(j => j.Name is "meeting-reminders" or "meeting-outcomes"))
        {
            await using var scope = Services.CreateAsyncScope();
            await job.RunAsync(scope.ServiceProvider, CancellationToken.None);
        }

        await DrainAsync();
    }

    /// <summary>Advances the clock by <paramref name="step"/> and ticks, until <paramref name="until"/>; <paramref name="onTick"/> runs after each tick.</summary>
    public async Task StepUntilAsync(Instant until, Duration step, Action? onTick = null)
    {
        while (Now < until)
        {
            Advance(step);
            await TickAsync();
            onTick?.Invoke();
        }
    }

    /// <summary>A reply choosing a time in <paramref name="window"/>, approved by the owner's link, booked: the meeting as stored.</summary>
    public async Task<Meeting> BookAsync(Prospect prospect, EmailThread thread, Interval window)
    {
        var decision = await ReplyAsync(prospect, thread, 0.9, window);
        await DrainAsync();
        var (approve, _) = LatestLinks();
        var result = await Approvals.DecideAsync(approve, ApprovalDecision.Approve, null);
        Assert.Equal(BookingOutcome.Booked, result.Booking?.Outcome);
        await DrainAsync();
        var meeting = await MeetingForAsync(decision);
        Assert.Equal(MeetingStatus.Scheduled, meeting!.Status);
        return meeting;
    }

    public Task<Meeting?> FindMeetingAsync(Id<Meeting> id) => InStoreAsync(s => s.Meetings.FindAsync(id));

    public IReadOnlyList<SandboxSentEmail> RemindersTo(string address) =>
        [.. SentTo(address).Where(e => e.Email.TextBody.Contains("A quick reminder of our meeting", StringComparison.Ordinal))];

    public async Task<IReadOnlyList<Notification>> OwnerNotificationsAsync(string kind) =>
        [.. (await InStoreAsync(s => s.Notifications.ListByOwnerAsync(Owner, new PageRequest(0, 1000)))).Where(n => n.Kind == kind).OrderBy(n => n.DueAt)];

    /// <summary>The "held" and "no-show" tokens of the newest post-meeting e-mail to the owner.</summary>
    public (string Held, string NoShow) OutcomeLinks()
    {
        var email = SentTo(Account.EmailAddress).Last(e => e.Email.Subject.Contains("take place?", StringComparison.Ordinal)).Email;
        var tokens = OutcomeLinkPattern().Matches(email.TextBody).Select(m => Uri.UnescapeDataString(m.Groups[1].Value)).ToList();
        Assert.Equal(2, tokens.Count);
        return (tokens[0], tokens[1]);
    }

    public Task<CleanupReport> RunCleanupAsync() => InStoreAsync(s => Services.GetRequiredService<DataCleanup>().RunAsync(s, CancellationToken.None));

    /// <summary>Moves a meeting through its lifecycle as the owner (audited), the way a cancellation does.</summary>
    public Task MoveAsync(Id<Meeting> id, MeetingStatus to) => InStoreAsync(async s =>
    {
        var meeting = await s.Meetings.FindAsync(id);
        await MeetingAudit.MoveAsync(s, Clock, meeting!, to, MeetingActor.Owner(Owner), "test", CancellationToken.None);
    });

    [GeneratedRegex(@"/meeting-outcomes/(\S+)")]
    private static partial Regex OutcomeLinkPattern();
}
