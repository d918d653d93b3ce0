using AutoMeet.Accounts;
using AutoMeet.Calendars;
using AutoMeet.Meetings;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Scheduling;

/// <summary>The default <see cref="IOwnerAvailability"/>: reads the store, then asks the pure <see cref="IAvailabilityEngine"/>.</summary>
internal sealed class OwnerAvailability(IServiceScopeFactory scopes, IAvailabilityEngine engine, IDateTimeZoneProvider zones, IClock clock) : IOwnerAvailability
{
    private static readonly MeetingStatus[] Blocking = [MeetingStatus.Scheduled, MeetingStatus.AwaitingApproval, MeetingStatus.Proposed];

    public async Task<AvailabilityResult> GetSlotsAsync(UserId ownerId, DateTimeZone inviteeZone, Interval window, CancellationToken cancellationToken = default)
    {
        var request = await BuildAsync(ownerId, inviteeZone, window, cancellationToken).ConfigureAwait(false);
        return engine.GetSlots(request);
    }

    public async Task<SlotExplanation> ExplainAsync(UserId ownerId, DateTimeZone inviteeZone, Instant start, CancellationToken cancellationToken = default)
    {
        var window = new Interval(start - Duration.FromDays(1), start + Duration.FromDays(2));
        var request = await BuildAsync(ownerId, inviteeZone, window, cancellationToken).ConfigureAwait(false);
        return engine.Explain(request, start);
    }

    private async Task<AvailabilityRequest> BuildAsync(UserId ownerId, DateTimeZone inviteeZone, Interval window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inviteeZone);
        if (!window.HasStart || !window.HasEnd)
        {
            throw new AvailabilityValidationException("window", window.ToString(), "must have a start and an end");
        }

        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
            var settings = await store.CalendarSettings.FindByOwnerAsync(ownerId, cancellationToken).ConfigureAwait(false)
                ?? throw new KeyNotFoundException($"Owner '{ownerId}' has no calendar settings; save them before asking for availability.");
            var schedule = CalendarSettingsMapper.ToWorkingSchedule(settings, zones);
            var meeting = CalendarSettingsMapper.ToMeetingSettings(settings);
            var now = clock.GetCurrentInstant();

            // Busy time just outside the window still matters through the buffers.
            var margin = meeting.BufferBefore + meeting.BufferAfter + meeting.Duration;
            var reach = new Interval(window.Start - margin, window.End + margin);
            var busy = new List<BusyTime>();
            var booked = new List<Instant>();

            foreach (var account in await store.MailboxAccounts.ListByOwnerAsync(ownerId, cancellationToken).ConfigureAwait(false))
            {
                if (account.Status == AccountStatus.Disconnected)
                {
                    continue;
                }

                var blocks = await store.CalendarBusy.ListBusyAsync(account.Id, [.. settings.BusyCalendarIds], reach, cancellationToken).ConfigureAwait(false);
                foreach (var block in blocks)
                {
                    var status = block.IsTransparent ? BusyStatus.Free : block.IsTentative ? BusyStatus.Tentative : BusyStatus.Busy;
                    busy.Add(new BusyTime(block.Start, block.End, status));
                }
            }

            var listing = MeetingHolds.ListingWindow(reach, settings.BookingHorizonDays);
            foreach (var meetingRow in await store.Meetings.ListOverlappingAsync(ownerId, listing, Blocking, cancellationToken).ConfigureAwait(false))
            {
                MeetingHolds.AddBusy(meetingRow, reach, now, busy, booked);
            }

            var host = new ParticipantAvailability(schedule, busy.ToArray()) { Name = ownerId.Value, BookedMeetings = booked.ToArray() };
            return new AvailabilityRequest(host, meeting, inviteeZone, window, now);
        }
    }
}
