namespace AutoMeet.Sending;

/// <summary>Names the points of the send path, in order; used by logs, metrics and the crash-injection tests.</summary>
public enum SendStage
{
    /// <summary>The row is claimed; nothing else happened.</summary>
    Claimed = 0,

    /// <summary>A retried row was looked up at the mailbox by its Message-ID.</summary>
    LookedUp = 1,

    /// <summary>The e-mail is composed; the next step sends it.</summary>
    Composed = 2,

    /// <summary>The provider accepted the e-mail; nothing is recorded yet.</summary>
    Sent = 3,

    /// <summary>Inside the recording transaction: the outbox row is marked sent.</summary>
    RowMarked = 4,

    /// <summary>Inside the recording transaction: the thread and message are written.</summary>
    ThreadWritten = 5,

    /// <summary>Inside the recording transaction: the event and the enrollment are written; the commit comes next.</summary>
    EnrollmentAdvanced = 6,

    /// <summary>The recording transaction committed.</summary>
    Recorded = 7,
}
