using AutoMeet.Analytics;

namespace AutoMeet.Core.Tests.Analytics;

public sealed class AbSignificanceTests
{
    [Fact]
    public void Compare_TenVersusThirtyOfHundred_DeclaresBWinner()
    {
        var result = AbSignificance.Compare(new("A", 10, 100), new("B", 30, 100));

        Assert.Equal(AbDecision.WinnerDeclared, result.Decision);
        Assert.Equal("B", result.Winner);
        Assert.Equal(SignificanceMethod.FisherExact, result.Method);
        Assert.Equal(0.000650, result.PValue!.Value, 5);
    }

    [Fact]
    public void Compare_TwoVersusThreeOfTen_DeclaresNoWinner()
    {
        var result = AbSignificance.Compare(new("A", 2, 10), new("B", 3, 10));

        Assert.Equal(AbDecision.InsufficientSample, result.Decision);
        Assert.Null(result.Winner);
        Assert.Contains("100", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_TwoVersusThreeOfTenWithTinyMinimum_IsNotSignificant()
    {
        var result = AbSignificance.Compare(new("A", 2, 10), new("B", 3, 10), new AbTestSettings { MinimumTrialsPerVariant = 5 });

        Assert.Equal(AbDecision.NotSignificant, result.Decision);
        Assert.Equal(1.0, result.PValue!.Value, 9);
        Assert.Null(result.Winner);
    }

    [Fact]
    public void Compare_LargeSamples_UsesZTest()
    {
        var result = AbSignificance.Compare(new("A", 500, 5000), new("B", 600, 5000));

        Assert.Equal(SignificanceMethod.TwoProportionZ, result.Method);
        Assert.Equal(0.0013934, result.PValue!.Value, 5);
        Assert.Equal("B", result.Winner);
    }

    [Fact]
    public void Compare_StricterAlpha_WithholdsWinner()
    {
        var result = AbSignificance.Compare(new("A", 500, 5000), new("B", 600, 5000), new AbTestSettings { Alpha = 0.001 });

        Assert.Equal(AbDecision.NotSignificant, result.Decision);
    }

    [Fact]
    public void Compare_RareEventsInLargeSample_StillUsesExactTest()
    {
        var result = AbSignificance.Compare(new("A", 1, 5000), new("B", 3, 5000));

        Assert.Equal(SignificanceMethod.FisherExact, result.Method);
        Assert.Equal(AbDecision.NotSignificant, result.Decision);
    }

    [Fact]
    public void Compare_Wilson95_MatchesKnownInterval()
    {
        var result = AbSignificance.Compare(new("A", 10, 100), new("B", 30, 100));

        Assert.Equal(0.1, result.A.Rate);
        Assert.Equal(0.0552, result.A.Lower!.Value, 4);
        Assert.Equal(0.1744, result.A.Upper!.Value, 4);
    }

    [Fact]
    public void Compare_NoTrials_ReportsInsufficientSampleWithoutTest()
    {
        var result = AbSignificance.Compare(new("A", 0, 0), new("B", 3, 10));

        Assert.Equal(AbDecision.InsufficientSample, result.Decision);
        Assert.Equal(SignificanceMethod.None, result.Method);
        Assert.Null(result.PValue);
        Assert.Null(result.A.Rate);
    }

    [Theory]
    [InlineData(11, 10, "a.successes")]
    [InlineData(-1, 10, "a.successes")]
    [InlineData(0, -1, "a.trials")]
    public void Compare_InvalidCounts_ThrowsNamingField(long successes, long trials, string field)
    {
        var ex = Assert.Throws<AnalyticsValidationException>(() => AbSignificance.Compare(new("A", successes, trials), new("B", 1, 10)));

        Assert.Equal(field, ex.Field);
    }

    [Fact]
    public void Compare_InvalidAlpha_ThrowsNamingField()
    {
        var ex = Assert.Throws<AnalyticsValidationException>(() => AbSignificance.Compare(new("A", 1, 10), new("B", 1, 10), new AbTestSettings { Alpha = 1.5 }));

        Assert.Equal("settings.alpha", ex.Field);
    }

    [Theory]
    [InlineData(1, 9, 11, 3, 0.002759456)]
    [InlineData(3, 1, 1, 3, 0.485714286)]
    [InlineData(10, 90, 30, 70, 0.000650411)]
    public void FisherTwoSided_KnownTables_MatchReferenceValues(long a, long b, long c, long d, double expected)
    {
        Assert.Equal(expected, Statistics.FisherTwoSided(a, b, c, d), 8);
    }

    [Theory]
    [InlineData(0.975, 1.959963985)]
    [InlineData(0.5, 0.0)]
    [InlineData(0.005, -2.575829304)]
    public void NormalQuantile_KnownPoints_MatchTables(double p, double expected)
    {
        Assert.Equal(expected, Statistics.NormalQuantile(p), 8);
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(1.0, 0.157299207050285)]
    [InlineData(-1.0, 1.842700792949715)]
    [InlineData(2.4, 6.885138966450786e-4)]
    [InlineData(3.0, 2.209049699858544e-5)]
    public void Erfc_KnownPoints_MatchReferenceValues(double x, double expected)
    {
        Assert.Equal(expected, Statistics.Erfc(x), Math.Max(1e-12, expected * 1e-9));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(1023)]
    [InlineData(1024)]
    [InlineData(5000)]
    public void LogFactorial_TableAndStirling_AgreeWithSummation(int n)
    {
        var sum = Enumerable.Range(2, n - 1).Sum(i => Math.Log(i));

        Assert.Equal(sum, Statistics.LogFactorial(n), 1e-9 * sum);
    }
}
