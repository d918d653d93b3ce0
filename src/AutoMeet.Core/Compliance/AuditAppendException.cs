namespace AutoMeet.Compliance;

/// <summary>Thrown when an audit entry could not be appended because concurrent writers kept taking the next sequence.</summary>
public sealed class AuditAppendException : AutoMeetException
{
    /// <summary>Initializes a new instance of the <see cref="AuditAppendException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The last conflict, if any.</param>
    public AuditAppendException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
