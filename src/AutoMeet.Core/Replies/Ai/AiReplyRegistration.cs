using AutoMeet.Replies.Availability;
using AutoMeet.Replies.Offline;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace AutoMeet.Replies.Ai;

/// <summary>
/// Registers the reply classifier and availability extractor: the AI ones when an <see cref="IChatClient"/> is registered
/// and <see cref="AiReplyOptions.Enabled"/> is set (decided when first resolved, so the chat client may be added after
/// <c>AddAutoMeet</c>), otherwise the offline ones, which stay registered as the fallback.
/// </summary>
internal static class AiReplyRegistration
{
    internal static IServiceCollection AddAiReplies(this IServiceCollection services)
    {
        services.AddOptions<AiReplyOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AiReplyOptions>, AiReplyOptionsValidator>());
        services.TryAddSingleton<OfflineReplyClassifier>();
        services.TryAddSingleton<OfflineAvailabilityExtractor>();
        services.TryAddSingleton<IReplyClassifier>(SelectClassifier);
        services.TryAddSingleton<IAvailabilityExtractor>(SelectExtractor);
        return services;
    }

    internal static IReplyClassifier SelectClassifier(IServiceProvider services)
    {
        var offline = services.GetRequiredService<OfflineReplyClassifier>();
        var options = services.GetRequiredService<IOptions<AiReplyOptions>>();
        return options.Value.Enabled && services.GetService<IChatClient>() is { } chatClient
            ? new AiReplyClassifier(chatClient, offline, options, services.GetRequiredService<TimeProvider>(), services.GetService<ILogger<AiReplyClassifier>>())
            : offline;
    }

    internal static IAvailabilityExtractor SelectExtractor(IServiceProvider services)
    {
        var offline = services.GetRequiredService<OfflineAvailabilityExtractor>();
        var options = services.GetRequiredService<IOptions<AiReplyOptions>>();
        return options.Value.Enabled && services.GetService<IChatClient>() is { } chatClient
            ? new AiAvailabilityExtractor(
                chatClient, offline, options, services.GetRequiredService<TimeProvider>(), services.GetRequiredService<IDateTimeZoneProvider>(),
                services.GetService<ILogger<AiAvailabilityExtractor>>())
            : offline;
    }
}
