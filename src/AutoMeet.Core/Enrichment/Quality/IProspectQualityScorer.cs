namespace AutoMeet.Enrichment.Quality;

/// <summary>
/// Scores prospects' data quality from 0 to 100 with the reasons, and summarises a set before launch.
/// <para/>
/// The score is 100 minus the penalties, at least 0: undeliverable e-mail 100, disposable address 40, duplicate 30,
/// role address 20, missing first name 20, other risky address (catch-all, internationalised) 15, missing time zone
/// 15, unverified address (DNS unknown or not checked) 10, invalid phone 10, missing company 10, missing last name 5,
/// invalid LinkedIn URL 5. A missing phone or LinkedIn URL costs nothing.
/// </summary>
/// <remarks>Registered as a singleton; pure and safe to call concurrently.</remarks>
public interface IProspectQualityScorer
{
    /// <summary>Scores one prospect.</summary>
    /// <param name="input">The prospect and its enrichment results.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    ProspectQualityReport Score(ProspectQualityInput input);

    /// <summary>Summarises the reports of the prospects a campaign is about to contact.</summary>
    /// <param name="reports">The reports.</param>
    /// <param name="lowScoreThreshold">Scores below this count as low (0 to 100).</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lowScoreThreshold"/> is outside 0–100.</exception>
    LaunchWarnings Summarize(IReadOnlyCollection<ProspectQualityReport> reports, int lowScoreThreshold = 60);
}
