namespace AutoMeet.Meetings.Changes;

/// <summary>Represents who asks for a change to a meeting through <see cref="IMeetingChanges"/>.</summary>
public enum MeetingChangeActor
{
    /// <summary>The meeting's owner (for example from a CRM).</summary>
    Owner = 0,

    /// <summary>The prospect (for example through the host's own booking page).</summary>
    Prospect = 1,

    /// <summary>The host application on its own behalf.</summary>
    System = 2,
}
