using AutoMeet.Storage.EFCore.Model;
using AutoMeet.Storage.EFCore.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AutoMeet.Storage.EFCore.Tests.Migrations;

public sealed class MigrationTests
{
    [Fact]
    public async Task SqliteModel_ComparedToMigrations_HasNoPendingChanges()
    {
        using var database = new SqliteDatabase();
        await using var context = new SqliteAutoMeetDbContext(
            new DbContextOptionsBuilder<SqliteAutoMeetDbContext>().UseSqlite(database.ConnectionString).Options);

        Assert.False(context.Database.HasPendingModelChanges(), "The model changed without a SQLite migration: run dotnet ef migrations add for SqliteAutoMeetDbContext.");
    }

    [Fact]
    public async Task PostgreSqlModel_ComparedToMigrations_HasNoPendingChanges()
    {
        // No server is contacted: the comparison is between the model and the last migration's snapshot.
        await using var context = new PostgreSqlAutoMeetDbContext(
            new DbContextOptionsBuilder<PostgreSqlAutoMeetDbContext>().UseNpgsql("Host=unused", o => o.UseNodaTime()).Options);

        Assert.False(context.Database.HasPendingModelChanges(), "The model changed without a PostgreSQL migration: run dotnet ef migrations add for PostgreSqlAutoMeetDbContext.");
    }

    [Fact]
    public async Task InitializeAsync_FreshSqliteFileInMissingFolder_CreatesFolderFileAndSchema()
    {
        using var database = new SqliteDatabase();
        Assert.False(Directory.Exists(Path.GetDirectoryName(database.FilePath)));
        await using var host = new StoreHost(StoreProvider.Sqlite, database.ConnectionString);

        await host.InitializeAsync();

        Assert.True(File.Exists(database.FilePath));
        var applied = await host.WithContextAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).ToList());
        Assert.Equal(await host.WithContextAsync(db => Task.FromResult(db.Database.GetMigrations().ToList())), applied);
        Assert.NotEmpty(applied);
    }

    [Fact]
    public async Task InitializeAsync_CalledTwiceOnSqlite_LeavesCurrentSchemaAsItIs()
    {
        using var database = new SqliteDatabase();
        await using var host = new StoreHost(StoreProvider.Sqlite, database.ConnectionString);

        await host.InitializeAsync();
        await host.InitializeAsync();

        Assert.Empty(await host.WithContextAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList()));
    }

    [Fact]
    public async Task InitializeAsync_Sqlite_SwitchesFileToWriteAheadLog()
    {
        using var database = new SqliteDatabase();
        await using var host = new StoreHost(StoreProvider.Sqlite, database.ConnectionString);

        await host.InitializeAsync();

        var mode = await host.WithContextAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync());
        Assert.Equal("wal", Assert.Single(mode));
    }

    [PostgresFact]
    [Trait("Category", "PostgreSql")]
    public async Task InitializeAsync_FreshPostgreSqlDatabase_AppliesEveryMigration()
    {
        await using var database = await PostgresDatabase.CreateAsync(migrated: false);
        await using var host = new StoreHost(StoreProvider.PostgreSql, database.ConnectionString);

        await host.InitializeAsync();
        await host.InitializeAsync();

        var applied = await host.WithContextAsync(async db => (await db.Database.GetAppliedMigrationsAsync()).ToList());
        Assert.Equal(await host.WithContextAsync(db => Task.FromResult(db.Database.GetMigrations().ToList())), applied);
        Assert.NotEmpty(applied);
    }
}
