namespace AutoMeet.Storage.EFCore;

/// <summary>Represents the database engine behind the Entity Framework Core store.</summary>
public enum StoreProvider
{
    /// <summary>An embedded SQLite database file: the default for a single process.</summary>
    Sqlite = 0,

    /// <summary>A PostgreSQL database: for production and for several worker processes sharing one database.</summary>
    PostgreSql = 1,
}
