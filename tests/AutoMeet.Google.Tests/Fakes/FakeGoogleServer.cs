using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AutoMeet.Google.Tests.Fakes;

/// <summary>
/// A fake of Google's OAuth token endpoint and the Gmail endpoints AutoMeet uses, on 127.0.0.1 with a random port.
/// Paths and field names follow the discovery document; faults can be injected per operation.
/// </summary>
public sealed partial class FakeGoogleServer : IAsyncDisposable
{
    public const string ClientId = "test-client.apps.googleusercontent.com";
    public const string ClientSecret = "test-secret";

    /// <summary>The Gmail routes the fake serves, as (HTTP method, discovery path).</summary>
    public static readonly IReadOnlyList<(string Method, string Path, string Operation)> GmailRoutes =
    [
        ("POST", "gmail/v1/users/{userId}/messages/send", "users.messages.send"),
        ("GET", "gmail/v1/users/{userId}/messages", "users.messages.list"),
        ("GET", "gmail/v1/users/{userId}/messages/{id}", "users.messages.get"),
        ("GET", "gmail/v1/users/{userId}/history", "users.history.list"),
        ("GET", "gmail/v1/users/{userId}/profile", "users.getProfile"),
        ("POST", "gmail/v1/users/{userId}/watch", "users.watch"),
        ("POST", "gmail/v1/users/{userId}/stop", "users.stop"),
    ];

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeFault>> _faults = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FakeGoogleServer(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    public Uri TokenEndpoint => new(BaseUri, "token");

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeGoogleServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeGoogleServer(app);
        server.MapRoutes();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUri = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Queues a fault for the next call of an operation (for example <c>users.messages.send</c> or <c>token</c>).</summary>
    public void Inject(string operation, FakeFault fault) => _faults.GetOrAdd(operation, _ => new()).Enqueue(fault);

    public IReadOnlyList<RecordedRequest> RequestsFor(string operation) => [.. _requests.Where(r => r.Operation == operation)];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void MapRoutes()
    {
        _app.MapPost("/token", (Delegate)HandleTokenAsync);
        _app.MapPost("/gmail/v1/users/{userId}/messages/send", (Delegate)((HttpContext c) => GmailAsync(c, "users.messages.send", SendAsync)));
        _app.MapGet("/gmail/v1/users/{userId}/messages", (Delegate)((HttpContext c) => GmailAsync(c, "users.messages.list", List)));
        _app.MapGet("/gmail/v1/users/{userId}/messages/{id}", (Delegate)((HttpContext c) => GmailAsync(c, "users.messages.get", Get)));
        _app.MapGet("/gmail/v1/users/{userId}/history", (Delegate)((HttpContext c) => GmailAsync(c, "users.history.list", History)));
        _app.MapGet("/gmail/v1/users/{userId}/profile", (Delegate)((HttpContext c) => GmailAsync(c, "users.getProfile", Profile)));
        _app.MapPost("/gmail/v1/users/{userId}/watch", (Delegate)((HttpContext c) => GmailAsync(c, "users.watch", WatchMailbox)));
        _app.MapPost("/gmail/v1/users/{userId}/stop", (Delegate)((HttpContext c) => GmailAsync(c, "users.stop", StopMailbox)));
        _app.MapPost("/revoke", (Delegate)HandleRevokeAsync);
        MapCalendarRoutes();
        MapPushRoutes();
        MapPeopleRoutes();
    }

    private async Task<(FakeFault? Fault, string Body)> BeginAsync(HttpContext context, string operation)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        _requests.Enqueue(new RecordedRequest(
            operation,
            context.Request.Method,
            context.Request.Path.Value!.TrimStart('/'),
            context.Request.Query.ToDictionary(q => q.Key, q => q.Value.Select(v => v ?? string.Empty).ToArray()),
            context.Request.Headers.Authorization.FirstOrDefault(),
            body));
        var fault = _faults.TryGetValue(operation, out var queue) && queue.TryDequeue(out var f) ? f : null;
        if (fault is { Delay: var delay } && delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, TimeProvider.System, context.RequestAborted);
        }

        return (fault, body);
    }

    private static ErrorResult Error(int status, string reason, string message, int? retryAfter = null) =>
        new ErrorResult(status, reason, message, retryAfter);

    private sealed class ErrorResult(int status, string reason, string message, int? retryAfter) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            if (retryAfter is { } seconds)
            {
                httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return Results.Json(new { error = new { code = status, message, status = reason.ToUpperInvariant(), errors = new[] { new { reason, message, domain = "global" } } } }, statusCode: status)
                .ExecuteAsync(httpContext);
        }
    }
}
