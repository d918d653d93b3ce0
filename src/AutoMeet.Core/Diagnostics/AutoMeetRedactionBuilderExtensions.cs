using Microsoft.Extensions.Compliance.Redaction;

namespace AutoMeet.Diagnostics;

/// <summary>Adds AutoMeet's redactors to a host's redaction setup (<c>services.AddRedaction(b => b.SetEmailAddressRedactor())</c>).</summary>
public static class AutoMeetRedactionBuilderExtensions
{
    /// <summary>Redacts values classified <see cref="AutoMeetDataClassifications.EmailAddress"/> with <see cref="EmailAddressRedactor"/>.</summary>
    /// <param name="builder">The redaction builder.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is <see langword="null"/>.</exception>
    public static IRedactionBuilder SetEmailAddressRedactor(this IRedactionBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.SetRedactor<EmailAddressRedactor>(AutoMeetDataClassifications.EmailAddress);
    }
}
