namespace AutoMeet.Storage.Conformance.Tests.InMemory;

/// <summary>Holds the stored rows of one entity type by id. Rows are private copies and never changed in place.</summary>
/// <typeparam name="T">The entity type.</typeparam>
internal sealed class Table<T>
    where T : class, IEntity<T>
{
    private readonly Dictionary<Id<T>, T> _rows;

    public Table()
        : this([])
    {
    }

    private Table(Dictionary<Id<T>, T> rows) => _rows = rows;

    /// <summary>Gets the rows, in no particular order.</summary>
    public IEnumerable<T> Rows => _rows.Values;

    public T? Get(Id<T> id) => _rows.GetValueOrDefault(id);

    public bool Contains(Id<T> id) => _rows.ContainsKey(id);

    public void Put(T row) => _rows[row.Id] = row;

    public bool Remove(Id<T> id) => _rows.Remove(id);

    public void RemoveWhere(Func<T, bool> predicate)
    {
        foreach (var id in _rows.Values.Where(predicate).Select(r => r.Id).ToList())
        {
            _rows.Remove(id);
        }
    }

    /// <summary>Copies the table; the rows are shared, which is safe because they are never changed in place.</summary>
    /// <returns>The copy.</returns>
    public Table<T> Clone() => new(new Dictionary<Id<T>, T>(_rows));
}
