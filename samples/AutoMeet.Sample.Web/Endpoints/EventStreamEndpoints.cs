using System.Globalization;
using System.Text;
using AutoMeet.Campaigns;
using AutoMeet.Events;
using AutoMeet.Prospects;
using AutoMeet.Sample.Web.Http;

namespace AutoMeet.Sample.Web.Endpoints;

/// <summary>
/// <c>GET /events/stream</c>: the caller's domain events as Server-Sent Events (<c>text/event-stream</c>). Each message
/// is <c>id: &lt;position&gt;</c> and <c>data: &lt;event JSON&gt;</c> (see <see cref="DomainEventJson"/>); a comment
/// line is sent as a heartbeat every <see cref="HeartbeatInterval"/> so proxies keep the connection open. A client
/// that reconnects sends <c>Last-Event-ID</c> (browsers do it by themselves) and gets every event after that position,
/// none twice; without it, <c>?after=</c> sets the start (0 for the whole log), and with neither the stream starts now.
/// Filters: <c>?types=email.sent,meeting.booked</c>, <c>?campaignId=</c>, <c>?prospectId=</c>; the owner is always the
/// caller (<c>X-AutoMeet-User</c> in the sample).
/// </summary>
internal static class EventStreamEndpoints
{
    /// <summary>How often a heartbeat comment is sent while no event comes.</summary>
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(15);

    /// <summary>How long a browser waits before reconnecting (the <c>retry:</c> field).</summary>
    private const int ReconnectMilliseconds = 3000;

    public static IEndpointRouteBuilder MapEventStreamEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/events/stream", StreamAsync)
            .WithTags("Events")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .ProducesValidationProblem();
        return routes;
    }

    private static async Task<IResult> StreamAsync(
        HttpContext context, IDomainEventStream stream, TimeProvider time, string? after, string? types, string? campaignId, string? prospectId)
    {
        var request = context.Request;
        if (!Owner.TryResolve(request, out var owner, out var problem))
        {
            return problem;
        }

        long? start;
        var lastEventId = request.Headers["Last-Event-ID"].ToString();
        if (lastEventId.Length > 0)
        {
            if (!long.TryParse(lastEventId, NumberStyles.None, CultureInfo.InvariantCulture, out var resumed))
            {
                return Problems.Field("Last-Event-ID", $"'{lastEventId}' is not an event id; ids are the non-negative positions sent in 'id:' lines.");
            }

            start = resumed;
        }
        else if (after is not null)
        {
            if (!long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var from))
            {
                return Problems.Field("after", $"'{after}' is not a position; use 0 or a number from an 'id:' line.");
            }

            start = from;
        }
        else
        {
            start = null;
        }

        Id<Campaign>? campaign = null;
        if (campaignId is not null)
        {
            if (!Guid.TryParse(campaignId, out var parsed))
            {
                return Problems.Field("campaignId", $"'{campaignId}' is not a campaign id.");
            }

            campaign = new Id<Campaign>(parsed);
        }

        Id<Prospect>? prospect = null;
        if (prospectId is not null)
        {
            if (!Guid.TryParse(prospectId, out var parsed))
            {
                return Problems.Field("prospectId", $"'{prospectId}' is not a prospect id.");
            }

            prospect = new Id<Prospect>(parsed);
        }

        var typeList = types?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var filter = new DomainEventFilter { OwnerId = owner, CampaignId = campaign, ProspectId = prospect, Types = typeList is { Length: > 0 } ? typeList : null };
        await WriteStreamAsync(context, stream.SubscribeAsync(filter, start, context.RequestAborted), time);
        return Results.Empty;
    }

    private static async Task WriteStreamAsync(HttpContext context, IAsyncEnumerable<DomainEvent> events, TimeProvider time)
    {
        var response = context.Response;
        var aborted = context.RequestAborted;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpResponseBodyFeature>()?.DisableBuffering();
        await WriteAsync(response, $"retry: {ReconnectMilliseconds}\n: connected\n\n", aborted);

        await using var enumerator = events.GetAsyncEnumerator(aborted);
        try
        {
            while (true)
            {
                var next = enumerator.MoveNextAsync().AsTask();
                while (true)
                {
                    using var heartbeat = CancellationTokenSource.CreateLinkedTokenSource(aborted);
                    var beat = Task.Delay(HeartbeatInterval, time, heartbeat.Token);
                    var first = await Task.WhenAny(next, beat);
                    await heartbeat.CancelAsync();
                    if (first == next)
                    {
                        break;
                    }

                    await WriteAsync(response, ": heartbeat\n\n", aborted);
                }

                if (!await next)
                {
                    return;
                }

                var e = enumerator.Current;
                await WriteAsync(response, $"id: {e.Position.ToString(CultureInfo.InvariantCulture)}\ndata: {DomainEventJson.ToJson(e)}\n\n", aborted);
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away; it resumes with Last-Event-ID.
        }
    }

    private static async Task WriteAsync(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
