using AutoMeet.Enrichment.LinkedIn;
using AutoMeet.Enrichment.Phones;
using AutoMeet.Enrichment.Quality;
using AutoMeet.Prospects;

namespace AutoMeet.Enrichment.Batch;

/// <summary>The enrichment of one row.</summary>
internal sealed partial class EnrichmentBatchProcessor
{
    private async ValueTask<ProspectEnrichment> EnrichRowAsync(Prospect prospect, int position, bool isDuplicate, CancellationToken cancellationToken)
    {
        try
        {
            var email = await WithPermitAsync(EnrichmentBatchOptions.DnsProvider, () => _services.Email.ValidateAsync(prospect.Email, cancellationToken), cancellationToken).ConfigureAwait(false);
            var company = await WithPermitsAsync(_services.CompanyProviderNames, () => _services.Company.EnrichAsync(prospect.Email, prospect.Company, cancellationToken), cancellationToken).ConfigureAwait(false);
            PhoneFormatResult? phone = string.IsNullOrWhiteSpace(prospect.Phone) ? null : _services.Phone.Format(prospect);
            var url = string.IsNullOrWhiteSpace(prospect.LinkedInUrl) ? null : LinkedInProfileUrl.Parse(prospect.LinkedInUrl);
            var match = url is null ? await FindLinkedInAsync(prospect, cancellationToken).ConfigureAwait(false) : null;
            var quality = _services.Quality.Score(new ProspectQualityInput { Prospect = prospect, Email = email, Phone = phone, IsDuplicate = isDuplicate });
            return new ProspectEnrichment
            {
                ProspectId = prospect.Id,
                Position = position,
                Email = email,
                Company = company,
                Phone = phone,
                LinkedInUrl = url,
                LinkedInMatch = match,
                Quality = quality,
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            EnrichmentLog.RowFailed(_logger, "-", position, ex.GetType().Name);
            return new ProspectEnrichment { ProspectId = prospect.Id, Position = position, Error = $"{ex.GetType().Name}: {ex.Message}" };
        }
    }

    private async ValueTask<LinkedInMatch?> FindLinkedInAsync(Prospect prospect, CancellationToken cancellationToken)
    {
        LinkedInMatch? best = null;
        foreach (var source in _services.LinkedInSources)
        {
            var candidates = await WithPermitAsync(source.Name, () => source.FindCandidatesAsync(prospect, cancellationToken), cancellationToken).ConfigureAwait(false);
            var match = _services.LinkedIn.FindBest(prospect, candidates);
            if (match is not null && (best is null || match.Score > best.Score))
            {
                best = match;
            }
        }

        return best;
    }

    private async ValueTask<T> WithPermitAsync<T>(string provider, Func<ValueTask<T>> call, CancellationToken cancellationToken)
    {
        using var lease = await _limiters.AcquireAsync(provider, cancellationToken).ConfigureAwait(false);
        return await call().ConfigureAwait(false);
    }

    private async ValueTask<T> WithPermitsAsync<T>(IReadOnlyList<string> providers, Func<ValueTask<T>> call, CancellationToken cancellationToken)
    {
        var leases = new List<IDisposable>(providers.Count);
        try
        {
            foreach (var provider in providers)
            {
                if (await _limiters.AcquireAsync(provider, cancellationToken).ConfigureAwait(false) is { } lease)
                {
                    leases.Add(lease);
                }
            }

            return await call().ConfigureAwait(false);
        }
        finally
        {
            leases.ForEach(l => l.Dispose());
        }
    }
}
