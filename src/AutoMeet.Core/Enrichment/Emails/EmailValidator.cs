using System.Collections.Frozen;
using Microsoft.Extensions.Options;

namespace AutoMeet.Enrichment.Emails;

/// <summary>The default <see cref="IEmailValidator"/>.</summary>
internal sealed class EmailValidator : IEmailValidator
{
    private readonly MailDomainResolver _resolver;
    private readonly ICatchAllProbe _catchAll;
    private readonly EmailValidationOptions _options;
    private readonly FrozenSet<string> _disposable;
    private readonly FrozenSet<string> _roles;

    public EmailValidator(MailDomainResolver resolver, ICatchAllProbe catchAll, IOptions<EmailValidationOptions> options)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(catchAll);
        ArgumentNullException.ThrowIfNull(options);
        _resolver = resolver;
        _catchAll = catchAll;
        _options = options.Value;
        _disposable = EnrichmentLists.With(EnrichmentLists.DisposableDomains, _options.AdditionalDisposableDomains);
        _roles = EnrichmentLists.With(EnrichmentLists.RoleAccounts, _options.AdditionalRoleAccounts);
    }

    public EmailValidationResult ValidateSyntax(string? address)
    {
        var issues = new List<EmailIssue>();
        var parts = CheckOffline(address, issues);
        if (parts is not null)
        {
            issues.Add(new(EmailIssueCode.MailServerNotChecked, "The domain's mail servers were not looked up."));
        }

        return EmailValidationResult.From(parts, issues);
    }

    public async ValueTask<EmailValidationResult> ValidateAsync(string? address, CancellationToken cancellationToken = default)
    {
        var issues = new List<EmailIssue>();
        var parts = CheckOffline(address, issues);
        if (parts is null)
        {
            return EmailValidationResult.From(null, issues);
        }

        if (!_options.CheckMailServers)
        {
            issues.Add(new(EmailIssueCode.MailServerNotChecked, "Mail-server checks are off (AutoMeet:Enrichment:Email:CheckMailServers)."));
            return EmailValidationResult.From(parts, issues);
        }

        var info = await _resolver.ResolveAsync(parts.Domain, cancellationToken).ConfigureAwait(false);
        AddDnsIssue(info, parts.Domain, issues);
        if (info.Status is MailDomainStatus.HasMx or MailDomainStatus.ImplicitMx
            && await _catchAll.IsCatchAllSuspectedAsync(parts.Domain, info.MailHosts, cancellationToken).ConfigureAwait(false))
        {
            issues.Add(new(EmailIssueCode.CatchAllSuspected, $"The domain {parts.UnicodeDomain} probably accepts every recipient, so the mailbox cannot be confirmed."));
        }

        return EmailValidationResult.From(parts, issues, info.MailHosts);
    }

    private EmailAddressParts? CheckOffline(string? address, List<EmailIssue> issues)
    {
        var parts = EmailAddressParser.Parse(address, issues);
        if (parts is null)
        {
            return null;
        }

        if (EnrichmentLists.ContainsDomainOrParent(_disposable, parts.Domain))
        {
            issues.Add(new(EmailIssueCode.DisposableDomain, $"{parts.UnicodeDomain} is a disposable (throw-away) mailbox provider."));
        }

        if (_roles.Contains(parts.MailboxName))
        {
            issues.Add(new(EmailIssueCode.RoleAccount, $"'{parts.MailboxName}@' is a role or team address, not a person."));
        }

        return parts;
    }

    private static void AddDnsIssue(MailDomainInfo info, string domain, List<EmailIssue> issues)
    {
        EmailIssue? issue = info.Status switch
        {
            MailDomainStatus.NotFound => new(EmailIssueCode.DomainNotFound, $"The domain {domain} does not exist in DNS."),
            MailDomainStatus.NullMx => new(EmailIssueCode.NullMx, $"The domain {domain} publishes a null MX (RFC 7505): it accepts no mail."),
            MailDomainStatus.NoMailServer => new(EmailIssueCode.NoMailServer, $"The domain {domain} has no MX, A or AAAA record, so no server accepts its mail."),
            MailDomainStatus.Timeout => new(EmailIssueCode.DnsTimeout, $"The DNS lookup of {domain} timed out; try again later."),
            MailDomainStatus.Failure => new(EmailIssueCode.DnsFailure, $"The DNS lookup of {domain} failed; try again later."),
            MailDomainStatus.ImplicitMx => new(EmailIssueCode.ImplicitMx, $"The domain {domain} has no MX record; mail goes to its own address (implicit MX)."),
            _ => null,
        };
        if (issue is not null)
        {
            issues.Add(issue);
        }
    }
}
