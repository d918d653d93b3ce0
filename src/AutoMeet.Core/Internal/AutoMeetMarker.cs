namespace AutoMeet.Internal;

/// <summary>Marks a service collection in which AutoMeet's core services are already registered.</summary>
internal sealed class AutoMeetMarker;
