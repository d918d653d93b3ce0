using AutoMeet.Security;
using AutoMeet.Storage.EFCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AutoMeet.Sample.Hosting;

/// <summary>Adds AutoMeet to a sample host: options from the <c>AutoMeet</c> section, the store, and its initialization.</summary>
public static class SampleHostingExtensions
{
    /// <summary>The connection string name that switches the store to PostgreSQL when it is set (non-empty).</summary>
    public const string PostgresConnectionName = "AutoMeetPostgres";

    /// <summary>The connection string name of the SQLite database; by default <c>{ContentRoot}/App_Data/automeet.db</c>.</summary>
    public const string SqliteConnectionName = "AutoMeetSqlite";

    /// <summary>
    /// Adds AutoMeet (sandbox mailbox and calendar, or Gmail when <c>AutoMeet:Google:ClientId</c> is set; a model for
    /// reading replies when <c>AutoMeet:Ai:Provider</c> is set, see <see cref="SampleChatClients"/>), binds
    /// <see cref="AutoMeetOptions"/> to the <c>AutoMeet</c> section and the secret key ring to
    /// <c>AutoMeet:SecretProtection</c>, stores data in SQLite (or PostgreSQL when <c>ConnectionStrings:AutoMeetPostgres</c> is set) and
    /// creates or upgrades the schema when the host starts, before any other hosted service.
    /// </summary>
    /// <param name="builder">The host builder.</param>
    /// <returns>The AutoMeet builder, to add more.</returns>
    public static IAutoMeetBuilder AddAutoMeetSample(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var contentRoot = builder.Environment.ContentRootPath;

        var autoMeet = builder.Services.AddAutoMeet(o => configuration.GetSection("AutoMeet").Bind(o));
        builder.Services.Configure<SecretProtectionOptions>(configuration.GetSection(SecretProtectionOptions.SectionName));
        builder.Services.Configure<AutoMeet.Compliance.LinkSigningOptions>(configuration.GetSection(AutoMeet.Compliance.LinkSigningOptions.SectionName));
        builder.Services.Configure<AutoMeet.Sending.SendingOptions>(configuration.GetSection(AutoMeet.Sending.SendingOptions.SectionName));
        builder.Services.Configure<AutoMeet.Notifications.NotificationOptions>(configuration.GetSection(AutoMeet.Notifications.NotificationOptions.SectionName));
        builder.Services.Configure<AutoMeet.Sequences.Distribution.DistributionOptions>(configuration.GetSection(AutoMeet.Sequences.Distribution.DistributionOptions.SectionName));
        builder.Services.Configure<AutoMeet.Maintenance.CleanupOptions>(configuration.GetSection(AutoMeet.Maintenance.CleanupOptions.SectionName));
        builder.Services.Configure<AutoMeet.Campaigns.Variants.VariantRetirementOptions>(configuration.GetSection(AutoMeet.Campaigns.Variants.VariantRetirementOptions.SectionName));
        builder.Services.Configure<AutoMeet.Resilience.RetryPolicyOptions>(configuration.GetSection(AutoMeet.Resilience.RetryPolicyOptions.SectionName));
        builder.Services.Configure<AutoMeet.Meetings.Aftercare.MeetingAftercareOptions>(configuration.GetSection(AutoMeet.Meetings.Aftercare.MeetingAftercareOptions.SectionName));
        builder.Services.Configure<AutoMeet.Webhooks.WebhookOptions>(configuration.GetSection(AutoMeet.Webhooks.WebhookOptions.SectionName));
        builder.Services.Configure<AutoMeet.Events.DomainEventStreamOptions>(configuration.GetSection(AutoMeet.Events.DomainEventStreamOptions.SectionName));

        // Gmail replaces the sandbox mailbox only when a Google OAuth client is configured.
        var google = configuration.GetSection(AutoMeet.Google.GoogleOptions.SectionName);
        if (!string.IsNullOrWhiteSpace(google["ClientId"]))
        {
            autoMeet.AddGoogle(o => google.Bind(o));
        }

        // AI reply reading: a chat client when AutoMeet:Ai:Provider is Gemini or Ollama, else the offline classifier.
        builder.Services.AddSampleChatClient(configuration);

        // Read lazily (when the options are first resolved), so test hosts can override the connection strings.
        autoMeet.AddEntityFrameworkStore(o => SelectStore(o, configuration, contentRoot));
        builder.Services.AddHostedService<StoreInitializerService>();
        return autoMeet;
    }

    /// <summary>Chooses PostgreSQL when its connection string is set, else SQLite (default file under App_Data).</summary>
    internal static void SelectStore(EntityFrameworkStoreOptions options, IConfiguration configuration, string contentRoot)
    {
        var postgres = configuration.GetConnectionString(PostgresConnectionName);
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            options.Provider = StoreProvider.PostgreSql;
            options.ConnectionString = postgres;
            return;
        }

        var sqlite = configuration.GetConnectionString(SqliteConnectionName);
        options.Provider = StoreProvider.Sqlite;
        options.ConnectionString = string.IsNullOrWhiteSpace(sqlite)
            ? $"Data Source={Path.Combine(contentRoot, "App_Data", "automeet.db")}"
            : sqlite;
    }
}
