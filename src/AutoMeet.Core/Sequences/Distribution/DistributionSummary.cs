namespace AutoMeet.Sequences.Distribution;

/// <summary>Represents the totals of one distribution and the state of each mailbox after it.</summary>
/// <param name="Assigned">How many candidates were assigned.</param>
/// <param name="Deferred">How many were deferred.</param>
/// <param name="Mailboxes">Each mailbox, in the order given.</param>
public sealed record DistributionSummary(int Assigned, int Deferred, IReadOnlyList<MailboxSummary> Mailboxes);
