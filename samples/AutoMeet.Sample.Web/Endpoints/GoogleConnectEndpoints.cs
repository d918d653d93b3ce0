using System.Globalization;
using AutoMeet.Accounts;
using AutoMeet.Google.OAuth;
using AutoMeet.Sample.Web.Http;
using NodaTime.Text;

namespace AutoMeet.Sample.Web.Endpoints;

/// <summary>
/// Connecting a Google account: <c>GET /connect/google</c> redirects to Google's consent screen (PKCE, offline access,
/// incremental consent, a <c>state</c> bound to the <c>X-AutoMeet-User</c> owner), and <c>GET /connect/google/callback</c>
/// completes it, storing the tokens encrypted, and shows a plain page. The sample has no sign-in, so the callback (a
/// browser redirect without the header) completes for <c>demo-user</c>; a real host takes the user from its session.
/// <c>POST /connect/google/disconnect?accountId=…</c> disconnects one of the owner's accounts: stops its Gmail watch and
/// its calendar push channels, revokes its token at Google, deletes the stored tokens and channel records, and answers
/// with what Google said about the revocation and which channels could not be stopped.
/// </summary>
internal static class GoogleConnectEndpoints
{
    public const string ConnectPath = "/connect/google";
    public const string CallbackPath = "/connect/google/callback";
    public const string DisconnectPath = "/connect/google/disconnect";

    public static IEndpointRouteBuilder MapGoogleConnectEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(ConnectPath, (HttpRequest request, string? features, string? loginHint, bool? forceConsent, IGoogleAuthorization authorization) =>
        {
            if (!Owner.TryResolve(request, out var owner, out var problem))
            {
                return problem;
            }

            GoogleFeatures? requested = null;
            if (!string.IsNullOrWhiteSpace(features))
            {
                if (!Enum.TryParse<GoogleFeatures>(features, ignoreCase: true, out var parsed) || (parsed & ~GoogleFeatures.All) != 0 || int.TryParse(features, out _))
                {
                    return Problems.Field("features", $"'{features}' is not a comma-separated list of {string.Join(", ", Enum.GetNames<GoogleFeatures>())}.");
                }

                requested = parsed;
            }

            return Results.Redirect(authorization.CreateAuthorizationUrl(owner, requested, loginHint, forceConsent ?? false).AbsoluteUri);
        }).WithName("ConnectGoogle");

        routes.MapGet(CallbackPath, async (HttpRequest request, string? code, string? state, string? error, IGoogleAuthorization authorization, CancellationToken cancellationToken) =>
        {
            if (!string.IsNullOrEmpty(error))
            {
                return error == "access_denied"
                    ? HtmlPage.Create(StatusCodes.Status400BadRequest, "Google account not connected", "You declined the access AutoMeet asked for. Nothing was stored.", "Start again from the connect link when you are ready.")
                    : HtmlPage.Create(StatusCodes.Status400BadRequest, "Google account not connected", $"Google answered with the error '{error}'. Nothing was stored.");
            }

            if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(state))
            {
                return HtmlPage.Create(StatusCodes.Status400BadRequest, "Google account not connected", "The callback is missing its 'code' or 'state' parameter; start again from the connect link.");
            }

            if (!Owner.TryResolve(request, out var owner, out _))
            {
                return HtmlPage.Create(StatusCodes.Status400BadRequest, "Google account not connected", $"The {Owner.HeaderName} header is not valid.");
            }

            try
            {
                var result = await authorization.CompleteAsync(owner, code, state, cancellationToken);
                return result.Missing == GoogleFeatures.None
                    ? HtmlPage.Create(StatusCodes.Status200OK, "Google account connected", $"Granted: {result.Granted}.")
                    : HtmlPage.Create(StatusCodes.Status200OK, "Google account connected, with less access than asked", $"Granted: {result.Granted}.", $"Not granted: {result.Missing}. Those features stay off until you connect again and allow them.");
            }
            catch (GoogleAuthorizationException ex)
            {
                return HtmlPage.Create(StatusCodes.Status400BadRequest, "Google account not connected", ex.Message, "Start again from the connect link.");
            }
        }).ExcludeFromDescription();

        routes.MapPost(DisconnectPath, async (HttpRequest request, string? accountId, IGoogleAuthorization authorization, CancellationToken cancellationToken) =>
        {
            if (!Owner.TryResolve(request, out var owner, out var problem))
            {
                return problem;
            }

            if (!Id<MailboxAccount>.TryParse(accountId, CultureInfo.InvariantCulture, out var id))
            {
                return Problems.Field("accountId", $"'{accountId}' is not a mailbox account id.");
            }

            try
            {
                var result = await authorization.DisconnectAsync(owner, id, cancellationToken);
                return Results.Ok(new GoogleDisconnectResponse(
                    result.AccountId.Value,
                    result.Revocation.ToString(),
                    result.RevocationError,
                    result.CalendarChannelsStopped,
                    [.. result.CalendarChannelsNotStopped.Select(f => new GoogleChannelNotStoppedResponse(f.CalendarId, f.ChannelId, InstantPattern.ExtendedIso.Format(f.ExpiresAt), f.Reason))],
                    DisconnectMessage(result)));
            }
            catch (KeyNotFoundException)
            {
                return Problems.NotFound("Google account", id.Value);
            }
        }).WithName("DisconnectGoogle");

        return routes;
    }

    private static string DisconnectMessage(GoogleDisconnectResult result) =>
        RevocationMessage(result.Revocation) + (result.CalendarChannelsNotStopped.Count == 0
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $" {result.CalendarChannelsNotStopped.Count} calendar notification channel(s) could not be stopped; Google may keep notifying AutoMeet about them until {InstantPattern.ExtendedIso.Format(result.CalendarChannelsNotStopped.Max(f => f.ExpiresAt))} (the webhook acknowledges them without syncing)."));

    private static string RevocationMessage(GoogleRevocation revocation) => revocation switch
    {
        GoogleRevocation.Revoked => "Disconnected: Google revoked AutoMeet's access to the account.",
        GoogleRevocation.AlreadyRevoked => "Disconnected: Google had already revoked AutoMeet's access to the account.",
        GoogleRevocation.NoToken => "Disconnected: the account held no token to revoke.",
        _ => "Disconnected in AutoMeet, but Google did not confirm the revocation: remove AutoMeet's access at https://myaccount.google.com/permissions.",
    };
}
