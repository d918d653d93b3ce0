namespace AutoMeet.Privacy;

/// <summary>The names of the sections of a person-data archive (JSON property names, camelCase).</summary>
public static class PersonDataSections
{
    /// <summary>Prospect records.</summary>
    public const string Prospects = "prospects";

    /// <summary>Campaign enrollments.</summary>
    public const string Enrollments = "enrollments";

    /// <summary>E-mail threads, each with its messages.</summary>
    public const string Threads = "threads";

    /// <summary>Messages (counted only; they are written inside their threads).</summary>
    public const string Messages = "messages";

    /// <summary>E-mail events (sent, opened, replied, bounced…).</summary>
    public const string Events = "events";

    /// <summary>The reply pipeline's decisions (AI or offline) about the person's replies.</summary>
    public const string ReplyDecisions = "replyDecisions";

    /// <summary>The domain events naming the person (exported whole; anonymised on erasure).</summary>
    public const string DomainEvents = "domainEvents";

    /// <summary>The answers drafted to the person's replies (AI or template), with their approval status (token hashes withheld).</summary>
    public const string ReplyDrafts = "replyDrafts";

    /// <summary>Planned and past sends.</summary>
    public const string Outbox = "outbox";

    /// <summary>Meetings.</summary>
    public const string Meetings = "meetings";

    /// <summary>Approval requests of those meetings (token hashes withheld).</summary>
    public const string Approvals = "approvals";

    /// <summary>The owner's notifications that mention the person.</summary>
    public const string Notifications = "notifications";

    /// <summary>Suppression entries for the person's address.</summary>
    public const string Suppressions = "suppressions";

    /// <summary>Audit entries about the entities above.</summary>
    public const string AuditEntries = "auditEntries";
}
