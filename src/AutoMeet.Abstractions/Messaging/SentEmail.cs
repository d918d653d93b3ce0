using NodaTime;

namespace AutoMeet.Messaging;

/// <summary>Represents what the mail provider recorded for a sent e-mail.</summary>
/// <param name="ProviderMessageId">The provider's message id.</param>
/// <param name="ProviderThreadId">The provider's thread id.</param>
/// <param name="RfcMessageId">The Message-ID the provider actually used (it may rewrite the requested one).</param>
/// <param name="SentAt">The instant the provider accepted the e-mail.</param>
public sealed record SentEmail(string ProviderMessageId, string ProviderThreadId, string RfcMessageId, Instant SentAt);
