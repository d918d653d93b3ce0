namespace AutoMeet.Replies;

/// <summary>Represents the situation a <see cref="ReplyDraft"/> answers (wire names in <see cref="ReplyDraftSituations"/>).</summary>
public enum ReplyDraftSituation
{
    /// <summary>A neutral question (<c>question</c>).</summary>
    Question = 0,

    /// <summary>Interested, but wants material first (<c>interested_info</c>).</summary>
    InterestedInfo = 1,

    /// <summary>A flat decline (<c>not_interested</c>): a short, courteous close.</summary>
    NotInterested = 2,

    /// <summary>A referral: thanks to the person who pointed elsewhere (<c>referral</c>).</summary>
    Referral = 3,

    /// <summary>An objection of type <c>timing</c>.</summary>
    ObjectionTiming = 4,

    /// <summary>An objection of type <c>budget</c> (price).</summary>
    ObjectionBudget = 5,

    /// <summary>An objection of type <c>authority</c>.</summary>
    ObjectionAuthority = 6,

    /// <summary>An objection of type <c>competitor</c>.</summary>
    ObjectionCompetitor = 7,

    /// <summary>An objection of type <c>need</c>.</summary>
    ObjectionNeed = 8,

    /// <summary>An objection of type <c>trust</c>.</summary>
    ObjectionTrust = 9,
}
