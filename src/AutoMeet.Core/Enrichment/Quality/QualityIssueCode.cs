namespace AutoMeet.Enrichment.Quality;

/// <summary>Identifies one data-quality problem of a prospect; the penalty each costs is listed on <see cref="IProspectQualityScorer"/>.</summary>
public enum QualityIssueCode
{
    /// <summary>The address is undeliverable (blocks the launch for this prospect).</summary>
    UndeliverableEmail = 0,

    /// <summary>The address is at a disposable provider.</summary>
    DisposableEmail,

    /// <summary>The prospect duplicates another record.</summary>
    Duplicate,

    /// <summary>The address is a role account (info@, sales@…).</summary>
    RoleAddress,

    /// <summary>The first name is missing (greetings fall back to generic text).</summary>
    MissingFirstName,

    /// <summary>The address is risky for another reason (catch-all suspected, internationalised local part).</summary>
    RiskyEmail,

    /// <summary>The prospect has no time zone, so the sending window is a guess.</summary>
    MissingTimeZone,

    /// <summary>The address could not be verified (DNS timeout or not checked).</summary>
    UnverifiedEmail,

    /// <summary>The phone number is invalid.</summary>
    InvalidPhone,

    /// <summary>The company is missing.</summary>
    MissingCompany,

    /// <summary>The last name is missing.</summary>
    MissingLastName,

    /// <summary>The LinkedIn URL is not a valid profile URL.</summary>
    InvalidLinkedInUrl,
}
