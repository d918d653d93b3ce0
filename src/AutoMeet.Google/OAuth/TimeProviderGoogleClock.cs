namespace AutoMeet.Google.OAuth;

/// <summary>Gives Google.Apis.Auth the injected time instead of the system clock.</summary>
internal sealed class TimeProviderGoogleClock(TimeProvider time) : global::Google.Apis.Util.IClock
{
    public DateTime Now => time.GetLocalNow().DateTime;

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;
}
