using NodaTime;

namespace AutoMeet.Scheduling;

/// <summary>
/// Represents one availability question: who (one or more participants), for which meeting settings, seen from which
/// invitee zone, over which window, asked at which instant. Pure data: no storage, no clock.
/// </summary>
public sealed record AvailabilityRequest
{
    /// <summary>Initializes a new instance of the <see cref="AvailabilityRequest"/> class for several participants.</summary>
    /// <param name="participants">The participants; the first one's slot grid is used in collective mode.</param>
    /// <param name="meeting">The booking settings.</param>
    /// <param name="inviteeZone">The invitee's zone (used by the rolling horizon).</param>
    /// <param name="window">The requested window: a slot must start at or after its start and end at or before its end.</param>
    /// <param name="now">The instant the question is asked (from the injected clock).</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public AvailabilityRequest(IReadOnlyList<ParticipantAvailability> participants, MeetingSettings meeting, DateTimeZone inviteeZone, Interval window, Instant now)
    {
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(inviteeZone);
        Participants = participants;
        Meeting = meeting;
        InviteeZone = inviteeZone;
        Window = window;
        Now = now;
    }

    /// <summary>Initializes a new instance of the <see cref="AvailabilityRequest"/> class for one host.</summary>
    /// <param name="host">The host.</param>
    /// <param name="meeting">The booking settings.</param>
    /// <param name="inviteeZone">The invitee's zone (used by the rolling horizon).</param>
    /// <param name="window">The requested window.</param>
    /// <param name="now">The instant the question is asked.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public AvailabilityRequest(ParticipantAvailability host, MeetingSettings meeting, DateTimeZone inviteeZone, Interval window, Instant now)
        : this([host ?? throw new ArgumentNullException(nameof(host))], meeting, inviteeZone, window, now)
    {
    }

    /// <summary>Gets the participants.</summary>
    public IReadOnlyList<ParticipantAvailability> Participants { get; init; }

    /// <summary>Gets how several participants combine. The default value is <see cref="ParticipationMode.Collective"/>.</summary>
    public ParticipationMode Mode { get; init; }

    /// <summary>Gets the booking settings.</summary>
    public MeetingSettings Meeting { get; init; }

    /// <summary>Gets the invitee's zone.</summary>
    public DateTimeZone InviteeZone { get; init; }

    /// <summary>Gets the requested window.</summary>
    public Interval Window { get; init; }

    /// <summary>Gets the instant the question is asked.</summary>
    public Instant Now { get; init; }
}
