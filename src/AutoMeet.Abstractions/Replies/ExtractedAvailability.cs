namespace AutoMeet.Replies;

/// <summary>The result of reading offered times from a reply.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="Windows">The windows, in order of appearance; empty unless <paramref name="Kind"/> is <see cref="AvailabilityKind.Windows"/>.</param>
public sealed record ExtractedAvailability(AvailabilityKind Kind, IReadOnlyList<OfferedWindow> Windows)
{
    /// <summary>Gets the result for text that offers nothing.</summary>
    public static ExtractedAvailability Nothing { get; } = new(AvailabilityKind.None, []);

    /// <summary>Gets the result for text whose availability cannot be resolved without guessing.</summary>
    public static ExtractedAvailability Unresolvable { get; } = new(AvailabilityKind.Ambiguous, []);
}
