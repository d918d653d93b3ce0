namespace AutoMeet.Prospects;

/// <summary>Validates and normalises prospect input (API requests, CSV rows) into <see cref="Prospect"/> entities.</summary>
/// <remarks>
/// Implementations are stateless and safe to call concurrently. Rules: <c>email</c> and <c>firstName</c> are
/// required; the e-mail is trimmed and lower-cased; other text is trimmed and length-limited
/// (<see cref="ProspectLimits"/>); a time zone, when given, must be a known IANA id; custom field names are 1–64
/// characters of <c>[A-Za-z0-9_]</c>. Every error is reported, not only the first.
/// </remarks>
public interface IProspectValidator
{
    /// <summary>Validates <paramref name="input"/> and, when it is valid, creates a new prospect for <paramref name="ownerId"/>.</summary>
    /// <param name="input">The untrusted input.</param>
    /// <param name="ownerId">The owner of the new prospect.</param>
    /// <returns>The normalised prospect (with a new id, not stored), or the field errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    ProspectValidationResult Validate(ProspectInput input, UserId ownerId);
}
