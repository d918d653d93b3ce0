using AutoMeet.Storage.EFCore.Model;
using AutoMeet.Storage.EFCore.Stores;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AutoMeet.Storage.EFCore.Internal;

/// <summary>
/// Prepares the database: on SQLite creates the folder of the database file and switches it to WAL; applies
/// pending migrations when <see cref="EntityFrameworkStoreOptions.MigrateOnInitialize"/> is set. EF Core takes a
/// migration lock, so several processes may initialize at once.
/// </summary>
internal sealed class EntityFrameworkStoreInitializer(
    IServiceScopeFactory scopeFactory,
    IOptions<EntityFrameworkStoreOptions> options,
    ILoggerFactory loggerFactory) : IAutoMeetStoreInitializer
{
    private readonly ILogger _logger = loggerFactory.CreateLogger("AutoMeet.Storage.EFCore");

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (settings.Provider == StoreProvider.Sqlite)
        {
            EnsureSqliteFolder(settings.ConnectionString!);
        }

        var scope = scopeFactory.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var db = scope.ServiceProvider.GetRequiredService<AutoMeetDbContext>();
            if (settings.MigrateOnInitialize)
            {
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).Count();
                if (pending > 0)
                {
                    await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
                    StoreLog.MigrationsApplied(_logger, pending, settings.Provider);
                }
                else
                {
                    StoreLog.SchemaUpToDate(_logger, settings.Provider);
                }

                // Campaigns without a complete hourly event rollup (older data, plain-SQL imports, deleted events) get one.
                await EventRollupRebuilder.RebuildStaleAsync(db, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                StoreLog.MigrationsSkipped(_logger, settings.Provider);
            }

            if (settings.Provider == StoreProvider.Sqlite)
            {
                // WAL lets readers run while one writer writes; it is a property of the file, so set it once here.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrWhiteSpace(dataSource)
            || dataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase)
            || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
            StoreLog.SqliteFolderCreated(_logger);
        }
    }
}
