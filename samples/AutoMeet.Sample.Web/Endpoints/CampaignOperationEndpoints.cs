using AutoMeet.Campaigns;
using AutoMeet.Campaigns.Enrolling;
using AutoMeet.Prospects;
using AutoMeet.Sample.Web.Contracts;
using AutoMeet.Sample.Web.Http;
using AutoMeet.Sending.Preview;
using AutoMeet.Sending;
using AutoMeet.Sequences;
using AutoMeet.Sequences.Distribution;
using AutoMeet.Storage;
using NodaTime;
using NodaTime.Text;

namespace AutoMeet.Sample.Web.Endpoints;

/// <summary>
/// Maps what runs a campaign under <c>/api/campaigns/{id}</c>: set-up (sequence, mailbox, schedule), schedule and
/// unschedule, pause and resume, enrollments, progress and a rendered preview of every step.
/// </summary>
internal static class CampaignOperationEndpoints
{
    /// <summary>The most prospects one enrollment request may carry.</summary>
    public const int MaxEnrollPerRequest = 10_000;

    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    /// <summary>Maps the campaign operation endpoints.</summary>
    /// <param name="api">The <c>/api</c> group.</param>
    public static void MapCampaignOperationEndpoints(this RouteGroupBuilder api)
    {
        var campaigns = api.MapGroup("/campaigns").WithTags("Campaigns");
        campaigns.MapGet("/{id}/setup", GetSetupAsync).Produces<CampaignSetupResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        campaigns.MapPut("/{id}/setup", PutSetupAsync)
            .Accepts<CampaignSetupRequest>("application/json")
            .Produces<CampaignSetupResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        campaigns.MapPost("/{id}/schedule", (HttpRequest r, IAutoMeetStore s, ICampaignControl c, string id, CancellationToken ct) =>
            TransitionAsync(r, s, id, (store, campaignId) => c.ScheduleAsync(store, campaignId, ct), ct)).Produces<CampaignResponse>().ProducesProblem(StatusCodes.Status409Conflict);
        campaigns.MapPost("/{id}/unschedule", (HttpRequest r, IAutoMeetStore s, ICampaignControl c, string id, CancellationToken ct) =>
            TransitionAsync(r, s, id, (store, campaignId) => c.UnscheduleAsync(store, campaignId, ct), ct)).Produces<CampaignResponse>().ProducesProblem(StatusCodes.Status409Conflict);
        campaigns.MapPost("/{id}/pause", (HttpRequest r, IAutoMeetStore s, ICampaignControl c, string id, CancellationToken ct) =>
            TransitionAsync(r, s, id, (store, campaignId) => c.PauseAsync(store, campaignId, ct), ct)).Produces<CampaignResponse>().ProducesProblem(StatusCodes.Status409Conflict);
        campaigns.MapPost("/{id}/resume", (HttpRequest r, IAutoMeetStore s, ICampaignControl c, string id, CancellationToken ct) =>
            TransitionAsync(r, s, id, async (store, campaignId) => (await c.ResumeAsync(store, campaignId, ct)).Campaign, ct)).Produces<CampaignResponse>().ProducesProblem(StatusCodes.Status409Conflict);
        campaigns.MapGet("/{id}/status", StatusAsync).Produces<CampaignProgress>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        campaigns.MapPost("/{id}/enrollments", EnrollAsync)
            .Accepts<EnrollRequest>("application/json")
            .Produces<EnrollmentResult>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        campaigns.MapGet("/{id}/enrollments", ListEnrollmentsAsync).Produces<PageResponse<EnrollmentResponse>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        campaigns.MapGet("/{id}/enrollments/{enrollmentId}/explain", ExplainAsync).Produces<OutreachExplanation>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        campaigns.MapGet("/{id}/preview", PreviewAsync).Produces<IReadOnlyList<StepPreview>>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<(Campaign? Campaign, IResult? Problem)> FindOwnedAsync(HttpRequest request, IAutoMeetStore store, string id, CancellationToken cancellationToken)
    {
        if (!Owner.TryResolve(request, out var owner, out var problem) || !RouteId.TryParse<Campaign>(id, out var campaignId, out problem))
        {
            return (null, problem);
        }

        var campaign = await store.Campaigns.FindAsync(campaignId, cancellationToken);
        return campaign is null || campaign.OwnerId != owner ? (null, Problems.NotFound("Campaign", campaignId.Value)) : (campaign, null);
    }

    private static async Task<IResult> TransitionAsync(
        HttpRequest request, IAutoMeetStore store, string id, Func<IAutoMeetStore, Id<Campaign>, Task<Campaign>> transition, CancellationToken cancellationToken)
    {
        var (campaign, problem) = await FindOwnedAsync(request, store, id, cancellationToken);
        if (campaign is null)
        {
            return problem!;
        }

        try
        {
            return Results.Ok(CampaignResponse.From(await transition(store, campaign.Id)));
        }
        catch (InvalidCampaignTransitionException ex)
        {
            return Problems.Conflict(ex.Message);
        }
        catch (ConcurrencyConflictException)
        {
            return Problems.Conflict("The campaign changed while this request ran; read it again and retry.");
        }
    }

    private static async Task<IResult> GetSetupAsync(HttpRequest request, IAutoMeetStore store, IClock clock, IDateTimeZoneProvider zones, string id, CancellationToken cancellationToken)
    {
        var (campaign, problem) = await FindOwnedAsync(request, store, id, cancellationToken);
        if (campaign is null)
        {
            return problem!;
        }

        var schedule = await store.CampaignSchedules.FindByCampaignAsync(campaign.Id, cancellationToken) ?? new CampaignSchedule { CampaignId = campaign.Id };
        return Results.Ok(CampaignSetupResponse.From(campaign, schedule, await ReadinessAsync(store, campaign, schedule, clock, zones, cancellationToken)));
    }

    private static async Task<IResult> PutSetupAsync(HttpRequest request, IAutoMeetStore store, IClock clock, IDateTimeZoneProvider zones, string id, CancellationToken cancellationToken)
    {
        var (campaign, problem) = await FindOwnedAsync(request, store, id, cancellationToken);
        if (campaign is null)
        {
            return problem!;
        }

        var (body, bodyProblem) = await JsonBody.ReadAsync<CampaignSetupRequest>(request, cancellationToken);
        if (body is null)
        {
            return bodyProblem!;
        }

        if (campaign.Status != CampaignStatus.Draft)
        {
            return Problems.Conflict($"The campaign is {campaign.Status}; only a draft can be set up (unschedule it first).");
        }

        var errors = new Dictionary<string, string[]>();
        var existing = await store.CampaignSchedules.FindByCampaignAsync(campaign.Id, cancellationToken);
        var schedule = existing ?? new CampaignSchedule { CampaignId = campaign.Id };
        await CheckReferencesAsync(store, campaign, body, errors, cancellationToken);
        ApplySchedule(body.Schedule, schedule, zones, errors);
        body.VariantRetirement?.Validate(errors, "variantRetirement");
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        campaign.SequenceId = new Id<OutreachSequence>(body.SequenceId!.Value);
        campaign.MailboxAccountId = body.MailboxAccountId is { } mailbox ? new Id<Accounts.MailboxAccount>(mailbox) : null;
        body.VariantRetirement?.ApplyTo(campaign);
        try
        {
            await store.ExecuteInTransactionAsync(
                async ct =>
                {
                    await store.Campaigns.UpdateAsync(campaign, ct);
                    if (existing is null)
                    {
                        await store.CampaignSchedules.AddAsync(schedule, ct);
                    }
                    else
                    {
                        await store.CampaignSchedules.UpdateAsync(schedule, ct);
                    }

                    return true;
                },
                cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return Problems.Conflict("The campaign changed while this request ran; read it again and retry.");
        }

        return Results.Ok(CampaignSetupResponse.From(campaign, schedule, await ReadinessAsync(store, campaign, schedule, clock, zones, cancellationToken)));
    }

    private static async Task CheckReferencesAsync(IAutoMeetStore store, Campaign campaign, CampaignSetupRequest body, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (body.SequenceId is not { } sequenceId || sequenceId == Guid.Empty)
        {
            errors["sequenceId"] = ["is required."];
        }
        else if (await store.Sequences.FindAsync(new Id<OutreachSequence>(sequenceId), cancellationToken) is not { } sequence || sequence.OwnerId != campaign.OwnerId)
        {
            errors["sequenceId"] = [$"no sequence {sequenceId} belongs to this owner."];
        }

        if (body.MailboxAccountId is { } mailboxId
            && (await store.MailboxAccounts.FindAsync(new Id<Accounts.MailboxAccount>(mailboxId), cancellationToken) is not { } mailbox || mailbox.OwnerId != campaign.OwnerId))
        {
            errors["mailboxAccountId"] = [$"no mailbox {mailboxId} belongs to this owner."];
        }
    }

    private static void ApplySchedule(CampaignScheduleRequest? input, CampaignSchedule schedule, IDateTimeZoneProvider zones, Dictionary<string, string[]> errors)
    {
        if (input is null)
        {
            errors["schedule"] = ["is required."];
            return;
        }

        if (string.IsNullOrWhiteSpace(input.TimeZone))
        {
            errors["schedule.timeZone"] = ["is required (an IANA zone such as Europe/Berlin)."];
        }
        else if (zones.GetZoneOrNull(input.TimeZone.Trim()) is null)
        {
            errors["schedule.timeZone"] = [$"'{input.TimeZone}' is not a known IANA time zone."];
        }
        else
        {
            schedule.TimeZoneId = input.TimeZone.Trim();
        }

        var days = SendingDays.None;
        foreach (var name in input.Days ?? [])
        {
            if (WeekDays.TryParse(name, out var day))
            {
                days |= day;
            }
            else
            {
                errors["schedule.days"] = [$"'{name}' is not a day name (monday … sunday)."];
            }
        }

        schedule.Days = input.Days is null ? SendingDays.Weekdays : days;
        if (input.Days is { Count: 0 })
        {
            errors["schedule.days"] = ["must name at least one day."];
        }

        schedule.WindowStart = Time(input.WindowStart, "schedule.windowStart", new LocalTime(9, 0), errors);
        schedule.WindowEnd = Time(input.WindowEnd, "schedule.windowEnd", new LocalTime(17, 0), errors);
        if (!errors.ContainsKey("schedule.windowStart") && !errors.ContainsKey("schedule.windowEnd") && schedule.WindowEnd <= schedule.WindowStart)
        {
            errors["schedule.windowEnd"] = [$"{TimePattern.Format(schedule.WindowEnd)} is not after the window's start {TimePattern.Format(schedule.WindowStart)}."];
        }

        if (input.StartAt is { } start && input.EndAt is { } end && end <= start)
        {
            errors["schedule.endAt"] = [$"{end} is not after startAt {start}."];
        }

        schedule.StartAt = input.StartAt;
        schedule.EndAt = input.EndAt;
        schedule.StartNoticeSentAt = null;
    }

    private static LocalTime Time(string? text, string field, LocalTime fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        var parsed = TimePattern.Parse(text.Trim());
        if (parsed.Success)
        {
            return parsed.Value;
        }

        errors[field] = [$"'{text}' is not a time of day in HH:mm."];
        return fallback;
    }

    private static async Task<string?> ReadinessAsync(IAutoMeetStore store, Campaign campaign, CampaignSchedule schedule, IClock clock, IDateTimeZoneProvider zones, CancellationToken cancellationToken)
    {
        var sequence = campaign.SequenceId is { } sequenceId ? await store.Sequences.FindAsync(sequenceId, cancellationToken) : null;
        var mailboxes = await store.MailboxAccounts.ListByOwnerAsync(campaign.OwnerId, cancellationToken);
        return CampaignLifecycle.Readiness(campaign, new CampaignTransitionContext(schedule, sequence, mailboxes.Count, clock.GetCurrentInstant()) { Zones = zones });
    }

    private static async Task<IResult> StatusAsync(HttpRequest request, IAutoMeetStore store, ICampaignStatusTracker tracker, string id, CancellationToken cancellationToken)
    {
        var (campaign, problem) = await FindOwnedAsync(request, store, id, cancellationToken);
        return campaign is null ? problem! : Results.Ok(await tracker.GetAsync(store, campaign.Id, cancellationToken));
    }

    private static async Task<IResult> EnrollAsync(HttpRequest request, IAutoMeetStore store, IEnrollmentService enrollments, string id, CancellationToken cancellationToken)
    {
        var (campaign, problem) = await FindOwnedAsync(request, store, id, cancellationToken);
        if (campaign is null)
        {
            return problem!;
        }

        var (body, bodyProblem) = await JsonBody.ReadAsync<EnrollRequest>(request, cancellationToken);
        if (body is null)
        {
            return bodyProblem!;
        }

        var errors = new Dictionary<string, string[]>();
        if (body.ProspectIds is not { Count: > 0 } ids)
        {
            errors["prospectIds"] = ["at least one prospect id is required."];
        }
        else if (ids.Count > MaxEnrollPerRequest)
        {
            errors["prospectIds"] = [$"has {ids.Count} ids; at most {MaxEnrollPerRequest} are allowed per request."];
        }
        else if (ids.Any(g => g == Guid.Empty))
        {
            errors["prospectIds"] = ["contains an empty id."];
        }

        if (body.MaxPerCompany is < 1)
        {
            errors["maxPerCompany"] = [$"is {body.MaxPerCompany}; it must be at least 1."];
        }

        Enrichment.Emails.EmailVerdict? maximumVerdict = null;
        if (body.MaximumVerdict is { } verdictText)
        {
            if (Enum.TryParse<Enrichment.Emails.EmailVerdict>(verdictText, ignoreCase: true, out var parsed) && !int.TryParse(verdictText, out _) && Enum.IsDefined(parsed))
            {
                maximumVerdict = parsed;
            }
            else
            {
                errors["maximumVerdict"] = [$"'{verdictText}' is not a verdict; use deliverable, risky, unknown or undeliverable."];
            }
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        if (campaign.Status is not (CampaignStatus.Draft or CampaignStatus.Scheduled or CampaignStatus.Active or CampaignStatus.Paused))
        {
            return Problems.Conflict($"The campaign is {campaign.Status}; prospects can no longer be enrolled.");
        }

        var prospectIds = body.ProspectIds!.Distinct().Select(g => new Id<Prospect>(g)).ToList();
        foreach (var prospectId in prospectIds)
        {
            if (await store.Prospects.FindAsync(prospectId, cancellationToken) is not { } prospect || prospect.OwnerId != campaign.OwnerId)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["prospectIds"] = [$"no prospect {prospectId} belongs to this owner."] });
            }
        }

        var result = await enrollments.EnrollAsync(
            store,
            new EnrollmentRequest(campaign.Id, prospectIds) { AllowActiveInOtherCampaigns = body.AllowActiveInOtherCampaigns, MaxPerCompany = body.MaxPerCompany, MaximumVerdict = maximumVerdict },
            cancellationToken: cancellationToken);
        return Results.Ok(result);
    }

    private static async Task<IResult> PreviewAsync(HttpRequest request, IAutoMeetStore store, ICampaignPreview preview, string id, string? prospectId, CancellationToken cancellationToken)
    {
        var (campaign, problem) = await FindOwnedAsync(request, store, id, cancellationToken);
        if (campaign is null)
        {
            return problem!;
        }

        Id<Prospect>? prospect = null;
        if (prospectId is not null)
        {
            if (!Id<Prospect>.TryParse(prospectId, null, out var parsed) || parsed.IsEmpty)
            {
                return Problems.Field("prospectId", $"'{prospectId}' is not a valid prospect id (expected a GUID).");
            }

            if (await store.Prospects.FindAsync(parsed, cancellationToken) is not { } found || found.OwnerId != campaign.OwnerId)
            {
                return Problems.NotFound("Prospect", parsed.Value);
            }

            prospect = parsed;
        }

        if (campaign.SequenceId is null)
        {
            return Problems.Conflict("The campaign has no sequence yet; set it up first (PUT /api/campaigns/{id}/setup).");
        }

        return Results.Ok(await preview.PreviewAsync(store, campaign.Id, prospect, cancellationToken));
    }

    private static async Task<IResult> ListEnrollmentsAsync(HttpRequest request, IAutoMeetStore store, string id, string? skip, string? take, CancellationToken cancellationToken)
    {
        var (campaign, problem) = await FindOwnedAsync(request, store, id, cancellationToken);
        if (campaign is null)
        {
            return problem!;
        }

        if (!Paging.TryParse(skip, take, out var page, out problem))
        {
            return problem;
        }

        var items = await store.Enrollments.ListByCampaignAsync(campaign.Id, page, cancellationToken);
        return Results.Ok(new PageResponse<EnrollmentResponse>([.. items.Select(EnrollmentResponse.From)], page.Skip, page.Take));
    }

    private static async Task<IResult> ExplainAsync(
        HttpRequest request, IAutoMeetStore store, ISequenceScheduler scheduler, string id, string enrollmentId, CancellationToken cancellationToken)
    {
        var (campaign, problem) = await FindOwnedAsync(request, store, id, cancellationToken);
        if (campaign is null)
        {
            return problem!;
        }

        if (!Id<Enrollment>.TryParse(enrollmentId, null, out var parsed) || parsed.IsEmpty)
        {
            return Problems.Field("enrollmentId", $"'{enrollmentId}' is not a valid enrollment id (expected a GUID).");
        }

        if (await store.Enrollments.FindAsync(parsed, cancellationToken) is not { } enrollment || enrollment.CampaignId != campaign.Id)
        {
            return Problems.NotFound("Enrollment", parsed.Value);
        }

        return Results.Ok(await scheduler.ExplainAsync(store, parsed, cancellationToken));
    }
}
