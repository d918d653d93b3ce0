using AutoMeet.Storage.EFCore.Model.Conversions;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace AutoMeet.Storage.EFCore.Model;

/// <summary>The SQLite flavour of the model: NodaTime values go through value converters (SQLite has no NodaTime plugin).</summary>
internal sealed class SqliteAutoMeetDbContext(DbContextOptions<SqliteAutoMeetDbContext> options) : AutoMeetDbContext(options)
{
    public override StoreProvider Provider => StoreProvider.Sqlite;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<Instant>().HaveConversion<SqliteNodaTimeConverters.InstantToTicks>();
        configurationBuilder.Properties<LocalDate>().HaveConversion<SqliteNodaTimeConverters.LocalDateToIsoText>();
        configurationBuilder.Properties<LocalTime>().HaveConversion<SqliteNodaTimeConverters.LocalTimeToTicks>();
        configurationBuilder.Properties<Duration>().HaveConversion<SqliteNodaTimeConverters.DurationToTicks>();
    }
}
