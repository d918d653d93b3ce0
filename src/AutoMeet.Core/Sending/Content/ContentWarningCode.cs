namespace AutoMeet.Sending.Content;

/// <summary>Represents a kind of deliverability warning about an e-mail's content.</summary>
public enum ContentWarningCode
{
    /// <summary>There is an HTML part but no plain-text part.</summary>
    MissingPlainText = 0,

    /// <summary>The subject is mostly capital letters.</summary>
    SubjectShouting = 1,

    /// <summary>The subject is longer than most clients show (78 characters).</summary>
    SubjectTooLong = 2,

    /// <summary>Runs of exclamation marks.</summary>
    ExclamationMarks = 3,

    /// <summary>A phrase spam filters weigh against.</summary>
    SpamPhrase = 4,

    /// <summary>More links than a personal e-mail has (over 3).</summary>
    TooManyLinks = 5,

    /// <summary>More images than a personal e-mail has (over 2).</summary>
    TooManyImages = 6,

    /// <summary>Images with almost no text.</summary>
    ImageHeavy = 7,

    /// <summary>A public link shortener (filters distrust them).</summary>
    LinkShortener = 8,
}
