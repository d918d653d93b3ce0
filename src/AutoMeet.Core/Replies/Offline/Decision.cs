namespace AutoMeet.Replies.Offline;

/// <summary>The label the rules chose, the path that chose it and the signal names behind it.</summary>
internal readonly record struct Decision(ReplyLabel Label, ObjectionType? Objection, DecisionPath Path, bool Competing, string[] Reasons);
