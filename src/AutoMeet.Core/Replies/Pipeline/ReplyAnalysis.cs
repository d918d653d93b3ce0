namespace AutoMeet.Replies.Pipeline;

/// <summary>What the pipeline read from one reply, before acting on it.</summary>
/// <param name="Classification">The decision (label, objection, sentiment, intent, confidence, classifier, reasons, return date).</param>
/// <param name="Windows">The offered windows the extractor found (empty when none or ambiguous).</param>
/// <param name="ResumeOn">For a timing objection, the date the prospect said to come back, if the text states one.</param>
/// <param name="ReferredAddress">For a referral, the address the prospect pointed to, if the text holds one.</param>
internal sealed record ReplyAnalysis(
    ReplyClassification Classification,
    IReadOnlyList<OfferedWindow> Windows,
    NodaTime.LocalDate? ResumeOn,
    string? ReferredAddress);
