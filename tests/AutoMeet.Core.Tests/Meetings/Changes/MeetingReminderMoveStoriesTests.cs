using AutoMeet.Campaigns;
using AutoMeet.Meetings;
using AutoMeet.Meetings.Changes;
using NodaTime;

namespace AutoMeet.Core.Tests.Meetings.Changes;

/// <summary>
/// Reminders of a meeting that moves: keyed by start and move version, so a meeting moved away and back is reminded of
/// its time afresh, and a reminder planned for an earlier version or start is never sent.
/// </summary>
public sealed class MeetingReminderMoveStoriesTests
{
    private static async Task<(MeetingHost Host, string Email, Meeting Booked)> BookAsync()
    {
        var host = await MeetingHost.StartAsync(ApprovalMode.Autonomous, threshold: 0.8);
        var (prospect, _, booked) = await host.BookedAsync();
        return (host, prospect.Email, booked);
    }

    private static async Task MoveAsync(MeetingHost host, Meeting meeting, Instant to)
    {
        Assert.Equal(MeetingChangeOutcome.Rescheduled, (await host.Changes().RescheduleAsync(meeting.Id, to, MeetingChangeActor.Owner)).Outcome);
        await host.DrainAsync();
    }

    [Fact]
    public async Task Reminders_RemindedOfAThenMovedToBAndBackToA_ProspectIsRemindedOfAAgain()
    {
        var (host, email, booked) = await BookAsync();
        await using var _ = host;
        var a = booked.Start;
        var b = ChangeHost.ThursdayAtThree.Start;
        host.AftercareOptions.ReminderMaxLateness = TimeSpan.FromHours(2); // The next hourly scan must still be in time.
        await host.TickAsync();
        await host.StepUntilAsync(a - Duration.FromHours(24), Duration.FromMinutes(15));
        Assert.Single(host.RemindersTo(email));

        // Away to Thursday and back; the prospect was told of both moves. The next scan plans a fresh reminder.
        host.Advance(Duration.FromMinutes(10));
        await MoveAsync(host, booked, b);
        await MoveAsync(host, booked, a);
        await host.StepUntilAsync(a - Duration.FromHours(22), Duration.FromMinutes(15));

        var reminders = host.RemindersTo(email);
        Assert.Equal(2, reminders.Count);
        Assert.All(reminders, r => Assert.Contains("Tuesday 3 March 2026, 04:00–04:30", r.Email.TextBody, StringComparison.Ordinal));
        Assert.NotEqual(reminders[0].Email.RfcMessageId, reminders[1].Email.RfcMessageId);
        var stored = await host.ReloadAsync(booked);
        var start = a.ToUnixTimeSeconds();
        Assert.Equal([$"86400@{start}v0", $"86400@{start}v2"], stored.RemindersSent);

        // The 1-hour reminder of the current version follows, once.
        await host.StepUntilAsync(a, Duration.FromMinutes(15));
        Assert.Equal(3, host.RemindersTo(email).Count);
        Assert.Equal([$"86400@{start}v0", $"86400@{start}v2", $"3600@{start}v2"], (await host.ReloadAsync(booked)).RemindersSent);
        Assert.Equal(3, (await host.OwnerNotificationsAsync("meeting.reminder")).Count);
    }

    [Fact]
    public async Task Reminders_PlannedThenMovedAwayAndBackBeforeItsMoment_OneReminderOfTheCurrentVersion()
    {
        var (host, email, booked) = await BookAsync();
        await using var _ = host;
        var a = booked.Start;
        await host.TickAsync(); // Plans the 24-hour reminder of version 0, due in an hour.
        Assert.Empty(host.RemindersTo(email));

        await MoveAsync(host, booked, ChangeHost.ThursdayAtThree.Start);
        await MoveAsync(host, booked, a);
        await host.StepUntilAsync(a - Duration.FromHours(23), Duration.FromMinutes(15));

        // The item planned for version 0 is stale (skipped); the one of version 2 is sent.
        Assert.Single(host.RemindersTo(email));
        Assert.Equal([$"86400@{a.ToUnixTimeSeconds()}v2"], (await host.ReloadAsync(booked)).RemindersSent);
    }

    [Fact]
    public async Task Reminders_RescheduledToANewTime_RemindedOnlyOfTheNewTime()
    {
        var (host, email, booked) = await BookAsync();
        await using var _ = host;
        var b = ChangeHost.ThursdayAtThree.Start;
        await host.TickAsync(); // The 24-hour reminder of Tuesday is planned...
        await MoveAsync(host, booked, b); // ...then the meeting moves to Thursday before it is due.

        var sentAt = new List<Instant>();
        await host.StepUntilAsync(b, Duration.FromMinutes(30), () =>
        {
            if (host.RemindersTo(email).Count > sentAt.Count)
            {
                sentAt.Add(host.Now);
            }
        });

        Assert.Equal([b - Duration.FromHours(24), b - Duration.FromHours(1)], sentAt);
        Assert.All(host.RemindersTo(email), r => Assert.Contains("Thursday 5 March 2026", r.Email.TextBody, StringComparison.Ordinal));
        var start = b.ToUnixTimeSeconds();
        Assert.Equal([$"86400@{start}v1", $"3600@{start}v1"], (await host.ReloadAsync(booked)).RemindersSent);
    }
}
