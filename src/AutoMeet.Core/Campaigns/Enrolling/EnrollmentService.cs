using AutoMeet.Campaigns.Variants;
using AutoMeet.Compliance;
using AutoMeet.Enrichment.Companies;
using AutoMeet.Enrichment.Emails;
using AutoMeet.Prospects;
using AutoMeet.Sequences;
using AutoMeet.Storage;

namespace AutoMeet.Campaigns.Enrolling;

/// <summary>The default <see cref="IEnrollmentService"/>.</summary>
internal sealed class EnrollmentService(ISuppressionService suppression, IEmailValidator emails, ICompanyEnricher companies) : IEnrollmentService
{
    private const int Page = PageRequest.MaxTake;

    public async Task<EnrollmentResult> EnrollAsync(IAutoMeetStore store, EnrollmentRequest request, IProgress<EnrollmentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.ProspectIds);
        if (request.ProspectIds.Count is 0 or > EnrollmentRequest.MaxProspects)
        {
            throw new ArgumentException($"An enrolment names 1 to {EnrollmentRequest.MaxProspects} prospects (found {request.ProspectIds.Count}).", nameof(request));
        }

        if (request.BatchSize is < 1 or > Page)
        {
            throw new ArgumentException($"The batch size must be between 1 and {Page} (found {request.BatchSize}).", nameof(request));
        }

        if (request.MaxPerCompany is < 1)
        {
            throw new ArgumentException($"The per-company cap must be at least 1 (found {request.MaxPerCompany}); leave it unset for no cap.", nameof(request));
        }

        var campaign = await store.Campaigns.FindAsync(request.CampaignId, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"Campaign {request.CampaignId} does not exist.");
        if (campaign.SequenceId is not { } sequenceId)
        {
            throw new InvalidOperationException($"Campaign '{campaign.Name}' has no sequence: give it one before enrolling prospects.");
        }

        if (campaign.Status is CampaignStatus.Completed or CampaignStatus.Cancelled or CampaignStatus.Archived)
        {
            throw new InvalidOperationException($"Campaign '{campaign.Name}' is {campaign.Status}; prospects can no longer be enrolled in it.");
        }

        // A/B: when the sequence's templates branch on campaign.variant, each prospect gets a deterministic variant
        // among those the campaign has not retired.
        var sequence = await store.Sequences.FindAsync(sequenceId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Campaign '{campaign.Name}' names a sequence that no longer exists.");
        var usesVariants = sequence.Steps.Any(s => (s.SubjectTemplate?.Contains("campaign.variant", StringComparison.Ordinal) ?? false)
            || (s.BodyTemplate?.Contains("campaign.variant", StringComparison.Ordinal) ?? false));
        var companyCounts = request.MaxPerCompany is null ? null : await CompanyCountsAsync(store, campaign.OwnerId, cancellationToken).ConfigureAwait(false);
        var skipped = new List<EnrollmentSkip>();
        var seen = new HashSet<Id<Prospect>>();
        var enrolled = 0;
        var processed = 0;
        foreach (var chunk in request.ProspectIds.Chunk(request.BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = new List<Enrollment>(chunk.Length);
            var batchCompanies = new List<string?>(chunk.Length);
            foreach (var prospectId in chunk)
            {
                processed++;
                var skip = await CheckAsync(store, campaign, prospectId, request, seen, companyCounts, cancellationToken).ConfigureAwait(false);
                if (skip.Skip is not null)
                {
                    skipped.Add(skip.Skip);
                    continue;
                }

                batch.Add(new Enrollment
                {
                    CampaignId = campaign.Id,
                    ProspectId = prospectId,
                    SequenceId = sequenceId,
                    Variant = usesVariants ? CampaignVariants.Assign(campaign, prospectId) : null,
                });
                batchCompanies.Add(skip.CompanyKey);
                if (skip.CompanyKey is { } key && companyCounts is not null)
                {
                    companyCounts[key] = companyCounts.GetValueOrDefault(key) + 1;
                }
            }

            if (batch.Count > 0)
            {
                try
                {
                    await store.Enrollments.AddRangeAsync(batch, cancellationToken).ConfigureAwait(false);
                    enrolled += batch.Count;
                }
                catch (DuplicateEntityException)
                {
                    // Someone enrolled one of these meanwhile: nothing of the batch was written; add them one by one.
                    for (var i = 0; i < batch.Count; i++)
                    {
                        try
                        {
                            await store.Enrollments.AddAsync(batch[i], cancellationToken).ConfigureAwait(false);
                            enrolled++;
                        }
                        catch (DuplicateEntityException)
                        {
                            skipped.Add(new EnrollmentSkip(batch[i].ProspectId, EnrollmentSkipReason.AlreadyEnrolled, "already enrolled in this campaign"));
                            if (batchCompanies[i] is { } key && companyCounts is not null)
                            {
                                companyCounts[key]--;
                            }
                        }
                    }
                }
            }

            progress?.Report(new EnrollmentProgress(processed, request.ProspectIds.Count, enrolled, skipped.Count));
        }

        return new EnrollmentResult(enrolled, skipped);
    }

    private async Task<(EnrollmentSkip? Skip, string? CompanyKey)> CheckAsync(
        IAutoMeetStore store, Campaign campaign, Id<Prospect> prospectId, EnrollmentRequest request, HashSet<Id<Prospect>> seen, Dictionary<string, int>? companyCounts, CancellationToken cancellationToken)
    {
        if (!seen.Add(prospectId))
        {
            return (new EnrollmentSkip(prospectId, EnrollmentSkipReason.DuplicateInRequest, "named more than once in the request"), null);
        }

        var prospect = await store.Prospects.FindAsync(prospectId, cancellationToken).ConfigureAwait(false);
        if (prospect is null)
        {
            return (new EnrollmentSkip(prospectId, EnrollmentSkipReason.NotFound, "no such prospect"), null);
        }

        if (prospect.OwnerId != campaign.OwnerId)
        {
            return (new EnrollmentSkip(prospectId, EnrollmentSkipReason.OtherOwner, "the prospect belongs to another owner"), null);
        }

        var syntax = emails.ValidateSyntax(prospect.Email);
        if (syntax.Verdict == EmailVerdict.Undeliverable)
        {
            return (new EnrollmentSkip(prospectId, EnrollmentSkipReason.InvalidAddress, "the address is not a valid e-mail address"), null);
        }

        if (await suppression.IsSuppressedAsync(campaign.OwnerId, prospect.Email, cancellationToken).ConfigureAwait(false))
        {
            return (new EnrollmentSkip(prospectId, EnrollmentSkipReason.Suppressed, "the address is on the suppression list"), null);
        }

        if (request.MaximumVerdict is { } allowed)
        {
            var validation = await emails.ValidateAsync(prospect.Email, cancellationToken).ConfigureAwait(false);
            if (validation.Verdict > allowed)
            {
                var findings = string.Join("; ", validation.Issues.Where(i => i.Implies > allowed).Select(i => i.Message));
                return (new EnrollmentSkip(prospectId, EnrollmentSkipReason.AddressVerdict, $"the address is {validation.Verdict.ToString().ToLowerInvariant()} (at most {allowed.ToString().ToLowerInvariant()} allowed): {findings}"), null);
            }
        }

        var existing = await store.Enrollments.ListByProspectAsync(prospectId, cancellationToken).ConfigureAwait(false);
        if (existing.Any(e => e.CampaignId == campaign.Id))
        {
            return (new EnrollmentSkip(prospectId, EnrollmentSkipReason.AlreadyEnrolled, "already enrolled in this campaign"), null);
        }

        if (!request.AllowActiveInOtherCampaigns && existing.Any(e => e.Status is EnrollmentStatus.Active or EnrollmentStatus.Snoozed or EnrollmentStatus.Paused))
        {
            return (new EnrollmentSkip(prospectId, EnrollmentSkipReason.ActiveInOtherCampaign, "active in another campaign (allow it explicitly to enrol anyway)"), null);
        }

        var company = CompanyKey(prospect);
        if (companyCounts is not null && company is not null && existing.Count == 0 && companyCounts.GetValueOrDefault(company) >= request.MaxPerCompany)
        {
            return (new EnrollmentSkip(prospectId, EnrollmentSkipReason.CompanyCapReached, $"{request.MaxPerCompany} people of '{company}' are already contacted"), null);
        }

        // A prospect already enrolled elsewhere is already counted for the company.
        return (null, existing.Count == 0 ? company : null);
    }

    /// <summary>Counts, per company, the owner's prospects enrolled in any campaign.</summary>
    private async Task<Dictionary<string, int>> CompanyCountsAsync(IAutoMeetStore store, UserId ownerId, CancellationToken cancellationToken)
    {
        var enrolled = new HashSet<Id<Prospect>>();
        for (var skip = 0; ; skip += Page)
        {
            var campaigns = await store.Campaigns.ListByOwnerAsync(ownerId, new PageRequest(skip, Page), cancellationToken).ConfigureAwait(false);
            foreach (var campaign in campaigns)
            {
                for (var e = 0; ; e += Page)
                {
                    var page = await store.Enrollments.ListByCampaignAsync(campaign.Id, new PageRequest(e, Page), cancellationToken).ConfigureAwait(false);
                    enrolled.UnionWith(page.Select(x => x.ProspectId));
                    if (page.Count < Page)
                    {
                        break;
                    }
                }
            }

            if (campaigns.Count < Page)
            {
                break;
            }
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var skip = 0; ; skip += Page)
        {
            var prospects = await store.Prospects.ListByOwnerAsync(ownerId, new PageRequest(skip, Page), cancellationToken).ConfigureAwait(false);
            foreach (var prospect in prospects.Where(p => enrolled.Contains(p.Id)))
            {
                if (CompanyKey(prospect) is { } key)
                {
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }

            if (prospects.Count < Page)
            {
                break;
            }
        }

        return counts;
    }

    /// <summary>The company of a prospect: its e-mail domain, or for free-mail addresses its normalised company name.</summary>
    private string? CompanyKey(Prospect prospect)
    {
        var at = prospect.Email.LastIndexOf('@');
        var domain = at < 0 ? string.Empty : prospect.Email[(at + 1)..].Trim().ToLowerInvariant();
        if (domain.Length > 0 && !companies.IsFreeMailDomain(domain))
        {
            return domain;
        }

        var name = CompanyNameNormalizer.MatchKey(prospect.Company);
        return name.Length == 0 ? null : name;
    }
}
