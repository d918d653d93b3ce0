namespace AutoMeet.Replies;

/// <summary>Reads the times a prospect offers ("Tue or Wed after 2 my time") into windows.</summary>
public interface IAvailabilityExtractor
{
    /// <summary>Extracts the offered windows from <paramref name="input"/>.</summary>
    /// <param name="input">The text and its time context.</param>
    /// <returns>The windows, or <see cref="AvailabilityKind.None"/> / <see cref="AvailabilityKind.Ambiguous"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    ExtractedAvailability Extract(AvailabilityText input);
}
