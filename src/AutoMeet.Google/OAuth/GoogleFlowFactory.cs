using Google.Apis.Auth.OAuth2;
using Google.Apis.Auth.OAuth2.Flows;
using Microsoft.Extensions.Options;

namespace AutoMeet.Google.OAuth;

/// <summary>Creates the Google.Apis.Auth PKCE flow aimed at the configured endpoints (the real ones, or a fake server in tests).</summary>
internal sealed class GoogleFlowFactory(IOptions<GoogleOptions> options, TimeProvider time) : IDisposable
{
    private readonly Lazy<PkceGoogleAuthorizationCodeFlow> _flow = new(() => Create(options.Value, time));

    public PkceGoogleAuthorizationCodeFlow Flow => _flow.Value;

    public void Dispose()
    {
        if (_flow.IsValueCreated)
        {
            _flow.Value.Dispose();
        }
    }

    private static PkceGoogleAuthorizationCodeFlow Create(GoogleOptions o, TimeProvider time) =>
        new(new EndpointInitializer(o.AuthorizationEndpoint, o.TokenEndpoint, o.RevokeEndpoint)
        {
            ClientSecrets = new ClientSecrets { ClientId = o.ClientId, ClientSecret = o.ClientSecret },
            Scopes = GoogleScopes.SignIn,
            DataStore = NullDataStore.Instance,
            Clock = new TimeProviderGoogleClock(time),
            IncludeGrantedScopes = true,
        });

    private sealed class EndpointInitializer(Uri authorization, Uri token, Uri revoke)
        : GoogleAuthorizationCodeFlow.Initializer(authorization.AbsoluteUri, token.AbsoluteUri, revoke.AbsoluteUri);
}
