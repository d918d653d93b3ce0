using Microsoft.AspNetCore.Http;

namespace AutoMeet.Google.Tests.Fakes;

/// <summary>
/// Disconnecting: Gmail's <c>users.stop</c> (ends the mailbox's watch; 204) and OAuth's revocation endpoint
/// (<c>POST /revoke?token=</c> or a form body; revoking a refresh token also kills the access tokens issued with it;
/// an unknown token answers <c>400 invalid_token</c>, as Google does).
/// </summary>
public sealed partial class FakeGoogleServer
{
    private readonly List<string> _revoked = [];

    /// <summary>Gets how many times <c>users.stop</c> was called.</summary>
    public int GmailWatchStops { get; private set; }

    /// <summary>Gets the tokens revoked so far, in order.</summary>
    public IReadOnlyList<string> RevokedTokens
    {
        get
        {
            lock (_gate)
            {
                return [.. _revoked];
            }
        }
    }

    /// <summary>Tells whether a refresh token is still accepted by the token endpoint.</summary>
    public bool IsRefreshTokenValid(string refreshToken)
    {
        lock (_gate)
        {
            return _refreshTokens.ContainsKey(refreshToken);
        }
    }

    private IResult StopMailbox(HttpContext context, string body)
    {
        lock (_gate)
        {
            _watches.Clear();
            GmailWatchStops++;
        }

        return Results.NoContent();
    }

    private async Task<IResult> HandleRevokeAsync(HttpContext context)
    {
        var (fault, body) = await BeginAsync(context, "revoke");
        if (fault is { Status: > 0 })
        {
            return Results.Json(new { error = "internal_failure", error_description = "Injected fault." }, statusCode: fault.Status);
        }

        var token = context.Request.Query["token"].FirstOrDefault() ?? System.Web.HttpUtility.ParseQueryString(body)["token"];
        lock (_gate)
        {
            var known = token is not null && (_refreshTokens.Remove(token) || _validAccessTokens.Remove(token));
            if (!known)
            {
                return Results.Json(new { error = "invalid_token", error_description = "Token expired or revoked" }, statusCode: 400);
            }

            _revoked.Add(token!);

            // Revoking a grant ends every access token issued for it; the fake keeps one grant per test account.
            _validAccessTokens.Clear();
        }

        return Results.Ok();
    }
}
