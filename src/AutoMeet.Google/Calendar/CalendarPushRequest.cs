namespace AutoMeet.Google.Calendar;

/// <summary>The headers of a push notification Google posts to a calendar channel's address (the body is empty).</summary>
public sealed record CalendarPushRequest
{
    /// <summary>The header with the channel id.</summary>
    public const string ChannelIdHeader = "X-Goog-Channel-ID";

    /// <summary>The header with the channel token.</summary>
    public const string ChannelTokenHeader = "X-Goog-Channel-Token";

    /// <summary>The header with the resource state (<c>sync</c>, <c>exists</c>, <c>not_exists</c>).</summary>
    public const string ResourceStateHeader = "X-Goog-Resource-State";

    /// <summary>The header with the watched resource's id.</summary>
    public const string ResourceIdHeader = "X-Goog-Resource-ID";

    /// <summary>The header with the message number (grows per channel).</summary>
    public const string MessageNumberHeader = "X-Goog-Message-Number";

    /// <summary>Gets the value of <see cref="ChannelIdHeader"/>.</summary>
    public string? ChannelId { get; init; }

    /// <summary>Gets the value of <see cref="ChannelTokenHeader"/>.</summary>
    public string? ChannelToken { get; init; }

    /// <summary>Gets the value of <see cref="ResourceStateHeader"/>.</summary>
    public string? ResourceState { get; init; }

    /// <summary>Gets the value of <see cref="ResourceIdHeader"/>.</summary>
    public string? ResourceId { get; init; }

    /// <summary>Gets the value of <see cref="MessageNumberHeader"/>.</summary>
    public string? MessageNumber { get; init; }

    /// <summary>Reads the headers through a lookup (for example over ASP.NET Core's request headers).</summary>
    /// <param name="header">Returns a header's value by name, or <see langword="null"/>.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is <see langword="null"/>.</exception>
    public static CalendarPushRequest FromHeaders(Func<string, string?> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return new CalendarPushRequest
        {
            ChannelId = header(ChannelIdHeader),
            ChannelToken = header(ChannelTokenHeader),
            ResourceState = header(ResourceStateHeader),
            ResourceId = header(ResourceIdHeader),
            MessageNumber = header(MessageNumberHeader),
        };
    }
}
