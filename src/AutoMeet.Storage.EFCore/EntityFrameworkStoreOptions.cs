namespace AutoMeet.Storage.EFCore;

/// <summary>Configures the Entity Framework Core store.</summary>
public sealed class EntityFrameworkStoreOptions
{
    /// <summary>Gets or sets the database engine.</summary>
    /// <value>The default value is <see cref="StoreProvider.Sqlite"/>.</value>
    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>
    /// Gets or sets the ADO.NET connection string. For SQLite, for example <c>Data Source=data/automeet.db</c>: the
    /// file and its folder are created on first run. For PostgreSQL, an Npgsql connection string.
    /// </summary>
    /// <value>The default value is <see langword="null"/>; a value is required.</value>
    public string? ConnectionString { get; set; }

    /// <summary>Gets or sets a value indicating whether <c>IAutoMeetStoreInitializer.InitializeAsync</c> applies pending migrations.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool MigrateOnInitialize { get; set; } = true;

    /// <summary>
    /// Gets or sets the command timeout in seconds. On SQLite it is also how long a writer waits for another
    /// writer's lock before failing.
    /// </summary>
    /// <value>The default value is 30.</value>
    public int CommandTimeoutSeconds { get; set; } = 30;
}
