namespace AutoMeet.Storage;

/// <summary>Represents one page of a listing, in the store's stable order (creation order unless a method says otherwise).</summary>
public readonly record struct PageRequest
{
    /// <summary>The largest page a store returns.</summary>
    public const int MaxTake = 1000;

    /// <summary>Initializes a new instance of the <see cref="PageRequest"/> struct.</summary>
    /// <param name="skip">How many items to skip (0 or more).</param>
    /// <param name="take">How many items to return (1 to <see cref="MaxTake"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public PageRequest(int skip, int take)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(take, MaxTake);
        Skip = skip;
        Take = take;
    }

    /// <summary>Gets the first page of 100 items.</summary>
    public static PageRequest First => new(0, 100);

    /// <summary>Gets how many items to skip.</summary>
    public int Skip { get; }

    /// <summary>Gets how many items to return.</summary>
    public int Take { get; }
}
