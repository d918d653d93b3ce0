using AutoMeet;
using AutoMeet.Storage;
using AutoMeet.Storage.EFCore;
using AutoMeet.Storage.EFCore.Internal;
using AutoMeet.Storage.EFCore.Model;
using AutoMeet.Storage.EFCore.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

#pragma warning disable IDE0130 // DI extensions live in the DI namespace so they show up without extra usings.
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Adds the Entity Framework Core store to AutoMeet.</summary>
public static class EntityFrameworkAutoMeetBuilderExtensions
{
    /// <summary>
    /// Stores AutoMeet's data with Entity Framework Core, in SQLite (the default) or PostgreSQL. Registers
    /// <see cref="IAutoMeetStore"/> (scoped, replacing any earlier registration) and
    /// <see cref="IAutoMeetStoreInitializer"/> (singleton; applies migrations). The store needs a
    /// <see cref="IClock"/> in the container, which <c>AddAutoMeet()</c> registers.
    /// </summary>
    /// <param name="builder">The AutoMeet builder.</param>
    /// <param name="configure">Configures <see cref="EntityFrameworkStoreOptions"/>; validated at start-up.</param>
    /// <returns>The same builder instance, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    public static IAutoMeetBuilder AddEntityFrameworkStore(this IAutoMeetBuilder builder, Action<EntityFrameworkStoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;

        services.AddOptions<EntityFrameworkStoreOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EntityFrameworkStoreOptions>, EntityFrameworkStoreOptionsValidator>());

        services.AddDbContext<SqliteAutoMeetDbContext>((provider, options) => ConfigureSqlite(provider, options));
        services.AddDbContext<PostgreSqlAutoMeetDbContext>((provider, options) => ConfigurePostgreSql(provider, options));
        services.Replace(ServiceDescriptor.Scoped<AutoMeetDbContext>(provider =>
            provider.GetRequiredService<IOptions<EntityFrameworkStoreOptions>>().Value.Provider == StoreProvider.PostgreSql
                ? provider.GetRequiredService<PostgreSqlAutoMeetDbContext>()
                : provider.GetRequiredService<SqliteAutoMeetDbContext>()));

        services.Replace(ServiceDescriptor.Scoped<IAutoMeetStore>(provider => new EntityFrameworkAutoMeetStore(
            provider.GetRequiredService<AutoMeetDbContext>(),
            provider.GetRequiredService<IClock>(),
            provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance,
            provider.GetService<AutoMeet.Events.IDomainEventNotifier>())));
        services.Replace(ServiceDescriptor.Singleton<IAutoMeetStoreInitializer>(provider => new EntityFrameworkStoreInitializer(
            provider.GetRequiredService<IServiceScopeFactory>(),
            provider.GetRequiredService<IOptions<EntityFrameworkStoreOptions>>(),
            provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance)));
        return builder;
    }

    private static void ConfigureSqlite(IServiceProvider provider, DbContextOptionsBuilder options)
    {
        var settings = provider.GetRequiredService<IOptions<EntityFrameworkStoreOptions>>().Value;
        options.UseSqlite(settings.ConnectionString, sqlite => sqlite.CommandTimeout(settings.CommandTimeoutSeconds));
    }

    private static void ConfigurePostgreSql(IServiceProvider provider, DbContextOptionsBuilder options)
    {
        var settings = provider.GetRequiredService<IOptions<EntityFrameworkStoreOptions>>().Value;
        options.UseNpgsql(settings.ConnectionString, npgsql => npgsql.UseNodaTime().CommandTimeout(settings.CommandTimeoutSeconds));
    }
}
