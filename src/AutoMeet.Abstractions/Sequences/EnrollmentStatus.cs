namespace AutoMeet.Sequences;

/// <summary>Represents where a prospect is in a campaign's sequence.</summary>
public enum EnrollmentStatus
{
    /// <summary>Steps are being sent as they come due.</summary>
    Active = 0,

    /// <summary>Paused with its campaign or by hand.</summary>
    Paused = 1,

    /// <summary>Waiting until <see cref="Enrollment.SnoozedUntil"/> (for example an out-of-office return date).</summary>
    Snoozed = 2,

    /// <summary>Every step was sent.</summary>
    Completed = 3,

    /// <summary>Stopped early; <see cref="Enrollment.StopReason"/> says why.</summary>
    Stopped = 4,
}
