using Microsoft.Data.Sqlite;

namespace AutoMeet.Storage.EFCore.Tests.Infrastructure;

/// <summary>A SQLite database file of one test, in its own (not yet existing) temporary folder; deleted on dispose.</summary>
internal sealed class SqliteDatabase : IDisposable
{
    public SqliteDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "automeet-efcore-tests", Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Folder, "data", "automeet.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath }.ConnectionString;
    }

    public string Folder { get; }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
