using AutoMeet.Prospects;

namespace AutoMeet.Replies.Responses;

/// <summary>Short descriptions of drafts for the owner's e-mail and pages.</summary>
internal static class ReplyDraftText
{
    public static string Name(Prospect prospect)
    {
        var name = $"{prospect.FirstName} {prospect.LastName}".Trim();
        return name.Length == 0 ? "a prospect" : name;
    }

    public static string Who(Prospect prospect) =>
        Name(prospect) + (string.IsNullOrWhiteSpace(prospect.Company) ? string.Empty : $" ({prospect.Company.Trim()})");

    public static string Situation(ReplyDraftSituation situation) => situation switch
    {
        ReplyDraftSituation.Question => "a question",
        ReplyDraftSituation.InterestedInfo => "interested, wants material first",
        ReplyDraftSituation.NotInterested => "not interested",
        ReplyDraftSituation.Referral => "a referral to someone else",
        ReplyDraftSituation.ObjectionTiming => "objection: timing",
        ReplyDraftSituation.ObjectionBudget => "objection: budget",
        ReplyDraftSituation.ObjectionAuthority => "objection: not the decision maker",
        ReplyDraftSituation.ObjectionCompetitor => "objection: uses a competitor",
        ReplyDraftSituation.ObjectionNeed => "objection: no need",
        ReplyDraftSituation.ObjectionTrust => "objection: trust",
        _ => situation.ToWireName(),
    };
}
