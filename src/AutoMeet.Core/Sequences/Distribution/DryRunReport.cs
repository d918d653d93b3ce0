namespace AutoMeet.Sequences.Distribution;

/// <summary>Represents the day-by-day sending plan a <see cref="CampaignDryRun"/> simulated.</summary>
/// <param name="Days">Each simulated day, in order.</param>
/// <param name="Completed">Enrollments finished by the end.</param>
/// <param name="Stopped">Enrollments stopped by the end.</param>
/// <param name="StillActive">Enrollments with steps left at the end.</param>
public sealed record DryRunReport(IReadOnlyList<DryRunDay> Days, int Completed, int Stopped, int StillActive)
{
    /// <summary>Gets the number of simulated sends.</summary>
    public int TotalSends => Days.Sum(d => d.Sends.Count);
}
