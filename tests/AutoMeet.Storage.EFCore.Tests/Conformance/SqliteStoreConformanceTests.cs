using AutoMeet.Storage.Conformance;
using AutoMeet.Storage.EFCore.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AutoMeet.Storage.EFCore.Tests.Conformance;

/// <summary>Runs the store conformance suite on SQLite: a fresh database file per test.</summary>
#pragma warning disable CA1001 // The database is deleted in DisposeStoreAsync, which xUnit's IAsyncLifetime runs after each test.
public sealed class SqliteStoreConformanceTests : StoreConformanceTests
{
    private readonly SqliteDatabase _database = new();

    protected override void ConfigureStore(IServiceCollection services) =>
        new TestBuilder(services).AddEntityFrameworkStore(o =>
        {
            o.Provider = StoreProvider.Sqlite;
            o.ConnectionString = _database.ConnectionString;
        });

    protected override Task DisposeStoreAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }
}
#pragma warning restore CA1001
