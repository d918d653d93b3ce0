using System.ComponentModel.DataAnnotations;

namespace AutoMeet;

/// <summary>Gets or sets AutoMeet's global settings. Bind it from the <c>AutoMeet</c> configuration section.</summary>
public sealed class AutoMeetOptions
{
    internal const string DefaultZone = "Etc/UTC";

    /// <summary>Gets or sets the IANA time zone used for prospects whose zone is unknown.</summary>
    /// <value>The default value is <c>"Etc/UTC"</c>.</value>
    [Required]
    public string DefaultTimeZoneId { get; set; } = DefaultZone;

    /// <summary>Gets or sets how many candidate times one meeting proposal offers.</summary>
    /// <value>The default value is 3.</value>
    [Range(1, 10)]
    public int MaxSlotsPerProposal { get; set; } = 3;

    /// <summary>Gets or sets how long the worker waits between two runs of its jobs.</summary>
    /// <value>The default value is 1 minute.</value>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan JobInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Gets or sets how long a worker holds claimed work before another worker may take it over.</summary>
    /// <value>The default value is 5 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets how often every connected calendar is synced (push notifications sync sooner).</summary>
    /// <value>The default value is 15 minutes.</value>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan CalendarSyncInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Gets or sets the name this process claims work under; empty derives one from the machine name and process id.</summary>
    /// <value>The default value is empty.</value>
    [MaxLength(200)]
    public string WorkerName { get; set; } = string.Empty;
}
