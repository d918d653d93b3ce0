namespace AutoMeet.Enrichment.Emails;

/// <summary>Identifies one finding of <see cref="IEmailValidator"/>; <see cref="EmailIssue.Implies"/> gives the verdict it leads to.</summary>
public enum EmailIssueCode
{
    /// <summary>The address is not <c>local@domain</c> per RFC 5322 (empty, no <c>@</c>, bad characters or dots, display name…). Undeliverable.</summary>
    InvalidSyntax = 0,

    /// <summary>The local part is longer than 64 octets (RFC 5321 §4.5.3.1.1). Undeliverable.</summary>
    LocalPartTooLong,

    /// <summary>The address is longer than 254 octets (RFC 5321 path limit). Undeliverable.</summary>
    AddressTooLong,

    /// <summary>The domain is not a valid host name (labels, hyphens, IDN conversion, numeric top-level domain, too long). Undeliverable.</summary>
    InvalidDomain,

    /// <summary>The domain is an address literal such as <c>[192.0.2.1]</c>; outreach addresses need a domain name. Undeliverable.</summary>
    DomainLiteral,

    /// <summary>The domain does not exist (DNS NXDOMAIN). Undeliverable.</summary>
    DomainNotFound,

    /// <summary>The domain publishes a null MX (<c>0 .</c>, RFC 7505): it accepts no mail. Undeliverable.</summary>
    NullMx,

    /// <summary>The domain has neither MX nor A/AAAA records, so no host accepts its mail (RFC 5321 §5.1). Undeliverable.</summary>
    NoMailServer,

    /// <summary>The DNS lookup did not answer in time. Unknown.</summary>
    DnsTimeout,

    /// <summary>The DNS lookup failed (server failure, refused, network error). Unknown.</summary>
    DnsFailure,

    /// <summary>The mail servers were not checked (syntax-only validation, or DNS checks disabled). Unknown.</summary>
    MailServerNotChecked,

    /// <summary>The domain is a disposable (throw-away) mailbox provider. Risky.</summary>
    DisposableDomain,

    /// <summary>The local part names a role or team (<c>info@</c>, <c>sales@</c>, <c>noreply@</c>…), not a person. Risky.</summary>
    RoleAccount,

    /// <summary>The domain probably accepts every recipient (known catch-all domain or filtering gateway), so the mailbox cannot be confirmed. Risky.</summary>
    CatchAllSuspected,

    /// <summary>The local part has non-ASCII characters (RFC 6531); only servers with SMTPUTF8 accept it. Risky.</summary>
    InternationalizedLocalPart,

    /// <summary>The domain has no MX record, so mail goes to its A/AAAA host (RFC 5321 §5.1 implicit MX). Informational.</summary>
    ImplicitMx,
}
