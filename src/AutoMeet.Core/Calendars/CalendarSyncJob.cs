using System.Globalization;
using AutoMeet.Accounts;
using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Calendars;

/// <summary>
/// Queues a sync of every busy calendar of every connected account once per <see cref="AutoMeetOptions.CalendarSyncInterval"/>.
/// The syncs themselves run as work items (<see cref="CalendarSyncWork.Kind"/>), so several workers never sync one calendar twice per interval.
/// </summary>
internal sealed class CalendarSyncJob(IOptions<AutoMeetOptions> options, IClock clock, ILoggerFactory? loggerFactory = null) : IAutoMeetJob
{
    private const string PrimaryCalendar = "primary";
    private readonly ILogger _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<CalendarSyncJob>();

    public string Name => "calendar-sync";

    public async Task RunAsync(IServiceProvider scopedServices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopedServices);
        var store = scopedServices.GetRequiredService<IAutoMeetStore>();
        var now = clock.GetCurrentInstant();
        var interval = Duration.FromTimeSpan(options.Value.CalendarSyncInterval);
        var bucket = (now.ToUnixTimeTicks() / interval.BclCompatibleTicks).ToString(CultureInfo.InvariantCulture);

        var queued = 0;
        for (var skip = 0; ; skip += PageRequest.MaxTake)
        {
            var accounts = await store.MailboxAccounts.ListByStatusAsync(AccountStatus.Connected, new PageRequest(skip, PageRequest.MaxTake), cancellationToken).ConfigureAwait(false);
            foreach (var account in accounts)
            {
                var settings = await store.CalendarSettings.FindByOwnerAsync(account.OwnerId, cancellationToken).ConfigureAwait(false);
                var calendars = settings is { BusyCalendarIds.Count: > 0 } ? settings.BusyCalendarIds : [PrimaryCalendar];
                foreach (var calendarId in calendars)
                {
                    if (await CalendarSyncWork.EnqueueAsync(store.WorkQueue, account.Id, calendarId, "every-" + bucket, now, cancellationToken).ConfigureAwait(false))
                    {
                        queued++;
                    }
                }
            }

            if (accounts.Count < PageRequest.MaxTake)
            {
                break;
            }
        }

        CalendarSyncLog.Scheduled(_logger, queued);
    }
}
