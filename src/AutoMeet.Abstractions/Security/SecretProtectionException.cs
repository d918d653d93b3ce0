namespace AutoMeet.Security;

/// <summary>
/// Thrown when an encrypted secret cannot be decrypted: it is malformed, was tampered with, was protected for another
/// purpose, or its key is no longer in the key ring. The message never contains the secret.
/// </summary>
public sealed class SecretProtectionException : AutoMeetException
{
    /// <summary>Initializes a new instance of the <see cref="SecretProtectionException"/> class.</summary>
    public SecretProtectionException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SecretProtectionException"/> class with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public SecretProtectionException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SecretProtectionException"/> class with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The underlying failure.</param>
    public SecretProtectionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
