namespace AutoMeet.Google.OAuth;

/// <summary>Thrown when a Google consent cannot be completed: bad or expired state, a failed code exchange, or an account owned by another user.</summary>
public sealed class GoogleAuthorizationException : AutoMeetException
{
    /// <summary>Initializes a new instance of the <see cref="GoogleAuthorizationException"/> class.</summary>
    public GoogleAuthorizationException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="GoogleAuthorizationException"/> class with a message.</summary>
    /// <param name="message">What went wrong (never a token).</param>
    public GoogleAuthorizationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="GoogleAuthorizationException"/> class with a message and a cause.</summary>
    /// <param name="message">What went wrong (never a token).</param>
    /// <param name="innerException">The underlying failure.</param>
    public GoogleAuthorizationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
