namespace AutoMeet.Replies.Offline;

/// <summary>How the offline classifier reached its label; each path has a confidence measured on the evaluation set.</summary>
internal enum DecisionPath
{
    Bounce,
    AutoReplyHeader,
    Unsubscribe,
    CalendarNotice,
    CancelOrReschedule,
    OutOfOfficeText,
    Referral,
    MeetingStrong,
    MeetingWeak,
    Info,
    ObjectionSingle,
    ObjectionMixed,
    NotInterested,
    Question,
    Fallback,
    NaiveBayes,
}
