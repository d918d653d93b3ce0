using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AutoMeet.Storage.EFCore.Model;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AutoMeet.Storage.EFCore.Tests.Infrastructure;

/// <summary>
/// A uniquely named PostgreSQL database for one test, copied from a template database that is migrated once (and
/// reused by later runs while the migrations are unchanged). Dropped on dispose.
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable
{
    private static readonly SemaphoreSlim CreateLock = new(1, 1);
    private static Task<string>? _template;
    private static int _counter;

    private PostgresDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>Creates an empty, migrated database (from the template) or, with <paramref name="migrated"/> false, a blank one.</summary>
    public static async Task<PostgresDatabase> CreateAsync(bool migrated = true)
    {
        var server = PostgresTestSettings.RequireConnectionString();
        var template = migrated ? await (_template ??= CreateTemplateAsync(server)).ConfigureAwait(false) : null;
        var name = string.Create(CultureInfo.InvariantCulture, $"automeet_t_{Environment.ProcessId}_{Interlocked.Increment(ref _counter)}_{Guid.NewGuid():N}")[..50];
        await CreateLock.WaitAsync().ConfigureAwait(false);
        try
        {
            await ExecuteAsync(server, template is null ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"").ConfigureAwait(false);
        }
        finally
        {
            CreateLock.Release();
        }

        return new PostgresDatabase(name, For(server, name));
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(PostgresTestSettings.RequireConnectionString(), $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)").ConfigureAwait(false);
    }

    private static async Task<string> CreateTemplateAsync(string server)
    {
        // Named after the migrations, so a run reuses the template of an earlier run unless the migrations changed.
        var options = new DbContextOptionsBuilder<PostgreSqlAutoMeetDbContext>().UseNpgsql(server, o => o.UseNodaTime()).Options;
        string[] migrations;
        await using (var probe = new PostgreSqlAutoMeetDbContext(options))
        {
            migrations = [.. probe.Database.GetMigrations()];
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("|", migrations))))[..16];
        var template = $"automeet_tpl_{hash}";
        if (await ExistsAsync(server, template).ConfigureAwait(false))
        {
            return template;
        }

        // Build under a temporary name and rename at the end, so a half-migrated template is never reused.
        var building = $"{template}_{Guid.NewGuid():N}"[..50];
        await ExecuteAsync(server, $"CREATE DATABASE \"{building}\"").ConfigureAwait(false);
        var buildingOptions = new DbContextOptionsBuilder<PostgreSqlAutoMeetDbContext>()
            .UseNpgsql(For(server, building, pooling: false), o => o.UseNodaTime()).Options;
        await using (var context = new PostgreSqlAutoMeetDbContext(buildingOptions))
        {
            await context.Database.MigrateAsync().ConfigureAwait(false);
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            await ExecuteAsync(server, $"ALTER DATABASE \"{building}\" RENAME TO \"{template}\"").ConfigureAwait(false);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{building}\" WITH (FORCE)").ConfigureAwait(false); // another run won
        }

        return template;
    }

    private static async Task<bool> ExistsAsync(string server, string database)
    {
        await using var connection = new NpgsqlConnection(For(server, null, pooling: false));
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", database);
        return await command.ExecuteScalarAsync().ConfigureAwait(false) is not null;
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(For(server, null, pooling: false));
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private static string For(string server, string? database, bool pooling = true)
    {
        var builder = new NpgsqlConnectionStringBuilder(server) { Pooling = pooling };
        if (database is not null)
        {
            builder.Database = database;
        }

        return builder.ConnectionString;
    }
}
