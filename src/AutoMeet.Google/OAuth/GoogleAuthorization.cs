using System.Buffers.Text;
using System.Text.Json;
using AutoMeet.Accounts;
using AutoMeet.Google.Gmail;
using AutoMeet.Google.Internal;
using AutoMeet.Security;
using AutoMeet.Storage;
using Google.Apis.Auth.OAuth2.Requests;
using Google.Apis.Auth.OAuth2.Responses;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Google.OAuth;

/// <summary>The authorization-code flow with PKCE, on Google.Apis.Auth; tokens end up encrypted on the mailbox account.</summary>
internal sealed partial class GoogleAuthorization : IGoogleAuthorization
{
    private readonly GoogleFlowFactory _flows;
    private readonly ISecretProtector _protector;
    private readonly IServiceScopeFactory _scopes;
    private readonly IGoogleTokenSource _tokens;
    private readonly GmailClient _gmail;
    private readonly Calendar.GoogleCalendar _calendar;
    private readonly IClock _clock;
    private readonly GoogleOptions _options;
    private readonly ILogger _logger;

    public GoogleAuthorization(
        GoogleFlowFactory flows,
        ISecretProtector protector,
        IServiceScopeFactory scopes,
        IGoogleTokenSource tokens,
        GmailClient gmail,
        Calendar.GoogleCalendar calendar,
        IClock clock,
        IOptions<GoogleOptions> options,
        ILogger<GoogleAuthorization>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _flows = flows;
        _protector = protector;
        _scopes = scopes;
        _tokens = tokens;
        _gmail = gmail;
        _calendar = calendar;
        _clock = clock;
        _options = options.Value;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    public Instant GetStateExpiry() => _clock.GetCurrentInstant() + Duration.FromTimeSpan(_options.AuthorizationStateLifetime);

    public Uri CreateAuthorizationUrl(UserId userId, GoogleFeatures? features = null, string? loginHint = null, bool forceConsent = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId.Value, nameof(userId));
        var requested = features ?? _options.Features;
        var scopes = GoogleScopes.For(requested);
        var request = (GoogleAuthorizationCodeRequestUrl)_flows.Flow.CreateAuthorizationCodeRequest(RedirectUri, out var codeVerifier);
        request.Scope = string.Join(' ', scopes);
        request.State = OAuthState.Issue(_protector, userId, requested, codeVerifier, GetStateExpiry());
        request.AccessType = "offline";
        request.IncludeGrantedScopes = "true";
        request.LoginHint = loginHint;
        request.Prompt = forceConsent ? "consent" : null;
        return request.Build();
    }

    public async Task<GoogleConnectResult> CompleteAsync(UserId userId, string code, string state, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(state);
        var payload = OAuthState.Verify(_protector, state, userId, _clock.GetCurrentInstant());
        var requested = (GoogleFeatures)payload.Features;

        TokenResponse response;
        try
        {
            response = await _flows.Flow.ExchangeCodeForTokenAsync(userId.Value, code, payload.CodeVerifier, RedirectUri, cancellationToken).ConfigureAwait(false);
        }
        catch (TokenResponseException ex)
        {
            throw new GoogleAuthorizationException($"Google refused the authorization code: {ex.Error?.Error}.", ex);
        }

        var claims = ReadIdToken(response.IdToken);
        if (string.IsNullOrWhiteSpace(claims?.Email))
        {
            throw new GoogleAuthorizationException("Google's token response has no id_token with an e-mail address; the 'openid email' scopes are required.");
        }

        var granted = GoogleScopes.Granted(response.Scope);
        var expiresAt = _clock.GetCurrentInstant() + Duration.FromSeconds(response.ExpiresInSeconds ?? 3600);
        var accountId = await StoreAsync(userId, claims, response, expiresAt, cancellationToken).ConfigureAwait(false);
        _tokens.Invalidate(accountId);

        GoogleLog.AccountConnected(_logger, accountId, granted);
        var result = new GoogleConnectResult(accountId, requested, granted);
        if (result.Missing != GoogleFeatures.None)
        {
            GoogleLog.FeaturesNotGranted(_logger, accountId, result.Missing);
        }

        return result;
    }

    private string RedirectUri => _options.RedirectUri?.AbsoluteUri
        ?? throw new InvalidOperationException($"{GoogleOptions.SectionName}:RedirectUri is not set.");

    private async Task<Id<MailboxAccount>> StoreAsync(UserId userId, IdTokenClaims claims, TokenResponse response, Instant expiresAt, CancellationToken cancellationToken)
    {
        var email = claims.Email!.Trim().ToLowerInvariant();
        using var scope = _scopes.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<IAutoMeetStore>();
        var account = await store.MailboxAccounts.FindByEmailAsync(MailProvider.Google, email, cancellationToken).ConfigureAwait(false);
        if (account is not null && account.OwnerId != userId)
        {
            throw new GoogleAuthorizationException("This Google account is already connected by another user.");
        }

        var isNew = account is null;
        account ??= new MailboxAccount { OwnerId = userId, Provider = MailProvider.Google, EmailAddress = email };
        if (string.IsNullOrEmpty(response.RefreshToken) && account.RefreshToken is null)
        {
            throw new GoogleAuthorizationException("Google returned no refresh token and none is stored; connect again with the consent screen forced.");
        }

        account.DisplayName ??= claims.Name;
        account.Status = AccountStatus.Connected;
        account.Scopes = response.Scope;
        account.AccessToken = _protector.Protect(response.AccessToken, SecretPurposes.AccessToken);
        account.AccessTokenExpiresAt = expiresAt;
        if (!string.IsNullOrEmpty(response.RefreshToken))
        {
            account.RefreshToken = _protector.Protect(response.RefreshToken, SecretPurposes.RefreshToken);
        }

        if (isNew)
        {
            await store.MailboxAccounts.AddAsync(account, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await store.MailboxAccounts.UpdateAsync(account, cancellationToken).ConfigureAwait(false);
        }

        return account.Id;
    }

    /// <summary>
    /// Reads the id_token's claims. The token came straight from Google's token endpoint over TLS, so (per OpenID Connect
    /// Core 3.1.3.7) its signature need not be checked here.
    /// </summary>
    private static IdTokenClaims? ReadIdToken(string? idToken)
    {
        var parts = idToken?.Split('.');
        if (parts is not { Length: 3 })
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(Base64Url.DecodeFromChars(parts[1]), OAuthJsonContext.Default.IdTokenClaims);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            throw new GoogleAuthorizationException("Google's id_token is malformed.", ex);
        }
    }
}
