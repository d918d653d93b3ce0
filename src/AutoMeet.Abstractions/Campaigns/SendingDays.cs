namespace AutoMeet.Campaigns;

/// <summary>Represents a set of ISO week days (Monday first).</summary>
[Flags]
#pragma warning disable CA1711 // "Days" is the domain word here, not a flags-suffix accident.
public enum SendingDays
#pragma warning restore CA1711
{
    /// <summary>No day.</summary>
    None = 0,

    /// <summary>Monday.</summary>
    Monday = 1,

    /// <summary>Tuesday.</summary>
    Tuesday = 2,

    /// <summary>Wednesday.</summary>
    Wednesday = 4,

    /// <summary>Thursday.</summary>
    Thursday = 8,

    /// <summary>Friday.</summary>
    Friday = 16,

    /// <summary>Saturday.</summary>
    Saturday = 32,

    /// <summary>Sunday.</summary>
    Sunday = 64,

    /// <summary>Monday to Friday.</summary>
    Weekdays = Monday | Tuesday | Wednesday | Thursday | Friday,

    /// <summary>Every day.</summary>
    All = Weekdays | Saturday | Sunday,
}
