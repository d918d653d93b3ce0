namespace AutoMeet.Messaging;

/// <summary>Represents the messages that arrived in a mailbox since a cursor.</summary>
/// <param name="Messages">The new messages, oldest first.</param>
/// <param name="NextCursor">The cursor to pass next time, once these messages are stored.</param>
/// <param name="IsFullResync">Whether the given cursor was too old and <paramref name="Messages"/> is a bounded re-sync instead.</param>
public sealed record MailboxChanges(IReadOnlyList<InboundEmail> Messages, string NextCursor, bool IsFullResync);
