using System.Buffers;

namespace AutoMeet.Scheduling.Internal;

/// <summary>
/// The candidate starts of one question, as arithmetic runs (one per working interval: first start, count, slot
/// interval), plus a difference array over their global index. Every constraint (busy time widened by buffers,
/// another participant's off time, a full day or week) is a range of blocked starts, marked in O(log runs) with
/// no sorting of busy time; one prefix sum at the end leaves the starts with no mark. Scratch memory is pooled.
/// </summary>
internal struct SlotGrid : IDisposable
{
    private const int BucketShift = 35; // 2^35 ticks ≈ 57 minutes per lookup bucket.

    private readonly long _interval;
    private readonly double _intervalAsDouble;
    private readonly long _origin;
    private readonly int _bucketCount;
    private PooledList<Run> _runs;
    private long[] _maxLast;
    private int[] _marks;
    private int[] _buckets;

    public SlotGrid(WorkingSchedule schedule, long lower, long upper, long duration, long interval)
    {
        _interval = interval;
        _intervalAsDouble = interval;
        _runs = new PooledList<Run>(64);
        var intervals = new PooledList<TickInterval>(64);
        try
        {
            WorkingHoursEnforcer.Collect(schedule, lower, upper, ref intervals);
            foreach (var w in intervals.Span)
            {
                var last = Math.Min(w.End - duration, upper);
                if (last < lower || last < w.Start)
                {
                    continue;
                }

                var k0 = lower > w.Start ? (lower - w.Start + interval - 1) / interval : 0;
                var k1 = (last - w.Start) / interval;
                if (k1 >= k0)
                {
                    var first = w.Start + k0 * interval;
                    _runs.Add(new Run(first, first + (k1 - k0) * interval, checked((int)(k1 - k0 + 1)), 0));
                }
            }
        }
        finally
        {
            intervals.Dispose();
        }

        var runs = _runs.Span;
        SortByFirst(runs);
        _maxLast = ArrayPool<long>.Shared.Rent(Math.Max(runs.Length, 1));
        var count = 0;
        var maxLast = long.MinValue;
        for (var j = 0; j < runs.Length; j++)
        {
            Overlapping |= runs[j].First <= maxLast;
            runs[j] = runs[j] with { Base = count };
            count += runs[j].Count;
            maxLast = Math.Max(maxLast, runs[j].Last);
            _maxLast[j] = maxLast;
        }

        Count = count;
        _marks = ArrayPool<int>.Shared.Rent(count + 1);
        Array.Clear(_marks, 0, count + 1);

        // Bucket b holds the first run whose running maximum of last starts reaches the bucket's start, so a busy
        // interval finds its first run in O(1) instead of a binary search.
        _origin = runs.Length == 0 ? 0 : runs[0].First;
        _bucketCount = runs.Length == 0 ? 0 : checked((int)((maxLast - _origin) >> BucketShift) + 1);
        _buckets = ArrayPool<int>.Shared.Rent(Math.Max(_bucketCount, 1));
        for (int b = 0, j = 0; b < _bucketCount; b++)
        {
            var bucketStart = _origin + ((long)b << BucketShift);
            while (j < runs.Length && _maxLast[j] < bucketStart)
            {
                j++;
            }

            _buckets[b] = j;
        }
    }

    /// <summary>Gets the number of candidate starts.</summary>
    public int Count { get; }

    /// <summary>Gets a value indicating whether runs overlap (overlapping ranges), so the output needs sorting and de-duplication.</summary>
    public bool Overlapping { get; }

    /// <summary>Adds <paramref name="delta"/> to every candidate start in <c>[lo, hi)</c>.</summary>
    /// <param name="lo">The first start, in ticks.</param>
    /// <param name="hi">The end (exclusive), in ticks.</param>
    /// <param name="delta">+1 to block, −1 to unblock.</param>
    public readonly void Mark(long lo, long hi, int delta)
    {
        var runs = _runs.Span;
        if (hi <= lo || runs.Length == 0)
        {
            return;
        }

        // First run whose running maximum of last starts reaches lo (runs are sorted by first start).
        var a = 0;
        if (lo > _origin)
        {
            var bucket = (lo - _origin) >> BucketShift;
            if (bucket >= _bucketCount)
            {
                return;
            }

            a = _buckets[bucket];
            var maxLast = _maxLast;
            while (a < runs.Length && maxLast[a] < lo)
            {
                a++;
            }
        }

        var marks = _marks;
        for (var j = a; j < runs.Length; j++)
        {
            ref readonly var run = ref runs[j];
            if (run.First >= hi)
            {
                break;
            }

            if (run.Last < lo)
            {
                continue;
            }

            // Quotients of integers below 2^53 by the interval: exact in double (no 64-bit integer division).
            var k0 = lo <= run.First ? 0 : (int)Math.Ceiling((lo - run.First) / _intervalAsDouble);
            var k1 = hi > run.Last ? run.Count - 1 : (int)Math.Floor((hi - 1 - run.First) / _intervalAsDouble);
            if (k0 <= k1)
            {
                marks[run.Base + k0] += delta;
                marks[run.Base + k1 + 1] -= delta;
            }
        }
    }

    /// <summary>Marks every candidate start.</summary>
    /// <param name="delta">The mark.</param>
    public readonly void MarkAll(int delta)
    {
        _marks[0] += delta;
        _marks[Count] -= delta;
    }

    /// <summary>Appends the unmarked starts to <paramref name="output"/>, by start, without duplicates.</summary>
    /// <param name="output">The output.</param>
    public readonly void CollectFree(ref PooledList<long> output)
    {
        var runs = _runs.Span;
        var marks = _marks;
        var interval = _interval;
        var running = 0;
        var from = output.Count;
        foreach (ref readonly var run in runs)
        {
            var start = run.First;
            var end = run.Base + run.Count;
            for (var i = run.Base; i < end; i++, start += interval)
            {
                running += marks[i];
                if (running == 0)
                {
                    output.Add(start);
                }
            }
        }

        if (Overlapping)
        {
            var added = output.Span[from..];
            added.Sort();
            var n = added.Length == 0 ? 0 : 1;
            for (var i = 1; i < added.Length; i++)
            {
                if (added[i] != added[n - 1])
                {
                    added[n++] = added[i];
                }
            }

            while (output.Count > from + n)
            {
                output.RemoveLast();
            }
        }
    }

    public void Dispose()
    {
        _runs.Dispose();
        if (_maxLast is not null)
        {
            ArrayPool<long>.Shared.Return(_maxLast);
            ArrayPool<int>.Shared.Return(_marks);
            ArrayPool<int>.Shared.Return(_buckets);
            _maxLast = null!;
            _marks = null!;
            _buckets = null!;
        }
    }

    private static void SortByFirst(Span<Run> runs)
    {
        for (var i = 1; i < runs.Length; i++)
        {
            var x = runs[i];
            var j = i - 1;
            while (j >= 0 && runs[j].First > x.First)
            {
                runs[j + 1] = runs[j];
                j--;
            }

            runs[j + 1] = x;
        }
    }

    /// <summary>One arithmetic run of candidate starts.</summary>
    /// <param name="First">The first start.</param>
    /// <param name="Last">The last start.</param>
    /// <param name="Count">How many starts.</param>
    /// <param name="Base">The global index of the first start.</param>
    private readonly record struct Run(long First, long Last, int Count, int Base);
}
