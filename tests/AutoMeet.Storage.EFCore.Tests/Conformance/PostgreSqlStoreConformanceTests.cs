using AutoMeet.Storage.Conformance;
using AutoMeet.Storage.EFCore.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AutoMeet.Storage.EFCore.Tests.Conformance;

/// <summary>
/// Runs the store conformance suite on PostgreSQL: a database per test, copied from a migrated template. Needs
/// <c>AUTOMEET_TEST_POSTGRES</c>: without it the suite is skipped locally and fails on CI (<c>CI=true</c>).
/// </summary>
[Trait("Category", "PostgreSql")]
[RequiresPostgres]
public sealed class PostgreSqlStoreConformanceTests : StoreConformanceTests
{
    private PostgresDatabase? _database;

    protected override async Task InitializeStoreAsync() => _database = await PostgresDatabase.CreateAsync();

    protected override void ConfigureStore(IServiceCollection services) =>
        new TestBuilder(services).AddEntityFrameworkStore(o =>
        {
            o.Provider = StoreProvider.PostgreSql;
            o.ConnectionString = _database!.ConnectionString;
        });

    protected override async Task DisposeStoreAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
