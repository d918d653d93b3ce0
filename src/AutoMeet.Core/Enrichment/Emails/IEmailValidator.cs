namespace AutoMeet.Enrichment.Emails;

/// <summary>
/// Validates e-mail addresses before outreach: RFC 5321/5322 syntax (quoted local parts, IDN domains, 64/254-octet
/// limits), the domain's mail servers in DNS (MX, null MX, implicit MX through A/AAAA), disposable domains, role
/// accounts and catch-all suspicion, giving a <see cref="EmailVerdict"/> with its reasons.
/// </summary>
/// <remarks>
/// Registered as a singleton and safe to call concurrently. DNS answers are cached per domain. Expected outcomes
/// (bad syntax, missing domain, DNS timeouts) are results, never exceptions; DNS timeouts and failures give
/// <see cref="EmailVerdict.Unknown"/>, never <see cref="EmailVerdict.Undeliverable"/>.
/// </remarks>
public interface IEmailValidator
{
    /// <summary>Checks syntax, disposable domains and role accounts without DNS; a valid address gets <see cref="EmailVerdict.Unknown"/> at best (mail servers not checked).</summary>
    /// <param name="address">The address (surrounding white space is ignored).</param>
    /// <returns>The result.</returns>
    EmailValidationResult ValidateSyntax(string? address);

    /// <summary>Checks the address fully, including the domain's mail servers in DNS (unless <see cref="EmailValidationOptions.CheckMailServers"/> is off).</summary>
    /// <param name="address">The address (surrounding white space is ignored).</param>
    /// <param name="cancellationToken">Cancels the validation; a DNS timeout does not throw but gives <see cref="EmailVerdict.Unknown"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ValueTask<EmailValidationResult> ValidateAsync(string? address, CancellationToken cancellationToken = default);
}
