using AutoMeet.Webhooks;
using NodaTime;

namespace AutoMeet.Storage.Conformance;

public abstract partial class StoreConformanceTests
{
    /// <summary>A cursor is found by name, updated with optimistic concurrency, and its name is unique.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task FindCursorAsync_StoredCursor_RoundTripsAndGuardsVersionAndName()
    {
        var name = "hook-" + ConformanceData.Unique();
        var cursor = new WebhookCursor { SubscriptionName = name, Position = 7 };
        await InNewScopeAsync(s => s.Webhooks.AddAsync(cursor));

        var found = await InNewScopeAsync(s => s.Webhooks.FindCursorAsync(name));
        Assert.NotNull(found);
        Assert.Equal(7, found.Position);
        Assert.Null(await InNewScopeAsync(s => s.Webhooks.FindCursorAsync("other-" + name)));

        var stale = await InNewScopeAsync(s => s.Webhooks.FindCursorAsync(name));
        found.Position = 9;
        found.FailedAttempts = 2;
        found.NextAttemptAt = Now + Duration.FromMinutes(1);
        await InNewScopeAsync(s => s.Webhooks.UpdateAsync(found));
        stale!.LeaseExpiresAt = Now + Duration.FromMinutes(2);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => InNewScopeAsync(s => s.Webhooks.UpdateAsync(stale)));

        var reread = await InNewScopeAsync(s => s.Webhooks.FindCursorAsync(name));
        Assert.Equal(9, reread!.Position);
        Assert.Equal(2, reread.FailedAttempts);
        Assert.Equal(Now + Duration.FromMinutes(1), reread.NextAttemptAt);
        Assert.Null(reread.LeaseExpiresAt);
        await Assert.ThrowsAsync<DuplicateEntityException>(() => InNewScopeAsync(s => s.Webhooks.AddAsync(new WebhookCursor { SubscriptionName = name })));
    }

    /// <summary>Delivery attempts are listed per subscription, newest event first, then by attempt descending.</summary>
    /// <returns>A task that completes when the test has run.</returns>
    [ConformanceFact]
    public async Task ListAttemptsAsync_StoredAttempts_NewestFirstPerSubscription()
    {
        var name = "hook-" + ConformanceData.Unique();
        await InNewScopeAsync(s => s.Webhooks.AddAttemptAsync(Attempt(name, 3, 1, WebhookDeliveryStatus.Failed, 500)));
        await InNewScopeAsync(s => s.Webhooks.AddAttemptAsync(Attempt(name, 3, 2, WebhookDeliveryStatus.Delivered, 204)));
        await InNewScopeAsync(s => s.Webhooks.AddAttemptAsync(Attempt(name, 5, 1, WebhookDeliveryStatus.DeadLettered, null)));
        await InNewScopeAsync(s => s.Webhooks.AddAttemptAsync(Attempt("other-" + name, 5, 1, WebhookDeliveryStatus.Delivered, 200)));

        var attempts = await InNewScopeAsync(s => s.Webhooks.ListAttemptsAsync(name, PageRequest.First));

        Assert.Equal([(5L, 1), (3L, 2), (3L, 1)], attempts.Select(a => (a.EventPosition, a.Attempt)));
        Assert.Equal(WebhookDeliveryStatus.DeadLettered, attempts[0].Status);
        Assert.Null(attempts[0].StatusCode);
        Assert.Equal("HTTP 500", attempts[2].Error);
        Assert.Equal(500, attempts[2].StatusCode);
        Assert.Equal(Duration.FromMilliseconds(120), attempts[2].Elapsed);
        Assert.Single(await InNewScopeAsync(s => s.Webhooks.ListAttemptsAsync(name, new PageRequest(2, 10))));
    }

    private WebhookDeliveryAttempt Attempt(string name, long position, int attempt, WebhookDeliveryStatus status, int? code) => new()
    {
        SubscriptionName = name,
        EventPosition = position,
        EventType = "meeting.booked",
        Attempt = attempt,
        AttemptedAt = Now,
        Status = status,
        StatusCode = code,
        Error = code is >= 300 ? $"HTTP {code}" : code is null ? "HttpRequestException" : null,
        Elapsed = Duration.FromMilliseconds(120),
    };
}
