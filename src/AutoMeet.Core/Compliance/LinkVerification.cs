namespace AutoMeet.Compliance;

/// <summary>Represents the outcome of <see cref="ILinkSigner.Verify"/>.</summary>
/// <param name="Status">The outcome.</param>
/// <param name="Payload">The payload when the signature is authentic (valid, expired or wrong purpose); otherwise <see langword="null"/>.</param>
public sealed record LinkVerification(LinkVerificationStatus Status, LinkTokenPayload? Payload)
{
    /// <summary>Gets a value indicating whether the token may be acted on.</summary>
    public bool IsValid => Status == LinkVerificationStatus.Valid;
}
