using DnsClient;
using DnsClient.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Enrichment.Emails;

/// <summary>
/// Looks up a domain's mail servers through DnsClient's <see cref="ILookupClient"/>: MX first; a null MX
/// (<c>0 .</c>, RFC 7505) means no mail; with no MX, A then AAAA (the implicit MX of RFC 5321 §5.1). Answers are
/// cached per domain (time from <see cref="IClock"/>); timeouts and failures are not cached.
/// </summary>
internal sealed class MailDomainResolver
{
    private static readonly QueryType[] s_addressTypes = [QueryType.A, QueryType.AAAA];
    private readonly ILookupClient _dns;
    private readonly TimeProvider _time;
    private readonly EmailValidationOptions _options;
    private readonly ExpiringCache<string, MailDomainInfo> _cache;
    private readonly ILogger _logger;

    public MailDomainResolver(ILookupClient dns, IClock clock, TimeProvider time, IOptions<EmailValidationOptions> options, ILogger<MailDomainResolver>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(dns);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        _dns = dns;
        _time = time;
        _options = options.Value;
        _cache = new(clock, _options.MaxCacheEntries, StringComparer.OrdinalIgnoreCase);
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    public async ValueTask<MailDomainInfo> ResolveAsync(string domain, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domain);
        if (_cache.TryGet(domain, out var cached))
        {
            return cached;
        }

        using var timeout = new CancellationTokenSource(_options.DnsTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        MailDomainInfo info;
        try
        {
            info = await LookUpAsync(domain, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            info = MailDomainInfo.Of(MailDomainStatus.Timeout);
        }
        catch (DnsResponseException ex) when (ex.Code == DnsResponseCode.ConnectionTimeout)
        {
            info = MailDomainInfo.Of(MailDomainStatus.Timeout);
        }
        catch (DnsResponseException ex)
        {
            EnrichmentLog.DnsLookupFailed(_logger, ex.Code.ToString());
            info = MailDomainInfo.Of(MailDomainStatus.Failure);
        }

        if (info.Status == MailDomainStatus.Timeout)
        {
            EnrichmentLog.DnsLookupTimedOut(_logger, _options.DnsTimeout);
        }

        _cache.Set(domain, info, CacheLifetime(info));
        return info;
    }

    private async Task<MailDomainInfo> LookUpAsync(string domain, CancellationToken cancellationToken)
    {
        var mx = await _dns.QueryAsync(domain, QueryType.MX, QueryClass.IN, cancellationToken).ConfigureAwait(false);
        var failure = Classify(mx);
        if (failure is not null)
        {
            return failure;
        }

        var records = mx.Answers.MxRecords().ToList();
        if (records.Any(r => IsRoot(r.Exchange)))
        {
            return new(MailDomainStatus.NullMx, [], MinTtl(records));
        }

        if (records.Count > 0)
        {
            var hosts = records.OrderBy(r => r.Preference).Select(r => HostName(r.Exchange)).Distinct(StringComparer.Ordinal).ToList();
            return new(MailDomainStatus.HasMx, hosts, MinTtl(records));
        }

        // No MX: the domain's own address records make it its mail host (RFC 5321 §5.1).
        foreach (var type in s_addressTypes)
        {
            var response = await _dns.QueryAsync(domain, type, QueryClass.IN, cancellationToken).ConfigureAwait(false);
            failure = Classify(response);
            if (failure is not null)
            {
                return failure;
            }

            var addresses = response.Answers.Where(r => r is ARecord or AaaaRecord).ToList();
            if (addresses.Count > 0)
            {
                return new(MailDomainStatus.ImplicitMx, [domain.ToLowerInvariant()], MinTtl(addresses));
            }
        }

        return MailDomainInfo.Of(MailDomainStatus.NoMailServer);
    }

    private static MailDomainInfo? Classify(IDnsQueryResponse response)
    {
        if (response.Header is { ResponseCode: DnsHeaderResponseCode.NotExistentDomain })
        {
            return MailDomainInfo.Of(MailDomainStatus.NotFound);
        }

        return response.HasError ? MailDomainInfo.Of(MailDomainStatus.Failure) : null;
    }

    private Duration CacheLifetime(MailDomainInfo info)
    {
        var max = _options.CacheDuration;
        var min = _options.MinCacheDuration;
        var lifetime = info.Status switch
        {
            MailDomainStatus.Timeout or MailDomainStatus.Failure => TimeSpan.Zero,
            MailDomainStatus.NotFound or MailDomainStatus.NoMailServer => min,
            _ when !_options.UseDnsTimeToLive || info.TimeToLive is null => max,
            _ => TimeSpan.FromTicks(Math.Clamp(info.TimeToLive.Value.Ticks, min.Ticks, max.Ticks)),
        };
        return Duration.FromTimeSpan(lifetime);
    }

    private static TimeSpan? MinTtl(IEnumerable<DnsResourceRecord> records)
    {
        var ttls = records.Select(r => r.TimeToLive).ToList();
        return ttls.Count == 0 ? null : TimeSpan.FromSeconds(Math.Max(0, ttls.Min()));
    }

    private static bool IsRoot(DnsString exchange) => exchange.Value is "." or "";

    private static string HostName(DnsString exchange) => exchange.Value.TrimEnd('.').ToLowerInvariant();
}
