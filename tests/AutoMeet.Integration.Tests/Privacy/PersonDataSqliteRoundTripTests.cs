using AutoMeet.Core.Tests.Privacy;
using AutoMeet.Storage;
using AutoMeet.Storage.EFCore;
using AutoMeet.Storage.EFCore.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace AutoMeet.Integration.Tests.Privacy;

/// <summary>The GDPR export and erasure round trip on real SQLite and PostgreSQL databases through the EF Core store.</summary>
public sealed class PersonDataSqliteRoundTripTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 2, 10, 0);

    [Fact]
    public async Task EraseAsync_SqliteStoreRoundTrip_NothingRemainsButTheSuppressionHash()
    {
        using var database = new SqliteDatabase();
        await using var provider = await StartAsync(StoreProvider.Sqlite, database.ConnectionString);

        await PersonDataRoundTrip.RunAsync(provider, Now, () => DumpAsync(database.ConnectionString));
    }

    [PostgresFact]
    [Trait("Category", "PostgreSql")]
    public async Task EraseAsync_PostgreSqlStoreRoundTrip_NothingRemainsButTheSuppressionHash()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var provider = await StartAsync(StoreProvider.PostgreSql, database.ConnectionString);

        await PersonDataRoundTrip.RunAsync(provider, Now, () => DumpPostgresAsync(database.ConnectionString));
    }

    private static async Task<ServiceProvider> StartAsync(StoreProvider store, string connectionString)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now.ToDateTimeOffset()));
        services.AddAutoMeet().AddEntityFrameworkStore(o =>
        {
            o.Provider = store;
            o.ConnectionString = connectionString;
        });
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await provider.GetRequiredService<IAutoMeetStoreInitializer>().InitializeAsync();
        return provider;
    }

    /// <summary>Every row of every table of the schema, as "table|{row as JSON}".</summary>
    private static async Task<IReadOnlyList<string>> DumpPostgresAsync(string connectionString)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new Npgsql.NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Contains(tables, t => t.Contains("audit", StringComparison.OrdinalIgnoreCase));
        var rows = new List<string>();
        foreach (var table in tables)
        {
            await using var select = new Npgsql.NpgsqlCommand($"SELECT row_to_json(t)::text FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\" t", connection);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add($"{table}|{reader.GetString(0)}");
            }
        }

        return rows;
    }

    /// <summary>Every row of every table of the database, as "table|col=value|…", blobs read as UTF-8.</summary>
    private static async Task<IReadOnlyList<string>> DumpAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Contains(tables, t => t.Contains("audit", StringComparison.OrdinalIgnoreCase));
        var rows = new List<string>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var cells = Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i)
                    ? string.Empty
                    : reader.GetValue(i) is byte[] bytes ? System.Text.Encoding.UTF8.GetString(bytes) : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture));
                rows.Add($"{table}|{string.Join('|', cells)}");
            }
        }

        return rows;
    }
}
