using AutoMeet.Sending.Content;

namespace AutoMeet.Sending.Preview;

/// <summary>Represents one step rendered for one prospect (or a sample prospect), as it would be sent.</summary>
/// <param name="StepPosition">The step.</param>
/// <param name="Subject">The rendered subject, when it rendered.</param>
/// <param name="TextBody">The plain-text part.</param>
/// <param name="HtmlBody">The HTML part.</param>
/// <param name="Warnings">Deliverability warnings about the content.</param>
/// <param name="Error">Why it could not be rendered (a template that does not parse, with line and column), otherwise <see langword="null"/>.</param>
public sealed record StepPreview(int StepPosition, string? Subject, string? TextBody, string? HtmlBody, IReadOnlyList<ContentWarning> Warnings, string? Error);
