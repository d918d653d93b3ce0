using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Text;
using AutoMeet.Storage.EFCore.Model;
using AutoMeet.Work;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;
using Npgsql;

namespace AutoMeet.Storage.EFCore.Stores;

/// <summary>
/// Builds the single-statement claim for a leased row type, with table and column names read from the EF model.
/// </summary>
/// <remarks>
/// PostgreSQL: a CTE selects the due ids <c>FOR UPDATE SKIP LOCKED</c> (evaluated once, rows locked by other
/// claimers skipped, and re-checked after a concurrent commit), then the same statement leases them and returns
/// them. SQLite: <c>UPDATE … WHERE id IN (SELECT … LIMIT n) RETURNING *</c>; SQLite runs one writer at a time, so
/// the statement is atomic.
/// </remarks>
internal sealed class ClaimSql
{
    private static readonly ConcurrentDictionary<(Type, StoreProvider, string?), ClaimSql> Cache = new();

    private readonly StoreProvider _provider;
    private readonly string _head;
    private readonly string _kindColumn;
    private readonly string _tail;
    private readonly Func<Instant, object> _instantToProvider;

    private ClaimSql(StoreProvider provider, string head, string kindColumn, string tail, Func<Instant, object> instantToProvider)
    {
        _provider = provider;
        _head = head;
        _kindColumn = kindColumn;
        _tail = tail;
        _instantToProvider = instantToProvider;
    }

    /// <summary>Gets the claim for a leased row type.</summary>
    /// <param name="db">The context (for the model and the provider).</param>
    /// <param name="onePerGroup">
    /// A property that groups rows (the outbox's mailbox): when given, the claim takes at most one row per group and
    /// none from a group that already has a row under a live lease. On PostgreSQL such claims must run serialized
    /// (the caller holds an advisory lock), because the in-flight check cannot lock rows it does not return.
    /// </param>
    public static ClaimSql For<TWork>(AutoMeetDbContext db, string? onePerGroup = null)
        where TWork : Entity<TWork>, ILeasedWork =>
        Cache.GetOrAdd((typeof(TWork), db.Provider, onePerGroup), static (key, context) => Create(key.Item1, key.Item3, context), db);

    public (string Sql, object[] Parameters) Build(LeaseClaim claim, Instant now, Instant expiresAt)
    {
        var parameters = new List<object>
        {
            Parameter("p_owner", claim.LeaseOwner),
            Parameter("p_expires", _instantToProvider(expiresAt)),
            Parameter("p_now", _instantToProvider(now)),
            Parameter("p_limit", claim.MaxItems),
        };

        var kinds = new StringBuilder();
        var distinctKinds = claim.Kinds.Distinct(StringComparer.Ordinal).ToList();
        if (distinctKinds.Count > 0)
        {
            kinds.Append(" AND ").Append(_kindColumn).Append(" IN (");
            for (var i = 0; i < distinctKinds.Count; i++)
            {
                var name = "p_kind" + i.ToString(CultureInfo.InvariantCulture);
                kinds.Append(i == 0 ? string.Empty : ", ").Append('@').Append(name);
                parameters.Add(Parameter(name, distinctKinds[i]));
            }

            kinds.Append(')');
        }

        return (_head + kinds + _tail, [.. parameters]);
    }

    private DbParameter Parameter(string name, object value) => _provider == StoreProvider.Sqlite
        ? new SqliteParameter(name, value)
        : new NpgsqlParameter(name, value);

    private static ClaimSql Create(Type workType, string? onePerGroup, AutoMeetDbContext db)
    {
        var entityType = db.Model.FindEntityType(workType)
            ?? throw new InvalidOperationException($"{workType.Name} is not part of the AutoMeet model.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        string Column(string property) => sql.DelimitIdentifier(entityType.FindProperty(property)!.GetColumnName(table)!);

        var tableName = sql.DelimitIdentifier(table.Name, table.Schema);
        var id = Column(nameof(IEntity<WorkItem>.Id));
        var due = Column(nameof(ILeasedWork.DueAt));
        var owner = Column(nameof(ILeasedWork.LeaseOwner));
        var expires = Column(nameof(ILeasedWork.LeaseExpiresAt));
        var attempts = Column(nameof(ILeasedWork.Attempts));
        var completed = Column(nameof(ILeasedWork.CompletedAt));
        var version = Column(nameof(IEntity<WorkItem>.Version));
        var updated = Column(nameof(IEntity<WorkItem>.UpdatedAt));

        var set = $"SET {owner} = @p_owner, {expires} = @p_expires, {attempts} = {attempts} + 1, {version} = {version} + 1, {updated} = @p_now";
        var due_ = $"SELECT {id} FROM {tableName} WHERE {completed} IS NULL AND {due} <= @p_now AND ({expires} IS NULL OR {expires} <= @p_now)";
        var order = $" ORDER BY {due}, {id} LIMIT @p_limit";

        var instantProperty = entityType.FindProperty(nameof(ILeasedWork.DueAt))!;
        var converter = instantProperty.GetTypeMapping().Converter;
        Func<Instant, object> toProvider = converter is null ? static i => i : i => converter.ConvertToProvider(i)!;

        if (onePerGroup is not null)
        {
            var group = Column(onePerGroup);
            var ranked = $"SELECT {id} FROM (SELECT {id}, {due}, ROW_NUMBER() OVER (PARTITION BY {group} ORDER BY {due}, {id}) AS automeet_rank FROM {tableName} AS c"
                + $" WHERE c.{completed} IS NULL AND c.{due} <= @p_now AND (c.{expires} IS NULL OR c.{expires} <= @p_now)";
            var inFlight = $" AND NOT EXISTS (SELECT 1 FROM {tableName} AS l WHERE l.{group} = c.{group} AND l.{completed} IS NULL AND l.{expires} > @p_now)"
                + $") AS ranked WHERE automeet_rank = 1{order}";
            return db.Provider == StoreProvider.PostgreSql
                ? new ClaimSql(
                    db.Provider,
                    $"WITH due AS ({ranked}",
                    "c." + Column(nameof(ILeasedWork.Kind)),
                    $"{inFlight}) UPDATE {tableName} AS w {set} FROM due WHERE w.{id} = due.{id} AND w.{completed} IS NULL AND (w.{expires} IS NULL OR w.{expires} <= @p_now) RETURNING w.*",
                    toProvider)
                : new ClaimSql(
                    db.Provider,
                    $"UPDATE {tableName} {set} WHERE {id} IN ({ranked}",
                    "c." + Column(nameof(ILeasedWork.Kind)),
                    $"{inFlight}) RETURNING *",
                    toProvider);
        }

        return db.Provider == StoreProvider.PostgreSql
            ? new ClaimSql(
                db.Provider,
                $"WITH due AS ({due_}",
                Column(nameof(ILeasedWork.Kind)),
                $"{order} FOR UPDATE SKIP LOCKED) UPDATE {tableName} AS w {set} FROM due WHERE w.{id} = due.{id} RETURNING w.*",
                toProvider)
            : new ClaimSql(
                db.Provider,
                $"UPDATE {tableName} {set} WHERE {id} IN ({due_}",
                Column(nameof(ILeasedWork.Kind)),
                $"{order}) RETURNING *",
                toProvider);
    }
}
