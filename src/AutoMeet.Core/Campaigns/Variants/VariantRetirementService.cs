using System.Text.Json;
using System.Text.Json.Nodes;
using AutoMeet.Analytics;
using AutoMeet.Analytics.Comparison;
using AutoMeet.Compliance;
using AutoMeet.Events;
using AutoMeet.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Campaigns.Variants;

/// <summary>The default <see cref="IVariantRetirement"/>: the comparison from <see cref="ICampaignAnalytics"/>, the decision from <see cref="VariantRetirement"/>.</summary>
internal sealed class VariantRetirementService(
    IServiceScopeFactory scopes,
    ICampaignAnalytics analytics,
    IAuditTrail audit,
    IOptions<VariantRetirementOptions> options,
    IClock clock,
    ILoggerFactory? loggerFactory = null) : IVariantRetirement
{
    /// <summary>The audit action and the actor id of a retirement.</summary>
    internal const string AuditAction = "campaign.variant_retired";

    private const string Actor = "variant-retirement";
    private const int MaxAttempts = 3;
    private const int Page = PageRequest.MaxTake;

    private readonly ILogger _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<VariantRetirementService>();

    public async Task<VariantRetirementOutcome> EvaluateAsync(Id<Campaign> campaignId, CancellationToken cancellationToken = default)
    {
        ComparisonResult? comparison = null;
        for (var attempt = 1; ; attempt++)
        {
            // A fresh unit of work per attempt: a store whose update failed may still track the rejected campaign.
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
                var campaign = await store.Campaigns.FindAsync(campaignId, cancellationToken).ConfigureAwait(false)
                    ?? throw new KeyNotFoundException($"Campaign {campaignId} does not exist.");
                if (!campaign.AutoRetireLosingVariants)
                {
                    return Keep(campaign, VariantRetirementDecision.None("The campaign has not opted in to retiring losing variants."));
                }

                comparison ??= await CompareAsync(campaign, cancellationToken).ConfigureAwait(false);
                if (comparison is null)
                {
                    return Keep(campaign, VariantRetirementDecision.None("Fewer than two variants have events yet."));
                }

                var decision = VariantRetirement.Decide(campaign, comparison);
                if (!decision.RetiresAny)
                {
                    return Keep(campaign, decision);
                }

                try
                {
                    await StoreAsync(store, campaign, decision, comparison, cancellationToken).ConfigureAwait(false);
                }
                catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
                {
                    // Another worker (or an edit) changed the campaign: decide again on the fresh row.
                    VariantRetirementLog.Conflict(_logger, campaignId.Value, attempt);
                    continue;
                }

                VariantRetirementLog.Retired(_logger, campaignId.Value, decision.Retire, decision.Winner!, comparison.Measure);
                await AuditAsync(campaign, decision, comparison, cancellationToken).ConfigureAwait(false);
                return new(campaignId, decision, true, [.. campaign.RetiredVariants ?? []]);
            }
        }
    }

    public async Task<IReadOnlyList<VariantRetirementOutcome>> RunAsync(CancellationToken cancellationToken = default)
    {
        var ids = new List<Id<Campaign>>();
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
            foreach (var status in (CampaignStatus[])[CampaignStatus.Active, CampaignStatus.Paused])
            {
                for (var skip = 0; ; skip += Page)
                {
                    var page = await store.Campaigns.ListByStatusAsync(status, new PageRequest(skip, Page), cancellationToken).ConfigureAwait(false);
                    ids.AddRange(page.Where(c => c.AutoRetireLosingVariants).Select(c => c.Id));
                    if (page.Count < Page)
                    {
                        break;
                    }
                }
            }
        }

        var outcomes = new List<VariantRetirementOutcome>(ids.Count);
        foreach (var id in ids)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                outcomes.Add(await EvaluateAsync(id, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // One campaign's trouble (deleted meanwhile, store hiccup) must not stop the others.
                VariantRetirementLog.Failed(_logger, exception, id.Value);
            }
        }

        return outcomes;
    }

    private async Task<ComparisonResult?> CompareAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        var request = new CampaignComparisonRequest
        {
            CampaignIds = [campaign.Id],
            Dimension = MetricsGrouping.Variant,
            Measure = VariantRetirement.MeasureOf(campaign.VariantRetirementMeasure),
            Settings = options.Value.ToAbTestSettings(),
        };
        try
        {
            return await analytics.CompareAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (AnalyticsValidationException exception) when (exception.Field == "dimension")
        {
            return null; // fewer than two variants with events
        }
    }

    private async Task StoreAsync(IAutoMeetStore store, Campaign campaign, VariantRetirementDecision decision, ComparisonResult comparison, CancellationToken cancellationToken)
    {
        campaign.RetiredVariants = [.. (campaign.RetiredVariants ?? []).Union(decision.Retire, StringComparer.Ordinal)];
        var payload = Payload(decision, comparison);
        await store.ExecuteInTransactionAsync(
            async token =>
            {
                await store.Campaigns.UpdateAsync(campaign, token).ConfigureAwait(false);
                await store.DomainEvents.AppendAsync(
                    new DomainEvent
                    {
                        Type = DomainEventTypes.CampaignVariantRetired,
                        OccurredAt = clock.GetCurrentInstant(),
                        OwnerId = campaign.OwnerId,
                        CampaignId = campaign.Id,
                        EntityType = nameof(Campaign),
                        EntityId = campaign.Id.ToString(),
                        Payload = payload,
                    },
                    token).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }

    private async Task AuditAsync(Campaign campaign, VariantRetirementDecision decision, ComparisonResult comparison, CancellationToken cancellationToken)
    {
        try
        {
            await audit.RecordAsync(campaign.OwnerId, ActorKind.System, Actor, AuditAction, nameof(Campaign), campaign.Id.ToString(), Payload(decision, comparison), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The retirement and its domain event are committed; the audit trail is best effort after the fact.
            VariantRetirementLog.AuditFailed(_logger, exception, campaign.Id.Value);
        }
    }

    private VariantRetirementOutcome Keep(Campaign campaign, VariantRetirementDecision decision)
    {
        VariantRetirementLog.Kept(_logger, campaign.Id.Value, decision.Reason);
        return new(campaign.Id, decision, false, [.. campaign.RetiredVariants ?? []]);
    }

    private static string Payload(VariantRetirementDecision decision, ComparisonResult comparison)
    {
        var arms = new JsonArray();
        foreach (var arm in comparison.Arms)
        {
            arms.Add(new JsonObject { ["variant"] = arm.Name, ["successes"] = arm.Successes, ["trials"] = arm.Trials });
        }

        return new JsonObject
        {
            ["retired"] = new JsonArray([.. decision.Retire.Select(v => (JsonNode?)JsonValue.Create(v))]),
            ["winner"] = decision.Winner,
            ["measure"] = JsonNamingPolicy.CamelCase.ConvertName(comparison.Measure.ToString()),
            ["perTestAlpha"] = comparison.PerTestAlpha,
            ["arms"] = arms,
        }.ToJsonString();
    }
}
