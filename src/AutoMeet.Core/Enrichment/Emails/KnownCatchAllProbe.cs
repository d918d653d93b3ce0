using System.Collections.Frozen;
using Microsoft.Extensions.Options;

namespace AutoMeet.Enrichment.Emails;

/// <summary>The default <see cref="ICatchAllProbe"/>: known catch-all domains, and mail hosts of filtering gateways that accept every recipient.</summary>
internal sealed class KnownCatchAllProbe : ICatchAllProbe
{
    private readonly FrozenSet<string> _domains;
    private readonly FrozenSet<string> _mailHosts;

    public KnownCatchAllProbe(IOptions<EmailValidationOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _domains = EnrichmentLists.With(FrozenSet<string>.Empty, options.Value.AdditionalCatchAllDomains);
        _mailHosts = EnrichmentLists.With(EnrichmentLists.CatchAllMailHosts, options.Value.AdditionalCatchAllMailHosts);
    }

    public ValueTask<bool> IsCatchAllSuspectedAsync(string domain, IReadOnlyList<string> mailHosts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(domain);
        ArgumentNullException.ThrowIfNull(mailHosts);
        var suspected = EnrichmentLists.ContainsDomainOrParent(_domains, domain)
            || (mailHosts.Count > 0 && mailHosts.All(h => EnrichmentLists.ContainsDomainOrParent(_mailHosts, h)));
        return ValueTask.FromResult(suspected);
    }
}
