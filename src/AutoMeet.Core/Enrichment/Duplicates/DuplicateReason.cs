namespace AutoMeet.Enrichment.Duplicates;

/// <summary>Tells why records were judged to be the same person, strongest first.</summary>
public enum DuplicateReason
{
    /// <summary>The addresses are equal ignoring case.</summary>
    SameEmail = 0,

    /// <summary>The addresses reach the same mailbox: Gmail ignores dots and <c>+tags</c> (and googlemail.com is gmail.com); providers with sub-addressing ignore <c>+tags</c>.</summary>
    SameMailbox,

    /// <summary>Near-identical names at the same company (see <see cref="IDuplicateDetector"/> for the measure).</summary>
    SimilarNameAndCompany,
}
