namespace AutoMeet.Google.Calendar;

/// <summary>
/// Thrown when Google could not report the busy time of some calendars (<c>freeBusy.query</c> answered with per-calendar
/// errors such as <c>notFound</c>). Their busy time is unknown, which must never be read as free.
/// </summary>
public sealed class CalendarFreeBusyException : AutoMeetException
{
    /// <summary>Initializes a new instance of the <see cref="CalendarFreeBusyException"/> class.</summary>
    /// <param name="errors">The reasons Google gave, per calendar id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is <see langword="null"/>.</exception>
    public CalendarFreeBusyException(IReadOnlyDictionary<string, IReadOnlyList<string>> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Gets the reasons Google gave (for example <c>notFound</c>, <c>internalError</c>), per calendar id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors { get; }

    private static string Describe(IReadOnlyDictionary<string, IReadOnlyList<string>> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var parts = errors.Select(e => $"'{e.Key}' ({string.Join(", ", e.Value)})");
        return $"Google could not report the busy time of {errors.Count} calendar(s): {string.Join("; ", parts)}.";
    }
}
