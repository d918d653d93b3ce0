using NodaTime;

namespace AutoMeet.Replies;

/// <summary>A reply's text with the context needed to resolve relative phrases ("next Tuesday", "after 2 my time").</summary>
public sealed record AvailabilityText
{
    /// <summary>Gets the reply text (quoted text is ignored by extractors).</summary>
    public required string Text { get; init; }

    /// <summary>Gets the instant the reply was received, as local time in <see cref="ProspectZone"/>.</summary>
    public required LocalDateTime ReceivedLocal { get; init; }

    /// <summary>Gets the prospect's zone: the default zone of offered times ("my time").</summary>
    public required DateTimeZone ProspectZone { get; init; }

    /// <summary>Gets the host's zone ("your time").</summary>
    public required DateTimeZone HostZone { get; init; }
}
