namespace AutoMeet.Meetings;

/// <summary>Says what becomes of the prospect's sequence when their meeting is cancelled.</summary>
public enum EnrollmentAfterCancellation
{
    /// <summary>The enrollment stays stopped (a live one is stopped): nobody follows up automatically.</summary>
    Stop = 0,

    /// <summary>An enrollment stopped by the prospect's reply or the booking resumes with its next step.</summary>
    Resume = 1,
}
