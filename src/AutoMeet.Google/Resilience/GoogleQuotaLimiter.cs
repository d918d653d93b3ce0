using AutoMeet.Accounts;

namespace AutoMeet.Google.Resilience;

/// <summary>
/// Keeps calls under a Google API's per-user and per-project quotas (units per minute) with one token bucket per account
/// and one for the project, refilled from the injected <see cref="TimeProvider"/> (a fake one in tests). A call that
/// does not fit waits (its units are reserved, so waiters are served in order) for up to the configured maximum wait;
/// a longer wait fails at once with <see cref="GoogleQuotaExceededException"/>, before anything is sent.
/// </summary>
/// <remarks>
/// A bucket holds a tenth of the minute's units (at least the costliest call) and refills the rest evenly over the
/// minute, so no 60-second window ever exceeds the limit. Per process: several worker processes share Google's quota,
/// so give each a share of it in the settings when running many.
/// </remarks>
internal sealed class GoogleQuotaLimiter
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Id<MailboxAccount>, Bucket> _accounts = [];
    private readonly string _api;
    private readonly int _userUnitsPerMinute;
    private readonly int _largestCall;
    private readonly Bucket _project;
    private readonly TimeSpan _maxWait;
    private readonly TimeProvider _time;

    /// <summary>Initializes a new instance of the <see cref="GoogleQuotaLimiter"/> class.</summary>
    /// <param name="api">The API name, for messages.</param>
    /// <param name="userUnitsPerMinute">The per-user limit.</param>
    /// <param name="projectUnitsPerMinute">The per-project limit.</param>
    /// <param name="largestCall">The units of the costliest call (a bucket always holds at least that many).</param>
    /// <param name="maxWait">The longest a call waits for room.</param>
    /// <param name="time">The time source.</param>
    public GoogleQuotaLimiter(string api, int userUnitsPerMinute, int projectUnitsPerMinute, int largestCall, TimeSpan maxWait, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(userUnitsPerMinute, 2 * largestCall);
        ArgumentOutOfRangeException.ThrowIfLessThan(projectUnitsPerMinute, 2 * largestCall);
        _api = api;
        _userUnitsPerMinute = userUnitsPerMinute;
        _largestCall = largestCall;
        _maxWait = maxWait;
        _time = time;
        _project = new Bucket(projectUnitsPerMinute, largestCall, time.GetTimestamp());
    }

    /// <summary>Takes <paramref name="units"/> from the account's and the project's allowance, waiting for room if needed.</summary>
    /// <param name="accountId">The account making the call.</param>
    /// <param name="units">The call's cost in quota units (0 is free).</param>
    /// <param name="cancellationToken">Cancels the wait (the units are given back).</param>
    /// <returns>How long the call waited.</returns>
    /// <exception cref="GoogleQuotaExceededException">Room would come only after more than the maximum wait.</exception>
    public async ValueTask<TimeSpan> AcquireAsync(Id<MailboxAccount> accountId, int units, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(units);
        if (units == 0)
        {
            return TimeSpan.Zero;
        }

        Bucket account;
        TimeSpan wait;
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            if (!_accounts.TryGetValue(accountId, out account!))
            {
                account = new Bucket(_userUnitsPerMinute, _largestCall, now);
                _accounts[accountId] = account;
            }

            var waitSeconds = Math.Max(account.SecondsUntil(units, now, _time), _project.SecondsUntil(units, now, _time));
            wait = TimeSpan.FromSeconds(Math.Ceiling(waitSeconds * 1000) / 1000);
            if (wait > _maxWait)
            {
                throw new GoogleQuotaExceededException(_api, accountId, wait);
            }

            account.Take(units);
            _project.Take(units);
        }

        if (wait > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                lock (_gate)
                {
                    account.Give(units);
                    _project.Give(units);
                }

                throw;
            }
        }

        return wait;
    }

    /// <summary>A token bucket: a tenth of the minute's units (at least the costliest call) up front, the rest refilled evenly.</summary>
    private sealed class Bucket
    {
        private readonly double _capacity;
        private readonly double _perSecond;
        private double _tokens;
        private long _stamp;

        public Bucket(int unitsPerMinute, int largestCall, long now)
        {
            _capacity = Math.Min(Math.Max(unitsPerMinute / 10.0, largestCall), unitsPerMinute / 2.0);
            _perSecond = (unitsPerMinute - _capacity) / 60.0;
            _tokens = _capacity;
            _stamp = now;
        }

        public double SecondsUntil(int units, long now, TimeProvider time)
        {
            _tokens = Math.Min(_capacity, _tokens + (time.GetElapsedTime(_stamp, now).TotalSeconds * _perSecond));
            _stamp = now;
            return _tokens >= units ? 0 : (units - _tokens) / _perSecond;
        }

        public void Take(int units) => _tokens -= units;

        public void Give(int units) => _tokens = Math.Min(_capacity, _tokens + units);
    }
}
