namespace AutoMeet.Google.OAuth;

/// <summary>The purposes Google secrets are protected for (they bind each cipher text to its use).</summary>
internal static class SecretPurposes
{
    public const string AccessToken = "google.access-token";
    public const string RefreshToken = "google.refresh-token";
    public const string OAuthState = "google.oauth-state";
}
