using Microsoft.EntityFrameworkCore;

namespace AutoMeet.Storage.EFCore.Model;

/// <summary>
/// The PostgreSQL flavour of the model: NodaTime values are mapped natively by the Npgsql NodaTime plugin
/// (<c>Instant</c> → timestamptz, <c>LocalDate</c> → date, <c>LocalTime</c> → time, <c>Duration</c> → interval).
/// </summary>
internal sealed class PostgreSqlAutoMeetDbContext(DbContextOptions<PostgreSqlAutoMeetDbContext> options) : AutoMeetDbContext(options)
{
    public override StoreProvider Provider => StoreProvider.PostgreSql;
}
