using AutoMeet.Accounts;

namespace AutoMeet.Google.Resilience;

/// <summary>One call to a Google API, as the resilience pipeline sees it.</summary>
/// <param name="AccountId">The account the call is made for (quota and circuit breaker are kept per account).</param>
/// <param name="Operation">The API method, for example <c>users.messages.send</c>.</param>
/// <param name="QuotaUnits">What the call costs in quota units (0: not limited).</param>
/// <param name="Idempotent">
/// Whether repeating the call is harmless. A call that is not (<c>messages.send</c>, <c>events.watch</c>) is retried
/// only when Google said it did nothing (429, 403 rate limit); a 5xx, timeout or lost connection is handed to the
/// caller, which reconciles instead of sending twice.
/// </param>
internal readonly record struct GoogleCall(Id<MailboxAccount> AccountId, string Operation, int QuotaUnits, bool Idempotent);
