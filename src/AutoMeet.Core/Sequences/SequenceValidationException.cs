namespace AutoMeet.Sequences;

/// <summary>The exception thrown when a sequence or its sending window cannot be planned (negative delays, no e-mail step, a window that never opens).</summary>
public sealed class SequenceValidationException : AutoMeetException
{
    /// <summary>Initializes a new instance of the <see cref="SequenceValidationException"/> class.</summary>
    public SequenceValidationException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SequenceValidationException"/> class with a message.</summary>
    /// <param name="message">What is wrong, naming the bad value.</param>
    public SequenceValidationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SequenceValidationException"/> class with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The underlying failure.</param>
    public SequenceValidationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
