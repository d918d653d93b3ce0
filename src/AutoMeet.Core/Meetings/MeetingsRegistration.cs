using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AutoMeet.Meetings;

/// <summary>Registers the meeting scheduler: proposals, approvals by link, the timeout job, booking and its e-mails.</summary>
internal static class MeetingsRegistration
{
    internal static IServiceCollection AddMeetingScheduling(this IServiceCollection services)
    {
        services.AddOptions<MeetingOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MeetingOptions>, MeetingOptionsValidator>());
        services.TryAddSingleton<MeetingTransactions>();
        services.TryAddSingleton<SlotCheck>();
        services.TryAddSingleton<ApprovalTokens>();
        services.TryAddSingleton<ApprovalSuggestions>();
        services.TryAddSingleton<MeetingEmailComposer>();
        services.TryAddSingleton<MeetingMailer>();
        services.TryAddSingleton<MeetingScheduler>();
        services.TryAddSingleton<IMeetingBooker, MeetingBooker>();
        services.TryAddSingleton<IMeetingApprovals, MeetingApprovals>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkItemHandler, MeetingProposeHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkItemHandler, MeetingBookHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkItemHandler, MeetingEmailHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAutoMeetJob, ApprovalTimeoutJob>());
        return services;
    }
}
