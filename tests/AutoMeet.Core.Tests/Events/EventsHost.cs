using AutoMeet.Events;
using AutoMeet.Storage;
using AutoMeet.Storage.Conformance.Tests.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace AutoMeet.Core.Tests.Events;

/// <summary>AutoMeet with the in-memory store and a fake clock, for the event stream and the webhooks.</summary>
internal sealed class EventsHost : IAsyncDisposable
{
    public EventsHost(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddAutoMeet();
        services.AddInMemoryAutoMeetStore();
        configure?.Invoke(services);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero));

    public Instant Now => Instant.FromDateTimeOffset(Time.GetUtcNow());

    public ServiceProvider Services { get; }

    public IDomainEventStream Stream => Services.GetRequiredService<IDomainEventStream>();

    public static DomainEvent Event(string type, UserId owner, Id<AutoMeet.Campaigns.Campaign>? campaign = null, Id<AutoMeet.Prospects.Prospect>? prospect = null) => new()
    {
        Type = type,
        OccurredAt = Instant.FromUtc(2026, 11, 2, 8, 0),
        OwnerId = owner,
        CampaignId = campaign,
        ProspectId = prospect,
        EntityType = "Test",
        EntityId = Guid.NewGuid().ToString(),
        Payload = "{\"n\":1}",
    };

    public async Task<DomainEvent> AppendAsync(DomainEvent domainEvent)
    {
        await InStoreAsync(s => s.DomainEvents.AppendAsync(domainEvent));
        return domainEvent;
    }

    /// <summary>Appends as another process would: straight to the shared database, with no in-process signal.</summary>
    public async Task<DomainEvent> AppendFromAnotherProcessAsync(DomainEvent domainEvent)
    {
        var store = new InMemoryAutoMeetStore(Services.GetRequiredService<InMemoryDatabase>(), Services.GetRequiredService<IClock>(), notifier: null);
        await store.DomainEvents.AppendAsync(domainEvent);
        return domainEvent;
    }

    public async Task<T> InStoreAsync<T>(Func<IAutoMeetStore, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IAutoMeetStore>());
    }

    public async Task InStoreAsync(Func<IAutoMeetStore, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<IAutoMeetStore>());
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
