namespace AutoMeet.Sample.Web.Endpoints;

/// <summary>The answer of <c>POST /connect/google/disconnect</c>.</summary>
/// <param name="AccountId">The disconnected account.</param>
/// <param name="Revocation">What Google said: <c>Revoked</c>, <c>AlreadyRevoked</c>, <c>NoToken</c> or <c>Failed</c>.</param>
/// <param name="RevocationError">Why the revocation failed, if it did (never a token).</param>
/// <param name="CalendarChannelsStopped">How many calendar push channels were stopped (or already gone at Google).</param>
/// <param name="CalendarChannelsNotStopped">The channels that could not be stopped: they may notify the webhook until they expire.</param>
/// <param name="Message">A sentence for the owner.</param>
internal sealed record GoogleDisconnectResponse(
    Guid AccountId,
    string Revocation,
    string? RevocationError,
    int CalendarChannelsStopped,
    IReadOnlyList<GoogleChannelNotStoppedResponse> CalendarChannelsNotStopped,
    string Message);

/// <summary>A calendar push channel that could not be stopped on disconnect.</summary>
/// <param name="CalendarId">The watched calendar.</param>
/// <param name="ChannelId">The channel id.</param>
/// <param name="ExpiresAt">When Google ends it by itself (ISO-8601).</param>
/// <param name="Reason">Why it could not be stopped (never a token).</param>
internal sealed record GoogleChannelNotStoppedResponse(string CalendarId, string ChannelId, string ExpiresAt, string Reason);
