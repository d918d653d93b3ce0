using System.Buffers;

namespace AutoMeet.Scheduling.Internal;

/// <summary>A growable list over arrays rented from <see cref="ArrayPool{T}.Shared"/>; pass by reference, dispose once.</summary>
/// <typeparam name="T">The item type.</typeparam>
internal struct PooledList<T> : IDisposable
{
    private T[] _items;

    public PooledList(int capacity)
    {
        _items = ArrayPool<T>.Shared.Rent(Math.Max(capacity, 8));
        Count = 0;
    }

    public int Count { get; private set; }

    public readonly Span<T> Span => _items.AsSpan(0, Count);

    public readonly ref T this[int index] => ref _items[index];

    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            var bigger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
            _items.AsSpan(0, Count).CopyTo(bigger);
            ArrayPool<T>.Shared.Return(_items);
            _items = bigger;
        }

        _items[Count++] = item;
    }

    public void Clear() => Count = 0;

    public void RemoveLast() => Count--;

    public void Dispose()
    {
        if (_items is not null)
        {
            ArrayPool<T>.Shared.Return(_items);
            _items = null!;
        }
    }
}
