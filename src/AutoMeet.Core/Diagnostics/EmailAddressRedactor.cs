using Microsoft.Extensions.Compliance.Redaction;

namespace AutoMeet.Diagnostics;

/// <summary>
/// A <see cref="Redactor"/> applying <see cref="EmailRedaction"/> (<c>a***@example.com</c>). Register it for
/// <see cref="AutoMeetDataClassifications.EmailAddress"/> with
/// <see cref="AutoMeetRedactionBuilderExtensions.SetEmailAddressRedactor"/>.
/// </summary>
public sealed class EmailAddressRedactor : Redactor
{
    /// <inheritdoc/>
    public override int GetRedactedLength(ReadOnlySpan<char> input) => EmailRedaction.Redact(input.ToString()).Length;

    /// <inheritdoc/>
    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        var redacted = EmailRedaction.Redact(source.ToString());
        if (redacted.Length > destination.Length)
        {
            throw new ArgumentException($"The destination holds {destination.Length} characters; the redacted value needs {redacted.Length}.", nameof(destination));
        }

        redacted.AsSpan().CopyTo(destination);
        return redacted.Length;
    }
}
