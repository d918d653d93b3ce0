using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AutoMeet.Meetings.Aftercare;

/// <summary>Registers the meeting aftercare: reminders, the post-meeting links and rule, the no-show follow-up, and the stale-hold expiry the daily cleanup runs.</summary>
internal static class AftercareRegistration
{
    internal static IServiceCollection AddMeetingAftercare(this IServiceCollection services)
    {
        services.AddOptions<MeetingAftercareOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MeetingAftercareOptions>, MeetingAftercareOptionsValidator>());
        services.TryAddSingleton<OutcomeTokens>();
        services.TryAddSingleton<AftercareEmails>();
        services.TryAddSingleton<MeetingReminders>();
        services.TryAddSingleton<StaleHolds>();
        services.TryAddSingleton<IMeetingOutcomes, MeetingOutcomes>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAutoMeetJob, MeetingReminderJob>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAutoMeetJob, MeetingOutcomeJob>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkItemHandler, ReminderScanHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkItemHandler, ReminderHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkItemHandler, NoShowFollowUpHandler>());
        return services;
    }
}
