using AutoMeet.Storage.EFCore.Internal;
using AutoMeet.Storage.EFCore.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AutoMeet.Storage.EFCore.Tests.DependencyInjection;

public sealed class EntityFrameworkAutoMeetBuilderExtensionsTests
{
    [Fact]
    public async Task AddEntityFrameworkStore_Sqlite_RegistersScopedStoreAndSingletonInitializer()
    {
        using var database = new SqliteDatabase();
        await using var host = new StoreHost(StoreProvider.Sqlite, database.ConnectionString);

        await using var first = host.Services.CreateAsyncScope();
        await using var second = host.Services.CreateAsyncScope();
        var store = first.ServiceProvider.GetRequiredService<IAutoMeetStore>();

        Assert.Same(store, first.ServiceProvider.GetRequiredService<IAutoMeetStore>());
        Assert.NotSame(store, second.ServiceProvider.GetRequiredService<IAutoMeetStore>());
        Assert.Same(host.Services.GetRequiredService<IAutoMeetStoreInitializer>(), host.Services.GetRequiredService<IAutoMeetStoreInitializer>());
    }

    [Fact]
    public void AddEntityFrameworkStore_CalledTwice_KeepsOneStoreRegistration()
    {
        var services = new ServiceCollection();
        var builder = new TestBuilder(services);

        builder.AddEntityFrameworkStore(o => o.ConnectionString = "Data Source=a.db");
        builder.AddEntityFrameworkStore(o => o.ConnectionString = "Data Source=b.db");

        Assert.Single(services, d => d.ServiceType == typeof(IAutoMeetStore));
        Assert.Single(services, d => d.ServiceType == typeof(IAutoMeetStoreInitializer));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<EntityFrameworkStoreOptions>));
    }

    [Fact]
    public void AddEntityFrameworkStore_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => EntityFrameworkAutoMeetBuilderExtensions.AddEntityFrameworkStore(null!, _ => { }));
        Assert.Throws<ArgumentNullException>(() => new TestBuilder(new ServiceCollection()).AddEntityFrameworkStore(null!));
    }

    [Fact]
    public void Options_Defaults_AreSqliteMigrateAnd30Seconds()
    {
        var options = new EntityFrameworkStoreOptions();

        Assert.Equal(StoreProvider.Sqlite, options.Provider);
        Assert.True(options.MigrateOnInitialize);
        Assert.Equal(30, options.CommandTimeoutSeconds);
        Assert.Null(options.ConnectionString);
    }

    [Fact]
    public void Validate_MissingConnectionString_FailsNamingTheSetting()
    {
        var result = new EntityFrameworkStoreOptionsValidator().Validate(null, new EntityFrameworkStoreOptions { ConnectionString = " " });

        Assert.True(result.Failed);
        Assert.Contains("EntityFrameworkStoreOptions.ConnectionString is required.", result.Failures!);
    }

    [Fact]
    public void Validate_NonPositiveTimeout_FailsNamingTheSetting()
    {
        var result = new EntityFrameworkStoreOptionsValidator().Validate(null, new EntityFrameworkStoreOptions { ConnectionString = "Data Source=x.db", CommandTimeoutSeconds = 0 });

        Assert.Contains("EntityFrameworkStoreOptions.CommandTimeoutSeconds must be greater than zero; got 0.", result.Failures!);
    }

    [Fact]
    public void Validate_UnknownProvider_FailsNamingTheSetting()
    {
        var result = new EntityFrameworkStoreOptionsValidator().Validate(null, new EntityFrameworkStoreOptions { ConnectionString = "Data Source=x.db", Provider = (StoreProvider)7 });

        Assert.Contains(result.Failures!, f => f.StartsWith("EntityFrameworkStoreOptions.Provider '7'", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_MissingConnectionString_ThrowsOptionsValidationException()
    {
        var services = new ServiceCollection();
        new TestBuilder(services).AddEntityFrameworkStore(_ => { });
        using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<EntityFrameworkStoreOptions>>().Value);
        Assert.Contains("EntityFrameworkStoreOptions.ConnectionString is required.", exception.Failures);
    }
}
