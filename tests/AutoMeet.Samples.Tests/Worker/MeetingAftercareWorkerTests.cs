using AutoMeet.Accounts;
using AutoMeet.Calendars;
using AutoMeet.Meetings;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Sample.Hosting.Jobs;
using AutoMeet.Sandbox;
using AutoMeet.Scheduling;
using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;

namespace AutoMeet.Samples.Tests.Worker;

public sealed class MeetingAftercareWorkerTests
{
    [Fact]
    public async Task JobRunner_MeetingInAnHour_SendsTheOneHourReminderOnceOnSqlite()
    {
        await using var worker = new WorkerHostFixture();
        await worker.InitializeStoreAsync();
        var runner = worker.Host.Services.GetServices<IHostedService>().OfType<JobRunner>().Single();
        Assert.Contains(worker.Host.Services.GetServices<IAutoMeetJob>(), j => j.Name == "meeting-reminders");
        Assert.Contains(worker.Host.Services.GetServices<IAutoMeetJob>(), j => j.Name == "meeting-outcomes");
        var owner = new UserId("worker-owner");
        var account = new MailboxAccount { OwnerId = owner, EmailAddress = "owner@acme.example", DisplayName = "Owner", Status = AccountStatus.Connected };
        var prospect = new Prospect { OwnerId = owner, Email = "dana@globex.example", FirstName = "Dana", TimeZoneId = "America/New_York" };
        var thread = new EmailThread { MailboxAccountId = account.Id, ProspectId = prospect.Id, ProviderThreadId = "thr-1", Subject = "Quick question", RootMessageId = "first@acme.example" };
        var start = worker.Now + Duration.FromHours(1);

        // The booked event really exists on the calendar: the first calendar sync is a full listing, and a meeting
        // whose event that listing lacks (and a lookup confirms gone) is cancelled as deleted.
        var calendarEvent = await worker.Host.Services.GetRequiredService<SandboxCalendar>().CreateEventAsync(account.Id, new CalendarEventRequest
        {
            Title = "Intro", Start = start, End = start + Duration.FromMinutes(30), TimeZoneId = "Etc/UTC", IdempotencyKey = "worker-test-evt",
            Attendees = [new EmailAddress(prospect.Email)],
        });
        var meeting = new Meeting
        {
            OwnerId = owner, ProspectId = prospect.Id, ThreadId = thread.Id, CalendarAccountId = account.Id, Title = "Intro", Start = start, End = start + Duration.FromMinutes(30),
            Status = MeetingStatus.Scheduled, CalendarEventId = calendarEvent.EventId, ConferenceUrl = calendarEvent.ConferenceUrl,
        };
        await using (var scope = worker.Host.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
            await store.MailboxAccounts.AddAsync(account);
            await store.CalendarSettings.AddAsync(new CalendarSettings { OwnerId = owner, TimeZoneId = "Etc/UTC" });
            await store.Prospects.AddAsync(prospect);
            await store.Threads.AddAsync(thread);
            await store.Threads.AppendMessageAsync(new EmailMessage { ThreadId = thread.Id, Direction = MessageDirection.Outbound, RfcMessageId = thread.RootMessageId, Subject = "Quick question", OccurredAt = worker.Now });
            await store.Meetings.AddAsync(meeting);
        }

        for (var tick = 0; tick < 5; tick++)
        {
            await runner.RunOnceAsync(CancellationToken.None);
        }

        var reminder = Assert.Single(worker.Host.Services.GetRequiredService<SandboxMailbox>().ListSent(), e => e.Email.To.Any(t => t.Address == prospect.Email));
        Assert.Contains("A quick reminder of our meeting", reminder.Email.TextBody, StringComparison.Ordinal);
        Assert.Equal("thr-1", reminder.Email.ProviderThreadId);
        await using var check = worker.Host.Services.CreateAsyncScope();
        var stored = await check.ServiceProvider.GetRequiredService<IAutoMeetStore>().Meetings.FindAsync(meeting.Id);
        Assert.Equal([$"3600@{start.ToUnixTimeSeconds()}v0"], stored!.RemindersSent); // the 24 h moment was long gone: skipped, not sent late
    }
}
