using System.Collections.Concurrent;
using NodaTime;

namespace AutoMeet.Enrichment;

/// <summary>
/// A small thread-safe cache whose entries expire at an instant read from the injected <see cref="IClock"/>.
/// When it holds more than its capacity, expired entries are dropped first, then the entries closest to expiry.
/// </summary>
internal sealed class ExpiringCache<TKey, TValue>(IClock clock, int capacity, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, (TValue Value, Instant ExpiresAt)> _entries = new(comparer);

    public int Count => _entries.Count;

    public bool TryGet(TKey key, out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            if (entry.ExpiresAt > clock.GetCurrentInstant())
            {
                value = entry.Value;
                return true;
            }

            _entries.TryRemove(new KeyValuePair<TKey, (TValue, Instant)>(key, entry));
        }

        value = default!;
        return false;
    }

    public void Set(TKey key, TValue value, Duration lifetime)
    {
        if (lifetime <= Duration.Zero)
        {
            return;
        }

        _entries[key] = (value, clock.GetCurrentInstant() + lifetime);
        if (_entries.Count > capacity)
        {
            Trim();
        }
    }

    private void Trim()
    {
        var now = clock.GetCurrentInstant();
        foreach (var (key, entry) in _entries)
        {
            if (entry.ExpiresAt <= now)
            {
                _entries.TryRemove(key, out _);
            }
        }

        var excess = _entries.Count - capacity;
        if (excess <= 0)
        {
            return;
        }

        foreach (var (key, _) in _entries.OrderBy(e => e.Value.ExpiresAt).Take(excess).ToList())
        {
            _entries.TryRemove(key, out _);
        }
    }
}
