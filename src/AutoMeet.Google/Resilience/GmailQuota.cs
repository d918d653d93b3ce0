namespace AutoMeet.Google.Resilience;

/// <summary>What Gmail calls cost in quota units (<see cref="GoogleOptions.GmailQuotaUnits"/>).</summary>
internal static class GmailQuota
{
    /// <summary>The cost of a method the settings do not list (Gmail's usual read cost).</summary>
    public const int DefaultUnits = 5;

    /// <summary>Gets the units of a method.</summary>
    public static int UnitsOf(GoogleOptions options, string operation) =>
        options.GmailQuotaUnits is { } units && units.TryGetValue(operation, out var cost) ? cost : DefaultUnits;

    /// <summary>Gets the units of the costliest method (at least <see cref="DefaultUnits"/>).</summary>
    public static int LargestCall(GoogleOptions options) =>
        Math.Max(DefaultUnits, options.GmailQuotaUnits is { Count: > 0 } units ? units.Values.Max() : 0);
}
