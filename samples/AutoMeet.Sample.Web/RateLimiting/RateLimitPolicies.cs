using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace AutoMeet.Sample.Web.RateLimiting;

/// <summary>
/// Rate limiting of the sample's public surfaces with ASP.NET Core's rate limiter: one global, partitioned limiter that
/// classifies each request by path (e-mailed links and the Google consent, webhooks, API; everything else, such as <c>/health</c>, is not limited) and
/// gives every (surface, route, client IP) its own fixed window. A rejected request gets <c>429 Too Many Requests</c>
/// as problem+json with a <c>Retry-After</c> header (whole seconds until the window resets).
/// </summary>
/// <remarks>
/// The client is the connection's remote IP. Behind a reverse proxy, enable the forwarded-headers middleware (with
/// the proxy's address as known) before this one, or every client shares the proxy's budget. Classifying by path
/// covers endpoints added later under the same prefixes without touching them.
/// </remarks>
internal static class RateLimitPolicies
{
    public const string Links = "links";
    public const string Webhooks = "webhooks";
    public const string Api = "api";

    /// <summary>The paths of links that travel in e-mails (and the OAuth consent that follows a click): one surface.</summary>
    private static readonly string[] LinkPrefixes = ["/unsubscribe", "/approvals", "/meeting-outcomes", "/reply-drafts", "/connect", "/t"];

    public static IServiceCollection AddSampleRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SampleRateLimitOptions>().Bind(configuration.GetSection(SampleRateLimitOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SampleRateLimitOptions>, SampleRateLimitOptionsValidator>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SampleRateLimitOptions>>((limiter, sample) =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, sample.Value));
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>The surface a path belongs to, or <see langword="null"/> when it is not limited.</summary>
    public static string? Classify(PathString path)
    {
        if (path.StartsWithSegments("/api"))
        {
            return Api;
        }

        if (path.StartsWithSegments("/webhooks"))
        {
            return Webhooks;
        }

        return LinkPrefixes.Any(prefix => path.StartsWithSegments(prefix)) ? Links : null;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, SampleRateLimitOptions options)
    {
        var surface = options.Enabled ? Classify(context.Request.Path) : null;
        if (surface is null)
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var rule = surface switch
        {
            Api => options.Api,
            Webhooks => options.Webhooks,
            _ => options.Links,
        };

        // The route template (not the raw path), so /approvals/{token} is one budget however many tokens are tried.
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? string.Empty;
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(
            $"{surface}|{context.Request.Method}|{route}|{client}",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = rule.PermitLimit, Window = rule.Window, QueueLimit = 0, AutoReplenishment = true });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"This client sent too many requests to this endpoint; retry after {seconds} seconds.",
            },
        });
    }
}
