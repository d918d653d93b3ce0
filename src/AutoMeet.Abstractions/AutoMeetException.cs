namespace AutoMeet;

/// <summary>Represents a failure raised by AutoMeet that is not a caller's argument error.</summary>
public class AutoMeetException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="AutoMeetException"/> class.</summary>
    public AutoMeetException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AutoMeetException"/> class with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public AutoMeetException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AutoMeetException"/> class with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The underlying failure.</param>
    public AutoMeetException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
