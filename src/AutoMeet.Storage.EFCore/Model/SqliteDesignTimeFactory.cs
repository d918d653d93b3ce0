using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AutoMeet.Storage.EFCore.Model;

/// <summary>Lets <c>dotnet ef</c> create <see cref="SqliteAutoMeetDbContext"/> to generate SQLite migrations.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAutoMeetDbContext>
{
    public SqliteAutoMeetDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAutoMeetDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
