using AutoMeet.Accounts;
using AutoMeet.Google.Calendar;
using AutoMeet.Google.Resilience;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace AutoMeet.Google.Internal;

/// <summary>Classifies the failures of best-effort Google calls made while disconnecting an account.</summary>
internal static class GoogleFailures
{
    /// <summary>
    /// Whether <paramref name="exception"/> is an expected failure of a best-effort stop (<c>channels.stop</c>, Gmail <c>users.stop</c>) (Google refusing or unreachable,
    /// the grant gone or its refresh failing, the circuit open, quota, a timeout: all <see cref="AutoMeetException"/>s or
    /// transport failures) rather than a bug or the caller's cancellation.
    /// </summary>
    public static bool IsBestEffortStopFailure(Exception exception, CancellationToken cancellationToken) =>
        exception is AutoMeetException or HttpRequestException or IOException or TimeoutRejectedException or BrokenCircuitException
        || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    /// <summary>Describes a failure of <see cref="IsBestEffortStopFailure"/> for the owner, without tokens.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        GoogleCalendarApiException api => $"Google answered HTTP {(int)api.StatusCode} ({api.Reason ?? "no reason given"})",
        MailboxAuthorizationException => "the account's grant is no longer valid",
        GoogleCircuitOpenException or BrokenCircuitException => "Google Calendar calls for the account are failing (circuit open)",
        GoogleQuotaExceededException => "the Google Calendar quota is used up",
        AutoMeetException => $"the call failed ({exception.GetType().Name})",
        _ => $"Google could not be reached ({exception.GetType().Name})",
    };
}
