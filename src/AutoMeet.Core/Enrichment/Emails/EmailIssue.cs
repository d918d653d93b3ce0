namespace AutoMeet.Enrichment.Emails;

/// <summary>Represents one finding about an address: a typed code and a human-readable explanation (which never repeats the address).</summary>
/// <param name="Code">What was found.</param>
/// <param name="Message">The explanation, for people.</param>
public sealed record EmailIssue(EmailIssueCode Code, string Message)
{
    /// <summary>Gets the verdict this finding leads to on its own (<see cref="EmailVerdict.Deliverable"/> for informational findings).</summary>
    public EmailVerdict Implies => Code switch
    {
        EmailIssueCode.InvalidSyntax or EmailIssueCode.LocalPartTooLong or EmailIssueCode.AddressTooLong
            or EmailIssueCode.InvalidDomain or EmailIssueCode.DomainLiteral or EmailIssueCode.DomainNotFound
            or EmailIssueCode.NullMx or EmailIssueCode.NoMailServer => EmailVerdict.Undeliverable,
        EmailIssueCode.DnsTimeout or EmailIssueCode.DnsFailure or EmailIssueCode.MailServerNotChecked => EmailVerdict.Unknown,
        EmailIssueCode.DisposableDomain or EmailIssueCode.RoleAccount or EmailIssueCode.CatchAllSuspected
            or EmailIssueCode.InternationalizedLocalPart => EmailVerdict.Risky,
        _ => EmailVerdict.Deliverable,
    };
}
