namespace AutoMeet.Replies.Responses;

/// <summary>Represents a written answer and where it came from.</summary>
/// <param name="Subject">The subject (a reply in the thread: <c>Re: …</c>).</param>
/// <param name="Body">The plain-text body.</param>
/// <param name="Language">The language of the text (ISO 639-1).</param>
/// <param name="Generator">What wrote the text and why, for example <c>ai</c> or <c>template:response.objection.budget (fallback: ai-fallback:timeout)</c>.</param>
/// <param name="Confidence">The confidence in [0, 1] that the answer is right to send; never above the reply decision's.</param>
public sealed record GeneratedResponse(string Subject, string Body, string Language, string Generator, double Confidence);
