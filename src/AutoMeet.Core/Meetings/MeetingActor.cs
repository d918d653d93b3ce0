using AutoMeet.Compliance;

namespace AutoMeet.Meetings;

/// <summary>Represents who made a meeting or approval change, as written to the audit trail.</summary>
/// <param name="Kind">The kind of actor.</param>
/// <param name="Id">The actor's id (a user id, or the name of the rule or job); never an e-mail address.</param>
internal readonly record struct MeetingActor(ActorKind Kind, string Id)
{
    public static MeetingActor Scheduler => new(ActorKind.System, "meeting-scheduler");

    public static MeetingActor Booker => new(ActorKind.System, "meeting-booker");

    public static MeetingActor Timeout => new(ActorKind.System, "approval-timeout");

    public static MeetingActor Autonomous => new(ActorKind.AI, "autonomous-confirmer");

    public static MeetingActor Owner(UserId ownerId) => new(ActorKind.User, ownerId.Value);
}
