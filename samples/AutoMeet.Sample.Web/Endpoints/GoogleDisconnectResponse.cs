namespace AutoMeet.Sample.Web.Endpoints;

/// <summary>The answer of <c>POST /connect/google/disconnect</c>.</summary>
/// <param name="AccountId">The disconnected account.</param>
/// <param name="Revocation">What Google said: <c>Revoked</c>, <c>AlreadyRevoked</c>, <c>NoToken</c> or <c>Failed</c>.</param>
/// <param name="RevocationError">Why the revocation failed, if it did (never a token).</param>
/// <param name="Message">A sentence for the owner.</param>
internal sealed record GoogleDisconnectResponse(Guid AccountId, string Revocation, string? RevocationError, string Message);
