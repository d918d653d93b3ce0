namespace AutoMeet.Sequences.Distribution.Internal;

/// <summary>
/// A sorted list of send instants (ticks) that new sends must keep a gap from, with a "dense prefix": the leading run of gaps too short
/// to ever hold another send (shorter than twice the base gap), which searches skip.
/// </summary>
internal sealed class FenceList(long baseGap)
{
    private long[] _items = new long[8];
    private int _dense;

    public int Count { get; private set; }

    public long this[int index] => _items[index];

    /// <summary>Finds the earliest instant at or after <paramref name="desired"/> and before <paramref name="limit"/> at least <paramref name="gap"/> from every fence.</summary>
    public bool TryFit(long desired, long limit, long gap, out long result)
    {
        var items = _items;
        var count = Count;
        var p = LowerBound(desired + gap);
        if (p >= 1 && p < _dense)
        {
            p = _dense;
        }

        for (; ; p++)
        {
            var t = p > 0 ? Math.Max(desired, items[p - 1] + gap) : desired;
            if (t >= limit)
            {
                result = 0;
                return false;
            }

            if (p == count || t + gap <= items[p])
            {
                result = t;
                return true;
            }
        }
    }

    public void Insert(long value)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        var p = LowerBound(value);
        Array.Copy(_items, p, _items, p + 1, Count - p);
        _items[p] = value;
        Count++;
        if (p < _dense)
        {
            _dense = p;
        }

        _dense = Math.Max(_dense, 1);
        while (_dense < Count && _items[_dense] - _items[_dense - 1] < 2 * baseGap)
        {
            _dense++;
        }
    }

    private int LowerBound(long value)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_items[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
