using Microsoft.Extensions.DependencyInjection;

namespace AutoMeet;

/// <summary>Configures AutoMeet services. Returned by <c>AddAutoMeet</c>; adapter and store packages extend it.</summary>
public interface IAutoMeetBuilder
{
    /// <summary>Gets the service collection AutoMeet is being registered into.</summary>
    IServiceCollection Services { get; }
}
