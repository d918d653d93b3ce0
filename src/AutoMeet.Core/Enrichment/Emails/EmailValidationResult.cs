namespace AutoMeet.Enrichment.Emails;

/// <summary>Represents the outcome of validating one address: the verdict, every finding behind it, and the parsed parts.</summary>
public sealed record EmailValidationResult
{
    /// <summary>Gets the verdict: the worst <see cref="EmailIssue.Implies"/> among <see cref="Issues"/> (Undeliverable, then Unknown, then Risky), or Deliverable when there is none.</summary>
    public required EmailVerdict Verdict { get; init; }

    /// <summary>Gets the findings, in the order they were made.</summary>
    public required IReadOnlyList<EmailIssue> Issues { get; init; }

    /// <summary>Gets the parsed address, or <see langword="null"/> when its syntax is invalid.</summary>
    public EmailAddressParts? Parts { get; init; }

    /// <summary>Gets the mail hosts found for the domain (MX exchanges by preference, or the domain itself for an implicit MX); empty when not checked.</summary>
    public IReadOnlyList<string> MailHosts { get; init; } = [];

    /// <summary>Gets a value indicating whether the local part names a role rather than a person.</summary>
    public bool IsRoleAccount => Has(EmailIssueCode.RoleAccount);

    /// <summary>Gets a value indicating whether the domain is a disposable mailbox provider.</summary>
    public bool IsDisposable => Has(EmailIssueCode.DisposableDomain);

    /// <summary>Returns whether a finding with <paramref name="code"/> was made.</summary>
    /// <param name="code">The code to look for.</param>
    /// <returns><see langword="true"/> if <see cref="Issues"/> has it.</returns>
    public bool Has(EmailIssueCode code) => Issues.Any(i => i.Code == code);

    /// <summary>Creates a result whose verdict follows from <paramref name="issues"/>.</summary>
    /// <param name="parts">The parsed address, if its syntax is valid.</param>
    /// <param name="issues">The findings.</param>
    /// <param name="mailHosts">The mail hosts found.</param>
    /// <returns>The result.</returns>
    public static EmailValidationResult From(EmailAddressParts? parts, IReadOnlyList<EmailIssue> issues, IReadOnlyList<string>? mailHosts = null)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var verdict = issues.Count == 0 ? EmailVerdict.Deliverable : issues.Max(i => i.Implies);
        return new() { Verdict = verdict, Issues = issues, Parts = parts, MailHosts = mailHosts ?? [] };
    }
}
