using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Prospects;
using AutoMeet.Sequences;

namespace AutoMeet.Storage.Conformance;

/// <summary>Holds the stored entities most tests build on: an owner's mailbox, sequence, campaign and one prospect.</summary>
/// <param name="OwnerId">The owner.</param>
/// <param name="Mailbox">The stored mailbox account.</param>
/// <param name="Sequence">The stored sequence (three steps).</param>
/// <param name="Campaign">The stored campaign, sending <paramref name="Sequence"/> from <paramref name="Mailbox"/>.</param>
/// <param name="Prospect">The stored prospect.</param>
public sealed record ConformanceGraph(UserId OwnerId, MailboxAccount Mailbox, OutreachSequence Sequence, Campaign Campaign, Prospect Prospect);
