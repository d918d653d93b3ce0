using Microsoft.Extensions.Options;

namespace AutoMeet.Notifications;

/// <summary>The default <see cref="INotificationPreferences"/>: <see cref="NotificationOptions"/>, the same for every owner.</summary>
internal sealed class OptionsNotificationPreferences(IOptionsMonitor<NotificationOptions> options) : INotificationPreferences
{
    public ValueTask<NotificationPreference> GetAsync(UserId ownerId, string kind, NotificationChannel queuedChannel, CancellationToken cancellationToken = default)
    {
        var preference = options.CurrentValue.Kinds.TryGetValue(kind ?? string.Empty, out var configured)
            ? new NotificationPreference(configured.Enabled, configured.Channel ?? queuedChannel)
            : new NotificationPreference(true, queuedChannel);
        return ValueTask.FromResult(preference);
    }
}
