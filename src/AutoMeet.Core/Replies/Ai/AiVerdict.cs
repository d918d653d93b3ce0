namespace AutoMeet.Replies.Ai;

/// <summary>A validated model classification: a known label, a consistent objection type, numbers in range.</summary>
internal readonly record struct AiVerdict(ReplyLabel Label, ObjectionType? Objection, double Sentiment, double Confidence);
