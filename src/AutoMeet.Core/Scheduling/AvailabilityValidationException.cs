namespace AutoMeet.Scheduling;

/// <summary>
/// Thrown when availability settings or an availability question are invalid (an unknown zone, an inverted window,
/// overlapping working ranges, a negative buffer, …). <see cref="Field"/> names the offending field and
/// <see cref="Value"/> quotes the offending value, so no invalid input ever yields a silent empty answer.
/// </summary>
public sealed class AvailabilityValidationException : AutoMeetException
{
    /// <summary>Initializes a new instance of the <see cref="AvailabilityValidationException"/> class.</summary>
    public AvailabilityValidationException()
        : this("(unknown)", null, "The availability input is invalid.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AvailabilityValidationException"/> class with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public AvailabilityValidationException(string message)
        : this("(unknown)", null, message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AvailabilityValidationException"/> class with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The underlying failure.</param>
    public AvailabilityValidationException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Field = "(unknown)";
    }

    /// <summary>Initializes a new instance of the <see cref="AvailabilityValidationException"/> class for one field.</summary>
    /// <param name="field">The field, as a path in the availability interchange format (for example <c>meeting.bufferBeforeMinutes</c>).</param>
    /// <param name="value">The offending value, as text.</param>
    /// <param name="reason">Why the value is rejected.</param>
    public AvailabilityValidationException(string field, string? value, string reason)
        : base($"{field}: {reason}" + (value is null ? string.Empty : $" (value: {value})"))
    {
        Field = field;
        Value = value;
    }

    /// <summary>Gets the field that is invalid, as a path in the availability interchange format.</summary>
    public string Field { get; }

    /// <summary>Gets the invalid value as text, if there is one.</summary>
    public string? Value { get; }
}
