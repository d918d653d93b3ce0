namespace AutoMeet.Enrichment.Emails;

/// <summary>The outcome of looking up a domain's mail servers.</summary>
/// <param name="Status">What was found.</param>
/// <param name="MailHosts">The MX exchanges by preference (or the domain for an implicit MX), lower case, no trailing dot.</param>
/// <param name="TimeToLive">The smallest time to live among the records used, if any.</param>
internal sealed record MailDomainInfo(MailDomainStatus Status, IReadOnlyList<string> MailHosts, TimeSpan? TimeToLive = null)
{
    public static MailDomainInfo Of(MailDomainStatus status) => new(status, []);
}
