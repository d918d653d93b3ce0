namespace AutoMeet.Analytics;

/// <summary>
/// Thrown when an analytics question is invalid (an unknown zone, an inverted or over-long range, an unsupported bucket,
/// …). <see cref="Field"/> names the offending field and <see cref="Value"/> quotes the offending value.
/// </summary>
public sealed class AnalyticsValidationException : AutoMeetException
{
    /// <summary>Initializes a new instance of the <see cref="AnalyticsValidationException"/> class.</summary>
    public AnalyticsValidationException()
        : this("(unknown)", null, "The analytics input is invalid.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AnalyticsValidationException"/> class with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public AnalyticsValidationException(string message)
        : this("(unknown)", null, message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="AnalyticsValidationException"/> class with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The underlying failure.</param>
    public AnalyticsValidationException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Field = "(unknown)";
    }

    /// <summary>Initializes a new instance of the <see cref="AnalyticsValidationException"/> class for one field.</summary>
    /// <param name="field">The field, for example <c>timeZoneId</c>.</param>
    /// <param name="value">The offending value, as text.</param>
    /// <param name="reason">Why the value is rejected.</param>
    public AnalyticsValidationException(string field, string? value, string reason)
        : base($"{field}: {reason}" + (value is null ? string.Empty : $" (value: {value})"))
    {
        Field = field;
        Value = value;
    }

    /// <summary>Gets the field that is invalid.</summary>
    public string Field { get; }

    /// <summary>Gets the invalid value as text, if there is one.</summary>
    public string? Value { get; }
}
