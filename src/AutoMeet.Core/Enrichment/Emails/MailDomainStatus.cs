namespace AutoMeet.Enrichment.Emails;

/// <summary>What DNS says about a domain's mail servers.</summary>
internal enum MailDomainStatus
{
    /// <summary>The domain has MX records.</summary>
    HasMx,

    /// <summary>No MX, but A or AAAA records: the domain itself is the mail host (RFC 5321 §5.1).</summary>
    ImplicitMx,

    /// <summary>The domain publishes a null MX (RFC 7505).</summary>
    NullMx,

    /// <summary>The domain exists but has no MX, A or AAAA records.</summary>
    NoMailServer,

    /// <summary>The domain does not exist (NXDOMAIN).</summary>
    NotFound,

    /// <summary>The lookup timed out.</summary>
    Timeout,

    /// <summary>The lookup failed.</summary>
    Failure,
}
