using AutoMeet.Google.Internal;
using AutoMeet.Google.OAuth;
using AutoMeet.Storage;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Google.Jobs;

/// <summary>
/// Refreshes the access tokens of Google accounts that expire within <see cref="Push.GooglePushOptions.TokenRefreshAhead"/>,
/// one account after the other (the token source also allows one refresh at a time per account), so calls made later
/// rarely wait for a refresh. A grant Google rejects disconnects the account and notifies its owner.
/// </summary>
internal sealed class GoogleTokenRefreshJob(IGoogleTokenSource tokens, IOptions<GoogleOptions> options, IClock clock, ILogger<GoogleTokenRefreshJob>? logger = null) : IAutoMeetJob
{
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    public string Name => "google-token-refresh";

    public async Task RunAsync(IServiceProvider scopedServices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopedServices);
        var store = scopedServices.GetRequiredService<IAutoMeetStore>();
        var ahead = Duration.FromTimeSpan(options.Value.Push.TokenRefreshAhead);
        int checkedCount = 0, refreshed = 0, failed = 0;
        await foreach (var account in GoogleAccounts.ListActiveAsync(store.MailboxAccounts, cancellationToken).ConfigureAwait(false))
        {
            checkedCount++;
            if (account.AccessTokenExpiresAt is { } expiresAt && expiresAt - clock.GetCurrentInstant() > ahead)
            {
                continue;
            }

            try
            {
                if (await tokens.RefreshIfExpiringAsync(account.Id, ahead, cancellationToken).ConfigureAwait(false))
                {
                    refreshed++;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failed++;
                GoogleLog.TokenRefreshFailed(_logger, account.Id, ex);
            }
        }

        GoogleLog.TokenRefreshRan(_logger, checkedCount, refreshed, failed);
    }
}
