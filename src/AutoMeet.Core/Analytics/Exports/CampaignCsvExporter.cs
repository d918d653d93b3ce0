using System.Runtime.CompilerServices;
using AutoMeet.Campaigns;
using AutoMeet.Messaging;
using AutoMeet.Prospects;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace AutoMeet.Analytics.Exports;

/// <summary>
/// Implements <see cref="ICampaignCsvExporter"/> over the store. Activity rows are read a page (1,000 events) at a time,
/// keyed on the last event's instant so that each page is an index range, not a growing offset; prospects are looked
/// up once each. Meetings come from the owner's meeting list (the store has no per-campaign listing; meetings are few).
/// </summary>
internal sealed class CampaignCsvExporter(IServiceScopeFactory scopes, ICampaignAnalytics analytics, IClock clock, IDateTimeZoneProvider zones) : ICampaignCsvExporter
{
    private const int PageSize = PageRequest.MaxTake;

    public async Task<CsvExport> SummaryAsync(Id<Campaign> campaignId, MetricsGrouping grouping = MetricsGrouping.Campaign, CancellationToken cancellationToken = default)
    {
        if (grouping == MetricsGrouping.Mailbox)
        {
            throw new AnalyticsValidationException("grouping", "mailbox", "The CSV summary has no mailbox column; use campaign, step or variant.");
        }

        var rows = await analytics.GetMetricsAsync(campaignId, grouping, cancellationToken).ConfigureAwait(false);
        return new CsvExport($"campaign-{campaignId}-summary.csv", (stream, token) => CampaignSummaryCsv.WriteAsync(rows, stream, token));
    }

    public async Task<CsvExport> ActivityAsync(ActivityExportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.CampaignId is null && request.ProspectId is null)
        {
            throw new AnalyticsValidationException("campaignId", null, "A campaign or a prospect is required.");
        }

        DateTimeZone zone;
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
            UserId? owner = null;
            if (request.CampaignId is { } campaignId)
            {
                owner = (await FindCampaignAsync(store, campaignId, cancellationToken).ConfigureAwait(false)).OwnerId;
            }

            if (request.ProspectId is { } prospectId)
            {
                var prospect = await store.Prospects.FindAsync(prospectId, cancellationToken).ConfigureAwait(false)
                    ?? throw new AnalyticsValidationException("prospectId", prospectId.ToString(), "No prospect has this id.");
                owner ??= prospect.OwnerId;
            }

            zone = await ZoneAsync(store, request.TimeZoneId, owner!.Value, cancellationToken).ConfigureAwait(false);
        }

        var name = request.CampaignId is { } c ? $"campaign-{c}" : $"prospect-{request.ProspectId}";
        if (request.CampaignId is not null && request.ProspectId is { } p)
        {
            name += $"-prospect-{p}";
        }

        var query = new EmailEventQuery { CampaignId = request.CampaignId, ProspectId = request.ProspectId };
        return new CsvExport($"{name}-activity.csv", (stream, token) => CsvFiles.WriteAsync(stream, ActivityCsv.Header, ActivityRowsAsync(query, zone, token), token));
    }

    public async Task<CsvExport> MeetingsAsync(MeetingsExportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Campaign campaign;
        DateTimeZone zone;
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
            campaign = await FindCampaignAsync(store, request.CampaignId, cancellationToken).ConfigureAwait(false);
            zone = await ZoneAsync(store, request.TimeZoneId, campaign.OwnerId, cancellationToken).ConfigureAwait(false);
        }

        return new CsvExport($"campaign-{campaign.Id}-meetings.csv", (stream, token) => CsvFiles.WriteAsync(stream, MeetingsCsv.Header, MeetingRowsAsync(campaign, zone, token), token));
    }

    private static async Task<Campaign> FindCampaignAsync(IAutoMeetStore store, Id<Campaign> campaignId, CancellationToken cancellationToken) =>
        await store.Campaigns.FindAsync(campaignId, cancellationToken).ConfigureAwait(false)
            ?? throw new AnalyticsValidationException("campaignId", campaignId.ToString(), "No campaign has this id.");

    private async Task<DateTimeZone> ZoneAsync(IAutoMeetStore store, string? timeZoneId, UserId owner, CancellationToken cancellationToken)
    {
        if (timeZoneId is not null)
        {
            return zones.GetZoneOrNull(timeZoneId)
                ?? throw new AnalyticsValidationException("timeZoneId", timeZoneId, "The time zone is not a known IANA zone id.");
        }

        var settings = await store.CalendarSettings.FindByOwnerAsync(owner, cancellationToken).ConfigureAwait(false);
        return (settings is null ? null : zones.GetZoneOrNull(settings.TimeZoneId)) ?? DateTimeZone.Utc;
    }

    private async IAsyncEnumerable<string?[]> ActivityRowsAsync(EmailEventQuery query, DateTimeZone zone, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
            var prospects = new Dictionary<Id<Prospect>, Prospect?>();
            Instant? lastAt = null;
            var seenAtLast = 0;
            while (true)
            {
                var page = await store.EmailEvents.ListAsync(query with { From = lastAt }, new PageRequest(seenAtLast, PageSize), cancellationToken).ConfigureAwait(false);
                foreach (var e in page)
                {
                    Prospect? prospect = null;
                    if (e.ProspectId is { } prospectId && !prospects.TryGetValue(prospectId, out prospect))
                    {
                        prospect = await store.Prospects.FindAsync(prospectId, cancellationToken).ConfigureAwait(false);
                        prospects[prospectId] = prospect;
                    }

                    yield return ActivityCsv.Row(e, prospect, zone);
                    seenAtLast = e.OccurredAt == lastAt ? seenAtLast + 1 : 1;
                    lastAt = e.OccurredAt;
                }

                if (page.Count < PageSize)
                {
                    yield break;
                }
            }
        }
    }

    private async IAsyncEnumerable<string?[]> MeetingRowsAsync(Campaign campaign, DateTimeZone zone, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
            var window = new Interval(CampaignAnalytics.HistoryStart, clock.GetCurrentInstant() + Duration.FromDays(3660));
            var meetings = await store.Meetings.ListOverlappingAsync(campaign.OwnerId, window, [], cancellationToken).ConfigureAwait(false);
            var prospects = new Dictionary<Id<Prospect>, Prospect?>();
            foreach (var meeting in meetings.Where(m => m.CampaignId == campaign.Id).OrderBy(m => m.Start).ThenBy(m => m.Id.Value))
            {
                if (!prospects.TryGetValue(meeting.ProspectId, out var prospect))
                {
                    prospect = await store.Prospects.FindAsync(meeting.ProspectId, cancellationToken).ConfigureAwait(false);
                    prospects[meeting.ProspectId] = prospect;
                }

                yield return MeetingsCsv.Row(meeting, prospect, campaign, zone);
            }
        }
    }
}
