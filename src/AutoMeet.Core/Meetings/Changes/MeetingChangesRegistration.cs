using AutoMeet.Calendars;
using AutoMeet.Work;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AutoMeet.Meetings.Changes;

/// <summary>Registers the reschedule request handler and the cancellation processor (replies, calendar changes, host calls).</summary>
internal static class MeetingChangesRegistration
{
    internal static IServiceCollection AddMeetingChanges(this IServiceCollection services)
    {
        services.TryAddSingleton<MeetingEventSync>();
        services.TryAddSingleton<MeetingChanges>();
        services.TryAddSingleton<IMeetingChanges>(sp => sp.GetRequiredService<MeetingChanges>());
        services.TryAddSingleton<MeetingMoveApprovals>();
        services.TryAddSingleton<MeetingReplyChanges>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICalendarEventObserver, MeetingCalendarChanges>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkItemHandler, MeetingEventSyncHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkItemHandler, MeetingReplyChangeHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkItemHandler, MeetingMoveHandler>());
        return services;
    }
}
