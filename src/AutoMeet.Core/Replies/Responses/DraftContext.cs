using AutoMeet.Accounts;
using AutoMeet.Campaigns;
using AutoMeet.Messaging;
using AutoMeet.Prospects;

namespace AutoMeet.Replies.Responses;

/// <summary>What writing a draft needs, read in one unit of work.</summary>
internal sealed record DraftContext(ReplyDecision Decision, EmailThread Thread, Prospect Prospect, MailboxAccount? Account, Campaign? Campaign);
