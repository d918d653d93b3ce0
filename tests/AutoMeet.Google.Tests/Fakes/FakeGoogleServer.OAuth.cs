using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace AutoMeet.Google.Tests.Fakes;

/// <summary>The OAuth token endpoint: authorization_code (with PKCE) and refresh_token grants.</summary>
public sealed partial class FakeGoogleServer
{
    private readonly Dictionary<string, (string Challenge, string Scope, string Email, string RedirectUri)> _codes = [];
    private readonly Dictionary<string, string> _refreshTokens = [];
    private readonly HashSet<string> _validAccessTokens = [];
    private int _issued;

    /// <summary>Gets or sets the lifetime of issued access tokens.</summary>
    public int ExpiresInSeconds { get; set; } = 3599;

    /// <summary>Gets or sets how long the refresh grant takes (to let concurrent refreshes overlap).</summary>
    public TimeSpan RefreshDelay { get; set; }

    public int RefreshGrantCount { get; private set; }

    /// <summary>Gets or sets a value indicating whether the code exchange omits refresh_token (as Google does on a repeated consent).</summary>
    public bool OmitRefreshTokenOnExchange { get; set; }

    /// <summary>Simulates the consent screen: registers the code Google would redirect back with.</summary>
    public void RegisterAuthorizationCode(string code, string codeChallenge, string grantedScope, string email, string redirectUri)
    {
        lock (_gate)
        {
            _codes[code] = (codeChallenge, grantedScope, email, redirectUri);
        }
    }

    /// <summary>Registers tokens as if issued earlier.</summary>
    public void RegisterTokens(string email, string? accessToken, string? refreshToken)
    {
        lock (_gate)
        {
            if (accessToken is not null)
            {
                _validAccessTokens.Add(accessToken);
            }

            if (refreshToken is not null)
            {
                _refreshTokens[refreshToken] = email;
            }
        }
    }

    /// <summary>Makes every access token issued so far invalid (Gmail then answers 401).</summary>
    public void ExpireAccessTokens()
    {
        lock (_gate)
        {
            _validAccessTokens.Clear();
        }
    }

    /// <summary>Revokes every refresh token (the refresh grant then answers invalid_grant).</summary>
    public void RevokeRefreshTokens()
    {
        lock (_gate)
        {
            _refreshTokens.Clear();
        }
    }

    private bool IsAuthorized(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.FirstOrDefault();
        lock (_gate)
        {
            return header is not null && header.StartsWith("Bearer ", StringComparison.Ordinal) && _validAccessTokens.Contains(header["Bearer ".Length..]);
        }
    }

    private async Task<IResult> HandleTokenAsync(HttpContext context)
    {
        var (fault, body) = await BeginAsync(context, "token");
        if (fault is { Status: > 0 })
        {
            return Results.Json(new { error = "internal_failure" }, statusCode: fault.Status);
        }

        var form = System.Web.HttpUtility.ParseQueryString(body);
        if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
        {
            return Results.Json(new { error = "invalid_client", error_description = "The OAuth client was not found." }, statusCode: 401);
        }

        switch (form["grant_type"])
        {
            case "authorization_code":
                (string Challenge, string Scope, string Email, string RedirectUri) grant;
                lock (_gate)
                {
                    if (!_codes.Remove(form["code"] ?? string.Empty, out grant))
                    {
                        return InvalidGrant("Malformed auth code.");
                    }
                }

                var verifier = form["code_verifier"] ?? string.Empty;
                if (Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) != grant.Challenge)
                {
                    return InvalidGrant("Invalid code verifier.");
                }

                if (form["redirect_uri"] != grant.RedirectUri)
                {
                    return Results.Json(new { error = "redirect_uri_mismatch" }, statusCode: 400);
                }

                var response = new Dictionary<string, object>
                {
                    ["access_token"] = IssueAccessToken(),
                    ["expires_in"] = ExpiresInSeconds,
                    ["scope"] = grant.Scope,
                    ["token_type"] = "Bearer",
                    ["id_token"] = IdToken(grant.Email),
                };
                if (!OmitRefreshTokenOnExchange)
                {
                    var refresh = "1//refresh-" + Interlocked.Increment(ref _issued);
                    RegisterTokens(grant.Email, null, refresh);
                    response["refresh_token"] = refresh;
                }

                return Results.Json(response);

            case "refresh_token":
                lock (_gate)
                {
                    RefreshGrantCount++;
                    if (!_refreshTokens.ContainsKey(form["refresh_token"] ?? string.Empty))
                    {
                        return InvalidGrant("Token has been expired or revoked.");
                    }
                }

                if (RefreshDelay > TimeSpan.Zero)
                {
                    await Task.Delay(RefreshDelay, TimeProvider.System, context.RequestAborted);
                }

                // Like Google: a refresh returns no new refresh token.
                return Results.Json(new Dictionary<string, object>
                {
                    ["access_token"] = IssueAccessToken(),
                    ["expires_in"] = ExpiresInSeconds,
                    ["scope"] = "https://www.googleapis.com/auth/gmail.send https://www.googleapis.com/auth/gmail.readonly openid",
                    ["token_type"] = "Bearer",
                });

            default:
                return Results.Json(new { error = "unsupported_grant_type" }, statusCode: 400);
        }
    }

    private static IResult InvalidGrant(string description) =>
        Results.Json(new { error = "invalid_grant", error_description = description }, statusCode: 400);

    private string IssueAccessToken()
    {
        var token = "ya29.fake-" + Interlocked.Increment(ref _issued);
        lock (_gate)
        {
            _validAccessTokens.Add(token);
        }

        return token;
    }

    private static string IdToken(string email)
    {
        static string Part(object value) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(value));
        return $"{Part(new { alg = "RS256", kid = "fake" })}.{Part(new { iss = "https://accounts.google.com", sub = "1234", email, email_verified = true, name = "Ada Lovelace" })}.c2ln";
    }
}
