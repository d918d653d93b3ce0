namespace AutoMeet.Scheduling;

/// <summary>Represents how the availability of several participants combines.</summary>
public enum ParticipationMode
{
    /// <summary>A slot is bookable when every participant is free (on the first participant's slot grid).</summary>
    Collective = 0,

    /// <summary>A slot is bookable when any one participant is free (each on their own grid); the slot says who.</summary>
    RoundRobin = 1,
}
