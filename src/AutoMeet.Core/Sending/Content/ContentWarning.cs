namespace AutoMeet.Sending.Content;

/// <summary>Represents one deliverability warning about an e-mail's content.</summary>
/// <param name="Code">What kind.</param>
/// <param name="Message">A sentence for the user.</param>
public sealed record ContentWarning(ContentWarningCode Code, string Message);
