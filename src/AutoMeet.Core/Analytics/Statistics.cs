namespace AutoMeet.Analytics;

/// <summary>The few distributions the A/B test needs, without a numerics dependency.</summary>
internal static class Statistics
{
    private const int TableSize = 1024;
    private static readonly double[] LogFactorials = BuildTable();

    /// <summary>ln(n!), exact sums below 1024 and Stirling's series above (relative error below 1e-15).</summary>
    public static double LogFactorial(long n)
    {
        if (n < TableSize)
        {
            return LogFactorials[n];
        }

        var x = (double)n;
        var x2 = x * x;
        return (x * Math.Log(x)) - x + (0.5 * Math.Log(2 * Math.PI * x)) + (1 / (12 * x)) - (1 / (360 * x * x2)) + (1 / (1260 * x * x2 * x2));
    }

    /// <summary>The two-sided p-value of Fisher's exact test for [[a, b], [c, d]]: the total probability of the tables with the same margins that are no more likely than the observed one.</summary>
    public static double FisherTwoSided(long a, long b, long c, long d)
    {
        long row1 = a + b, row2 = c + d, col1 = a + c, n = a + b + c + d;
        var constant = LogFactorial(row1) + LogFactorial(row2) + LogFactorial(col1) + LogFactorial(n - col1) - LogFactorial(n);
        double LogP(long x) => constant - LogFactorial(x) - LogFactorial(row1 - x) - LogFactorial(col1 - x) - LogFactorial(row2 - col1 + x);

        var observed = LogP(a);
        var p = 0.0;
        for (var x = Math.Max(0, col1 - row2); x <= Math.Min(row1, col1); x++)
        {
            var logP = LogP(x);
            if (logP <= observed + 1e-7)
            {
                p += Math.Exp(logP);
            }
        }

        return Math.Clamp(p, 0, 1);
    }

    /// <summary>The two-sided p-value of the pooled two-proportion z-test.</summary>
    public static double TwoProportionZ(long successesA, long trialsA, long successesB, long trialsB)
    {
        var pooled = (double)(successesA + successesB) / (trialsA + trialsB);
        var se = Math.Sqrt(pooled * (1 - pooled) * ((1.0 / trialsA) + (1.0 / trialsB)));
        if (se == 0)
        {
            return 1;
        }

        var z = (((double)successesA / trialsA) - ((double)successesB / trialsB)) / se;
        return Math.Clamp(Erfc(Math.Abs(z) / Math.Sqrt(2)), 0, 1);
    }

    /// <summary>The Wilson score interval of successes/trials at a two-sided normal quantile z.</summary>
    public static (double Lower, double Upper) Wilson(long successes, long trials, double z)
    {
        var n = (double)trials;
        var p = successes / n;
        var z2 = z * z;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var half = z / denominator * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>The complementary error function: a Taylor series of erf below 2.5 and a continued fraction above (relative error about 1e-10 or better).</summary>
    public static double Erfc(double x)
    {
        if (x < 0)
        {
            return 2 - Erfc(-x);
        }

        if (x < 2.5)
        {
            double sum = 0, power = x, factorial = 1;
            for (var n = 0; n < 200; n++)
            {
                var term = power / (factorial * ((2 * n) + 1));
                sum += n % 2 == 0 ? term : -term;
                if (term < 1e-17)
                {
                    break;
                }

                power *= x * x;
                factorial *= n + 1;
            }

            return 1 - (2 / Math.Sqrt(Math.PI) * sum);
        }

        var fraction = x;
        for (var k = 120; k >= 1; k--)
        {
            fraction = x + (k / 2.0 / fraction);
        }

        return Math.Exp(-x * x) / (Math.Sqrt(Math.PI) * fraction);
    }

    /// <summary>The standard normal quantile: Acklam's approximation refined by one Halley step on <see cref="Erfc"/>.</summary>
    public static double NormalQuantile(double p)
    {
        var x = AcklamQuantile(p);
        var e = (0.5 * Erfc(-x / Math.Sqrt(2))) - p;
        var u = e * Math.Sqrt(2 * Math.PI) * Math.Exp(x * x / 2);
        return x - (u / (1 + (x * u / 2)));
    }

    private static double AcklamQuantile(double p)
    {
        ReadOnlySpan<double> a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
        ReadOnlySpan<double> b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
        ReadOnlySpan<double> c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549671010229528e+00, 4.374664141464968e+00, 2.938163982698783e+00];
        ReadOnlySpan<double> d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];
        const double low = 0.02425;
        if (p < low || p > 1 - low)
        {
            var q = Math.Sqrt(-2 * Math.Log(p < low ? p : 1 - p));
            var x = Horner(c, q) / ((Horner(d, q) * q) + 1);
            return p < low ? x : -x;
        }

        var s = p - 0.5;
        var r = s * s;
        return Horner(a, r) * s / ((Horner(b, r) * r) + 1);
    }

    private static double Horner(ReadOnlySpan<double> coefficients, double x)
    {
        var result = 0.0;
        foreach (var coefficient in coefficients)
        {
            result = (result * x) + coefficient;
        }

        return result;
    }

    private static double[] BuildTable()
    {
        var table = new double[TableSize];
        for (var i = 2; i < TableSize; i++)
        {
            table[i] = table[i - 1] + Math.Log(i);
        }

        return table;
    }
}
