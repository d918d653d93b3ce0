using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AutoMeet.Storage.Conformance.Tests.InMemory;

/// <summary>Registers the in-memory reference store.</summary>
internal static class InMemoryServiceCollectionExtensions
{
    /// <summary>
    /// Registers one in-memory database (singleton), its initializer (singleton) and the store (scoped, one unit of work per scope).
    /// The store takes the current time from the registered NodaTime <see cref="NodaTime.IClock"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddInMemoryAutoMeetStore(this IServiceCollection services)
    {
        services.TryAddSingleton<InMemoryDatabase>();
        services.TryAddSingleton<IAutoMeetStoreInitializer, InMemoryStoreInitializer>();
        services.TryAddScoped<IAutoMeetStore, InMemoryAutoMeetStore>();
        return services;
    }
}
