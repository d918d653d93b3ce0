using System.Globalization;
using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Meetings.Aftercare;

/// <summary>
/// The reminder job (hourly by default): on every tick it queues one <see cref="AftercareWork.ReminderScan"/> per
/// <see cref="MeetingAftercareOptions.ReminderScanInterval"/>, keyed by the period's start, so every worker queues the
/// same item and exactly one plans the period's reminders (see <see cref="MeetingReminders"/>).
/// </summary>
internal sealed class MeetingReminderJob(IOptions<MeetingAftercareOptions> options, IClock clock) : IAutoMeetJob
{
    public string Name => "meeting-reminders";

    public async Task RunAsync(IServiceProvider scopedServices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopedServices);
        var settings = options.Value;
        if (settings.EffectiveReminderOffsets().Count == 0 || !(settings.RemindOwner || settings.RemindProspect))
        {
            return;
        }

        var now = clock.GetCurrentInstant();
        var ticks = Duration.FromTimeSpan(settings.ReminderScanInterval).BclCompatibleTicks;
        var periodStart = Instant.FromUnixTimeTicks(now.ToUnixTimeTicks() / ticks * ticks);
        var item = new WorkItem
        {
            Kind = AftercareWork.ReminderScan,
            Key = "reminders:" + periodStart.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            DueAt = now,
        };
        await scopedServices.GetRequiredService<IAutoMeetStore>().WorkQueue.EnqueueAsync(item, cancellationToken).ConfigureAwait(false);
    }
}
