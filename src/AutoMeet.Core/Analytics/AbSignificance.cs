using System.Globalization;

namespace AutoMeet.Analytics;

/// <summary>
/// Compares two variants' success rates. The test is two-sided: Fisher's exact test when the total trials are below
/// <see cref="AbTestSettings.ExactTestBelowTotalTrials"/> or any expected cell count of the 2×2 table is below 5 (where
/// the normal approximation is poor), otherwise the pooled two-proportion z-test. Each rate gets a Wilson score
/// interval at confidence 1 − alpha. A winner is declared only when both variants have at least
/// <see cref="AbTestSettings.MinimumTrialsPerVariant"/> trials and p &lt; alpha; otherwise the result says why not.
/// Repeatedly checking a running test inflates the error rate; set a stricter alpha when checking often.
/// </summary>
public static class AbSignificance
{
    /// <summary>Compares two variants.</summary>
    /// <param name="a">The first variant.</param>
    /// <param name="b">The second variant.</param>
    /// <param name="settings">The evidence required; <see cref="AbTestSettings.Default"/> when <see langword="null"/>.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="AnalyticsValidationException">Counts are negative, successes exceed trials, or the settings are out of range.</exception>
    public static AbTestResult Compare(VariantSample a, VariantSample b, AbTestSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        settings ??= AbTestSettings.Default;
        Validate(a, "a");
        Validate(b, "b");
        if (!(settings.Alpha > 0 && settings.Alpha < 1))
        {
            throw new AnalyticsValidationException("settings.alpha", Text(settings.Alpha), "Alpha must be between 0 and 1 (exclusive).");
        }

        if (settings.MinimumTrialsPerVariant < 1)
        {
            throw new AnalyticsValidationException("settings.minimumTrialsPerVariant", Text(settings.MinimumTrialsPerVariant), "The minimum sample must be at least 1.");
        }

        var z = Statistics.NormalQuantile(1 - (settings.Alpha / 2));
        var estimateA = Estimate(a, z);
        var estimateB = Estimate(b, z);
        if (a.Trials == 0 || b.Trials == 0)
        {
            var empty = a.Trials == 0 ? a.Name : b.Name;
            return new(estimateA, estimateB, SignificanceMethod.None, null, settings, AbDecision.InsufficientSample, null, $"Variant '{empty}' has no trials.");
        }

        var (method, p) = Test(a, b, settings);
        var minimum = Math.Min(a.Trials, b.Trials);
        if (minimum < settings.MinimumTrialsPerVariant)
        {
            var thin = a.Trials <= b.Trials ? a : b;
            return new(estimateA, estimateB, method, p, settings, AbDecision.InsufficientSample, null, $"Variant '{thin.Name}' has {Text(thin.Trials)} trials; a winner needs at least {Text(settings.MinimumTrialsPerVariant)} per variant.");
        }

        if (!(p < settings.Alpha))
        {
            return new(estimateA, estimateB, method, p, settings, AbDecision.NotSignificant, null, $"p = {Text(p)} is not below alpha = {Text(settings.Alpha)}.");
        }

        var winner = estimateA.Rate >= estimateB.Rate ? a.Name : b.Name;
        return new(estimateA, estimateB, method, p, settings, AbDecision.WinnerDeclared, winner, $"'{winner}' has the higher rate and p = {Text(p)} is below alpha = {Text(settings.Alpha)}.");
    }

    private static (SignificanceMethod Method, double P) Test(VariantSample a, VariantSample b, AbTestSettings settings)
    {
        var n = a.Trials + b.Trials;
        var successes = a.Successes + b.Successes;
        var failures = n - successes;
        var smallestExpected = (double)Math.Min(a.Trials, b.Trials) * Math.Min(successes, failures) / n;
        if (n < settings.ExactTestBelowTotalTrials || smallestExpected < 5)
        {
            return (SignificanceMethod.FisherExact, Statistics.FisherTwoSided(a.Successes, a.Trials - a.Successes, b.Successes, b.Trials - b.Successes));
        }

        return (SignificanceMethod.TwoProportionZ, Statistics.TwoProportionZ(a.Successes, a.Trials, b.Successes, b.Trials));
    }

    private static VariantEstimate Estimate(VariantSample sample, double z)
    {
        if (sample.Trials == 0)
        {
            return new(sample, null, null, null);
        }

        var (lower, upper) = Statistics.Wilson(sample.Successes, sample.Trials, z);
        return new(sample, (double)sample.Successes / sample.Trials, lower, upper);
    }

    private static void Validate(VariantSample sample, string field)
    {
        if (sample.Trials < 0)
        {
            throw new AnalyticsValidationException($"{field}.trials", Text(sample.Trials), "Trials cannot be negative.");
        }

        if (sample.Successes < 0 || sample.Successes > sample.Trials)
        {
            throw new AnalyticsValidationException($"{field}.successes", Text(sample.Successes), $"Successes must be between 0 and the trials ({Text(sample.Trials)}).");
        }
    }

    private static string Text(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
