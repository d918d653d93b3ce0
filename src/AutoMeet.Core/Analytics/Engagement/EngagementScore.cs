namespace AutoMeet.Analytics.Engagement;

/// <summary>A prospect's engagement score with the lines that explain it.</summary>
/// <param name="Score">The score: the sum of the lines' points, clamped to 0 … 100.</param>
/// <param name="RawScore">The unclamped sum of the decayed points.</param>
/// <param name="Lines">The contributions, largest first.</param>
public sealed record EngagementScore(int Score, double RawScore, IReadOnlyList<EngagementLine> Lines);
