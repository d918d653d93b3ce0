namespace AutoMeet.Enrichment.Emails;

/// <summary>
/// Tells whether a domain probably accepts mail for every recipient (a catch-all), so that a mailbox's existence
/// cannot be confirmed. The default implementation only uses lists (known catch-all domains and filtering gateways
/// that accept everything at SMTP time); AutoMeet never probes SMTP servers itself. Hosts may replace it with a
/// verification service.
/// </summary>
/// <remarks>Implementations are singletons, called concurrently, and must not throw for an unknown domain (return <see langword="false"/>).</remarks>
public interface ICatchAllProbe
{
    /// <summary>Returns whether <paramref name="domain"/> is suspected to be catch-all.</summary>
    /// <param name="domain">The ASCII domain, lower case.</param>
    /// <param name="mailHosts">The domain's mail hosts (MX exchanges by preference), lower case, without a trailing dot.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns><see langword="true"/> if the domain is suspected to accept every recipient.</returns>
    ValueTask<bool> IsCatchAllSuspectedAsync(string domain, IReadOnlyList<string> mailHosts, CancellationToken cancellationToken = default);
}
