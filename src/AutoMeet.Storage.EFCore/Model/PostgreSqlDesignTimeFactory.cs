using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AutoMeet.Storage.EFCore.Model;

/// <summary>Lets <c>dotnet ef</c> create <see cref="PostgreSqlAutoMeetDbContext"/> to generate PostgreSQL migrations (no server is contacted).</summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlAutoMeetDbContext>
{
    public PostgreSqlAutoMeetDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlAutoMeetDbContext>().UseNpgsql("Host=localhost;Database=automeet_design", npgsql => npgsql.UseNodaTime()).Options);
}
