using AutoMeet.Work;
using NodaTime;

namespace AutoMeet.Storage.Conformance.Tests.InMemory;

/// <summary>Implements the lease operations of <see cref="ILeasedWorkStore{TWork}"/> over a table, for both leased stores.</summary>
internal static class LeasedWork
{
    public static IReadOnlyList<T> Claim<T>(Table<T> table, LeaseClaim claim, Instant now, Func<T, bool>? eligible = null)
        where T : class, IEntity<T>, ILeasedWork
    {
        var due = table.Rows
            .Where(r => r.CompletedAt is null && r.DueAt <= now && !IsLeased(r, now))
            .Where(r => eligible is null || eligible(r))
            .Where(r => claim.Kinds.Count == 0 || claim.Kinds.Contains(r.Kind))
            .OrderBy(r => r.DueAt)
            .ThenBy(r => r.Id)
            .Take(claim.MaxItems)
            .ToList();
        return [.. due.Select(row => Change(table, row, now, r =>
        {
            r.LeaseOwner = claim.LeaseOwner;
            r.LeaseExpiresAt = now + claim.LeaseDuration;
            r.Attempts++;
        }))];
    }

    public static bool Complete<T>(Table<T> table, Id<T> id, string leaseOwner, Instant now, Action<T>? also = null)
        where T : class, IEntity<T>, ILeasedWork =>
        IfHeld(table, id, leaseOwner, now, r =>
        {
            also?.Invoke(r);
            r.CompletedAt = now;
            Release(r);
        });

    public static bool RetryLater<T>(Table<T> table, Id<T> id, string leaseOwner, Instant now, Instant dueAt, string? error)
        where T : class, IEntity<T>, ILeasedWork =>
        IfHeld(table, id, leaseOwner, now, r =>
        {
            r.DueAt = dueAt;
            r.LastError = error;
            Release(r);
        });

    public static bool Renew<T>(Table<T> table, Id<T> id, string leaseOwner, Instant now, Duration leaseDuration)
        where T : class, IEntity<T>, ILeasedWork =>
        IfHeld(table, id, leaseOwner, now, r => r.LeaseExpiresAt = now + leaseDuration);

    private static bool IsLeased(ILeasedWork row, Instant now) => row.LeaseOwner is not null && row.LeaseExpiresAt > now;

    private static void Release(ILeasedWork row)
    {
        row.LeaseOwner = null;
        row.LeaseExpiresAt = null;
    }

    private static bool IfHeld<T>(Table<T> table, Id<T> id, string leaseOwner, Instant now, Action<T> change)
        where T : class, IEntity<T>, ILeasedWork
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(leaseOwner);
        var row = table.Get(id);
        if (row is null || row.CompletedAt is not null || row.LeaseOwner != leaseOwner || !IsLeased(row, now))
        {
            return false;
        }

        Change(table, row, now, change);
        return true;
    }

    private static T Change<T>(Table<T> table, T row, Instant now, Action<T> change)
        where T : class, IEntity<T>
    {
        var changed = EntityCopy.Of(row);
        change(changed);
        changed.Version++; // every lease operation is a write: a copy read before it must not overwrite it
        changed.UpdatedAt = now;

        table.Put(changed);
        return EntityCopy.Of(changed);
    }
}
