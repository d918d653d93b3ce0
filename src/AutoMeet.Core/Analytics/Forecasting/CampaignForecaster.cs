using System.Globalization;

namespace AutoMeet.Analytics.Forecasting;

/// <summary>
/// Projects a running campaign's further replies and meetings from its own step-wise conversion so far; pure.
/// </summary>
/// <remarks>
/// <para>Each step's reply rate is estimated with a Wilson score interval at the confidence level; the replies still to
/// come are Σ (still to receive × rate), with bounds Σ (still to receive × lower) and Σ (still to receive × upper) — the
/// bounds assume the steps err together, so the interval is conservative. A step with nothing delivered yet borrows
/// the campaign's pooled rate. Meetings = replies × the campaign's meetings-per-reply rate (Wilson too), the bounds
/// multiplying the bounds.</para>
/// <para>The projection is flagged too thin when a step that still has prospects to receive it has fewer than
/// <c>minimumDeliveredPerStep</c> deliveries, or when the campaign has no replies yet; the notes say which.</para>
/// </remarks>
public static class CampaignForecaster
{
    /// <summary>Projects further replies and meetings.</summary>
    /// <param name="steps">The progress per step.</param>
    /// <param name="meetingsBooked">The meetings booked so far from the campaign's replies.</param>
    /// <param name="confidenceLevel">The confidence level of the intervals, in (0, 1).</param>
    /// <param name="minimumDeliveredPerStep">The deliveries a step needs before its rate is trusted.</param>
    /// <returns>The forecast.</returns>
    /// <exception cref="AnalyticsValidationException">A count is negative, replies exceed deliveries, a step repeats, or a setting is out of range; the field is named.</exception>
    public static CampaignForecast Forecast(IReadOnlyList<StepProgress> steps, long meetingsBooked, double confidenceLevel = 0.95, long minimumDeliveredPerStep = 30)
    {
        ArgumentNullException.ThrowIfNull(steps);
        Validate(steps, meetingsBooked, confidenceLevel, minimumDeliveredPerStep);
        var z = Statistics.NormalQuantile(1 - ((1 - confidenceLevel) / 2));
        var notes = new List<string>();
        var thin = false;
        var pooledDelivered = steps.Sum(s => s.Delivered);
        var pooledReplied = steps.Sum(s => s.Replied);

        double expected = 0, lower = 0, upper = 0;
        foreach (var step in steps.OrderBy(s => s.StepPosition))
        {
            if (step.StillToReceive == 0)
            {
                continue;
            }

            var position = step.StepPosition.ToString(CultureInfo.InvariantCulture);
            var (delivered, replied) = (step.Delivered, step.Replied);
            if (delivered == 0)
            {
                notes.Add($"Step {position} has no deliveries yet; it borrows the campaign's pooled reply rate.");
                (delivered, replied) = (pooledDelivered, pooledReplied);
            }

            if (delivered < minimumDeliveredPerStep)
            {
                thin = true;
                notes.Add($"Data is too thin: step {position} rests on {Text(delivered)} deliveries (at least {Text(minimumDeliveredPerStep)} are needed).");
            }

            if (delivered == 0)
            {
                // Nothing delivered anywhere: the rate could be anything in [0, 1].
                upper += step.StillToReceive;
                continue;
            }

            var (low, high) = Statistics.Wilson(replied, delivered, z);
            expected += step.StillToReceive * ((double)replied / delivered);
            lower += step.StillToReceive * low;
            upper += step.StillToReceive * high;
        }

        var meetings = Meetings(pooledReplied, meetingsBooked, z, expected, lower, upper, notes, ref thin);
        if (!thin)
        {
            notes.Add($"Based on {Text(pooledDelivered)} deliveries and {Text(pooledReplied)} replies so far.");
        }

        return new CampaignForecast(new Projection(expected, lower, upper), meetings, confidenceLevel, thin, notes);
    }

    private static Projection Meetings(long replies, long meetings, double z, double expected, double lower, double upper, List<string> notes, ref bool thin)
    {
        if (replies == 0)
        {
            thin = true;
            notes.Add("Data is too thin: no replies yet, so the meetings per reply are unknown (the meeting interval spans 0 to every reply).");
            return new Projection(0, 0, upper);
        }

        var booked = Math.Min(meetings, replies);
        var (low, high) = Statistics.Wilson(booked, replies, z);
        var rate = (double)booked / replies;
        return new Projection(expected * rate, lower * low, upper * high);
    }

    private static void Validate(IReadOnlyList<StepProgress> steps, long meetingsBooked, double confidenceLevel, long minimumDeliveredPerStep)
    {
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            throw new AnalyticsValidationException("confidenceLevel", confidenceLevel.ToString(CultureInfo.InvariantCulture), "The confidence level must be between 0 and 1 (exclusive).");
        }

        if (minimumDeliveredPerStep < 1)
        {
            throw new AnalyticsValidationException("minimumDeliveredPerStep", Text(minimumDeliveredPerStep), "The minimum must be at least 1.");
        }

        if (meetingsBooked < 0)
        {
            throw new AnalyticsValidationException("meetingsBooked", Text(meetingsBooked), "The count cannot be negative.");
        }

        if (steps.Any(s => s is null))
        {
            throw new AnalyticsValidationException("steps", null, "A step is missing.");
        }

        var repeated = steps.GroupBy(s => s.StepPosition).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new AnalyticsValidationException("steps", repeated.Key.ToString(CultureInfo.InvariantCulture), "Each step position may appear once.");
        }

        foreach (var step in steps)
        {
            if (step.Delivered < 0 || step.StillToReceive < 0 || step.Replied < 0 || step.Replied > step.Delivered)
            {
                throw new AnalyticsValidationException("steps", step.StepPosition.ToString(CultureInfo.InvariantCulture), "Counts cannot be negative and replies cannot exceed deliveries.");
            }
        }
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
