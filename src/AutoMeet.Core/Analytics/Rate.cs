namespace AutoMeet.Analytics;

/// <summary>A rate with its stated numerator and denominator.</summary>
/// <param name="Numerator">The count on top (for a reply rate, the replies).</param>
/// <param name="Denominator">The count below (for a reply rate, the delivered messages).</param>
/// <param name="DenominatorName">What the denominator counts, for example <c>delivered</c>.</param>
public readonly record struct Rate(long Numerator, long Denominator, string DenominatorName)
{
    /// <summary>Gets the rate as a fraction in [0, 1] (it can exceed 1 only for inconsistent histories), or <see langword="null"/> when the denominator is zero; never NaN.</summary>
    public double? Value => Denominator == 0 ? null : (double)Numerator / Denominator;

    /// <summary>Creates a rate.</summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator.</param>
    /// <param name="denominatorName">What the denominator counts.</param>
    /// <returns>The rate.</returns>
    public static Rate Of(long numerator, long denominator, string denominatorName) => new(numerator, denominator, denominatorName);
}
