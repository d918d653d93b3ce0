namespace AutoMeet.Replies;

/// <summary>Maps reply decisions to the <see cref="ReplyDraftSituation"/> a draft answers, and situations to wire names.</summary>
public static class ReplyDraftSituations
{
    private static readonly string[] Names =
    [
        "question", "interested_info", "not_interested", "referral", "objection.timing", "objection.budget",
        "objection.authority", "objection.competitor", "objection.need", "objection.trust",
    ];

    /// <summary>
    /// Gets the situation a reply with <paramref name="label"/> (and <paramref name="objection"/>) calls for, or
    /// <see langword="null"/> when no written answer is drafted: <c>interested_meeting</c> is answered by the meeting
    /// proposal, and bounces, unsubscribes, out-of-office notes, reschedules and cancels get no reply draft.
    /// </summary>
    /// <param name="label">The reply's category.</param>
    /// <param name="objection">The objection type, for objections.</param>
    /// <returns>The situation, or <see langword="null"/>.</returns>
    public static ReplyDraftSituation? For(ReplyLabel label, ObjectionType? objection) => label switch
    {
        ReplyLabel.Question => ReplyDraftSituation.Question,
        ReplyLabel.InterestedInfo => ReplyDraftSituation.InterestedInfo,
        ReplyLabel.NotInterested => ReplyDraftSituation.NotInterested,
        ReplyLabel.Referral => ReplyDraftSituation.Referral,
        ReplyLabel.Objection => objection switch
        {
            ObjectionType.Timing => ReplyDraftSituation.ObjectionTiming,
            ObjectionType.Budget => ReplyDraftSituation.ObjectionBudget,
            ObjectionType.Authority => ReplyDraftSituation.ObjectionAuthority,
            ObjectionType.Competitor => ReplyDraftSituation.ObjectionCompetitor,
            ObjectionType.Need => ReplyDraftSituation.ObjectionNeed,
            ObjectionType.Trust => ReplyDraftSituation.ObjectionTrust,
            _ => null,
        },
        _ => null,
    };

    /// <summary>Gets the wire name of a situation, for example <c>objection.budget</c>.</summary>
    /// <param name="situation">The situation.</param>
    /// <returns>The lowercase name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="situation"/> is not a defined value.</exception>
    public static string ToWireName(this ReplyDraftSituation situation)
    {
        var index = (int)situation;
        ArgumentOutOfRangeException.ThrowIfNegative(index, nameof(situation));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Names.Length, nameof(situation));
        return Names[index];
    }
}
