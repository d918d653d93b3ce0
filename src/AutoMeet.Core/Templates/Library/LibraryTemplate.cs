namespace AutoMeet.Templates.Library;

/// <summary>Represents one ready-made e-mail template of the library.</summary>
/// <param name="Category">The category (intro, follow-up, break-up, meeting, referral).</param>
/// <param name="Key">A stable key, for example <c>intro.problem</c>.</param>
/// <param name="Name">A short human name.</param>
/// <param name="Subject">The subject template (Liquid), or <see langword="null"/> for a follow-up in the same thread.</param>
/// <param name="Body">The body template (Liquid, plain text).</param>
/// <param name="Language">The language of the text (ISO 639-1).</param>
public sealed record LibraryTemplate(TemplateCategory Category, string Key, string Name, string? Subject, string Body, string Language = "en");
