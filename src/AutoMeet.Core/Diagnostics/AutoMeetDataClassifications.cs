using Microsoft.Extensions.Compliance.Classification;

namespace AutoMeet.Diagnostics;

/// <summary>The data classifications AutoMeet marks personal data with, for <c>Microsoft.Extensions.Compliance.Redaction</c>.</summary>
public static class AutoMeetDataClassifications
{
    /// <summary>The taxonomy name.</summary>
    public const string TaxonomyName = "AutoMeet";

    /// <summary>Gets the classification of e-mail addresses (redacted by <see cref="EmailAddressRedactor"/>).</summary>
    public static DataClassification EmailAddress { get; } = new(TaxonomyName, nameof(EmailAddress));
}
