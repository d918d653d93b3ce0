namespace AutoMeet.Sample.Web.Contracts;

/// <summary>The body of <c>POST /api/mailboxes</c> (sandbox mailboxes only; Google mailboxes come from <c>/connect/google</c>).</summary>
/// <param name="EmailAddress">The mailbox's address (required).</param>
/// <param name="DisplayName">The sender name.</param>
/// <param name="DailySendLimit">The most sends per day (1–2000; default 50).</param>
internal sealed record CreateMailboxRequest(string? EmailAddress, string? DisplayName, int? DailySendLimit);
